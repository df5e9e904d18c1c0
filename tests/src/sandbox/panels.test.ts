// Protects the dashboard's panels: one per watch metric, the y-axis rule (fit the data, the limit in view or marked at the
// top edge) and the figure — a step of direct-leak-on-restart's direct staircase spans at least 20 px in a watched panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WATCH_METRICS } from '../../../models/scenario/watchMetrics';
import { CHART_COLUMNS } from '../../../src/sandbox/chartColumns';
import { dashboardOrder, failurePanel, PANELS, panelAxis, panelOf, plotHeightPx } from '../../../src/sandbox/panels';
import type { FromWorker, ProcessInfo } from '../../../src/sandbox/protocol';
import { SeriesBuckets } from '../../../src/sandbox/seriesBuckets';
import { SimSession } from '../../../src/sandbox/simSession';
import { seriesValues, valuesMax } from '../../../src/ui/sandbox/panelData';

const MiB = 2 ** 20;
const ROOT = join(import.meta.dirname, '../../..');

describe('the panels', () => {
  it('has one panel per watch metric, in its scope, and each failure points at its pool', () => {
    expect(PANELS.map((p) => p.id).sort()).toEqual(WATCH_METRICS.map((m) => m.id).sort());
    for (const m of WATCH_METRICS) expect(panelOf(m.id).scope).toBe(m.scope);
    expect(failurePanel({ type: 'jvm.oom', pool: 'direct' })).toBe('Status.JVM.Memory.Direct.MemoryUsed');
    expect(failurePanel({ type: 'jvm.oom', pool: 'metaspace' })).toBe('Status.JVM.Memory.Metaspace.Used');
    expect(failurePanel({ type: 'container.killed', reason: 'yarn-pmem' })).toBe('rssBytes');
    // A container the scenario itself shut down ran out of nothing.
    expect(failurePanel({ type: 'container.killed', reason: 'injected' })).toBeUndefined();
  });

  it('puts the watched panels first, keeps the pools and hides the empty others, never a watched one', () => {
    const { large, small } = dashboardOrder(['blobServerBacklog', 'Status.JVM.Memory.Metaspace.Used'], () => false);
    expect(large.map((p) => p.id)).toEqual(['blobServerBacklog', 'Status.JVM.Memory.Metaspace.Used']);
    expect(small.map((p) => p.id)).toEqual(['Status.JVM.Memory.Direct.MemoryUsed', 'Status.JVM.Memory.Heap.Used', 'rssBytes']);
    expect(dashboardOrder([], () => true).small).toHaveLength(PANELS.length);
  });
});

describe('the y-axis', () => {
  it('fits the data and keeps a limit within 4× of it in view', () => {
    // Direct at 300 MiB of a 1 GiB limit: the limit is drawn, the axis just above it.
    const a = panelAxis(300 * MiB, [1024 * MiB], 'bytes');
    expect(a.inView).toEqual([1024 * MiB]);
    expect(a.above).toEqual([]);
    expect(a.top).toBeGreaterThan(1024 * MiB);
    expect(a.top).toBeLessThan(1.1 * 1024 * MiB);
    expect(a.ticks.at(-1)).toBeLessThanOrEqual(a.top);
  });

  it('marks a limit far above the data at the top edge, so the data keeps its height', () => {
    // Metaspace at 50 MiB under a 1 GiB cap: 20×.
    const a = panelAxis(50 * MiB, [1024 * MiB, 256 * MiB], 'bytes');
    expect(a.above).toEqual([256 * MiB, 1024 * MiB]);
    expect(a.top).toBeLessThan(60 * MiB);
    // The data fills more than 90 % of the height.
    expect((50 * MiB) / a.top).toBeGreaterThan(0.9);
  });

  it('has a height without data, and steps of 1-2-5 for counts', () => {
    expect(panelAxis(0, [], 'bytes').top).toBe(MiB);
    expect(panelAxis(0, [1000], 'ms-per-second').above).toEqual([1000]);
    expect(panelAxis(37, [], 'count').ticks).toEqual([0, 10, 20, 30]);
  });

  it('gives a 96 MiB step of the direct staircase at least 20 px in a watched panel (issue 13)', () => {
    const id = 'direct-leak-on-restart';
    let processes: ProcessInfo[] = [];
    let histories: SeriesBuckets[] = [];
    let bucketMs = 1;
    const session = new SimSession((m: FromWorker) => {
      if (m.type === 'loaded') {
        processes = [...m.processes];
        bucketMs = m.bucketMs;
        histories = m.processes.map(
          () =>
            new SeriesBuckets(
              CHART_COLUMNS.map((c) => c.column),
              m.bucketMs,
              m.bucketCount,
            ),
        );
      }
      if (m.type === 'frame') for (const u of m.series) histories[u.process]?.merge(u.fromBucket, u.min, u.max);
    });
    session.handle({ type: 'load', yamlText: readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), fileName: `${id}.yaml` });
    session.handle({ type: 'goto', toMs: 12 * 3_600_000 });
    const panel = panelOf('Status.JVM.Memory.Direct.MemoryUsed');
    const [direct] = panel.series;
    if (!direct) throw new Error('no series');
    const axis = panelAxis(
      Math.max(...histories.map((h) => valuesMax(seriesValues(panel.scope, direct, h, bucketMs), bucketMs))),
      processes.map((p) => panel.limit?.of(p, () => 0) ?? 0),
      panel.unit,
    );
    // The step: a surviving TaskManager's lowest direct use in the 10 minutes before the first restart (1h) and after it.
    const lowest = (h: SeriesBuckets, fromMs: number, toMs: number) => {
      const v = seriesValues(panel.scope, direct, h, bucketMs);
      let low = Infinity;
      for (let b = Math.ceil(fromMs / bucketMs); b < Math.floor(toMs / bucketMs); b++) low = Math.min(low, v.low(b));
      return low;
    };
    const steps = histories.slice(1).map((h) => lowest(h, 70 * 60_000, 80 * 60_000) - lowest(h, 50 * 60_000, 60 * 60_000));
    const step = Math.max(...steps);
    expect(step).toBeGreaterThan(90 * MiB);
    expect(step).toBeLessThan(110 * MiB);
    const px = (step / axis.top) * plotHeightPx('large');
    expect(px).toBeGreaterThanOrEqual(20);
  });
});
