/**
 * Rewrites tests/fixtures/golden/<id>.json for every scenarios/*.yaml: the summary of a whole run
 * (first failure, restarts, final job status, event counts, trace hash) that scenarios.test.ts
 * compares exactly. Run it when a change to the engine or a scenario is meant to change a story:
 *
 *   npx tsx scripts/update-golden.ts            all scenarios
 *   npx tsx scripts/update-golden.ts bench-reference direct-leak-on-restart
 *
 * Then review the diff of tests/fixtures/golden/ before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadShipped, shippedScenarioIds } from '../tests/helpers/engine';
import { GOLDEN_DIR, goldenPath, goldenRun, goldenSummary, goldenText } from '../tests/helpers/golden';

const all = shippedScenarioIds();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !all.includes(id));
if (unknown.length > 0) {
  process.stderr.write(`no such scenario: ${unknown.join(', ')} (have ${all.join(', ')})\n`);
  process.exit(1);
}
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const id of wanted.length > 0 ? wanted : all) {
  const started = performance.now();
  const text = goldenText(goldenSummary(goldenRun(loadShipped(id))));
  const path = goldenPath(id);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, text);
  const what = before === undefined ? 'created' : before === text ? 'unchanged' : 'UPDATED';
  process.stdout.write(`${what.padEnd(9)} ${path} (${Math.round(performance.now() - started)} ms)\n`);
}
if (wanted.length === 0) {
  for (const file of readdirSync(GOLDEN_DIR)) {
    if (file.endsWith('.json') && !all.includes(file.replace(/\.json$/, ''))) {
      rmSync(`${GOLDEN_DIR}/${file}`);
      process.stdout.write(`removed   ${GOLDEN_DIR}/${file} (no such scenario)\n`);
    }
  }
}
