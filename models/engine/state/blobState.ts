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
  /** blob.fetch.num-concurrent of the running JobManager when a restart changed it (restart-process set:); 0: the configured one. */
  concurrentLimit: number;
}

export const newBlobState = (): BlobState => ({
  stuck: 0,
  active: 0,
  waiting: [],
  readyInstance: [],
  requestedInstance: [],
  concurrentLimit: 0,
});
