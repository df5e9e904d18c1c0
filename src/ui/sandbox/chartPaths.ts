/**
 * The shapes of one process's history, downsampled to one min/max pair per pixel column (a chart
 * costs the same with 10^3 or 10^7 samples behind it): a band between the minima and maxima, and
 * a line through the maxima, broken where there is no data (a process that was down) — traced onto
 * a canvas while playing, or written as SVG path data for an export. Pure.
 */
import { CHART_COLUMNS, type ChartKey } from '../../sandbox/chartColumns';

export interface HistoryView {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly filled: number;
}

/** Per pixel column: x, and the lowest and highest value of the buckets drawn there (NaN: none). */
export interface Columns {
  readonly x: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export const WIDTH = CHART_COLUMNS.length;

/** Where a column's values sit in a history's bucket rows. */
export function columnIndex(key: ChartKey): number {
  const i = CHART_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`unknown chart column ${key}`);
  return i;
}

/** A span of simulated time, in ms (a zoomed chart shows one). */
export interface TimeWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

/** The time axis' domain: the zoomed span, or the whole run. */
export function visibleSpan(window: TimeWindow | undefined, durationMs: number): [number, number] {
  return window ? [window.fromMs, window.toMs] : [0, durationMs];
}

/** The buckets overlapping a window (all of them without one). */
export function bucketRange(h: HistoryView, bucketMs: number, window: TimeWindow | undefined): [first: number, end: number] {
  if (!window) return [0, h.filled];
  return [Math.max(0, Math.floor(window.fromMs / bucketMs)), Math.min(h.filled, Math.floor(window.toMs / bucketMs) + 1)];
}

/** Folds the buckets of a column (those in `window`) into one min/max per whole pixel of x. */
export function pixelColumns(h: HistoryView, key: ChartKey, bucketMs: number, x: (ms: number) => number, window?: TimeWindow): Columns {
  const k = columnIndex(key);
  return foldBuckets(
    bucketRange(h, bucketMs, window),
    (b) => x(b * bucketMs),
    (b) => h.min[b * WIDTH + k] as number,
    (b) => h.max[b * WIDTH + k] as number,
  );
}

/** One min/max per whole pixel of x over buckets [first, end), from any per-bucket values (NaN: no data). */
export function foldBuckets(
  [first, end]: readonly [number, number],
  x: (b: number) => number,
  low: (b: number) => number,
  high: (b: number) => number,
): Columns {
  const xs: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  let px = NaN;
  for (let b = first; b < end; b++) {
    const top = high(b);
    const bottom = low(b);
    const at = Math.floor(x(b));
    if (at !== px) {
      xs.push(at);
      lo.push(bottom);
      hi.push(top);
      px = at;
      continue;
    }
    const i = xs.length - 1;
    // NaN (no data) only where no bucket of the pixel has data.
    if (!Number.isNaN(top)) {
      hi[i] = Number.isNaN(hi[i] as number) ? top : Math.max(hi[i] as number, top);
      lo[i] = Number.isNaN(lo[i] as number) ? bottom : Math.min(lo[i] as number, bottom);
    }
  }
  return { x: Float64Array.from(xs), lo: Float64Array.from(lo), hi: Float64Array.from(hi) };
}

/** Where a shape is drawn: a canvas context and a Path2D are pens, and so is SvgPen. */
export interface Pen {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** A pen that writes SVG path data (one decimal). */
export class SvgPen implements Pen {
  private readonly parts: string[] = [];
  moveTo(x: number, y: number): void {
    this.parts.push(`M${x},${y.toFixed(1)}`);
  }
  lineTo(x: number, y: number): void {
    this.parts.push(`L${x},${y.toFixed(1)}`);
  }
  closePath(): void {
    this.parts.push('Z');
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** The line through each column's maximum, broken where there is no data. */
export function traceMaxLine(c: Columns, y: (v: number) => number, pen: Pen): void {
  let down = false;
  for (let i = 0; i < c.x.length; i++) {
    const v = c.hi[i] as number;
    if (Number.isNaN(v)) {
      down = false;
      continue;
    }
    if (down) pen.lineTo(c.x[i] as number, y(v));
    else pen.moveTo(c.x[i] as number, y(v));
    down = true;
  }
}

/** The band between each column's minimum and maximum (GC saw-teeth show as a filled band). */
export function traceBand(c: Columns, y: (v: number) => number, pen: Pen): void {
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    for (let i = start; i < end; i++) (i === start ? pen.moveTo : pen.lineTo).call(pen, c.x[i] as number, y(c.hi[i] as number));
    for (let i = end - 1; i >= start; i--) pen.lineTo(c.x[i] as number, y(c.lo[i] as number));
    pen.closePath();
    start = -1;
  };
  for (let i = 0; i < c.x.length; i++) {
    if (Number.isNaN(c.hi[i] as number)) close(i);
    else if (start < 0) start = i;
  }
  close(c.x.length);
}

export function maxLine(c: Columns, y: (v: number) => number): string {
  const pen = new SvgPen();
  traceMaxLine(c, y, pen);
  return pen.toString();
}

export function band(c: Columns, y: (v: number) => number): string {
  const pen = new SvgPen();
  traceBand(c, y, pen);
  return pen.toString();
}

/** The highest value any series of the history reaches (in `window`, if given): the y axis' top. */
export function highest(h: HistoryView, keys: readonly ChartKey[], bucketMs = 1, window?: TimeWindow): number {
  let top = 0;
  const [first, end] = bucketRange(h, bucketMs, window);
  for (const key of keys) {
    const k = columnIndex(key);
    for (let b = first; b < end; b++) {
      const v = h.max[b * WIDTH + k] as number;
      if (v > top) top = v;
    }
  }
  return top;
}

/**
 * How much a cumulative counter (a column at row offset `k` of rows `width` wide) grew during bucket `b`: from the previous
 * bucket's highest value to this one's. A drop means a new JVM (a restart), whose counter started at 0; after a gap (the
 * process was down) the bucket's own minimum is the base. NaN where the bucket has no data.
 */
export function counterIncrease(h: HistoryView, width: number, k: number, b: number): number {
  const end = h.max[b * width + k] as number;
  if (Number.isNaN(end)) return NaN;
  const previous = b > 0 ? (h.max[(b - 1) * width + k] as number) : 0;
  const base = Number.isNaN(previous) ? (h.min[b * width + k] as number) : previous <= end ? previous : 0;
  return end - base;
}

/** A vertical line per pixel column at each time (restarts, failures: a week has 10^4 of some), within [left, right]. */
export function traceVerticals(
  times: Iterable<number>,
  x: (ms: number) => number,
  [from, to]: readonly [number, number],
  [left, right]: readonly [number, number],
  pen: Pen,
): void {
  let lastX = NaN;
  for (const atMs of times) {
    const px = Math.round(x(atMs)) + 0.5;
    if (px === lastX || px < left || px > right) continue;
    lastX = px;
    pen.moveTo(px, from);
    pen.lineTo(px, to);
  }
}
