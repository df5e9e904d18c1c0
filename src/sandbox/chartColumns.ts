/**
 * The sample columns the sandbox charts, by their index in the engine's sample (models/engine/trace.ts
 * `metricNames`), with the Flink metric name shown in tooltips and CSV headers.
 */
export interface ChartColumn {
  readonly key: string;
  readonly label: string;
  /** Index in the engine's sample row. */
  readonly column: number;
  /** Flink's metric name (taskmanager/jobmanager scope), or where the number comes from when Flink has none. */
  readonly metric: string;
}

export const CHART_COLUMNS: readonly ChartColumn[] = [
  { key: 'heapUsed', label: 'Heap used', column: 0, metric: 'Status.JVM.Memory.Heap.Used' },
  { key: 'heapMax', label: 'Heap max', column: 2, metric: 'Status.JVM.Memory.Heap.Max' },
  { key: 'directUsed', label: 'Direct used', column: 3, metric: 'Status.JVM.Memory.Direct.MemoryUsed' },
  { key: 'metaspaceUsed', label: 'Metaspace used', column: 5, metric: 'Status.JVM.Memory.Metaspace.Used' },
  { key: 'metaspaceMax', label: 'Metaspace max', column: 6, metric: 'Status.JVM.Memory.Metaspace.Max' },
  { key: 'managedUsed', label: 'Managed used', column: 7, metric: 'Status.Flink.Memory.Managed.Used' },
  { key: 'unsafe', label: 'Unsafe (off-heap, untracked)', column: 17, metric: 'no Flink metric (Unsafe.allocateMemory; NMT "Other")' },
  { key: 'native', label: 'Native (malloc)', column: 18, metric: 'no Flink metric (malloc; jemalloc/jeprof)' },
  { key: 'rss', label: 'RSS', column: 19, metric: 'no Flink metric (container RSS: YARN pmem / cgroup memory)' },
  { key: 'containerLimit', label: 'Container limit', column: 20, metric: 'no Flink metric (YARN container / pod memory limit)' },
];

/** The engine sample indices of CHART_COLUMNS, in order (what a history stores per bucket). */
export const CHART_SAMPLE_COLUMNS: readonly number[] = CHART_COLUMNS.map((c) => c.column);

export type ChartKey = (typeof CHART_COLUMNS)[number]['key'];
