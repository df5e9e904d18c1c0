// Protects the summary's peaks: a process killed for its RSS, or failing with an OutOfMemoryError, between two samples shows at least the
// value the kill or the error reports, not only the last sample's.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import type { TraceEvent } from '../../../models/engine/trace';
import { leak, MiB, MINUTE, operator, SampleRecorder, scenario } from '../../helpers/engine';

type Of<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;
const ofType = <T extends TraceEvent['type']>(events: readonly TraceEvent[], type: T) => events.filter((e): e is Of<T> => e.type === type);

describe('peaks include the values at kills and OOMs', () => {
  it('a 2 GiB pod killed for its RSS between two 60 s samples peaks at the limit the kill enforced', () => {
    // 20 MB/s of Unsafe memory never freed: about 1.2 GB between two samples, so the last sample before the kill is far below it.
    const s = scenario({
      durationMs: 5 * MINUTE,
      sampleIntervalMs: 60_000,
      config: { 'taskmanager.memory.process.size': '2g' },
      cluster: { deployment: 'kubernetes', taskManagerContainerLimitBytes: 2048 * MiB, restartDelayMs: 10 * MINUTE },
      operators: [
        operator({
          id: 'src',
          kind: 'source',
          recordsPerSecond: 1000,
          leaks: [leak({ kind: 'unsafe', at: 'record', release: 'never', bytes: 20_000 })],
        }),
      ],
    });
    const samples = new SampleRecorder('G1');
    const r = runScenario(s, { sinks: [samples] });
    const kills = ofType(r.events, 'container.killed');
    expect(kills.length).toBeGreaterThan(0);
    const kill = kills[0] as Of<'container.killed'>;
    expect(kill.reason).toBe('k8s-oomkilled');
    // A memory cgroup kills at the charge that would pass its limit: the usage it reports is the limit.
    expect(kill.rssBytes).toBe(2048 * MiB);
    const tm = r.summary.processes['taskmanager-1'];
    expect(tm?.peakRssBytes).toBe(Math.max(...kills.map((k) => k.rssBytes)));
    expect(tm?.peakRssBytes).toBeGreaterThanOrEqual(tm?.containerLimitBytes ?? Infinity);
    // What the peak was before: the largest sample, hundreds of MiB below the limit the kill enforced.
    const sampled = Math.max(...samples.series('taskmanager-1', 'rssBytes').map(([, v]) => v));
    expect(sampled).toBeLessThan(2048 * MiB - 256 * MiB);
  });
  it.each([
    ['heap', 'peakHeapUsedBytes', 'Status.JVM.Memory.Heap.Used'],
    ['direct', 'peakDirectBytes', 'Status.JVM.Memory.Direct.MemoryUsed'],
  ] as const)('a %s OutOfMemoryError between two 60 s samples: the peak is the use the error reports', (pool, field, metric) => {
    // 2 MB/s kept for ever in the pool: it fills between two samples.
    const s = scenario({
      durationMs: 10 * MINUTE,
      sampleIntervalMs: 60_000,
      // The JVM exits on the error (taskmanager.jvm-exit-on-oom) and stays down: no later sample sees the full pool.
      config: {
        'taskmanager.memory.process.size': '2g',
        'taskmanager.memory.task.off-heap.size': '128m',
        'taskmanager.jvm-exit-on-oom': 'true',
      },
      cluster: { restartDelayMs: 10 * MINUTE },
      operators: [
        operator({
          id: 'src',
          kind: 'source',
          recordsPerSecond: 1000,
          leaks: [leak({ kind: pool, at: 'record', release: 'never', bytes: 2000 })],
        }),
      ],
    });
    const samples = new SampleRecorder('G1');
    const r = runScenario(s, { sinks: [samples] });
    const ooms = ofType(r.events, 'jvm.oom').filter((e) => e.process === 'taskmanager-1');
    expect(ooms.length).toBeGreaterThan(0);
    expect(ooms.every((e) => e.pool === pool)).toBe(true);
    const sampled = Math.max(...samples.series('taskmanager-1', metric).map(([, v]) => v));
    const reported = Math.max(...ooms.map((e) => e.cause.usedBytes));
    expect(reported).toBeGreaterThan(sampled);
    expect(r.summary.processes['taskmanager-1']?.[field]).toBe(reported);
  });
});
