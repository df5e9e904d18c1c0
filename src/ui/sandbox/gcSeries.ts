/**
 * What the GC chart draws, per pixel column: the longest young/mixed and full pause (from the GC log
 * columns the session derives), and the share of wall time spent in GC pauses — the increase of
 * Status.JVM.GarbageCollector.*.Time over each bucket. Pure.
 */
import { bucketRange, columnIndex, foldBuckets, WIDTH, type Columns, type HistoryView, type TimeWindow } from './chartPaths';

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

/**
 * GC time in bucket `b` over its length. The counters are cumulative per JVM: a drop means a new JVM
 * (a restart), whose counter started at 0; after a gap (process down) the bucket's own minimum is the base.
 */
export function gcShare(h: HistoryView, b: number, bucketMs: number): number {
  let total = 0;
  for (const key of ['gcYoungTime', 'gcOldTime'] as const) {
    const k = columnIndex(key);
    const end = h.max[b * WIDTH + k] as number;
    if (Number.isNaN(end)) return NaN;
    const previous = b > 0 ? (h.max[(b - 1) * WIDTH + k] as number) : 0;
    const base = Number.isNaN(previous) ? (h.min[b * WIDTH + k] as number) : previous <= end ? previous : 0;
    total += end - base;
  }
  return Math.min(1, total / bucketMs);
}
