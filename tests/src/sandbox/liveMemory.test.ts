// Protects the live memory figure's and table's numbers: the budget boxes add up to the process size Flink derived, the direct
// sum row is -XX:MaxDirectMemorySize, each fill carries its metric at the cursor, and fills, RSS and limit share one scale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL } from '../../../models/engine/columns';
import type { FromWorker, LoadedScenario } from '../../../src/sandbox/protocol';
import { SimSession } from '../../../src/sandbox/simSession';
import { FIGURE, liveFigureLayout } from '../../../src/ui/sandbox/liveFigureLayout';
import { budgetTree, memoryRows, metricRows, poolFills } from '../../../src/ui/sandbox/liveMemory';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');

/** Loads `id` in a worker session and moves to `atMs`: the processes and each one's latest sample. */
function at(id: string, atMs: number): { loaded: LoadedScenario; latest: readonly (readonly number[])[] } {
  let loaded: LoadedScenario | undefined;
  let latest: readonly (readonly number[])[] = [];
  const session = new SimSession((m: FromWorker) => {
    if (m.type === 'loaded') loaded = m;
    if (m.type === 'frame') latest = m.latest;
  });
  session.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
  session.handle({ type: 'goto', toMs: atMs });
  if (!loaded) throw new Error(`${id} did not load`);
  return { loaded, latest };
}

describe('live memory figure and table', () => {
  const { loaded, latest } = at('direct-leak-on-restart', 3_600_000);
  const tm = loaded.processes.findIndex((p) => p.name !== 'jobmanager');
  const info = loaded.processes[tm];
  if (!info) throw new Error('no TaskManager');

  it("adds the boxes' configured sizes up to Flink's total process memory, for both process kinds", () => {
    for (const p of loaded.processes) {
      const rows = memoryRows(p, latest[loaded.processes.indexOf(p)] ?? [], loaded.gc);
      const parts = rows.filter((r) => !r.sum && !r.within).reduce((s, r) => s + r.configuredBytes, 0);
      expect(parts, p.name).toBe(p.processSizeBytes);
      expect(Number(budgetTree(p.budget).bytes), p.name).toBe(p.processSizeBytes);
    }
  });

  it('makes JVM Direct Memory the sum of framework off-heap, task off-heap and network, measured by Direct.MemoryUsed', () => {
    const rows = memoryRows(info, latest[tm] ?? [], loaded.gc);
    const part = (id: string) => rows.find((r) => r.id === id)?.configuredBytes ?? Number.NaN;
    const direct = rows.find((r) => r.id === 'jvmDirect');
    expect(direct?.configuredBytes).toBe(info.directLimitBytes);
    expect(part('frameworkOffHeap') + part('taskOffHeap') + part('network')).toBe(info.directLimitBytes);
    expect(direct?.cell?.measure?.metric).toBe('Status.JVM.Memory.Direct.MemoryUsed');
    expect(direct?.cell?.measure?.usedBytes).toBe(latest[tm]?.[COL.directUsed]);
    // the heap's cell spans framework and task heap, as in Flink's web UI; the task heap row has no cell of its own
    expect(rows.find((r) => r.id === 'frameworkHeap')?.cell?.span).toBe(2);
    expect(rows.find((r) => r.id === 'taskHeap')?.cell).toBeUndefined();
  });

  it('fills the heap across both heap boxes and direct memory across its three, with the values at the cursor', () => {
    const fills = poolFills(info, latest[tm] ?? [], loaded.gc);
    const heap = fills.find((f) => f.metric === 'Status.JVM.Memory.Heap.Used');
    expect(heap?.leaves).toEqual(['frameworkHeap', 'taskHeap']);
    expect(heap?.usedBytes).toBe(latest[tm]?.[COL.heapUsed]);
    expect(heap?.budgetBytes).toBe(info.heapMaxBytes);
    const direct = fills.find((f) => f.metric === 'Status.JVM.Memory.Direct.MemoryUsed');
    expect(direct?.leaves).toEqual(['frameworkOffHeap', 'taskOffHeap', 'network']);
    expect(direct?.usedBytes).toBeGreaterThan(0);
    expect(poolFills(info, new Array(latest[tm]?.length ?? 0).fill(Number.NaN), loaded.gc).every((f) => Number.isNaN(f.usedBytes))).toBe(
      true,
    );
  });

  it("names the GC metrics with the run's collector", () => {
    const names = metricRows(latest[tm] ?? [], 'G1').map((r) => r.metric);
    expect(names).toContain('Status.JVM.GarbageCollector.G1 Old Generation.Count');
    expect(names).toContain('Status.JVM.Memory.Direct.TotalCapacity');
  });
});

describe('live figure layout', () => {
  const budget = {
    kind: 'jobmanager',
    heapBytes: 1024,
    offHeapBytes: 128,
    metaspaceBytes: 256,
    overheadBytes: 192,
  } as const;
  const fill = (leaf: 'jobManagerHeap' | 'jvmMetaspace', usedBytes: number, budgetBytes: number) => ({
    leaves: [leaf],
    usedBytes,
    budgetBytes,
    metric: leaf,
  });

  it('raises a fill in proportion to its share of the boxes, caps it at the top and counts what lies beyond', () => {
    const g = liveFigureLayout(budgetTree(budget), [fill('jobManagerHeap', 256, 1024), fill('jvmMetaspace', 300, 256)], 800, 1400, 1600);
    const [heap, metaspace] = g.fills;
    expect(heap?.heightPx).toBeCloseTo(FIGURE.leafFillPx / 4, 9);
    expect(heap?.overBytes).toBe(0);
    expect(metaspace?.heightPx).toBe(FIGURE.leafFillPx);
    expect(metaspace?.overBytes).toBe(44);
    // one scale for boxes, limit and RSS: the 1600-byte limit spans the width, the 1600-byte process too (1024+128+256+192)
    expect(g.limitX).toBeCloseTo(FIGURE.marginPx + 798, 9);
    expect(g.processRight).toBeCloseTo(FIGURE.marginPx + 798, 9);
    expect(g.rss?.width).toBeCloseTo((1400 / 1600) * 798, 9);
    expect(g.rss?.overLimitX).toBeUndefined();
  });

  it('widens the scale to RSS beyond the container limit and marks where the overflow starts', () => {
    const g = liveFigureLayout(budgetTree(budget), [], 800, 2000, 1600);
    expect(g.rss?.width).toBeCloseTo(798, 9);
    expect(g.limitX).toBeCloseTo(FIGURE.marginPx + (1600 / 2000) * 798, 9);
    expect(g.rss?.overLimitX).toBe(g.limitX);
  });
});
