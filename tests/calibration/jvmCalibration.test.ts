// Protects the JVM model's fidelity: every twin scenario run on the engine must give the figures a real HotSpot
// JVM gave (calibration/fixtures, recorded by `npm run calibrate`) within the tolerance written next to each figure
// (calibration/tolerances.ts), a known gap must still be a gap, and README.md must show the current table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationTable, compareFixture, formatMeasured, formatValue, loadFixtures, type Row } from '../../calibration/compare';
import { KNOWN_GAPS } from '../../calibration/knownGaps';
import type { Fixture } from '../../calibration/runner/run';
import { TOLERANCES } from '../../calibration/tolerances';

const fixtures = loadFixtures();
const rowsOf = new Map<Fixture, Row[]>();
const rows = (f: Fixture): Row[] => rowsOf.get(f) ?? rowsOf.set(f, compareFixture(f)).get(f) ?? [];
const isGap = (r: Row) => KNOWN_GAPS.some((g) => g.jdk === r.jdk && g.experiment === r.experiment && g.figure === r.figure);

function describeRow(r: Row): string {
  const sim = r.error ?? formatValue(r.simulated, r.spec.unit);
  return `${r.experiment} ${r.figure} (JDK ${r.jdk}): measured ${formatMeasured(r.measured, r.spec.unit)}, simulated ${sim}, tolerance ${JSON.stringify(r.spec.tolerance)} — ${r.spec.why}`;
}

describe('calibration fixtures', () => {
  it('exist for JDK 17 and every experiment has a tolerance table', () => {
    expect(fixtures.some((f) => f.jdk.major === 17)).toBe(true);
    for (const f of fixtures) expect(TOLERANCES[f.experiment], f.experiment).toBeDefined();
  });

  it('name their JDK exactly and have every figure as min/median/max or values', () => {
    for (const f of fixtures) {
      expect(f.jdk.versionText).toMatch(new RegExp(`version "${f.jdk.major}[."]`));
      for (const [name, a] of Object.entries(f.figures)) expect('values' in a || a.min <= a.median, `${f.experiment} ${name}`).toBe(true);
    }
  });
});

for (const fixture of fixtures) {
  describe(`JDK ${fixture.jdk.major} ${fixture.experiment}: engine vs HotSpot`, () => {
    for (const figure of Object.keys(TOLERANCES[fixture.experiment] ?? {})) {
      if (!fixture.figures[figure]) continue;
      it(figure, () => {
        const row = rows(fixture).find((r) => r.figure === figure) as Row;
        if (row.pass === undefined) return; // shown in the table only
        if (isGap(row)) expect(row.pass, `known gap closed, remove it from calibration/knownGaps.ts: ${describeRow(row)}`).toBe(false);
        else expect(row.pass, describeRow(row)).toBe(true);
      });
    }
  });
}

describe('known gaps', () => {
  it('each names a compared figure of a fixture', () => {
    for (const g of KNOWN_GAPS) {
      const f = fixtures.find((x) => x.jdk.major === g.jdk && x.experiment === g.experiment);
      expect(f && rows(f).some((r) => r.figure === g.figure && r.pass !== undefined), `${g.experiment} ${g.figure}`).toBe(true);
    }
  });

  it('are listed in README.md "What is modelled"', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const g of KNOWN_GAPS) expect(readme).toContain(`${g.experiment}: ${g.figure}`);
  });
});

describe('README.md', () => {
  it('shows exactly the current "model vs HotSpot" table (npx tsx scripts/calibration-table.ts --write)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const between = /<!-- calibration-table:start -->\n([\s\S]*?)\n<!-- calibration-table:end -->/.exec(readme)?.[1];
    expect(between).toBe(calibrationTable(fixtures.flatMap(rows)));
  });
});
