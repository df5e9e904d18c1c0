/**
 * README.md's RocksDB tables, made from the model and the fixtures so that they cannot drift (tests/calibration/rocksdbReadme.test.ts
 * compares them): the figures models/rocksdb/measured.ts takes from measurements, each with its value and what its comment
 * says of it (between <!-- rocksdb-measured:start --> and <!-- rocksdb-measured:end -->). `npx tsx scripts/rocksdb-readme.ts`
 * prints them; `--write` puts them into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as measured from '../models/rocksdb/measured';
import { compactSize } from '../models/units/memorySize';

const ROOT = join(import.meta.dirname, '..');

/** A measured constant's value as the README prints it, by the unit its name says (per mille, bytes, ms, bits). */
function valueText(name: string, value: unknown): string {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${valueText(name, v)}`)
      .join(' · ');
  const n = Number(value);
  if (name.endsWith('_PER_MILLE')) return `${n / 10} %`;
  if (name.endsWith('_BYTES') || name.includes('_BYTES_'))
    return n >= 1024 * 1024 ? compactSize(BigInt(n)) : `${n.toLocaleString('en-US')} B`;
  if (name.endsWith('_MS')) return n >= 1000 ? `${n / 1000} s` : `${n} ms`;
  if (name.includes('_BITS_')) return `${n} bits`;
  return String(n);
}

/** Each `export const` of measured.ts with its doc comment (a constant without one shares the comment above it). */
export function measuredConstants(source: string): { name: string; comment: string }[] {
  const out: { name: string; comment: string }[] = [];
  let comment = '';
  const re = /(\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?export const (\w+)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[2] !== undefined)
      comment = m[2]
        .split('\n')
        .map((l) => l.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ');
    out.push({ name: m[3] as string, comment });
  }
  return out;
}

/** The table of what the model takes from measurements (README "RocksDB and the allocator"). */
export function measuredTable(): string {
  const source = readFileSync(join(ROOT, 'models', 'rocksdb', 'measured.ts'), 'utf8');
  const values = measured as Readonly<Record<string, unknown>>;
  const rows = measuredConstants(source).map(
    ({ name, comment }) => `| \`${name}\` | ${valueText(name, values[name])} | ${comment.replaceAll('|', '\\|')} |`,
  );
  return [
    '| constant (`models/rocksdb/measured.ts`) | the model uses | what it is, and where it comes from |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The README's blocks by marker name, as this script makes them. */
export function readmeBlocks(): Readonly<Record<string, string>> {
  return { 'rocksdb-measured': measuredTable() };
}

/** `text` with each block put between its markers (`<!-- name:start -->` … `<!-- name:end -->`). */
export function withBlocks(text: string, blocks: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [name, block] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end}`);
    out = `${out.slice(0, from + start.length)}\n${block}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1]?.endsWith('rocksdb-readme.ts')) {
  const path = join(ROOT, 'README.md');
  if (process.argv.includes('--write')) writeFileSync(path, withBlocks(readFileSync(path, 'utf8'), readmeBlocks()));
  else for (const [name, block] of Object.entries(readmeBlocks())) console.log(`${name}:\n${block}\n`);
}
