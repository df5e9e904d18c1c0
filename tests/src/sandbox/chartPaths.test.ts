// Protects the charts' downsampling: one min/max per pixel keeps every peak, gaps stay gaps.
import { describe, expect, it } from 'vitest';
import { CHART_COLUMNS } from '../../../src/sandbox/chartColumns';
import { band, bucketRange, columnIndex, highest, maxLine, pixelColumns } from '../../../src/ui/sandbox/chartPaths';

const W = CHART_COLUMNS.length;
const k = columnIndex('rss');

function history(values: readonly number[]) {
  const min = new Float64Array(values.length * W).fill(NaN);
  const max = new Float64Array(values.length * W).fill(NaN);
  values.forEach((v, b) => {
    min[b * W + k] = v - 1;
    max[b * W + k] = v;
  });
  return { min, max, filled: values.length };
}

describe('chart paths', () => {
  it('folds buckets into one min/max per pixel, keeping the peak', () => {
    // 6 buckets of 1 ms over 3 px: two buckets per pixel.
    const c = pixelColumns(history([1, 9, 2, 3, 4, 5]), 'rss', 1, (ms) => ms / 2);
    expect(Array.from(c.x)).toEqual([0, 1, 2]);
    expect(Array.from(c.hi)).toEqual([9, 3, 5]);
    expect(Array.from(c.lo)).toEqual([0, 1, 3]);
  });

  it('breaks the line and the band where a process was down', () => {
    const c = pixelColumns(history([1, NaN, 3]), 'rss', 1, (ms) => ms);
    expect(maxLine(c, (v) => v)).toBe('M0,1.0M2,3.0');
    expect(band(c, (v) => v)).toBe('M0,1.0L0,0.0ZM2,3.0L2,2.0Z');
  });

  it('stays within the chart width however many buckets there are', () => {
    const many = history(Array.from({ length: 100_000 }, (_, i) => i % 977));
    const c = pixelColumns(many, 'rss', 10, (ms) => (ms / 1_000_000) * 600);
    expect(c.x.length).toBeLessThanOrEqual(601);
    expect(Math.max(...c.hi)).toBe(976);
  });
});

describe('a zoomed chart', () => {
  it('draws and scales only the buckets in the window', () => {
    const h = history([100, 1, 2, 3, 50]);
    const window = { fromMs: 1, toMs: 3 };
    expect(bucketRange(h, 1, window)).toEqual([1, 4]);
    expect(Array.from(pixelColumns(h, 'rss', 1, (ms) => ms, window).hi)).toEqual([1, 2, 3]);
    expect(highest(h, ['rss'], 1, window)).toBe(3);
    expect(highest(h, ['rss'])).toBe(100);
  });
});
