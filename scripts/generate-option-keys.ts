/**
 * `npx tsx scripts/generate-option-keys.ts`: writes models/config/flinkOptionKeys.ts from the option-keys fixture
 * (calibration/fixtures/config-oracle/option-keys.json, written by `npm run calibrate -- option-keys`). The
 * calibration test (tests/calibration/optionKeys.test.ts) fails while the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OPTION_KEYS_TABLE_PATH, renderOptionKeysTable } from '../calibration/config-oracle/optionKeysTable';
import type { OptionKeysFixture } from '../calibration/config-oracle/optionKeysFixture';

const ROOT = resolve(import.meta.dirname, '..');
const fixture = JSON.parse(readFileSync(join(ROOT, 'calibration/fixtures/config-oracle/option-keys.json'), 'utf8')) as OptionKeysFixture;
const out = join(ROOT, OPTION_KEYS_TABLE_PATH);
writeFileSync(out, renderOptionKeysTable(fixture));
console.log(`${out}: ${Object.keys(fixture.keys).length} keys, ${fixture.releases.length} releases`);
