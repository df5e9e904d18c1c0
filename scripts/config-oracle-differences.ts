/**
 * `npx tsx scripts/config-oracle-differences.ts`: replays the configuration oracle's fixtures
 * (calibration/fixtures/config-oracle/) against the product and rewrites the known-differences table
 * tests/calibration/configOracleKnownDifferences.ts, then prints the counts. Run after `npm run calibrate -- config-oracle`
 * or after a product change that closes (or opens) a difference; the diff of the table is the review.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures, replay } from '../calibration/config-oracle/replay';

const { differences, counts } = replay(loadFixtures());
const byField: Record<string, number> = {};
for (const d of differences) byField[d.field] = (byField[d.field] ?? 0) + 1;
const rows = differences.map((d) => `  ${JSON.stringify(d)},`).join('\n');
const tableFile = join(import.meta.dirname, '..', 'tests', 'calibration', 'configOracleKnownDifferences.ts');
writeFileSync(
  tableFile,
  `/**
 * Where the product differs from Flink's own classes today (configuration oracle, calibration/config-oracle/): one row
 * per release, case, process and field, Flink's value and ours. Written by scripts/config-oracle-differences.ts; every
 * row is a bug or a missing feature to fix (issue 14), not a tolerance. ${differences.length} rows: ${JSON.stringify(byField)}.
 */
import type { Difference } from '../../calibration/config-oracle/replay';

export const KNOWN_DIFFERENCES: readonly Difference[] = [
${rows}
];
`,
);
// In the repository's format, so `npm run lint` passes on a regenerated table.
execFileSync('npx', ['biome', 'format', '--write', tableFile], { stdio: 'ignore' });
console.log(`records ${counts.records}, matches ${counts.matches}, differences ${differences.length}`, byField);
