/**
 * README.md's RocksDB tables, made from the model and the fixtures so that they cannot drift (tests/calibration/rocksdbReadme.test.ts
 * compares them): the figures models/rocksdb/measured.ts takes from measurements, each with its value and what its comment
 * says of it (between <!-- rocksdb-measured:start --> and <!-- rocksdb-measured:end -->), and the calibration against Flink's
 * own classes and a real RocksDB (calibration/rocksdb/compare.ts over calibration/fixtures/rocksdb/; between
 * <!-- rocksdb-calibration:start --> and <!-- rocksdb-calibration:end -->). `npx tsx scripts/rocksdb-readme.ts` prints
 * them; `--write` puts them into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareOracleFixture, compareProbeFixture, loadRocksdbFixtures, type ProbeRow } from '../calibration/rocksdb/compare';
import { ROCKSDB_KNOWN_GAPS } from '../calibration/rocksdb/knownGaps';
import { PROBE_FIGURES, type Tolerance } from '../calibration/rocksdb/tolerances';
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

const figureValue = (v: number, unit: '‰' | 'bytes'): string =>
  unit === '‰' ? `${(v / 10).toFixed(1)} %` : v >= 1024 * 1024 ? compactSize(BigInt(v)) : `${v.toLocaleString('en-US')} B`;

function toleranceText(t: Tolerance, unit: '‰' | 'bytes'): string {
  if (t.kind === 'exact') return 'exact';
  if (t.kind === 'relative') return `±${Math.round(t.fraction * 100)} %`;
  return unit === '‰' ? `±${t.amount / 10} % of it` : `±${figureValue(t.amount, unit)}`;
}

/** "6.20.3, glibc (MALLOC_ARENA_MAX=2)" */
function probeLabel(id: string): string {
  const p = loadRocksdbFixtures().probes.find((x) => x.id === id);
  if (!p) return id;
  const allocator =
    p.allocator === 'glibc'
      ? `glibc${p.mallocArenaMax ? ` (MALLOC_ARENA_MAX=${p.mallocArenaMax})` : ''}`
      : `jemalloc${p.jemallocBackgroundThread ? ' (background thread)' : ''}`;
  return `${p.args.mode}, frocksdbjni ${p.frocksdbjni.split('-')[0]}, ${allocator}`;
}

/** The calibration: Flink's own classes (every field exactly), a real RocksDB (each figure within its tolerance), the gaps. */
export function calibrationText(): string {
  const { oracle, probes } = loadRocksdbFixtures();
  const oracleRows = oracle.flatMap(compareOracleFixture);
  const releases = oracle.map((f) => f.release);
  const cases = new Set(oracle.flatMap((f) => f.cases.map((c) => c.case))).size;
  const identical = oracleRows.filter((r) => r.pass).length;
  const probeRows: ProbeRow[] = probes.flatMap(compareProbeFixture);
  const gap = (r: ProbeRow) => ROCKSDB_KNOWN_GAPS.some((g) => g.kind === 'probe' && g.probe === r.probe && g.figure === r.figure);
  const lines = [
    `**Flink's own classes** (\`RocksDbOracle\` on Flink's flink-statebackend-rocksdb jars from Maven Central): ${releases.length} releases (${releases[0]} to ${releases[releases.length - 1]}), ${cases} configurations each; ${oracleRows.length} fields compared exactly (mode, budget, cache and write buffer manager capacities, high-priority pool, managed reservation, partitioned index/filters, Flink's refusals), ${identical} identical.`,
    '',
    `**A real RocksDB** (\`RocksDbProbe\` on Flink's frocksdbjni, Debian's glibc and libjemalloc2; ${probes.length} runs): each figure of the model against the measurement.`,
    '',
    '| run | figure | measured | model | tolerance | within |',
    '|---|---|---|---|---|---|',
    ...probeRows.map((r) => {
      const spec = PROBE_FIGURES[r.figure];
      const within = r.pass ? 'yes' : gap(r) ? 'no (known gap)' : 'no';
      return `| ${probeLabel(r.probe)} | ${spec.label} | ${figureValue(r.measured, spec.unit)} | ${figureValue(r.model, spec.unit)} | ${toleranceText(r.tolerance, spec.unit)} | ${within} |`;
    }),
    '',
    `Known gaps (${ROCKSDB_KNOWN_GAPS.length}, \`calibration/rocksdb/knownGaps.ts\`; the test fails when one closes):`,
    '',
    ...ROCKSDB_KNOWN_GAPS.map((g) =>
      g.kind === 'oracle'
        ? `- \`${g.case}\` (${g.field}, ${g.releases.length === releases.length ? 'every release' : g.releases.join(', ')}): ${g.why}.`
        : `- \`${g.probe}\` (${PROBE_FIGURES[g.figure as keyof typeof PROBE_FIGURES]?.label ?? g.figure}): ${g.why}.`,
    ),
  ];
  return lines.join('\n');
}

/** The README's blocks by marker name, as this script makes them. */
export function readmeBlocks(): Readonly<Record<string, string>> {
  return { 'rocksdb-measured': measuredTable(), 'rocksdb-calibration': calibrationText() };
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
