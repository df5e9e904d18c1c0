/**
 * Golden summaries of the shipped scenarios (tests/fixtures/golden/<id>.json): what scenarios.test.ts
 * compares exactly and what `npx tsx scripts/update-golden.ts` writes. Both run a scenario the same way.
 */
import { join } from 'node:path';
import { runScenario, type RunOptions, type RunResult } from '../../models/run/runScenario';
import type { Scenario } from '../../models/scenario/types';

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'fixtures', 'golden');

/** Step size of golden runs: results do not depend on it (determinism.test.ts), and a coarse step keeps whole runs fast. */
const GOLDEN_STEP_MS = 60_000;

/** What a golden file holds: the story of a whole run, exactly. */
export interface GoldenSummary {
  readonly scenario: string;
  readonly seed: string;
  readonly simulatedMs: number;
  readonly traceHash: string;
  readonly firstFailure: { readonly atMs: number; readonly type: string; readonly process: string; readonly detail: string } | null;
  readonly restarts: number;
  readonly finalJobStatus: string;
  /** Events per type, keys sorted. */
  readonly eventCounts: Readonly<Record<string, number>>;
}

/** The whole scenario at the golden step (extra options, e.g. an invariant check, must not change the result). */
export function goldenRun(s: Scenario, options: Pick<RunOptions, 'afterStep'> = {}): RunResult {
  return runScenario(s, { ...options, stepMs: GOLDEN_STEP_MS });
}

export function goldenSummary(result: RunResult): GoldenSummary {
  const counts = result.summary.eventCounts;
  return {
    scenario: result.scenario,
    seed: result.seed,
    simulatedMs: result.simulatedMs,
    traceHash: result.traceHash,
    firstFailure: result.summary.firstFailure,
    restarts: result.summary.job.restarts,
    finalJobStatus: result.summary.job.finalStatus,
    eventCounts: Object.fromEntries(
      Object.keys(counts)
        .sort()
        .map((k) => [k, counts[k] as number]),
    ),
  };
}

export const goldenPath = (id: string) => join(GOLDEN_DIR, `${id}.json`);

export const goldenText = (g: GoldenSummary) => `${JSON.stringify(g, null, 2)}\n`;
