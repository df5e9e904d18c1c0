/**
 * The columns of a metric sample, named once: every writer (the JVM's `sampleInto`) and every reader (the
 * summary, the sizing figures, the CSV header, the trace hash, the sandbox's charts and cards) finds a column
 * through this table, never by its number. A sample is a `Float64Array` in the order of `COLUMNS`.
 *
 * Adding a metric is one row here and one line in its writer (models/engine/jvm/flows.ts `sampleInto`).
 * A new row with `changes: true` joins the trace hash, so it changes every trace hash (and the golden files).
 *
 * Flink's metric names: https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/metrics/#system-metrics
 * (`Status.JVM.*`, `Status.Flink.Memory.Managed.*`, `Status.Shuffle.Netty.*`); collector names are the JVM's
 * GarbageCollectorMXBean names (`G1 Young Generation`, …), which Flink puts into the GC metrics' names.
 */
import type { GarbageCollector } from '../scenario/types';

export interface ColumnSpec {
  /** A stable name for code (`heapUsed`). */
  readonly id: string;
  /**
   * The CSV header and metric name: Flink's metric (taskmanager/jobmanager scope), with `<young>`/`<old>` standing
   * for the collector's MXBean name (see `metricName`), or a plain name when Flink reports no such metric.
   */
  readonly metric: string;
  readonly unit: 'bytes' | 'ms' | 'count';
  /** True when the value can change during one JVM's life (the trace hash folds in only those). */
  readonly changes: boolean;
  /** Where the number comes from when Flink has no metric for it (shown in the sandbox's tooltips). */
  readonly source?: string;
  /** False for a changing column the trace hash leaves out (derived from hashed ones); default true. */
  readonly hashed?: boolean;
}

/** The sample's columns, in order. The position in this list is the column's index. */
export const COLUMNS = [
  { id: 'heapUsed', metric: 'Status.JVM.Memory.Heap.Used', unit: 'bytes', changes: true },
  { id: 'heapCommitted', metric: 'Status.JVM.Memory.Heap.Committed', unit: 'bytes', changes: false },
  { id: 'heapMax', metric: 'Status.JVM.Memory.Heap.Max', unit: 'bytes', changes: false },
  { id: 'directUsed', metric: 'Status.JVM.Memory.Direct.MemoryUsed', unit: 'bytes', changes: true },
  { id: 'directCapacity', metric: 'Status.JVM.Memory.Direct.TotalCapacity', unit: 'bytes', changes: true },
  { id: 'metaspaceUsed', metric: 'Status.JVM.Memory.Metaspace.Used', unit: 'bytes', changes: true },
  { id: 'metaspaceMax', metric: 'Status.JVM.Memory.Metaspace.Max', unit: 'bytes', changes: false },
  { id: 'managedUsed', metric: 'Status.Flink.Memory.Managed.Used', unit: 'bytes', changes: true },
  { id: 'networkSegmentsTotal', metric: 'Status.Shuffle.Netty.TotalMemorySegments', unit: 'count', changes: false },
  { id: 'networkSegmentsUsed', metric: 'Status.Shuffle.Netty.UsedMemorySegments', unit: 'count', changes: true },
  { id: 'gcYoungCount', metric: 'Status.JVM.GarbageCollector.<young>.Count', unit: 'count', changes: true },
  { id: 'gcYoungTime', metric: 'Status.JVM.GarbageCollector.<young>.Time', unit: 'ms', changes: true },
  { id: 'gcOldCount', metric: 'Status.JVM.GarbageCollector.<old>.Count', unit: 'count', changes: true },
  { id: 'gcOldTime', metric: 'Status.JVM.GarbageCollector.<old>.Time', unit: 'ms', changes: true },
  { id: 'threads', metric: 'Status.JVM.Threads.Count', unit: 'count', changes: true },
  { id: 'classesLoaded', metric: 'Status.JVM.ClassLoader.ClassesLoaded', unit: 'count', changes: true },
  { id: 'classesUnloaded', metric: 'Status.JVM.ClassLoader.ClassesUnloaded', unit: 'count', changes: true },
  { id: 'unsafe', metric: 'unsafeBytes', unit: 'bytes', changes: true, source: 'Unsafe.allocateMemory; NMT "Other"' },
  { id: 'native', metric: 'nativeBytes', unit: 'bytes', changes: true, source: 'malloc; jemalloc/jeprof' },
  { id: 'rss', metric: 'rssBytes', unit: 'bytes', changes: true, source: 'container RSS: YARN pmem / cgroup memory' },
  { id: 'containerLimit', metric: 'containerLimitBytes', unit: 'bytes', changes: false, source: 'YARN container / pod memory limit' },
  // Flink's own numRecordsInErrors is a source reader's counter (SourceReaderMetricGroup, "records that failed to consume,
  // process, or emit"); exceptions an operator catches and logs are counted by a counter the job registers
  // (getMetricGroup().counter("exceptionsLogged"), as the Flink lab's GzipLoggerJob does), summed per TaskManager here.
  // Not hashed: it follows from throughput and rates already in the hash, and a new hashed column would change every
  // recorded trace hash (the golden files) without changing any story.
  {
    id: 'exceptions',
    metric: 'exceptionsLogged',
    unit: 'count',
    changes: true,
    hashed: false,
    source: "a job's counter of exceptions thrown and logged (getMetricGroup().counter), per TaskManager",
  },
  // The JobManager's blob server (engine/blobServer.ts). Flink registers no metric for it (BlobServer keeps its
  // connections in a plain set); what an operator watches is the blob port in `ss`/netstat, as Airwallex did. Not hashed,
  // like exceptionsLogged: the values follow from events already in the hash, and hashing them would change every golden.
  {
    id: 'blobConnections',
    metric: 'blobServerConnections',
    unit: 'count',
    changes: true,
    hashed: false,
    source:
      "connections the JobManager's blob server accepted, each holding one of blob.fetch.num-concurrent slots: ESTAB/CLOSE-WAIT on the blob port in `ss -tn` (netstat) beyond the accept queue; 0 on TaskManagers",
  },
  {
    id: 'blobBacklog',
    metric: 'blobServerBacklog',
    unit: 'count',
    changes: true,
    hashed: false,
    source:
      "connections waiting in the blob port's accept queue (blob.fetch.backlog): Recv-Q of its LISTEN socket in `ss -ltn`; 0 on TaskManagers",
  },
  // Flink's latency markers give source → operator histograms (`latency.source_id…`), not an end-to-end figure, and the
  // lab recorded none; this is the sandbox's estimate (models/engine/job/latency.ts). Not hashed: it follows from the
  // lag, the rates and the GC pauses already in the hash (and a hashed column would change every golden trace hash).
  {
    id: 'endToEndLatency',
    metric: 'endToEndLatencyMs',
    unit: 'ms',
    changes: true,
    hashed: false,
    source: 'sandbox estimate: source lag ÷ input rate (records-lag-max × rate) + back-pressured buffers + longest GC pause',
  },
  // RocksDB's native memory by part (models/rocksdb/footprint.ts), summed over the TaskManager's RocksDB instances, and what
  // the allocator keeps of what RocksDB freed (models/rocksdb/allocator.ts). The five are disjoint parts of `nativeBytes`
  // (and so of RSS): Flink's native metrics overlap (block-cache-usage includes the pinned blocks and, in bounded mode, the
  // memtables' charge), so each `source` says how the column relates to Flink's metric. Not hashed: 0 for every scenario
  // without RocksDB keyed state, and a hashed column would change every golden trace hash.
  {
    id: 'rocksdbBlockCache',
    metric: 'rocksdb.block-cache-usage',
    unit: 'bytes',
    changes: true,
    hashed: false,
    source:
      "RocksDB's block cache: blocks nothing pins (rocksdb.block-cache-usage minus block-cache-pinned-usage and, in bounded mode, the write buffer manager's charge for the memtables), summed over the TaskManager's RocksDB instances",
  },
  {
    id: 'rocksdbPinned',
    metric: 'rocksdb.block-cache-pinned-usage',
    unit: 'bytes',
    changes: true,
    hashed: false,
    source:
      "blocks pinned in RocksDB's cache by open iterators and readers, and the index/filter blocks Flink pins (rocksdb.block-cache-pinned-usage): the cache is not strict, so they may take it past its capacity",
  },
  {
    id: 'rocksdbMemtables',
    metric: 'rocksdb.cur-size-all-mem-tables',
    unit: 'bytes',
    changes: true,
    hashed: false,
    source: "RocksDB's memtables, active and immutable (rocksdb.cur-size-all-mem-tables), summed over the TaskManager's column families",
  },
  {
    id: 'rocksdbTableReaders',
    metric: 'rocksdb.estimate-table-readers-mem',
    unit: 'bytes',
    changes: true,
    hashed: false,
    source: 'index and filter blocks held by table readers outside the block cache (rocksdb.estimate-table-readers-mem): unbounded mode',
  },
  {
    id: 'mallocRetained',
    metric: 'mallocRetainedBytes',
    unit: 'bytes',
    changes: true,
    hashed: false,
    source:
      "memory RocksDB freed that the allocator keeps resident (glibc arenas' free chunks, jemalloc's dirty pages before decay): RSS minus what is in use; malloc_stats / jemalloc stats.resident − stats.allocated",
  },
] as const satisfies readonly ColumnSpec[];

export type ColumnId = (typeof COLUMNS)[number]['id'];

/**
 * Each column's index by id (`values[COL.rss]`), frozen. A per-sample path reads the indexes it needs once, into
 * module constants (`const { rss: RSS } = COL`): a property load per column per sample cost a tenth of a run, and
 * tsx compiles an imported binding read in a loop to a getter call.
 */
export const COL: Readonly<Record<ColumnId, number>> = Object.freeze(
  Object.fromEntries(COLUMNS.map((c, i) => [c.id, i])) as Record<ColumnId, number>,
);

/** How many columns a sample has. */
export const COLUMN_COUNT: number = COLUMNS.length;

/** The columns that can change during a JVM's life and are hashed, in index order (what the trace hash folds in). */
export const HASHED_COLUMNS: Int32Array = Int32Array.from(
  COLUMNS.flatMap((c: ColumnSpec, i) => (c.changes && c.hashed !== false ? [i] : [])),
);

/** Collector MXBean names as the JVM reports them (young, old). */
export function collectorNames(gc: GarbageCollector): readonly [young: string, old: string] {
  switch (gc) {
    case 'G1':
      return ['G1 Young Generation', 'G1 Old Generation'];
    case 'Parallel':
      return ['PS Scavenge', 'PS MarkSweep'];
    case 'Serial':
      return ['Copy', 'MarkSweepCompact'];
  }
}

/** A column's metric name as this run's JVMs report it (the collector's MXBean name filled in). */
export function metricName(c: Pick<ColumnSpec, 'metric'>, gc: GarbageCollector): string {
  const [young, old] = collectorNames(gc);
  return c.metric.replace('<young>', young).replace('<old>', old);
}

/** The columns of a sample, in order: Flink metric names, then the container's view. */
export function metricNames(gc: GarbageCollector): string[] {
  return COLUMNS.map((c) => metricName(c, gc));
}
