/**
 * Prints README.md's "model vs HotSpot" table (between <!-- calibration-table:start --> and
 * <!-- calibration-table:end -->) from the fixtures and the engine; `--write` puts it into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrationTable, compareFixture, loadFixtures } from '../calibration/compare';

const START = '<!-- calibration-table:start -->';
const END = '<!-- calibration-table:end -->';
const table = calibrationTable(loadFixtures().flatMap(compareFixture));
if (process.argv.includes('--write')) {
  const path = join(import.meta.dirname, '..', 'README.md');
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END}`);
  writeFileSync(path, `${text.slice(0, from + START.length)}\n${table}\n${text.slice(to)}`);
} else console.log(table);
