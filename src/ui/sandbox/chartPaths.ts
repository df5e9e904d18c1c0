/**
 * SVG paths of one process's history: a min/max band and a max line per series, skipping buckets
 * without data (a process that was down). Pure: tested without a browser.
 */
import { CHART_COLUMNS, type ChartKey } from '../../sandbox/chartColumns';

export interface Scales {
  readonly x: (ms: number) => number;
  readonly y: (bytes: number) => number;
}

export interface HistoryView {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly filled: number;
}

const WIDTH = CHART_COLUMNS.length;
const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

export function columnIndex(key: ChartKey): number {
  const i = CHART_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`unknown chart column ${key}`);
  return i;
}

/** The line through each bucket's maximum, broken where there is no data. */
export function maxLine(h: HistoryView, key: ChartKey, bucketMs: number, s: Scales): string {
  const k = columnIndex(key);
  let d = '';
  let pen = false;
  for (let b = 0; b < h.filled; b++) {
    const v = h.max[b * WIDTH + k] as number;
    if (Number.isNaN(v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${fmt(s.x(b * bucketMs))},${fmt(s.y(v))}`;
    pen = true;
  }
  return d;
}

/** The band between each bucket's minimum and maximum (GC saw-teeth show as a filled band). */
export function band(h: HistoryView, key: ChartKey, bucketMs: number, s: Scales): string {
  const k = columnIndex(key);
  let d = '';
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    let top = '';
    let bottom = '';
    for (let b = start; b < end; b++) {
      const x = fmt(s.x(b * bucketMs));
      top += `${b === start ? 'M' : 'L'}${x},${fmt(s.y(h.max[b * WIDTH + k] as number))}`;
    }
    for (let b = end - 1; b >= start; b--) bottom += `L${fmt(s.x(b * bucketMs))},${fmt(s.y(h.min[b * WIDTH + k] as number))}`;
    d += `${top}${bottom}Z`;
    start = -1;
  };
  for (let b = 0; b < h.filled; b++) {
    const missing = Number.isNaN(h.max[b * WIDTH + k] as number);
    if (missing) close(b);
    else if (start < 0) start = b;
  }
  close(h.filled);
  return d;
}

/** The highest value any series of the history reaches (the y axis' top). */
export function highest(h: HistoryView, keys: readonly ChartKey[]): number {
  let top = 0;
  for (const key of keys) {
    const k = columnIndex(key);
    for (let b = 0; b < h.filled; b++) {
      const v = h.max[b * WIDTH + k] as number;
      if (v > top) top = v;
    }
  }
  return top;
}
