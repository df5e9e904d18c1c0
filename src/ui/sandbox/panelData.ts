/**
 * What a dashboard panel (src/sandbox/panels.ts) reads from a history: each series' low and high value per bucket (a counter
 * as its rate), folded to pixel columns with chartPaths' helpers, and the highest value shown (the y-axis' data). Pure.
 */
import type { ChartKey } from '../../sandbox/chartColumns';
import { columnsOf, type PanelDef, type PanelSeries } from '../../sandbox/panels';
import { bucketRange, type Columns, counterIncrease, foldBuckets, type HistoryView, type TimeWindow } from './chartPaths';

export interface BucketValues {
  low(b: number): number;
  high(b: number): number;
}

/** A series' value per bucket in the history of `scope`: min and max, or a counter's rate (one value per bucket). */
export function seriesValues(scope: PanelDef['scope'], s: PanelSeries, h: HistoryView, bucketMs: number): BucketValues {
  const columns = columnsOf(scope);
  const width = columns.length;
  const k = columns.findIndex((c) => c.key === s.column);
  if (k < 0) throw new Error(`no column ${s.column} in the ${scope} history`);
  if (s.rate) {
    const per = s.rate === 'per-minute' ? 60_000 : 1000;
    const rate = (b: number) => (counterIncrease(h, width, k, b) * per) / bucketMs;
    return { low: rate, high: rate };
  }
  return { low: (b) => h.min[b * width + k] as number, high: (b) => h.max[b * width + k] as number };
}

/** A series folded to one min/max per pixel column of x (chartPaths.foldBuckets), over the buckets in `window`. */
export function seriesColumns(
  scope: PanelDef['scope'],
  s: PanelSeries,
  h: HistoryView,
  bucketMs: number,
  x: (ms: number) => number,
  window: TimeWindow | undefined,
): Columns {
  const v = seriesValues(scope, s, h, bucketMs);
  return foldBuckets(bucketRange(h, bucketMs, window), (b) => x(b * bucketMs), v.low, v.high);
}

/** The highest value of the series in the buckets of `window` (0 when none). */
export function seriesMax(scope: PanelDef['scope'], s: PanelSeries, h: HistoryView, bucketMs: number, window?: TimeWindow): number {
  const v = seriesValues(scope, s, h, bucketMs);
  const [first, end] = bucketRange(h, bucketMs, window);
  let top = 0;
  for (let b = first; b < end; b++) {
    const value = v.high(b);
    if (value > top) top = value;
  }
  return top;
}

/** Whether any series of the panel is above 0 anywhere in these histories. */
export function panelHasData(panel: PanelDef, histories: readonly HistoryView[], bucketMs: number): boolean {
  return histories.some((h) => panel.series.some((s) => seriesMax(panel.scope, s, h, bucketMs) > 0));
}

/** The highest value a process history holds in column `key` (its last filled bucket's max): a limit read from a sample. */
export function lastSample(h: HistoryView | undefined, key: ChartKey): number {
  if (!h || h.filled === 0) return 0;
  const columns = columnsOf('process');
  const k = columns.findIndex((c) => c.key === key);
  for (let b = h.filled - 1; b >= 0; b--) {
    const v = h.max[b * columns.length + k] as number;
    if (Number.isFinite(v)) return v;
  }
  return 0;
}
