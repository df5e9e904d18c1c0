// Protects the shipped scenarios: each loads, runs its whole duration with the invariants holding, tells the story its `expect` list
// promises (fixed variants never fail), and matches its golden summary exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../models/engine/simulation';
import { InvariantChecker } from '../../../models/invariants';
import { loadShipped, shippedScenarioIds } from '../../helpers/engine';
import { GOLDEN_DIR, goldenPath, goldenRun, goldenSummary, goldenText, type GoldenSummary } from '../../helpers/golden';
import { traceProblems } from '../../helpers/traceChecks';

const UPDATE = 'If the change is intended, run `npx tsx scripts/update-golden.ts` and review the diff of tests/fixtures/golden/.';

const ids = shippedScenarioIds();

describe('shipped scenarios', () => {
  it('there are some, and every golden file belongs to one', () => {
    expect(ids.length).toBeGreaterThan(0);
    const goldens = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')) : [];
    const orphans = goldens.map((f) => f.replace(/\.json$/, '')).filter((id) => !ids.includes(id));
    expect(orphans, `golden files without a scenario. ${UPDATE}`).toEqual([]);
  });

  for (const id of ids) {
    describe(id, () => {
      it('loads, runs whole with the invariants holding after every step, keeps its promises and matches its golden summary', () => {
        const scenario = loadShipped(id);
        expect(scenario.id).toBe(id);
        const checker = new InvariantChecker();
        const problems: string[] = [];
        const check = (sim: Simulation) => {
          if (problems.length < 20) problems.push(...checker.check(sim));
        };
        const result = goldenRun(scenario, { afterStep: check });

        expect(result.simulatedMs, 'ran its whole duration').toBe(scenario.durationMs);
        expect(problems, 'invariants after every step').toEqual([]);
        expect(traceProblems(scenario, result.events).slice(0, 20), 'the event log tells one consistent story').toEqual([]);
        for (const x of result.expectations) expect(x.passed, `expect: ${x.description}`).toBe(true);

        if (id.endsWith('-fixed')) {
          // a scripted container shutdown (reason injected: the write-up's experiment in direct-leak-on-restart-fixed) is no failure
          const failures = result.events.filter((e) => e.type === 'jvm.oom' || (e.type === 'container.killed' && e.reason !== 'injected'));
          expect(
            failures.map((e) => `${e.type} at ${e.atMs} ms on ${e.process}`),
            'a fixed variant never fails',
          ).toEqual([]);
        }

        const path = goldenPath(id);
        expect(existsSync(path), `no golden summary for ${id}. ${UPDATE}`).toBe(true);
        const golden = JSON.parse(readFileSync(path, 'utf8')) as GoldenSummary;
        const actual = goldenSummary(result);
        expect(actual, `the run of ${id} no longer matches tests/fixtures/golden/${id}.json. ${UPDATE}`).toEqual(golden);
        expect(goldenText(actual), 'golden file formatting').toBe(readFileSync(path, 'utf8'));
      });
    });
  }

  // A fix is only a fix if the unfixed story fails: each *-fixed.yaml has a twin that does.
  for (const id of ids.filter((x) => x.endsWith('-fixed'))) {
    const twin = id.replace(/-fixed$/, '');
    it(`${twin} (the twin of ${id}) does fail`, () => {
      expect(ids).toContain(twin);
      const golden = JSON.parse(readFileSync(goldenPath(twin), 'utf8')) as GoldenSummary;
      expect(golden.firstFailure, `${twin} has no failure in its golden summary`).not.toBeNull();
    });
  }
});
