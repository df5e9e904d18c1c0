/** Messages between the page and the simulation worker (simWorker.ts). */
import type { VertexMetrics } from '../../models/engine/state/jobState';
import type { FailureDiagnostics } from '../../models/engine/diagnostics';
import type { TraceEvent } from '../../models/engine/trace';
import type { Deployment, Expectation, GarbageCollector } from '../../models/scenario/types';
import type { Lesson } from '../../models/lessons/types';
import type { WatchMetricId } from '../../models/scenario/watchMetrics';
import type { EventFilter } from './eventKinds';
import type { MemoryBudget } from './processBudget';
import type { FailureStory } from './failureStory';

export type { FailureStory } from './failureStory';

export type ToWorker =
  | { readonly type: 'load'; readonly yamlText: string; readonly fileName: string; readonly seed?: string }
  /** Run forward (or rewind, deterministically) to this simulated time; `detail`: the process whose diagnostics the frame carries. */
  | { readonly type: 'goto'; readonly toMs: number; readonly detail?: number }
  /** The metrics of a straight run from 0 to the cursor, every sample, as CSV. */
  | { readonly type: 'export-csv' }
  /** Every event up to the cursor, as JSON. */
  | { readonly type: 'export-trace' }
  /** Validates a scenario text as a load would (schema, then Flink's memory derivation) without touching the run. */
  | { readonly type: 'check'; readonly yamlText: string; readonly fileName: string; readonly id: number }
  /** Parses and checks a lesson file (the page has no schema code). */
  | { readonly type: 'lesson'; readonly yamlText: string; readonly fileName: string; readonly id: number }
  /** Runs the loaded scenario straight to its end (the cursor stays) and checks each set of expectations on it. */
  | { readonly type: 'evaluate'; readonly sets: readonly (readonly Expectation[])[]; readonly id: number }
  /** Why each failure up to the cursor happened (models/explain), from a straight run to the cursor; `event`: only that one. */
  | {
      readonly type: 'explain';
      readonly id: number;
      readonly event?: { readonly atMs: number; readonly process: string; readonly type: string };
    }
  /** The last `limit` events up to the cursor that pass the event log's filter, newest last. */
  | { readonly type: 'recent-events'; readonly filter: EventFilter; readonly limit: number };

export interface ProcessInfo {
  readonly name: string;
  readonly heapMaxBytes: number;
  readonly directLimitBytes: number;
  readonly metaspaceMaxBytes: number;
  readonly managedBudgetBytes: number;
  readonly networkBytes: number;
  readonly processSizeBytes: number;
  /** 0 when only the host limits it. */
  readonly containerLimitBytes: number;
  /** taskmanager.memory.segment-size (0 on a JobManager): Status.Shuffle.Netty.UsedMemory is used segments × this. */
  readonly segmentSizeBytes: number;
  /**
   * The JobManager's blob.fetch.num-concurrent as it starts (0 on a TaskManager): the blob server accepts no more connections
   * while that many are open (BlobServer.java), so its connections panel shows it as the ceiling.
   */
  readonly blobFetchConcurrent: number;
  /** Flink's derivation, box by box (the memory-model figure); the limits above are what the JVM runs with. */
  readonly budget: MemoryBudget;
  /** taskmanager.numberOfTaskSlots (0 on a JobManager): the managed memory is shared out per slot. */
  readonly slots: number;
  /** The malloc the JVM runs with (native memory: RocksDB, zlib, the JVM's own): which, and why that one. */
  readonly allocator: AllocatorInfo;
  /** RocksDB's memory setup on a TaskManager whose job keeps keyed state in RocksDB; undefined otherwise. */
  readonly rocksdb: RocksDbInfo | undefined;
  /**
   * The JVM's effective command line from the scenario's Flink configuration: Flink's memory flags, then the
   * env.java.*opts* options (models/config/jvmCommandLine.ts); `overrides` says what each configured flag changes.
   */
  readonly jvmCommandLine: { readonly effective: string; readonly configured: boolean; readonly overrides: readonly string[] };
}

export interface AllocatorInfo {
  readonly name: 'glibc' | 'jemalloc';
  /** MALLOC_ARENA_MAX (glibc only); undefined: glibc's default, 8 arenas per core on 64-bit. */
  readonly arenaMax: number | undefined;
  /** Why this allocator: the scenario sets it, or the default rule (Flink's docker images use jemalloc from 1.12). */
  readonly why: string;
}

/** RocksDB's memory as Flink sets it up for one TaskManager (models/rocksdb/sharedResources.ts). */
export interface RocksDbInfo {
  /**
   * managed: the slot's managed memory caps a shared cache and write buffer manager (the default); fixed-per-slot /
   * fixed-per-tm: a fixed budget per slot or per TaskManager, outside managed memory; unbounded: per column family.
   */
  readonly mode: 'managed' | 'fixed-per-slot' | 'fixed-per-tm' | 'unbounded';
  /** What one share covers: a slot, the whole TaskManager (fixed-per-tm), or one column family (unbounded). */
  readonly scope: 'slot' | 'taskmanager' | 'column-family';
  /**
   * Per share: RocksDB's total budget, the block cache's capacity and the write buffer manager's (bytes). Unbounded:
   * no total (0), each column family's own cache capacity, no write buffer manager.
   */
  readonly totalBytes: number;
  readonly cacheCapacityBytes: number;
  readonly writeBufferManagerBytes: number;
  /** The configuration lines that set it up, for the details ("state.backend.rocksdb.memory.write-buffer-ratio: 0.5 (default)"). */
  readonly settings: readonly string[];
  /**
   * The native metrics Flink reports (`state.backend.rocksdb.metrics.<name>: true`, by name: `block-cache-usage`): all are
   * off by default, so a real dashboard shows only these; the sandbox draws every part and says which Flink would report.
   */
  readonly metrics: readonly string[];
}

export interface SeriesUpdate {
  /** The process's index; -1 for the job's history. */
  readonly process: number;
  /** First bucket index in `min`/`max`. */
  readonly fromBucket: number;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/** What the page knows of a run once the worker has loaded it. */
export interface LoadedScenario {
  readonly id: string;
  readonly title: string;
  readonly seed: string;
  readonly durationMs: number;
  readonly bucketMs: number;
  readonly bucketCount: number;
  readonly processes: readonly ProcessInfo[];
  readonly operators: readonly string[];
  readonly parallelism: readonly number[];
  readonly narration: readonly { readonly atMs: number; readonly text: string }[];
  /** Notes pinned to moments of the run (the page edits them without reloading: they change nothing in the run). */
  readonly annotations: readonly { readonly atMs: number; readonly text: string }[];
  /** The JVMs' collector (its MXBean names are in the GC metric names). */
  readonly gc: GarbageCollector;
  /** The scenario's `watch:`: the panels that tell its story, most telling first (empty: none named). */
  readonly watch: readonly WatchMetricId[];
}

/** What a scenario text would run: the JobManager's and each TaskManager's derived sizes, or why it cannot. */
export type CheckResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly taskManagers: number;
      readonly slotsPerTaskManager: number;
      readonly jobManager: ProcessInfo;
      readonly taskManager: ProcessInfo;
      /** What the memory-model room needs to show the same derivation. */
      readonly flink: { readonly version: string; readonly config: Readonly<Record<string, string>> };
      readonly deployment: Deployment;
      /** The TaskManager container limit the scenario sets; undefined = Flink's process size. */
      readonly taskManagerLimitBytes: number | undefined;
    }
  | { readonly ok: false; readonly message: string };

/** One set of expectations checked on a whole run: all met, and each one's description. */
export interface Evaluation {
  readonly passed: boolean;
  readonly descriptions: readonly { readonly passed: boolean; readonly text: string }[];
}

/** One process at the cursor, as `jmap -histo:live` and jeprof would show it (models/engine/diagnostics.ts). */
export type ProcessDetail = { readonly process: number } & Pick<FailureDiagnostics, 'atMs' | 'heapHistogram' | 'nativeProfile'>;

export type FromWorker =
  | ({ readonly type: 'loaded' } & LoadedScenario)
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'csv'; readonly text: string; readonly rows: number }
  | { readonly type: 'trace'; readonly json: string }
  | { readonly type: 'recent-events'; readonly events: readonly TraceEvent[] }
  | ({ readonly type: 'checked'; readonly id: number } & CheckResult)
  | { readonly type: 'lesson-loaded'; readonly id: number; readonly lesson: Lesson | undefined; readonly error: string | undefined }
  | { readonly type: 'evaluated'; readonly id: number; readonly results: readonly Evaluation[] }
  | { readonly type: 'explained'; readonly id: number; readonly explanations: readonly FailureStory[] }
  | {
      readonly type: 'frame';
      readonly nowMs: number;
      readonly traceHash: string;
      /**
       * The notable events (eventKinds.ts: failures, warnings, job changes; not GCs or task state changes,
       * which run to 10^4 per frame at top speed) from index `eventsFrom` of that list on; the page drops
       * what it holds beyond that first (a rewind). `recent-events` and `export-trace` give all of them.
       */
      readonly eventsFrom: number;
      readonly events: readonly TraceEvent[];
      /** How many events of any kind the run has produced up to the cursor. */
      readonly eventCount: number;
      readonly series: readonly SeriesUpdate[];
      /** New buckets of the job's history (JOB_COLUMNS; `process` is -1), if any. */
      readonly job: SeriesUpdate | undefined;
      /** Latest sample of each process (engine column order), NaN while a process is down. */
      readonly latest: readonly (readonly number[])[];
      readonly alive: readonly boolean[];
      /** Per operator (in job order), as the web UI's back-pressure and busy figures show them. */
      readonly vertices: readonly VertexMetrics[];
      readonly jobStatus: string;
      /** Records per second the job processes, and the records the sources have not read yet (the lag). */
      readonly throughputPerSecond: number;
      readonly sourceLagRecords: number;
      readonly detail: ProcessDetail | undefined;
    };
