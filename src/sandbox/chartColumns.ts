/**
 * The columns the sandbox keeps per process and bucket: engine sample columns by their index in the
 * engine's sample (models/engine/columns.ts), with the Flink metric name shown in tooltips,
 * and two columns the session derives from the GC log (the longest pause since the previous sample).
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
  readonly unit: 'bytes' | 'ms';
}

/** How many columns an engine sample has (models/engine/columns.ts). */
export const ENGINE_COLUMNS = COLUMN_COUNT;

/** Columns the session appends to each engine sample: the longest young/mixed and full GC pause since the previous sample (0: none). */
export const DERIVED_COLUMNS = { longestYoungPause: ENGINE_COLUMNS, longestFullPause: ENGINE_COLUMNS + 1 } as const;

/** An engine column as the charts show it: its index, and its Flink metric or (without one) where the number comes from. */
function engine(id: ColumnId): { column: number; metric: string; unit: 'bytes' | 'ms' } {
  const c: ColumnSpec = COLUMNS[COL[id]] as ColumnSpec;
  if (c.unit === 'count') throw new Error(`column ${id} counts, the charts draw bytes and ms`);
  return { column: COL[id], metric: c.source === undefined ? c.metric : `no Flink metric (${c.source})`, unit: c.unit };
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
] as const satisfies readonly ChartColumn[];

/** The sample indices of CHART_COLUMNS, in order (what a history stores per bucket). */
export const CHART_SAMPLE_COLUMNS: readonly number[] = CHART_COLUMNS.map((c) => c.column);

export type ChartKey = (typeof CHART_COLUMNS)[number]['key'];

/** The metric name as this run's JVMs report it (the collector's MXBean name filled in). */
export function metricName(c: ChartColumn, gc: GarbageCollector): string {
  return columnMetricName(c, gc);
}
