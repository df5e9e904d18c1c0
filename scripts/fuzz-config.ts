/**
 * The long configuration fuzz: `npm run fuzz:config -- [cases] [seed]` (and first in `npm run fuzz`, with its defaults)
 * runs that many random configurations (default 100,000, seed 1) through the memory derivation of both processes and the runtime-options
 * reader, for
 * every version, and prints how many were derived and refused. Any broken promise (an exception, NaN, Infinity, a
 * negative size, slots < 1) is printed with its case and exits 1. tests/models/configFuzz.test.ts runs a bounded share.
 */
import fc from 'fast-check';
import { fuzzCase, runCase } from '../tests/helpers/configFuzzCases';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isSafeInteger(cases) || cases < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: fuzz-config.ts [cases ≥ 1] [integer seed]');
  process.exit(2);
}

const counts = { taskManager: { derived: 0, refused: 0 }, jobManager: { derived: 0, refused: 0 }, runtime: { derived: 0, refused: 0 } };
const started = performance.now();
const result = fc.check(
  fc.property(fuzzCase, (c) => {
    const outcome = runCase(c);
    counts.taskManager[outcome.taskManager] += 1;
    counts.jobManager[outcome.jobManager] += 1;
    counts.runtime[outcome.runtime] += 1;
  }),
  { seed, numRuns: cases },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const [name, c] of Object.entries(counts)) console.log(`${name.padEnd(12)} derived ${c.derived}  refused ${c.refused}`);
if (result.failed) {
  console.log(`FAILED after ${result.numRuns} cases (seed ${seed}, ${seconds} s): ${String(result.errorInstance)}`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  process.exit(1);
}
console.log(`${cases} cases, 0 broken promises (seed ${seed}, ${seconds} s)`);
