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
  /** Buckets with data (0 … filled - 1). */
  readonly filled: number;
}

/**
 * A series' value per bucket in the history of `scope`: min and max, or a counter's rate. A rate is taken over `rateBuckets`
 * buckets ending at each one (Grafana's rate over $__rate_interval): over single buckets a sparse counter (a GC every few
 * minutes) reads 0, 1, 0, 1… and draws a solid block.
 */
export function seriesValues(scope: PanelDef['scope'], s: PanelSeries, h: HistoryView, bucketMs: number, rateBuckets = 1): BucketValues {
  const columns = columnsOf(scope);
  const width = columns.length;
  const k = columns.findIndex((c) => c.key === s.column);
  if (k < 0) throw new Error(`no column ${s.column} in the ${scope} history`);
  if (s.rate) {
    const rates = windowedRates(h, width, k, bucketMs, Math.max(1, Math.round(rateBuckets)), s.rate === 'per-minute' ? 60_000 : 1000);
    const rate = (b: number) => (b < rates.length ? (rates[b] as number) : NaN);
    return { low: rate, high: rate, filled: h.filled };
  }
  return { low: (b) => h.min[b * width + k] as number, high: (b) => h.max[b * width + k] as number, filled: h.filled };
}

/** Per bucket: the counter's increase over the last `window` buckets with data, per `perMs` (NaN where the bucket has none). */
function windowedRates(h: HistoryView, width: number, k: number, bucketMs: number, window: number, perMs: number): Float64Array {
  const out = new Float64Array(h.filled);
  const increases = new Float64Array(h.filled);
  let sum = 0;
  let counted = 0;
  for (let b = 0; b < h.filled; b++) {
    const inc = counterIncrease(h, width, k, b);
    increases[b] = inc;
    if (!Number.isNaN(inc)) {
      sum += inc;
      counted += 1;
    }
    const leaving = b - window >= 0 ? (increases[b - window] as number) : NaN;
    if (!Number.isNaN(leaving)) {
      sum -= leaving;
      counted -= 1;
    }
    out[b] = Number.isNaN(inc) || counted === 0 ? NaN : (sum * perMs) / (counted * bucketMs);
  }
  return out;
}

/**
 * The rate window for a view showing `visibleBuckets`: 1/50 of the span (a 12-hour run: 15 minutes; five days: 2.4 hours),
 * so a GC every half hour reads as a steady rate, and the zoom sharpens it as Grafana's $__rate_interval does.
 */
export function rateWindow(visibleBuckets: number): number {
  return Math.max(1, Math.round(visibleBuckets / 50));
}

/**
 * Many processes as one band: per bucket the lowest and highest value of any of them (a hundred TaskManagers drawn as a
 * hundred lines are unreadable, and cost a hundred paths per redraw); `peak`: the member with the highest value.
 */
export function envelopeValues(
  scope: PanelDef['scope'],
  s: PanelSeries,
  members: readonly HistoryView[],
  bucketMs: number,
  rateBuckets = 1,
): BucketValues & { readonly peak: number } {
  const filled = Math.max(0, ...members.map((h) => h.filled));
  const low = new Float64Array(filled).fill(NaN);
  const high = new Float64Array(filled).fill(NaN);
  let peak = 0;
  let peakValue = -Infinity;
  members.forEach((h, m) => {
    // Stored values read straight from the rows (this runs for every member on every redraw); rates through seriesValues.
    const v = s.rate ? seriesValues(scope, s, h, bucketMs, rateBuckets) : undefined;
    const width = columnsOf(scope).length;
    const k = columnsOf(scope).findIndex((c) => c.key === s.column);
    for (let b = 0; b < h.filled; b++) {
      const lo = v ? v.low(b) : (h.min[b * width + k] as number);
      const hi = v ? v.high(b) : (h.max[b * width + k] as number);
      if (!((low[b] as number) <= lo)) low[b] = lo;
      if (!((high[b] as number) >= hi)) high[b] = hi;
      if (hi > peakValue) {
        peakValue = hi;
        peak = m;
      }
    }
  });
  return { low: (b) => low[b] as number, high: (b) => high[b] as number, filled, peak };
}

const NO_ROWS = new Float64Array(0);
const range = (v: BucketValues, bucketMs: number, window: TimeWindow | undefined) =>
  bucketRange({ min: NO_ROWS, max: NO_ROWS, filled: v.filled }, bucketMs, window);

/** Values folded to one min/max per pixel column of x (chartPaths.foldBuckets), over the buckets in `window`. */
export function foldValues(v: BucketValues, bucketMs: number, x: (ms: number) => number, window: TimeWindow | undefined): Columns {
  return foldBuckets(range(v, bucketMs, window), (b) => x(b * bucketMs), v.low, v.high);
}

/** The highest value in the buckets of `window` (0 when none). */
export function valuesMax(v: BucketValues, bucketMs: number, window?: TimeWindow): number {
  const [first, end] = range(v, bucketMs, window);
  let top = 0;
  for (let b = first; b < end; b++) {
    const value = v.high(b);
    if (value > top) top = value;
  }
  return top;
}

/**
 * Whether any series of the panel is above 0 in these histories, from bucket `fromBucket` on (the buckets before it were
 * read before: a history only grows). A counter drawn as a rate is read as it is stored (above 0 once it ever counted).
 */
export function panelHasData(panel: PanelDef, histories: readonly HistoryView[], fromBucket = 0): boolean {
  return histories.some((h) => hasValues(panel.scope, panel.series, h, fromBucket));
}

/** Whether any of the series is above 0 in the history from `fromBucket` on (counters as stored; a plain scan, no arrays). */
export function hasValues(scope: PanelDef['scope'], series: readonly PanelSeries[], h: HistoryView, fromBucket = 0): boolean {
  const columns = columnsOf(scope);
  const width = columns.length;
  return series.some((s) => {
    const k = columns.findIndex((c) => c.key === s.column);
    for (let b = fromBucket; b < h.filled; b++) if ((h.max[b * width + k] as number) > 0) return true;
    return false;
  });
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

/** An observed series' samples (times ascending) within [from, to]: the index range [first, end). */
export function observedRange(t: readonly number[], from: number, to: number): [first: number, end: number] {
  let first = 0;
  while (first < t.length && (t[first] as number) < from) first += 1;
  let end = t.length;
  while (end > first && (t[end - 1] as number) > to) end -= 1;
  return [first, end];
}

/** The highest observed value within [from, to] (0: none), so the y-axis holds the observed line as well as the simulated. */
export function observedMax(o: { readonly t: readonly number[]; readonly v: readonly number[] }, from: number, to: number): number {
  const [first, end] = observedRange(o.t, from, to);
  let top = 0;
  for (let i = first; i < end; i++) if ((o.v[i] as number) > top) top = o.v[i] as number;
  return top;
}
