// Protects explanations of injected leaks and kills: the explanation names the injection and its time, counts the leak per restart from the
// events, and says an injected kill is injected.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import { createSetup } from '../../../models/engine/setup';
import type { Explanation } from '../../../models/explain/types';
import { fault, HOUR, leakAt, MiB, MINUTE, operator, perRestartDirectLeakScenario, scenario } from '../../helpers/engine';

describe('an injected per-restart direct leak', () => {
  // 64 MiB per open() of the sink from 00:05:00, a restart every 10 minutes, the sixth open() refused (as in injectedLeaks.test.ts).
  const s = perRestartDirectLeakScenario();
  const result = runScenario(s);
  const x = result.explanations[0] as Explanation;

  it('names the injection, its time and its five 64 MiB steps, one per restart after it', () => {
    expect(x.cause).toBe('direct');
    expect(x.limit?.bytes).toBe(createSetup(s).taskManagerSizing.directLimitBytes);
    expect(x.derivation?.terms.reduce((sum, t) => sum + t.bytes, 0)).toBe(569_083_168);
    const leak = x.filledBy[0];
    expect(leak).toMatchObject({ what: 'injected direct leak (per-restart)', bytes: 5 * 64 * MiB, occurrences: 5, bytesEach: 64 * MiB });
    expect(leak?.byAttempt).toEqual([1, 2, 3, 4, 5].map((attempt) => ({ attempt, count: 1 })));
    expect(leak?.detail).toContain('injected at 00:05:00 (per-restart)');
    expect(x.since).toEqual({ atMs: 5 * MINUTE, what: 'the per-restart direct leak was injected' });
    expect(x.text).toContain('5 × 64 MiB');
    expect(x.text).toContain('The growth began at 00:05:00, when the per-restart direct leak was injected');
  });

  it('names the refused open() and the System.gc() before it; the fix is to remove the injection', () => {
    expect(x.trigger.allocation).toBe('injected direct leak (per-restart) in Sink: sink (1/1) open()');
    expect(x.trigger.gcs.map((g) => g.cause)).toEqual(['System.gc()']);
    expect(x.suggestions[0]?.text).toContain("the scenario's injected per-restart leak (from 00:05:00)");
    // 320 MiB more task off-heap would leave a 2g TaskManager no task heap: the process grows by as much.
    const config = x.suggestions[1];
    expect(config?.changes).toEqual([
      { key: 'taskmanager.memory.task.off-heap.size', from: '256m', to: '576m' },
      { key: 'taskmanager.memory.process.size', from: '2g', to: '2368m' },
    ]);
    const changed = createSetup({
      ...s,
      flink: {
        ...s.flink,
        config: { ...s.flink.config, 'taskmanager.memory.task.off-heap.size': '576m', 'taskmanager.memory.process.size': '2368m' },
      },
    });
    expect(config?.newLimitBytes).toBe(changed.taskManagerSizing.directLimitBytes);
    expect(config?.newLimitBytes).toBeGreaterThanOrEqual(569_083_168 + 5 * 64 * MiB);
    expect(config?.postponesOnly).toBe(true);
  });
});

describe('an injected heap ramp', () => {
  // 512 MiB over 1h from 00:10:00 (149 B/ms) into a 154 MiB heap: Java heap space at 1 336 922 ms, after the full-GC thrash
  // of the calibrated G1 model (injectedLeaks.test.ts).
  const s = scenario({
    durationMs: 30 * MINUTE,
    operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000, heapBytesPerRecord: 1000 })],
    events: [leakAt(10 * MINUTE, { pool: 'heap', shape: 'ramp', bytes: 512 * MiB }, { target: 'taskmanager-1', forMs: HOUR })],
  });
  const x = runScenario(s).explanations[0] as Explanation;

  it("holds the ramp's bytes since its injection, after the full GCs at the OOM", () => {
    expect(x.cause).toBe('heap');
    expect(x.filledBy[0]).toMatchObject({
      what: 'injected heap leak (ramp)',
      bytes: 149 * (1_336_922 - 10 * MINUTE),
      occurrences: undefined,
    });
    expect(x.since?.atMs).toBe(10 * MINUTE);
    expect(x.trigger.gcs.filter((g) => g.kind === 'full').map((g) => g.cause)).toEqual(['G1 Compaction Pause', 'G1 Compaction Pause']);
    expect(x.text).toContain('2 full GCs (G1 Compaction Pause) at that instant');
  });
});

describe('an injected container kill', () => {
  const s = scenario({
    durationMs: 20 * MINUTE,
    cluster: { deployment: 'yarn' },
    events: [fault({ atMs: 10 * MINUTE, action: 'kill-container', target: 'taskmanager-1' })],
  });
  const result = runScenario(s);

  it('is explained as injected, with no limit', () => {
    expect(result.explanations).toHaveLength(1);
    const x = result.explanations[0];
    expect(x).toMatchObject({ cause: 'injected', limit: undefined, derivation: undefined, filledBy: [], suggestions: [] });
    expect(x?.event).toMatchObject({ type: 'container.killed', detail: 'injected', atMs: 10 * MINUTE });
    expect(x?.text).toContain('the scenario injected `kill-container` on taskmanager-1');
  });
});
