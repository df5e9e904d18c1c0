/** The blob server's state (blobServer.ts), as plain data inside SimState: a checkpoint copies it, seek restores it. */

/**
 * One connection in the blob server's accept queue (the listen socket's backlog): `live` while its client waits for
 * the answer, `closed` once the client gave up (socket timeout) or its process died (the kernel closed the socket),
 * `vanished` when the TaskManager's host failed with it open (no FIN or RST will ever come back).
 */
export interface BlobRequest {
  readonly tm: number;
  readonly instance: number;
  attempt: number;
  peer: 'live' | 'closed' | 'vanished';
}

export interface BlobState {
  /** Connections a scenario's stuck-blob-connections events hold. */
  stuck: number;
  /** Fetches being served to live clients. */
  active: number;
  /** The TaskManager (index, instance) of each fetch being served, in start order. */
  readonly serving: { readonly tm: number; readonly instance: number }[];
  /** When each accepted connection to a vanished host gives its slot back (TCP gives up), ascending. */
  readonly lingering: number[];
  /** The accept queue, oldest first. */
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
  serving: [],
  lingering: [],
  waiting: [],
  readyInstance: [],
  requestedInstance: [],
  concurrentLimit: 0,
});
