/**
 * What a run produces: metric samples named as Flink reports them, and an event log whose
 * messages are the real texts. Every event says when, what, which process, and — for failures —
 * which allocation hit which limit with which numbers.
 */

export type Pool = 'heap' | 'direct' | 'metaspace';
export type GcKind = 'young' | 'mixed' | 'full';

interface Base {
  readonly atMs: number;
  /** `jobmanager`, `taskmanager-1`, … */
  readonly process: string;
  readonly message: string;
}

/** Which allocation met which limit, with the numbers (for explanations). */
export interface FailureCause {
  readonly allocation: string;
  readonly requestedBytes: number;
  readonly usedBytes: number;
  readonly limitBytes: number;
  readonly limit: string;
  /**
   * When the failing request was made, if the error came later: a direct reservation fails only after
   * Bits.reserveMemory's System.gc() and sleeps (jdk.ts directRetrySleepsMs), at `atMs` of its jvm.oom.
   */
  readonly requestedAtMs?: number;
}

export type TraceEvent =
  | (Base & { readonly type: 'process.started'; readonly instance: number })
  | (Base & { readonly type: 'process.registered'; readonly instance: number })
  | (Base & { readonly type: 'process.exited'; readonly exitCode: number; readonly instance: number })
  | (Base & {
      readonly type: 'container.killed';
      readonly reason: 'yarn-pmem' | 'k8s-oomkilled' | 'injected';
      readonly exitCode: number;
      readonly rssBytes: number;
      readonly limitBytes: number;
      readonly instance: number;
    })
  | (Base & {
      readonly type: 'jvm.oom';
      readonly pool: Pool;
      readonly task: string | undefined;
      readonly cause: FailureCause /** What the JVM itself said, before Flink rewrote it. */;
      readonly jdkMessage: string;
    })
  | (Base & {
      readonly type: 'gc';
      readonly collector: string;
      readonly kind: GcKind;
      readonly pauseMs: number;
      readonly gcCause: string;
      /** A G1 young pause that starts a concurrent cycle (HotSpot: "Pause Young (Concurrent Start)"). */
      readonly concurrentStart?: true;
      /** Young and mixed pauses: bytes evacuated (survivors and promoted). */
      readonly copiedBytes?: number;
      readonly heapBeforeBytes: number;
      readonly heapAfterBytes: number;
    })
  | (Base & { readonly type: 'task.state'; readonly task: string; readonly attempt: number; readonly from: string; readonly to: string })
  | (Base & { readonly type: 'job.status'; readonly from: string; readonly to: string })
  | (Base & { readonly type: 'job.restart'; readonly attempt: number; readonly delayMs: number })
  | (Base & { readonly type: 'fault.injected'; readonly action: string; readonly target: string })
  | (Base & { readonly type: 'blob.fetch.failed'; readonly attempt: number })
  | (Base & {
      readonly type: 'checkpoint.completed';
      readonly checkpointId: number;
      readonly sizeBytes: number;
      readonly durationMs: number;
    })
  | (Base & { readonly type: 'checkpoint.failed'; readonly checkpointId: number; readonly sizeBytes: number; readonly durationMs: number })
  | (Base & {
      readonly type: 'backpressure.level';
      readonly vertex: string;
      readonly level: 'OK' | 'LOW' | 'HIGH';
      readonly from: 'OK' | 'LOW' | 'HIGH';
      readonly backPressuredTimeMsPerSecond: number;
    })
  | (Base & { readonly type: 'log'; readonly level: 'INFO' | 'WARN' | 'ERROR' });

export type TraceEventType = TraceEvent['type'];

// The sample's columns are named in one table (columns.ts); these names stay importable from here.
export { collectorNames, metricNames } from './columns';

/** Receives the trace as it is produced (a CSV writer, a chart buffer, a hash). */
export interface TraceSink {
  /**
   * `values`: one value per column of `COLUMNS` (columns.ts; read them as `values[COL.heapUsed]`). `index`: the
   * process's position (0 = JobManager, n = taskmanager-n), stable for a run.
   */
  sample(atMs: number, process: string, values: ArrayLike<number>, index: number): void;
  event(event: TraceEvent): void;
}
