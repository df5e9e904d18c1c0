/**
 * Prints the RocksDB calibration as Markdown: per probe figure, the measured value, the model's, the tolerance and
 * whether it passes or is a known gap (calibration/rocksdb/knownGaps.ts); then the oracle's differences per case.
 * For README's "Model vs a real RocksDB" and for re-recorded fixtures (which gaps moved):
 *
 *   npx tsx scripts/rocksdb-calibration-table.ts
 */
import { compareOracleFixture, compareProbeFixture, loadRocksdbFixtures } from '../calibration/rocksdb/compare';
import { ROCKSDB_KNOWN_GAPS } from '../calibration/rocksdb/knownGaps';
import { PROBE_FIGURES, type Tolerance } from '../calibration/rocksdb/tolerances';

const { oracle, probes } = loadRocksdbFixtures();

const tolerance = (t: Tolerance, unit: string) =>
  t.kind === 'exact' ? 'exact' : t.kind === 'relative' ? `±${Math.round(t.fraction * 100)} %` : `±${t.amount} ${unit}`;
const value = (v: number, unit: string) =>
  unit !== 'bytes'
    ? `${v.toLocaleString('en-US')} ${unit}`
    : v < 2 ** 20
      ? `${v.toLocaleString('en-US')} B`
      : `${(v / 2 ** 20).toFixed(1)} MiB`;

const lines = ['| probe | figure | measured | model | tolerance | |', '|---|---|---|---|---|---|'];
for (const p of probes)
  for (const r of compareProbeFixture(p)) {
    const spec = PROBE_FIGURES[r.figure];
    const gap = ROCKSDB_KNOWN_GAPS.some((g) => g.kind === 'probe' && g.probe === r.probe && g.figure === r.figure);
    const mark = r.pass ? (gap ? 'gap closed?' : 'ok') : gap ? 'known gap' : 'FAILS';
    lines.push(
      `| ${r.probe} | ${spec.label} | ${value(r.measured, spec.unit)} | ${value(r.model, spec.unit)} | ${tolerance(r.tolerance, spec.unit)} | ${mark} |`,
    );
  }
const rows = oracle.flatMap(compareOracleFixture);
const failing = rows.filter((r) => !r.pass);
lines.push(
  '',
  `Oracle: ${oracle.length} releases (${oracle.map((f) => f.release).join(', ')}), ${rows.length} fields compared, ${failing.length} differ:`,
);
const byCase = new Map<string, string[]>();
for (const r of failing) {
  const key = `${r.case} ${r.field}: Flink ${JSON.stringify(r.flink)}, model ${JSON.stringify(r.model)}`;
  byCase.set(key, [...(byCase.get(key) ?? []), r.release]);
}
for (const [key, releases] of byCase) lines.push(`- ${key} (${releases.length === oracle.length ? 'every release' : releases.join(', ')})`);
process.stdout.write(`${lines.join('\n')}\n`);
