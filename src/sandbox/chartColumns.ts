/**
 * The columns the sandbox keeps per process and bucket: engine sample columns by their index in the
 * engine's sample (models/engine/columns.ts), with the Flink metric name shown in tooltips,
 * and three columns the session derives from the GC log (the longest pause since the previous sample, and the heap
 * used right after the latest GC). JOB_COLUMNS are the job's own history (one per run, not per process).
 */
import { COL, COLUMN_COUNT, COLUMNS, type ColumnId, type ColumnSpec, metricName as columnMetricName } from '../../models/engine/columns';
import type { GarbageCollector } from '../../models/scenario/types';

export interface ChartColumn {
  readonly key: string;
  readonly label: string;
  /** Index in the sample row the history stores (engine columns, then DERIVED_COLUMNS). */
  readonly column: number;
  /**
   * Flink's metric name (taskmanager/jobmanager scope), or where the number comes from when Flink has
   * none; `<young>`/`<old>` stand for the collector's MXBean name (metricName()).
   */
  readonly metric: string;
  readonly unit: 'bytes' | 'ms' | 'count';
}

/** How many columns an engine sample has (models/engine/columns.ts). */
export const ENGINE_COLUMNS = COLUMN_COUNT;

/**
 * Columns the session appends to each engine sample: the longest young/mixed and full GC pause since the previous sample (0: none),
 * and the heap used right after the process's latest GC (NaN before its JVM's first GC): the line under the saw-tooth that shows
 * what the heap really holds (a leak or growing state raises it, garbage does not).
 */
export const DERIVED_COLUMNS = {
  longestYoungPause: ENGINE_COLUMNS,
  longestFullPause: ENGINE_COLUMNS + 1,
  heapAfterGc: ENGINE_COLUMNS + 2,
} as const;

/** How many values a stored sample row has (engine columns, then DERIVED_COLUMNS). */
export const SAMPLE_ROW_WIDTH = ENGINE_COLUMNS + 3;

/**
 * An engine column as the charts show it: its index, and its Flink metric or (without one) where the number comes from. Flink's
 * RocksDB native metrics (`rocksdb.*`) are Flink's own names even though their column says where they come from.
 */
function engine(id: ColumnId): { column: number; metric: string; unit: 'bytes' | 'ms' | 'count' } {
  const c: ColumnSpec = COLUMNS[COL[id]] as ColumnSpec;
  const flinks = c.source === undefined || c.metric.startsWith('rocksdb.');
  return { column: COL[id], metric: flinks ? c.metric : `no Flink metric (${c.source})`, unit: c.unit };
}

export const CHART_COLUMNS = [
  { key: 'heapUsed', label: 'Heap used', ...engine('heapUsed') },
  { key: 'heapMax', label: 'Heap max', ...engine('heapMax') },
  { key: 'directUsed', label: 'Direct used', ...engine('directUsed') },
  { key: 'metaspaceUsed', label: 'Metaspace used', ...engine('metaspaceUsed') },
  { key: 'metaspaceMax', label: 'Metaspace max', ...engine('metaspaceMax') },
  { key: 'managedUsed', label: 'Managed used', ...engine('managedUsed') },
  { key: 'unsafe', label: 'Unsafe (off-heap, untracked)', ...engine('unsafe') },
  { key: 'native', label: 'Native (malloc)', ...engine('native') },
  { key: 'rss', label: 'RSS', ...engine('rss') },
  { key: 'containerLimit', label: 'Container limit', ...engine('containerLimit') },
  { key: 'gcYoungTime', label: 'Young GC time (total)', ...engine('gcYoungTime') },
  { key: 'gcOldTime', label: 'Old/full GC time (total)', ...engine('gcOldTime') },
  {
    key: 'longestYoungPause',
    label: 'Longest young/mixed pause',
    column: DERIVED_COLUMNS.longestYoungPause,
    metric: 'no Flink metric (the GC log: longest pause in the interval)',
    unit: 'ms',
  },
  {
    key: 'longestFullPause',
    label: 'Longest full GC pause',
    column: DERIVED_COLUMNS.longestFullPause,
    metric: 'no Flink metric (the GC log: longest pause in the interval)',
    unit: 'ms',
  },
  {
    key: 'heapAfterGc',
    label: 'Heap after GC',
    column: DERIVED_COLUMNS.heapAfterGc,
    metric: 'no Flink metric (the GC log: heap used after the latest pause, "->" in -Xlog:gc)',
    unit: 'bytes',
  },
  // Counts, and the latency estimate: the dashboard's panels (src/sandbox/panels.ts); the per-process charts draw none of them.
  { key: 'networkSegmentsTotal', label: 'Network segments (total)', ...engine('networkSegmentsTotal') },
  { key: 'networkSegmentsUsed', label: 'Network segments used', ...engine('networkSegmentsUsed') },
  { key: 'gcYoungCount', label: 'Young GCs (total)', ...engine('gcYoungCount') },
  { key: 'gcOldCount', label: 'Old/full GCs (total)', ...engine('gcOldCount') },
  { key: 'threads', label: 'Threads', ...engine('threads') },
  { key: 'classesLoaded', label: 'Classes loaded', ...engine('classesLoaded') },
  { key: 'classesUnloaded', label: 'Classes unloaded', ...engine('classesUnloaded') },
  { key: 'exceptions', label: 'Exceptions logged (total)', ...engine('exceptions') },
  { key: 'blobConnections', label: 'Blob server connections', ...engine('blobConnections') },
  { key: 'blobBacklog', label: 'Blob server backlog', ...engine('blobBacklog') },
  { key: 'endToEndLatency', label: 'End-to-end latency', ...engine('endToEndLatency') },
  // RocksDB's native memory by part, and what the allocator keeps of what it freed: the RocksDB panel (src/sandbox/rocksdbPanel.ts).
  { key: 'rocksdbBlockCache', label: 'RocksDB block cache', ...engine('rocksdbBlockCache') },
  { key: 'rocksdbPinned', label: 'RocksDB pinned blocks', ...engine('rocksdbPinned') },
  { key: 'rocksdbMemtables', label: 'RocksDB memtables', ...engine('rocksdbMemtables') },
  { key: 'rocksdbTableReaders', label: 'RocksDB table readers', ...engine('rocksdbTableReaders') },
  { key: 'mallocRetained', label: 'malloc retained (allocator)', ...engine('mallocRetained') },
] as const satisfies readonly ChartColumn[];

/** The sample indices of CHART_COLUMNS, in order (what a history stores per bucket). */
export const CHART_SAMPLE_COLUMNS: readonly number[] = CHART_COLUMNS.map((c) => c.column);

export type ChartKey = (typeof CHART_COLUMNS)[number]['key'];

/**
 * The job's history, one row per sample time (simSession.ts reads them from the job's state): Flink's job-scope metrics
 * (`lastCheckpointSize`, `lastCheckpointDuration`, `numRestarts`), the highest `backPressuredTimeMsPerSecond` of any
 * vertex (what the web UI's back-pressure tab ranks by), the job's `numRecordsInPerSecond` and the sources'
 * `pendingRecords` (FLIP-33). `column` is the index in the job's row.
 */
export const JOB_COLUMNS = [
  { key: 'lastCheckpointSize', label: 'Last checkpoint size', column: 0, metric: 'lastCheckpointSize', unit: 'bytes' },
  { key: 'lastCheckpointDuration', label: 'Last checkpoint duration', column: 1, metric: 'lastCheckpointDuration', unit: 'ms' },
  {
    key: 'backPressuredTimeMsPerSecond',
    label: 'Back-pressured (busiest vertex)',
    column: 2,
    metric: 'backPressuredTimeMsPerSecond (max over vertices)',
    unit: 'ms',
  },
  { key: 'numRecordsInPerSecond', label: 'Records in per second', column: 3, metric: 'numRecordsInPerSecond (job)', unit: 'count' },
  { key: 'pendingRecords', label: 'Pending records (source lag)', column: 4, metric: 'pendingRecords (sum over sources)', unit: 'count' },
  { key: 'numRestarts', label: 'Restarts', column: 5, metric: 'numRestarts', unit: 'count' },
] as const satisfies readonly ChartColumn[];

export type JobKey = (typeof JOB_COLUMNS)[number]['key'];

/** Each job column's index in the job's row, by key (`row[JOB_COL.numRestarts]`). */
export const JOB_COL: Readonly<Record<JobKey, number>> = Object.freeze(
  Object.fromEntries(JOB_COLUMNS.map((c) => [c.key, c.column])) as Record<JobKey, number>,
);

/** The job row's indices (what the job's history stores per bucket). */
export const JOB_SAMPLE_COLUMNS: readonly number[] = JOB_COLUMNS.map((c) => c.column);

/** The metric name as this run's JVMs report it (the collector's MXBean name filled in). */
export function metricName(c: ChartColumn, gc: GarbageCollector): string {
  return columnMetricName(c, gc);
}
