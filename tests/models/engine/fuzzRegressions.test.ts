// Protects the engine against the invariant violations random-scenario fuzzing found (npm run fuzz): the shrunk reproducers stay fixed, a
// seeded random sample stays clean, and runaway runs stay bounded and stoppable.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import { Simulation } from '../../../models/engine/simulation';
import type { OperatorSpec, Scenario, ScheduledEvent } from '../../../models/scenario/types';
import { fault, MiB, MINUTE, operator } from '../../helpers/engine';
import { checkScenario } from '../../helpers/fuzzRun';
import { scenarioArbitrary } from '../../helpers/scenarioArbitrary';

interface Regression {
  /** The problem classes this scenario showed before its fixes (npm run fuzz -- --seed 1, fast-check shrinking). */
  readonly classes: readonly string[];
  readonly scenario: Scenario;
}

/** JSON drops `undefined` fields: the helpers' defaults put them back. */
function revive(s: Scenario): Scenario {
  return {
    ...s,
    job: { ...s.job, operators: s.job.operators.map((op: OperatorSpec) => operator(op)) },
    events: s.events.map((e: ScheduledEvent) => fault(e)),
  };
}

const REGRESSIONS: readonly Regression[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'fuzz-regressions.json'), 'utf8'),
);

describe('fuzzing reproducers', () => {
  it.each(REGRESSIONS.map((r, i) => [i, r.classes.join('; '), r] as const))(
    'reproducer %i (was: %s) runs clean',
    (_, __, r) => {
      const run = checkScenario(revive(r.scenario), { budgetMs: 20_000 });
      expect(run.timedOut).toBe(false);
      expect(run.problems).toEqual([]);
    },
    30_000,
  );
});

describe('random scenarios of the wide fuzzing profile', () => {
  // 150 runs of 5–20 simulated minutes (about 8 s here): every class of the 2,000-run campaign showed in its first 600.
  it('stay clean with the checker after every step (seeded)', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ wide: true, minDurationMs: 5 * MINUTE, maxDurationMs: 20 * MINUTE }), (s) => {
        const run = checkScenario(s, { budgetMs: 20_000 });
        expect(run.timedOut).toBe(false);
        expect(run.problems).toEqual([]);
      }),
      { numRuns: 150, seed: 20260214 },
    );
  }, 60_000);
});

/** One TaskManager whose pod limit is far below what the JVM takes at its start. */
function killedAtStart(restartDelayMs: number): Scenario {
  const s = revive((REGRESSIONS[0] as Regression).scenario);
  return {
    ...s,
    durationMs: 60 * MINUTE,
    cluster: { ...s.cluster, deployment: 'kubernetes', taskManagers: 1, taskManagerContainerLimitBytes: 64 * MiB, restartDelayMs },
    events: [],
  };
}

describe('runaway runs', () => {
  it('restartDelay 0 with a pod limit below the JVM start backs off as the kubelet does (10 s doubling, at most 5 min)', () => {
    const r = runScenario(killedAtStart(0));
    const tm = r.events.filter((e) => e.process === 'taskmanager-1');
    const starts = tm.filter((e) => e.type === 'process.started').map((e) => e.atMs);
    const kills = tm.filter((e) => e.type === 'container.killed').map((e) => e.atMs);
    // Each instance is OOMKilled at once; the next comes back 10 s, 20 s, 40 s, 80 s, 160 s, then 300 s after the kill:
    // 16 starts in the hour, not millions at t = 0.
    const gaps = starts.slice(1).map((t, i) => t - (kills[i] as number));
    expect(gaps.slice(0, 7)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(starts.at(-1) as number).toBeLessThanOrEqual(60 * MINUTE);
    expect(starts.length).toBeLessThan(20);
  });

  it('is stoppable at once and reports its progress', () => {
    const s = { ...killedAtStart(0), durationMs: 7 * 24 * 60 * MINUTE };
    const progress: number[] = [];
    let steps = 0;
    const sim = new Simulation(s, {
      checkpointEveryMs: Infinity,
      progressEveryMs: 60 * MINUTE,
      onProgress: (t) => progress.push(t),
      shouldStop: () => ++steps > 500,
    });
    sim.advanceTo(s.durationMs);
    expect(sim.stopped).toBe(true);
    expect(sim.nowMs).toBeLessThan(s.durationMs);
    // At most one call per simulated hour, each after the hour it reports.
    expect(progress.length).toBeGreaterThan(0);
    for (const [i, t] of progress.entries()) expect(t).toBeGreaterThanOrEqual((i + 1) * 60 * MINUTE);
  });

  it('keeps the first and last N events of each type, counts the rest, and hashes them all', () => {
    const s = { ...killedAtStart(0), durationMs: 24 * 60 * MINUTE };
    const all = runScenario(s);
    const bounded = runScenario(s, { eventLimitPerKind: 5 });
    expect(bounded.traceHash).toBe(all.traceHash);
    expect(bounded.summary.eventCounts).toEqual(all.summary.eventCounts);
    expect(bounded.events.length + bounded.eventsDropped).toBe(all.events.length);
    const starts = (r: typeof all) => r.events.filter((e) => e.type === 'process.started');
    const everyStart = starts(all);
    expect(starts(bounded)).toEqual([...everyStart.slice(0, 5), ...everyStart.slice(-5)]);
  });
});
