/**
 * One random scenario run with the invariant checker after every step and as a sink of every event and sample,
 * within a wall-time budget: what `npm run fuzz` and the seeded random test in `npm test` share.
 */
import { Simulation } from '../../models/engine/simulation';
import { metricNames } from '../../models/engine/trace';
import { InvariantChecker } from '../../models/invariants';
import type { Scenario } from '../../models/scenario/types';

export interface CheckedRun {
  /** The first problems found (at most `keep`). */
  readonly problems: readonly string[];
  /** How many problems in all (every step's). */
  readonly problemCount: number;
  /** The classes of all of them (`problemClass`), sorted. */
  readonly classes: readonly string[];
  /** The run hit its wall-time budget before the scenario's end. */
  readonly timedOut: boolean;
  readonly simulatedMs: number;
}

export interface CheckOptions {
  /** Wall-time budget of the run in ms (default: none). */
  readonly budgetMs?: number;
  /** Problems kept (default 20). */
  readonly keep?: number;
}

/** Runs `s` to its end (or the budget), checking the invariants after every step. */
export function checkScenario(s: Scenario, options: CheckOptions = {}): CheckedRun {
  const keep = options.keep ?? 20;
  const checker = new InvariantChecker().withColumns(metricNames(s.cluster.gc));
  const problems: string[] = [];
  let problemCount = 0;
  const classes = new Set<string>();
  const deadline = options.budgetMs === undefined ? Infinity : performance.now() + options.budgetMs;
  const sim = new Simulation(s, {
    checkpointEveryMs: Infinity,
    sinks: [checker],
    afterStep: (current) => {
      const found = checker.check(current);
      problemCount += found.length;
      for (const p of found) classes.add(problemClass(p));
      if (problems.length < keep) problems.push(...found.slice(0, keep - problems.length));
    },
    shouldStop: () => performance.now() > deadline,
  });
  sim.advanceTo(s.durationMs);
  const timedOut = sim.stopped;
  if (!timedOut && sim.nowMs !== s.durationMs) {
    problems.push(`stopped at ${sim.nowMs} ms instead of ${s.durationMs} ms`);
    classes.add('stopped early');
    problemCount += 1;
  }
  return { problems, problemCount, classes: [...classes].sort(), timedOut, simulatedMs: sim.nowMs };
}

/**
 * The class of a problem: its text without the process, the instant and the numbers ("taskmanager-2 at 61000 ms:
 * unsafeBytes = -1048576" → "unsafeBytes = N"), so that one root cause counts once per run.
 */
function problemClass(problem: string): string {
  return problem
    .replace(/^(jobmanager|taskmanager-\d+) at -?\d+ ms: /, '')
    .replace(/-\d+(\.\d+)?(e[+-]?\d+)?/g, '-N')
    .replace(/\d+(\.\d+)?(e[+-]?\d+)?/g, 'N');
}
