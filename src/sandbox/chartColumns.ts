/**
 * The sample columns the sandbox charts, by their index in the engine's sample (models/engine/trace.ts
 * `metricNames`), with the Flink metric name shown in tooltips and CSV headers.
 */
export interface ChartColumn {
  readonly key: string;
  readonly label: string;
  /** Index in the engine's sample row. */
  readonly column: number;
}

export const CHART_COLUMNS: readonly ChartColumn[] = [
  { key: 'heapUsed', label: 'Heap used', column: 0 },
  { key: 'heapMax', label: 'Heap max', column: 2 },
  { key: 'directUsed', label: 'Direct used', column: 3 },
  { key: 'metaspaceUsed', label: 'Metaspace used', column: 5 },
  { key: 'metaspaceMax', label: 'Metaspace max', column: 6 },
  { key: 'managedUsed', label: 'Managed used', column: 7 },
  { key: 'unsafe', label: 'Unsafe (off-heap, untracked)', column: 17 },
  { key: 'native', label: 'Native (malloc)', column: 18 },
  { key: 'rss', label: 'RSS', column: 19 },
  { key: 'containerLimit', label: 'Container limit', column: 20 },
];

export type ChartKey = (typeof CHART_COLUMNS)[number]['key'];
