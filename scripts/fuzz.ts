/**
 * Random-scenario fuzzing of the engine with the invariant checker after every step (tests/helpers/fuzzRun.ts):
 *
 *   npm run fuzz:engine -- --runs 2000 --seed 1 [--budget-ms 20000] [--max-minutes 60] [--no-shrink] [--only 17]
 *
 * Scenario i of seed S is always the same (fast-check's run i of seed S), so `--seed S --only i` reruns it. Prints
 * the failing runs per problem class, the timeouts, and per class a minimal reproducer (fast-check shrinking
 * from the first run that shows it, within a time limit). Exit code 1 when any run failed or timed out.
 */
import fc from 'fast-check';
import type { Scenario } from '../models/scenario/types';
import { checkScenario, type CheckedRun } from '../tests/helpers/fuzzRun';
import { scenarioArbitrary } from '../tests/helpers/scenarioArbitrary';

interface Args {
  runs: number;
  seed: number;
  budgetMs: number;
  maxMinutes: number;
  shrink: boolean;
  only: number | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { runs: 200, seed: 1, budgetMs: 20_000, maxMinutes: 60, shrink: true, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--no-shrink') args.shrink = false;
    else if (flag === '--runs') args.runs = value;
    else if (flag === '--seed') args.seed = value;
    else if (flag === '--budget-ms') args.budgetMs = value;
    else if (flag === '--max-minutes') args.maxMinutes = value;
    else if (flag === '--only') args.only = value;
    else {
      process.stderr.write(
        `unknown option ${flag}\nusage: npm run fuzz:engine -- [--runs N] [--seed S] [--budget-ms MS] [--max-minutes M] [--no-shrink] [--only I]\n`,
      );
      process.exit(2);
    }
    if (flag !== '--no-shrink') {
      if (!Number.isInteger(value) || value < 0) {
        process.stderr.write(`${flag} needs a whole number, not ${argv[i + 1]}\n`);
        process.exit(2);
      }
      i++;
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const arbitrary = scenarioArbitrary({ wide: true, maxDurationMs: args.maxMinutes * 60_000 });
const firstOfClass = new Map<string, { index: number; problem: string }>();
const runsPerClass = new Map<string, number>();
const timeouts: number[] = [];
let failing = 0;
let problems = 0;
let index = 0;
const started = performance.now();

/** One pass over the runs: fast-check generates run i of the seed, the property records and always holds. */
fc.check(
  fc.property(arbitrary, (s: Scenario) => {
    const i = index++;
    if (args.only !== undefined && i !== args.only) return true;
    const run = checkScenario(s, { budgetMs: args.budgetMs, keep: 3 });
    record(i, run);
    if (args.only !== undefined) process.stdout.write(`${JSON.stringify(s, null, 1)}\n${run.problems.join('\n')}\n`);
    if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${args.runs} runs, ${failing} failing, ${timeouts.length} timed out `);
    return true;
  }),
  { seed: args.seed, numRuns: args.only === undefined ? args.runs : args.only + 1 },
);
if (process.stderr.isTTY) process.stderr.write('\n');

function record(i: number, run: CheckedRun): void {
  if (run.timedOut) timeouts.push(i);
  if (run.classes.length === 0) return;
  failing += 1;
  problems += run.problemCount;
  for (const c of run.classes) {
    runsPerClass.set(c, (runsPerClass.get(c) ?? 0) + 1);
    if (!firstOfClass.has(c)) firstOfClass.set(c, { index: i, problem: run.problems.find((p) => p.includes(c.split(' ')[0] ?? '')) ?? '' });
  }
}

const out = process.stdout;
/** The arguments that generate run `i` again (the generator depends on the seed and the longest duration). */
const rerun = (i: number) => `--seed ${args.seed}${args.maxMinutes === 60 ? '' : ` --max-minutes ${args.maxMinutes}`} --only ${i}`;
out.write(`seed ${args.seed}: ${args.runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
out.write(`failing runs: ${failing} of ${args.runs} (${problems} problems in all)\n`);
out.write(
  `timed out (> ${args.budgetMs} ms): ${timeouts.length}${timeouts.length > 0 ? ` (runs ${timeouts.slice(0, 20).join(', ')})` : ''}\n`,
);
for (const [c, n] of [...runsPerClass].sort((a, b) => b[1] - a[1])) {
  const first = firstOfClass.get(c);
  out.write(`  ${String(n).padStart(5)} runs  ${c}   (first: ${rerun(first?.index ?? 0)})\n`);
}
if (args.shrink && args.only === undefined) for (const [c, first] of firstOfClass) shrinkClass(c, first.index);
for (const i of timeouts.slice(0, 3)) out.write(`timeout reproducer: npm run fuzz:engine -- ${rerun(i)}\n`);
process.exit(failing > 0 || timeouts.length > 0 ? 1 : 0);

/** fast-check replays run `i` of the seed (its path) and shrinks it while the class still shows, for at most a minute. */
function shrinkClass(c: string, i: number): void {
  const result = fc.check(
    fc.property(arbitrary, (s: Scenario) => !checkScenario(s, { budgetMs: args.budgetMs, keep: 1 }).classes.includes(c)),
    { seed: args.seed, path: String(i), numRuns: args.runs, interruptAfterTimeLimit: 60_000, endOnFailure: false },
  );
  const example = result.counterexample?.[0];
  out.write(`\nminimal reproducer of "${c}" (${result.numShrinks} shrinks):\n${example ? JSON.stringify(example) : '(not reproduced)'}\n`);
}
