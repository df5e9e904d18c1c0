// Protects the GC chart's figures: the share of time paused from cumulative GC counters (a restart
// resets them) and the longest pauses per pixel column.
import { describe, expect, it } from 'vitest';
import { columnIndex, WIDTH } from '../../../src/ui/sandbox/chartPaths';
import { gcColumns, gcShare } from '../../../src/ui/sandbox/gcSeries';

/** Buckets of 1000 ms with cumulative young/old GC time (ms) at their end, and the longest pauses. */
function history(rows: readonly { young: number; old: number; longest?: number; full?: number }[]) {
  const min = new Float64Array(rows.length * WIDTH).fill(NaN);
  const max = new Float64Array(rows.length * WIDTH).fill(NaN);
  rows.forEach((r, b) => {
    const set = (key: Parameters<typeof columnIndex>[0], v: number) => {
      min[b * WIDTH + columnIndex(key)] = v;
      max[b * WIDTH + columnIndex(key)] = v;
    };
    set('gcYoungTime', r.young);
    set('gcOldTime', r.old);
    set('longestYoungPause', r.longest ?? 0);
    set('longestFullPause', r.full ?? 0);
  });
  return { min, max, filled: rows.length };
}

describe('GC series', () => {
  it('is the increase of both counters over the bucket, and restarts from 0 in a new JVM', () => {
    const h = history([
      { young: 10, old: 0 },
      { young: 60, old: 200 },
      { young: 5, old: 0 },
    ]);
    expect(gcShare(h, 0, 1000)).toBeCloseTo(0.01);
    expect(gcShare(h, 1, 1000)).toBeCloseTo(0.25);
    expect(gcShare(h, 2, 1000)).toBeCloseTo(0.005);
  });

  it('keeps the longest pause of the buckets folded into a pixel', () => {
    const h = history([
      { young: 0, old: 0, longest: 12 },
      { young: 0, old: 0, longest: 40, full: 900 },
      { young: 0, old: 0, longest: 8 },
    ]);
    const c = gcColumns(h, 1000, (ms) => ms / 2000);
    expect(Array.from(c.young.hi)).toEqual([40, 8]);
    expect(Array.from(c.full.hi)).toEqual([900, 0]);
  });
});
