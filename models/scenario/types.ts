/**
 * A scenario after validation: everything the engine needs, in integers with units in the names
 * (bytes, milliseconds). The YAML form (sizes like "64m", durations like "30m") is defined by
 * `scenarioSchema.ts`, which must produce exactly this type.
 */
import type { Allocator, KeyedStateSpec } from '../rocksdb/types';
import type { WatchMetricId } from './watchMetrics';

export type { Allocator } from '../rocksdb/types';

export type Deployment = 'standalone' | 'yarn' | 'kubernetes';
export type GarbageCollector = 'G1' | 'Parallel' | 'Serial';
export type JdkVersion = 8 | 11 | 17 | 21 | 25;

/** Where leaked memory lives: JVM heap, `ByteBuffer.allocateDirect`, `Unsafe.allocateMemory`, malloc (zlib…), class metadata. */
export type LeakKind = 'heap' | 'direct' | 'unsafe' | 'native' | 'metaspace';
/** When the allocation happens: in `open()` of every task attempt, per record, per exception thrown, per async call. */
export type LeakTrigger = 'open' | 'record' | 'exception' | 'call';
/** How it is released: by `close()`, only when a GC finds it unreachable (cleaner/finalizer), or never (still reachable). */
export type LeakRelease = 'close' | 'gc' | 'never';

/**
 * How classes are used once loaded: `loaded` (linked, never initialised: ~3.8 KB of metaspace each) or `initialised`
 * (static initialisers and methods run: constant pool caches, method counters and data add up to ~7–8 KB each).
 */
export type ClassUse = 'loaded' | 'initialised';

export interface LeakSpec {
  readonly kind: LeakKind;
  /** Bytes per occurrence (per open, record, exception or call). */
  readonly bytes: number;
  readonly at: LeakTrigger;
  readonly release: LeakRelease;
  /** Metaspace leaks: classes loaded per occurrence (bytes = classes × bytes per class when bytes is 0). */
  readonly classes: number;
  /** Metaspace leaks: how the classes are used (bytes per class when bytes is 0). */
  readonly classUse?: ClassUse;
  /** Threads kept alive per occurrence (a client's timer thread, say); each costs stack RSS. */
  readonly threads: number;
  /** The allocation site shown in diagnostics ("ChronicleMap", "java.util.zip.Deflater"). */
  readonly site: string;
}

export type OperatorKind = 'source' | 'map' | 'flatMap' | 'window' | 'asyncIO' | 'sink';

export type TrafficProfile =
  | { readonly kind: 'constant' }
  /** A day-long sine: the peak at `peakHour`, the trough at `troughFraction` of the peak rate. */
  | { readonly kind: 'diurnal'; readonly peakHour: number; readonly troughFraction: number };

/**
 * A keyed event-time window on the heap state backend (docs/runtime-mechanics.md §8): each record's state stays until
 * the window's cleanup timer fires, when the watermark passes window end + allowed lateness; the watermark
 * trails the newest event by the out-of-orderness.
 */
interface WindowSpec {
  readonly sizeMs: number;
  readonly allowedLatenessMs: number;
  readonly outOfOrdernessMs: number;
  /** Heap state kept per record until its window is cleaned (Java objects; a checkpoint writes it ÷ 1.294, job/checkpoints.ts). */
  readonly bytesPerRecord: number;
}

/** A service an operator calls per record: what it answers in time, the rest times out (one exception per call). */
interface DependencySpec {
  /** Calls per second it answers in time, over all subtasks. */
  readonly capacityPerSecond: number;
  readonly callsPerRecord: number;
}

export interface OperatorSpec {
  readonly id: string;
  readonly kind: OperatorKind;
  readonly parallelism: number;
  /** Sources: records per second over all subtasks at the profile's peak. Others: records out per record in. */
  readonly recordsPerSecond: number;
  readonly selectivity: number;
  readonly profile: TrafficProfile;
  /** Relative noise on the rate, redrawn every simulated minute from the seeded stream. */
  readonly noise: number;
  /** Short-lived garbage allocated on the heap per record processed. */
  readonly heapBytesPerRecord: number;
  /** Long-lived heap state per subtask (window contents, caches), held while the task runs. */
  readonly stateBytes: number;
  /** CPU time per record: with the parallelism it bounds the throughput (back pressure). */
  readonly costPerRecordUs: number;
  /** Exceptions thrown per record (per-exception leaks scale with it). */
  readonly exceptionsPerRecord: number;
  /** A service called per record; calls beyond its capacity time out as exceptions (absent: no such calls). */
  readonly dependency?: DependencySpec | undefined;
  readonly leaks: readonly LeakSpec[];
  /** Window state (kind window only); absent = no per-record window state. */
  readonly eventTimeWindow: WindowSpec | undefined;
  /**
   * Keyed states (column families) in RocksDB when the state backend is RocksDB (models/rocksdb, engine/job/rocksdbInstances.ts);
   * absent or empty: none modelled. Ignored on the heap backend.
   */
  readonly keyedState?: readonly KeyedStateSpec[] | undefined;
}

/**
 * `idle-partition`: a source partition stops receiving data, so the watermark (a minimum over inputs) stops for `forMs`.
 * `submit-job`: a batch job is submitted to the JobManager, which loads its classes in a new user-code class loader
 * and runs it for `forMs`; a `pinned` loader (a leak) is never unloaded.
 * `crash-process`: the JVM dies on its own (a host failure, a fatal error): `process.exited`, no container kill.
 * `restart-process`: an operator restarts the process on purpose (SIGTERM, as bin/stop-cluster.sh does; Flink's
 * SignalHandler logs it, the JVM exits 143 and is started again after the cluster's restartDelay): a planned restart,
 * such as Airwallex's periodic restart of the batch cluster.
 * `stuck-blob-connections`: `connections` connections to the JobManager's blob server hang (half-open, TIME_WAIT
 * piling up) for `forMs`, each holding one of its `blob.fetch.num-concurrent` slots.
 * `leak`: memory leaks from then on, as `leak` (a `LeakInjection`) says: per restart or per record of an operator,
 * as a ramp or a burst on processes.
 */
export type FaultAction =
  | 'kill-container'
  | 'fail-task'
  | 'slow-sink'
  | 'spike'
  | 'exception-storm'
  | 'force-gc'
  | 'idle-partition'
  | 'submit-job'
  | 'stuck-blob-connections'
  | 'crash-process'
  | 'restart-process'
  | 'leak';

/**
 * How an injected leak (`do: leak`) takes memory: `per-restart` in every open() of the target operator's subtasks
 * from the injection on (each restart, in the same TaskManager JVM); `per-record` per record the target operator
 * processes; `ramp` linearly over `forMs` on the target processes (whichever JVM instance is alive); `burst` at once
 * on each target process, at every firing.
 */
export type LeakShape = 'per-restart' | 'per-record' | 'ramp' | 'burst';

/** What a `leak` event leaks. The memory stays reachable: it is never released (a GC does not help). */
export interface LeakInjection {
  readonly pool: LeakKind;
  readonly shape: LeakShape;
  /**
   * per-restart: bytes per open(); per-record: per record; ramp: in total over the event's `forMs` (as an integer
   * rate per ms, rounded once); burst: per firing on each target process. Metaspace: bytes of class metadata
   * (classes = bytes / the engine's bytes per class, at least 1).
   */
  readonly bytes: number;
  /** Metaspace: how the injected classes are used (classes = bytes / bytes per class of that use). */
  readonly classUse?: ClassUse;
}

export interface ScheduledEvent {
  readonly atMs: number;
  /** Repeat period; absent for a one-off. */
  readonly everyMs: number | undefined;
  /** Last time a repeating event may fire (inclusive); absent = until the end. */
  readonly untilMs: number | undefined;
  readonly action: FaultAction;
  /**
   * `random` (seeded), `all` (the TaskManagers, plus the JobManager for force-gc), a process (`taskmanager-2`, `jobmanager`) or an operator
   * id.
   */
  readonly target: string;
  /** spike/slow-sink: multiplier of the rate or of the cost per record. */
  readonly factor: number;
  /**
   * spike/slow-sink/exception-storm/idle-partition/submit-job/stuck-blob-connections: how long it lasts; a ramp leak: how long it leaks.
   */
  readonly forMs: number;
  /** exception-storm: exceptions per second over the job. */
  readonly rate: number;
  /** submit-job: classes the job's jar loads on the JobManager. */
  readonly classes: number;
  /**
   * submit-job: the metaspace those classes take when the scenario states it (a measured figure, e.g. the Flink lab's
   * jm-pinned-loaders); absent or 0: classes × the engine's per-class figure of `classUse`.
   */
  readonly metaspaceBytes?: number;
  /** submit-job and metaspace leaks: how the classes are used (initialised unless the scenario says loaded). */
  readonly classUse?: ClassUse;
  /** submit-job: something keeps the job's class loader reachable after it ends (a ThreadLocal, a static cache). */
  readonly pinned: boolean;
  /** restart-process on the jobmanager: what the restarted JobManager starts with instead (its blob server's limit). */
  readonly set?: { readonly 'blob.fetch.num-concurrent': number };
  /** stuck-blob-connections: how many connections hang. */
  readonly connections: number;
  /** leak: what leaks, how and how much; undefined for every other action. */
  readonly leak: LeakInjection | undefined;
}

interface NarrationStep {
  readonly atMs: number;
  readonly text: string;
}

export interface Expectation {
  /** An event type of the trace (`jvm.oom`, `container.killed`, …). */
  readonly event: string;
  /** Fields the event must have, e.g. { pool: 'direct' } or { reason: 'k8s-oomkilled' }. */
  readonly where: Readonly<Record<string, string | number>>;
  /** At least one matching event before / after this time (absent = any time). */
  readonly beforeMs: number | undefined;
  readonly afterMs: number | undefined;
  /** True: no matching event may occur (in the window, if one is given; else during the whole run). */
  readonly absent: boolean;
  /** How many matching events must occur in the window (1 unless the scenario says more). */
  readonly atLeast: number;
}

export interface ClusterSpec {
  readonly deployment: Deployment;
  readonly taskManagers: number;
  /** Container/pod limit of each TaskManager; absent = Flink's total process size (what YARN and native Kubernetes request). */
  readonly taskManagerContainerLimitBytes: number | undefined;
  readonly jobManagerContainerLimitBytes: number | undefined;
  /** How long a killed or exited TaskManager takes to come back in a new container. */
  readonly restartDelayMs: number;
  readonly gc: GarbageCollector;
  readonly jdk: JdkVersion;
  /** `yarn.nodemanager.container-monitor.interval-ms`. */
  readonly yarnCheckIntervalMs: number;
  /** The TaskManagers' malloc; absent: the default rule (models/rocksdb/allocator.ts `defaultAllocator`). */
  readonly allocator?: Allocator | undefined;
  /** MALLOC_ARENA_MAX in the TaskManagers' environment (glibc only); absent: glibc's default (8 × the node's CPUs). */
  readonly mallocArenaMax?: number | undefined;
}

export interface Scenario {
  /** File name without `.yaml`. */
  readonly id: string;
  readonly title: string;
  readonly seed: string;
  readonly durationMs: number;
  /** Metrics sampling interval of the trace. */
  readonly sampleIntervalMs: number;
  readonly flink: { readonly version: string; readonly config: Readonly<Record<string, string>> };
  readonly cluster: ClusterSpec;
  readonly job: { readonly name: string; readonly operators: readonly OperatorSpec[] };
  readonly events: readonly ScheduledEvent[];
  readonly narration: readonly NarrationStep[];
  /** Notes pinned to moments of the run by whoever studies it; the simulation ignores them. */
  readonly annotations: readonly NarrationStep[];
  readonly expect: readonly Expectation[];
  /** The dashboard panels that tell the story, most telling first (empty: the dashboard's own order); the simulation ignores it. */
  readonly watch: readonly WatchMetricId[];
}
