// Protects the bounded history: min and max per bucket keep every peak, and a truncation forgets the future.
import { describe, expect, it } from 'vitest';
import { bucketMsFor, SeriesBuckets } from '../../../src/sandbox/seriesBuckets';

describe('SeriesBuckets', () => {
  it('keeps the minimum and maximum of each column per bucket', () => {
    const s = new SeriesBuckets([1, 0], 1000, 3);
    s.add(0, [10, 100]);
    s.add(500, [30, 50]);
    s.add(1000, [20, 70]);
    expect(s.filled).toBe(2);
    expect(Array.from(s.min.slice(0, 4))).toEqual([50, 10, 70, 20]);
    expect(Array.from(s.max.slice(0, 4))).toEqual([100, 30, 70, 20]);
  });

  it('puts samples past the end into the last bucket', () => {
    const s = new SeriesBuckets([0], 1000, 2);
    s.add(0, [1]);
    s.add(5000, [9]);
    expect(s.filled).toBe(2);
    expect(s.max[1]).toBe(9);
    expect(s.max[0]).toBe(1);
  });

  it('copies itself bucket range by bucket range (worker → page)', () => {
    const worker = new SeriesBuckets([0, 1], 1000, 4);
    const page = new SeriesBuckets([0, 1], 1000, 4);
    worker.add(0, [1, 2]);
    worker.add(1500, [3, 4]);
    let a = worker.since(0);
    page.merge(0, a.min, a.max);
    worker.add(1800, [0, 9]); // the last bucket grows: resent
    worker.add(2000, [5, 6]);
    a = worker.since(1);
    page.merge(1, a.min, a.max);
    expect(page.filled).toBe(3);
    expect(Array.from(page.min)).toEqual(Array.from(worker.min));
    expect(Array.from(page.max)).toEqual(Array.from(worker.max));
  });

  it('sizes buckets to about 1500 per run, never finer than a sample', () => {
    expect(bucketMsFor(12 * 3_600_000, 1000)).toBe(28_800);
    expect(bucketMsFor(60_000, 1000)).toBe(1000);
  });
});

describe('chart columns', () => {
  it('name the engine column Flink reports under that metric name', async () => {
    const { CHART_COLUMNS, ENGINE_COLUMNS, metricName } = await import('../../../src/sandbox/chartColumns');
    const { metricNames } = await import('../../../models/engine/trace');
    for (const gc of ['G1', 'Parallel', 'Serial'] as const) {
      const names = metricNames(gc);
      expect(names).toHaveLength(ENGINE_COLUMNS);
      for (const c of CHART_COLUMNS) if (c.metric.startsWith('Status.')) expect(names[c.column]).toBe(metricName(c, gc));
    }
  });
});
