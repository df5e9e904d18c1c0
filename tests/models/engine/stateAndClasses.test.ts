// Protects two rules of where memory lives: RocksDB takes its slot's managed memory when it opens (not heap), and the job's classes load
// once per TaskManager since Flink 1.11 but once per attempt before (freed only by a GC that unloads classes: a full GC or G1's Remark).
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../models/engine/simulation';
import type { TraceEvent } from '../../../models/engine/trace';
import { fault, HOUR, MINUTE, MiB, operator, SampleRecorder, scenario } from '../../helpers/engine';

const MANAGED = 'Status.Flink.Memory.Managed.Used';
const METASPACE = 'Status.JVM.Memory.Metaspace.Used';

function run(version: string, config: Record<string, string>, restarts: number, forceGcAtMs?: number) {
  const s = scenario({
    version,
    durationMs: HOUR,
    config: {
      'taskmanager.memory.process.size': '4g',
      'taskmanager.numberOfTaskSlots': '4',
      'restart-strategy.type': 'fixed-delay',
      'restart-strategy.fixed-delay.attempts': '100',
      'restart-strategy.fixed-delay.delay': '10 s',
      ...config,
    },
    operators: [
      operator({ id: 'src', kind: 'source', parallelism: 4, recordsPerSecond: 100 }),
      operator({ id: 'win', kind: 'window', parallelism: 4, stateBytes: 64 * MiB }),
    ],
    events: [
      ...(restarts > 0
        ? [fault({ atMs: 5 * MINUTE, everyMs: 5 * MINUTE, untilMs: 5 * MINUTE * restarts, action: 'fail-task', target: 'src' })]
        : []),
      ...(forceGcAtMs !== undefined ? [fault({ atMs: forceGcAtMs, action: 'force-gc', target: 'all' })] : []),
    ],
  });
  const samples = new SampleRecorder('G1', (t) => t % MINUTE === 0);
  const sim = new Simulation(s, { sinks: [samples] });
  sim.advanceTo(s.durationMs);
  return { sim, samples };
}

describe('managed memory', () => {
  it('RocksDB reserves each window subtask slot share of managed memory at open() and gives it back at close()', () => {
    const { sim, samples } = run('1.18', { 'state.backend.type': 'rocksdb' }, 2);
    const managed = sim.setup.taskManagerSizing.managedBudgetBytes;
    expect(samples.at('taskmanager-1', 4 * MINUTE, MANAGED)).toBe(4 * Math.floor(managed / 4));
    // Across the restarts close() returned it and open() took it again: never more than the budget.
    for (const [, used] of samples.series('taskmanager-1', MANAGED)) expect(used).toBeLessThanOrEqual(managed);
    expect(samples.at('taskmanager-1', 20 * MINUTE, MANAGED)).toBe(4 * Math.floor(managed / 4));
  });

  it('with the heap backend the state is on the heap and managed memory stays unused', () => {
    const { samples } = run('1.18', {}, 0);
    expect(samples.at('taskmanager-1', 4 * MINUTE, MANAGED)).toBe(0);
    expect(samples.at('taskmanager-1', 4 * MINUTE, 'Status.JVM.Memory.Heap.Used')).toBeGreaterThan(4 * 64 * MiB);
  });
});

describe('the job class loader', () => {
  it('since 1.11 one loader serves every attempt: metaspace is flat across restarts', () => {
    const { samples } = run('1.18', {}, 3);
    expect(samples.at('taskmanager-1', 19 * MINUTE, METASPACE)).toBe(samples.at('taskmanager-1', 4 * MINUTE, METASPACE));
  });

  // HotSpot unloads classes at a full GC and, under G1, at the Remark of a concurrent cycle (ClassUnloadingWithConcurrentMark,
  // default true); crossing the metaspace GC threshold starts such a cycle with a young "Concurrent Start" pause
  // (VM_CollectForMetadataAllocation, g1CollectedHeap.cpp start_concurrent_gc_for_metadata_allocation), not a full GC.
  it('before 1.11 every attempt loads the classes again; released loaders go only with a class-unloading collection (a full GC, or a G1 Remark)', () => {
    const { samples, sim } = run('1.10', {}, 3, 30 * MINUTE);
    const at = (t: number, metric: string) => samples.at('taskmanager-1', t, metric);
    expect(at(19 * MINUTE, 'Status.JVM.ClassLoader.ClassesLoaded') - at(4 * MINUTE, 'Status.JVM.ClassLoader.ClassesLoaded')).toBe(3 * 2000);
    const gcs = sim.events.filter((e): e is Extract<TraceEvent, { type: 'gc' }> => e.type === 'gc' && e.process === 'taskmanager-1');
    const unloading = gcs.filter((e) => e.kind === 'full' || e.concurrentStart).map((e) => e.atMs);
    // Metaspace only ever drops after a full collection or a concurrent cycle's start (its Remark follows within the minute).
    const series = samples.series('taskmanager-1', METASPACE);
    for (let i = 1; i < series.length; i++) {
      const [t0, m0] = series[i - 1]!;
      const [t1, m1] = series[i]!;
      if (m1 < m0)
        expect(
          unloading.some((g) => g > t0 && g <= t1),
          `metaspace dropped between ${t0} and ${t1}`,
        ).toBe(true);
    }
    // The third attempt's classes cross the threshold at the restart of 10 min: the Concurrent Start pause, and at its
    // Remark the two released loaders (4000 classes) go, with no full GC.
    const threshold = gcs.filter((e) => e.gcCause === 'Metadata GC Threshold');
    expect(threshold.map((e) => [e.kind, e.concurrentStart])).toEqual([['young', true]]);
    expect(threshold[0]!.atMs).toBeGreaterThan(10 * MINUTE);
    expect(at(11 * MINUTE, 'Status.JVM.ClassLoader.ClassesUnloaded')).toBe(2 * 2000);
    expect(at(11 * MINUTE, METASPACE)).toBe(at(4 * MINUTE, METASPACE));
    expect(at(11 * MINUTE, 'Status.JVM.GarbageCollector.G1 Old Generation.Count')).toBe(0);
    // After the forced full GC every released loader is gone: back to one loader's worth.
    expect(at(31 * MINUTE, METASPACE)).toBe(at(4 * MINUTE, METASPACE));
    expect(at(31 * MINUTE, 'Status.JVM.ClassLoader.ClassesUnloaded')).toBe(3 * 2000);
  });
});
