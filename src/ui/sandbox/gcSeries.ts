/**
 * What the GC chart draws, per pixel column: the longest young/mixed and full pause (from the GC log
 * columns the session derives), and the share of wall time spent in GC pauses — the increase of
 * Status.JVM.GarbageCollector.*.Time over each bucket. Pure.
 */
import {
  bucketRange,
  columnIndex,
  counterIncrease,
  foldBuckets,
  WIDTH,
  type Columns,
  type HistoryView,
  type TimeWindow,
} from './chartPaths';

export interface GcColumns {
  readonly young: Columns;
  readonly full: Columns;
  /** hi: the highest share of a bucket's time spent paused (0..1) in the pixel column. */
  readonly share: Columns;
}

export function gcColumns(h: HistoryView, bucketMs: number, x: (ms: number) => number, window?: TimeWindow): GcColumns {
  const range = bucketRange(h, bucketMs, window);
  const at = (b: number) => x(b * bucketMs);
  const column = (key: Parameters<typeof columnIndex>[0]) => {
    const k = columnIndex(key);
    return (b: number) => h.max[b * WIDTH + k] as number;
  };
  const young = column('longestYoungPause');
  const full = column('longestFullPause');
  const share = (b: number) => gcShare(h, b, bucketMs);
  return {
    young: foldBuckets(range, at, young, young),
    full: foldBuckets(range, at, full, full),
    share: foldBuckets(range, at, share, share),
  };
}

/** GC time in bucket `b` over its length (the counters are cumulative per JVM: counterIncrease). */
export function gcShare(h: HistoryView, b: number, bucketMs: number): number {
  let total = 0;
  for (const key of ['gcYoungTime', 'gcOldTime'] as const) {
    const increase = counterIncrease(h, WIDTH, columnIndex(key), b);
    if (Number.isNaN(increase)) return NaN;
    total += increase;
  }
  return Math.min(1, total / bucketMs);
}
