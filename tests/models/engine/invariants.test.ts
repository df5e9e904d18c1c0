// Protects the engine's invariants on generated scenarios: after every step no pool is above its limit without an OOM or kill, RSS is the
// sum of its parts, nothing is negative or NaN, time moves forward, and every failure event carries its numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../models/engine/simulation';
import type { TraceEvent } from '../../../models/engine/trace';
import { InvariantChecker } from '../../../models/invariants';
import type { Scenario } from '../../../models/scenario/types';
import { scenarioArbitrary } from '../../helpers/scenarioArbitrary';
import { traceProblems } from '../../helpers/traceChecks';

interface Checked {
  readonly problems: string[];
  readonly events: readonly TraceEvent[];
}

/** Runs the whole scenario, checking the invariants after every step (the first 20 problems are kept). */
function runChecked(s: Scenario): Checked {
  const checker = new InvariantChecker();
  const problems: string[] = [];
  const sim = new Simulation(s, {
    checkpointEveryMs: Infinity,
    afterStep: (current) => {
      if (problems.length < 200) problems.push(...checker.check(current));
    },
  });
  sim.advanceTo(s.durationMs);
  if (sim.nowMs !== s.durationMs) problems.push(`stopped at ${sim.nowMs} ms instead of ${s.durationMs} ms`);
  // No NaN/undefined in events, times non-decreasing, OOMs and kills with their numbers, processes,
  // collectors and task attempts consistent (tests/helpers/traceChecks.ts).
  problems.push(...traceProblems(s, sim.events));
  return { problems: problems.slice(0, 20), events: sim.events };
}

describe('invariants hold on generated scenarios', () => {
  it('after every step, in every event (40 scenarios of 10–60 simulated minutes)', () => {
    const seen = { oom: 0, kill: 0, exit: 0 };
    fc.assert(
      fc.property(scenarioArbitrary(), (s) => {
        const { problems, events } = runChecked(s);
        if (events.some((e) => e.type === 'jvm.oom')) seen.oom += 1;
        if (events.some((e) => e.type === 'container.killed' && e.reason !== 'injected')) seen.kill += 1;
        if (events.some((e) => e.type === 'process.exited')) seen.exit += 1;
        expect(problems).toEqual([]);
      }),
      { numRuns: 40, seed: 20260101 },
    );
    // The generator reaches the failure paths, or the property proves little.
    expect(seen.oom).toBeGreaterThan(0);
    expect(seen.kill).toBeGreaterThan(0);
  });

  it('on 20 shorter scenarios (10–30 minutes) from another seed', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxDurationMs: 30 * 60_000 }), (s) => {
        expect(runChecked(s).problems).toEqual([]);
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
