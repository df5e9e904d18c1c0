/**
 * Everything a simulation is at one instant, as plain data (a checkpoint is a deep copy, snapshots.ts). The
 * mechanisms' own state types sit beside it in this folder, below every file that acts on them.
 */
import type { ExecutionState, JobStatus } from '../../lifecycle/lifecycle';
import type { BlobState } from './blobState';
import type { CheckpointStats, RestartHistory, VertexMetrics } from './jobState';
import type { JvmState } from './jvmState';

/** What open() took, so that close() can give it back (or not). */
interface OpenAllocation {
  readonly leak: number;
  readonly bytes: number;
}

export interface TaskRuntime {
  /** "map (3/8)", "Source: kafka (1/8)". */
  readonly name: string;
  readonly operator: number;
  readonly subtask: number;
  /** Index into SimState.jvms (1-based TaskManagers; 0 is the JobManager); moves when its slot's TaskManager is lost. */
  tm: number;
  attempt: number;
  state: ExecutionState;
  /** The TaskManager instance this attempt was deployed to (a replacement is another JVM). */
  instance: number;
  opened: OpenAllocation[];
  stateBytes: number;
  /** Managed memory this attempt reserved (RocksDB takes its slot's share when it opens). */
  managedBytes: number;
  /** Window state the next attempt restores: its share of the last completed checkpoint (0 without one; job/checkpoints.ts). */
  windowRestoreBytes: number;
  /** The attempt whose task thread is blocked in Bits.reserveMemory's retries (it processes no records), if any. */
  directRetryAttempt?: number;
  /**
   * This attempt's RocksDB instance (keyed state on RocksDB, engine/job/rocksdbInstances.ts): when it opened, the records
   * it has processed since (what filled its memtables and cache), and when they were last counted. Absent: none open.
   */
  rocksdb?: { readonly openedAtMs: number; records: number; countedAtMs: number };
}

export interface JobRuntime {
  status: JobStatus;
  history: RestartHistory;
  /** Restart attempts so far (Flink's numRestarts). */
  restarts: number;
  /** Records the sources could not read yet, in micro-records (exact integer flow). */
  sourceLagMicro: number;
  /** micro-records per ms read and processed now. */
  throughputMicroPerMs: number;
  /** Records read and processed since the start (whole records, plus the micro-record remainder below): the integral of throughput. */
  recordsProcessed: number;
  recordsProcessedRemainderMicro: number;
  sourceRateMicroPerMs: number;
  /** The delay of the restart now pending, for the job.restart event. */
  pendingRestartDelayMs: number;
  /** Per operator (job vertex): busy/idle/back-pressured time and the UI's level. */
  vertices: VertexMetrics[];
  readonly checkpoints: CheckpointStats;
}

interface TrafficState {
  /** Noise factor per source operator for the current minute. */
  noise: number[];
  spikeFactor: number;
  /** Extra cost multiplier per operator (slow-sink). */
  slowFactor: number[];
  /** Exceptions per second injected by a storm. */
  stormPerSec: number;
  /** An idle source partition holds the watermark (the minimum over inputs): no window is cleaned. */
  watermarkFrozen: boolean;
}

/** What `leak` events set going (injectedLeaks.ts): plain data, so a checkpoint copies it and seek replays it. */
interface InjectedLeakState {
  /** per-restart and per-record injections in firing order, never removed: an open() allocation refers to its position. */
  readonly operators: Array<{ readonly event: number; readonly operator: number }>;
  /** Ramps under way: the event, the processes (indices into jvms) it leaks on, and when it stops. */
  ramps: Array<{ readonly event: number; readonly jvms: readonly number[]; readonly endsAtMs: number }>;
}

export interface SimState {
  nowMs: number;
  readonly jvms: JvmState[];
  readonly tasks: TaskRuntime[];
  readonly job: JobRuntime;
  readonly traffic: TrafficState;
  nextSampleAtMs: number;
  nextGridAtMs: number;
  pidCounter: number;
  /**
   * Per TaskManager: the job attempt whose user-code class loader is loaded there (-1: none). Since 1.11 one
   * loader per job serves every attempt; before, each attempt loaded the classes again (docs/runtime-mechanics.md §1.5).
   */
  readonly jobLoaderAttempt: number[];
  /**
   * Per process: the times of its recent exits (the last ones within a minute), and on Kubernetes how many exits in
   * a row came less than 10 minutes after a start, for the restart back-off (`cluster.ts` restartDelayAfterExit).
   */
  readonly exits: Array<{ recentMs: number[]; crashLoop: number }>;
  readonly blob: BlobState;
  readonly injectedLeaks: InjectedLeakState;
  hashA: number;
  hashB: number;
  eventCount: number;
}
