/** The blob server's state (blobServer.ts), as plain data inside SimState: a checkpoint copies it, seek restores it. */
export interface BlobRequest {
  readonly tm: number;
  readonly instance: number;
  attempt: number;
}

export interface BlobState {
  stuck: number;
  active: number;
  readonly waiting: BlobRequest[];
  /** Per TaskManager index: the JVM instance that holds the jar (0: none). */
  readonly readyInstance: number[];
  /** Per TaskManager index: the instance with a fetch started or waiting (0: none). */
  readonly requestedInstance: number[];
}

export const newBlobState = (): BlobState => ({ stuck: 0, active: 0, waiting: [], readyInstance: [], requestedInstance: [] });
