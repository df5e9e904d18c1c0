/**
 * The columns the sandbox keeps per process and bucket: engine sample columns by their index in the
 * engine's sample (models/engine/trace.ts `metricNames`), with the Flink metric name shown in tooltips,
 * and two columns the session derives from the GC log (the longest pause since the previous sample).
 */
import { collectorNames } from '../../models/engine/trace';
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
  readonly unit: 'bytes' | 'ms';
}

/** How many columns an engine sample has (metricNames().length). */
export const ENGINE_COLUMNS = 21;

/** Columns the session appends to each engine sample: the longest young/mixed and full GC pause since the previous sample (0: none). */
export const DERIVED_COLUMNS = { longestYoungPause: ENGINE_COLUMNS, longestFullPause: ENGINE_COLUMNS + 1 } as const;

export const CHART_COLUMNS = [
  { key: 'heapUsed', label: 'Heap used', column: 0, metric: 'Status.JVM.Memory.Heap.Used', unit: 'bytes' },
  { key: 'heapMax', label: 'Heap max', column: 2, metric: 'Status.JVM.Memory.Heap.Max', unit: 'bytes' },
  { key: 'directUsed', label: 'Direct used', column: 3, metric: 'Status.JVM.Memory.Direct.MemoryUsed', unit: 'bytes' },
  { key: 'metaspaceUsed', label: 'Metaspace used', column: 5, metric: 'Status.JVM.Memory.Metaspace.Used', unit: 'bytes' },
  { key: 'metaspaceMax', label: 'Metaspace max', column: 6, metric: 'Status.JVM.Memory.Metaspace.Max', unit: 'bytes' },
  { key: 'managedUsed', label: 'Managed used', column: 7, metric: 'Status.Flink.Memory.Managed.Used', unit: 'bytes' },
  {
    key: 'unsafe',
    label: 'Unsafe (off-heap, untracked)',
    column: 17,
    metric: 'no Flink metric (Unsafe.allocateMemory; NMT "Other")',
    unit: 'bytes',
  },
  { key: 'native', label: 'Native (malloc)', column: 18, metric: 'no Flink metric (malloc; jemalloc/jeprof)', unit: 'bytes' },
  { key: 'rss', label: 'RSS', column: 19, metric: 'no Flink metric (container RSS: YARN pmem / cgroup memory)', unit: 'bytes' },
  {
    key: 'containerLimit',
    label: 'Container limit',
    column: 20,
    metric: 'no Flink metric (YARN container / pod memory limit)',
    unit: 'bytes',
  },
  { key: 'gcYoungTime', label: 'Young GC time (total)', column: 11, metric: 'Status.JVM.GarbageCollector.<young>.Time', unit: 'ms' },
  { key: 'gcOldTime', label: 'Old/full GC time (total)', column: 13, metric: 'Status.JVM.GarbageCollector.<old>.Time', unit: 'ms' },
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
] as const satisfies readonly ChartColumn[];

/** The sample indices of CHART_COLUMNS, in order (what a history stores per bucket). */
export const CHART_SAMPLE_COLUMNS: readonly number[] = CHART_COLUMNS.map((c) => c.column);

export type ChartKey = (typeof CHART_COLUMNS)[number]['key'];

/** The metric name as this run's JVMs report it (the collector's MXBean name filled in). */
export function metricName(c: ChartColumn, gc: GarbageCollector): string {
  const [young, old] = collectorNames(gc);
  return c.metric.replace('<young>', young).replace('<old>', old);
}
