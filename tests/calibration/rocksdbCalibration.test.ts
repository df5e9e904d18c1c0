// Protects the RocksDB model's fidelity (calibration/rocksdb/README.md): Flink's own RocksDB memory derivation of every
// recorded release must be what models/config/rocksdbOptions.ts + models/rocksdb/sharedResources.ts derive, exactly;
// a real RocksDB (frocksdbjni 6.20.3 and 8.10.0, glibc and jemalloc) must be what footprint.ts and allocator.ts say,
// within calibration/rocksdb/tolerances.ts; a known gap (calibration/rocksdb/knownGaps.ts) must still be a gap.
import { describe, expect, it } from 'vitest';
import {
  compareOracleFixture,
  compareProbeFixture,
  loadRocksdbFixtures,
  type OracleRow,
  type ProbeRow,
} from '../../calibration/rocksdb/compare';
import { ROCKSDB_KNOWN_GAPS } from '../../calibration/rocksdb/knownGaps';
import { PROBE_FIGURES } from '../../calibration/rocksdb/tolerances';

const { oracle, probes } = loadRocksdbFixtures();
const oracleRows = oracle.flatMap(compareOracleFixture);
const probeRows = probes.flatMap(compareProbeFixture);

const oracleGap = (r: OracleRow) =>
  ROCKSDB_KNOWN_GAPS.find((g) => g.kind === 'oracle' && g.case === r.case && g.field === r.field && g.releases.includes(r.release));
const probeGap = (r: ProbeRow) => ROCKSDB_KNOWN_GAPS.find((g) => g.kind === 'probe' && g.probe === r.probe && g.figure === r.figure);

describe('RocksDB fixtures', () => {
  it('hold the oracle of releases from 1.13 to 2.x and probes of both frocksdb lines under glibc and jemalloc', () => {
    const releases = oracle.map((f) => f.release);
    expect(releases).toContain('1.13.6');
    expect(releases).toContain('1.20.5');
    expect(releases.some((r) => r.startsWith('2.'))).toBe(true);
    for (const line of ['6.20.3', '8.10.0'])
      for (const allocator of ['glibc', 'jemalloc'])
        expect(
          probes.some((p) => p.frocksdbjni.startsWith(line) && p.allocator === allocator && p.args.mode === 'bounded'),
          `${line} ${allocator}`,
        ).toBe(true);
    expect(probes.some((p) => p.args.mode === 'unbounded')).toBe(true);
  });

  it('each oracle fixture has every case answered (no oracle failure of its own)', () => {
    for (const f of oracle) for (const c of f.cases) expect(c.oracleError, `${f.release} ${c.case}`).toBeUndefined();
  });
});

for (const f of oracle) {
  describe(`Flink ${f.release} (frocksdbjni ${f.frocksdbjni}): RocksDB memory derivation, model vs Flink's classes`, () => {
    for (const c of f.cases) {
      it(c.case, () => {
        for (const r of oracleRows.filter((x) => x.release === f.release && x.case === c.case)) {
          const text = `${r.case} ${r.field}: Flink ${JSON.stringify(r.flink)}, model ${JSON.stringify(r.model)}`;
          if (oracleGap(r)) expect(r.pass, `known gap closed, remove it from calibration/rocksdb/knownGaps.ts: ${text}`).toBe(false);
          else expect(r.pass, text).toBe(true);
        }
      });
    }
  });
}

for (const p of probes) {
  describe(`real RocksDB ${p.id} (frocksdbjni ${p.frocksdbjni}, ${p.allocator}): model vs measured`, () => {
    for (const r of probeRows.filter((x) => x.probe === p.id)) {
      it(r.figure, () => {
        const spec = PROBE_FIGURES[r.figure];
        const text = `${r.probe} ${r.figure}: measured ${r.measured} ${spec.unit}, model ${r.model} ${spec.unit}, tolerance ${JSON.stringify(r.tolerance)} — ${spec.why}`;
        if (probeGap(r)) expect(r.pass, `known gap closed, remove it from calibration/rocksdb/knownGaps.ts: ${text}`).toBe(false);
        else expect(r.pass, text).toBe(true);
      });
    }
  });
}

describe('RocksDB known gaps', () => {
  it('each names a compared field or figure that exists', () => {
    for (const g of ROCKSDB_KNOWN_GAPS) {
      if (g.kind === 'oracle')
        for (const release of g.releases)
          expect(
            oracleRows.some((r) => r.release === release && r.case === g.case && r.field === g.field),
            `${release} ${g.case} ${g.field}`,
          ).toBe(true);
      else
        expect(
          probeRows.some((r) => r.probe === g.probe && r.figure === g.figure),
          `${g.probe} ${g.figure}`,
        ).toBe(true);
    }
  });
});
