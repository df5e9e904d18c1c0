/**
 * Fixtures against the engine: one row per figure (measured, simulated, tolerance, pass), and the README's
 * "model vs HotSpot" table made from the rows. Shared by the calibration test and scripts/calibration-table.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulatedFigures } from './figures';
import type { Aggregate, Fixture } from './runner/run';
import type { FigureValue } from './runner/measure';
import { CALIBRATION_DIR } from './runner/workload';
import { KNOWN_GAPS, type KnownGap } from './knownGaps';
import { type FigureSpec, TOLERANCES } from './tolerances';

export interface Row {
  readonly jdk: number;
  readonly experiment: string;
  readonly figure: string;
  readonly spec: FigureSpec;
  readonly measured: Aggregate;
  readonly simulated: FigureValue | undefined;
  /** Undefined for recorded-only figures. */
  readonly pass: boolean | undefined;
  /** Why the engine gave no value (it refused the JDK, say). */
  readonly error?: string;
}

export function loadFixtures(): Fixture[] {
  const root = join(CALIBRATION_DIR, 'fixtures');
  return readdirSync(root)
    .filter((d) => /^jdk\d+$/.test(d))
    .flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(root, d, f)),
    )
    .filter((p) => existsSync(p))
    .map((p) => JSON.parse(readFileSync(p, 'utf8')) as Fixture)
    .sort((a, b) => a.jdk.major - b.jdk.major || a.experiment.localeCompare(b.experiment));
}

function withinTolerance(spec: FigureSpec, measured: Aggregate, simulated: FigureValue | undefined): boolean | undefined {
  const t = spec.tolerance;
  if (t.kind === 'recorded') return undefined;
  if (simulated === undefined || (typeof simulated === 'number' && !Number.isFinite(simulated))) return false;
  if ('values' in measured) return measured.values.includes(String(simulated));
  if (typeof simulated !== 'number') return false;
  if (simulated >= measured.min && simulated <= measured.max) return true;
  if (t.kind === 'exact') return simulated === measured.median;
  return Math.abs(simulated - measured.median) <= t.fraction * Math.abs(measured.median);
}

export function compareFixture(fixture: Fixture): Row[] {
  const specs = TOLERANCES[fixture.experiment] ?? {};
  let simulated: Record<string, FigureValue> = {};
  let error: string | undefined;
  try {
    simulated = simulatedFigures(fixture.experiment, fixture.jdk.major);
  } catch (e) {
    error = `engine: ${(e as Error).message}`;
  }
  return Object.entries(specs).flatMap(([figure, spec]) => {
    const measured = fixture.figures[figure];
    if (!measured) return [];
    const value = simulated[figure];
    const row = {
      jdk: fixture.jdk.major,
      experiment: fixture.experiment,
      figure,
      spec,
      measured,
      simulated: value,
      pass: withinTolerance(spec, measured, value),
    };
    return [error === undefined ? row : { ...row, error }];
  });
}

const UNIT_SCALE: Record<string, [number, string]> = {
  bytes: [1024, ' KiB'],
  ms: [1, ' ms'],
  count: [1, ''],
  '%': [1, ' %'],
  'ms/MiB': [1, ' ms/MiB'],
  text: [1, ''],
};

export function formatValue(v: FigureValue | undefined, unit: string): string {
  if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return 'not in the trace';
  if (typeof v === 'string') return v;
  const [scale, suffix] = UNIT_SCALE[unit] ?? [1, ''];
  if (unit === 'bytes' && Math.abs(v) >= 10 * 1048576) return `${(v / 1048576).toFixed(0)} MiB`;
  const x = v / scale;
  return `${Number.isInteger(x) ? x : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2)}${suffix}`;
}

export function formatMeasured(a: Aggregate, unit: string): string {
  if ('values' in a) return a.values.join(' / ');
  return a.min === a.max
    ? formatValue(a.median, unit)
    : `${formatValue(a.median, unit)} (${formatValue(a.min, unit)}–${formatValue(a.max, unit)})`;
}

function formatTolerance(spec: FigureSpec): string {
  const t = spec.tolerance;
  return t.kind === 'exact' ? 'exact' : t.kind === 'recorded' ? 'shown only' : `±${Math.round(t.fraction * 100)} %`;
}

/** The README table: mechanism, figure, measured (median, min–max), simulated, tolerance, JDK, and whether it holds. */
export function calibrationTable(rows: readonly Row[], gaps: readonly KnownGap[] = KNOWN_GAPS): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const gapOf = (r: Row) => gaps.find((g) => g.jdk === r.jdk && g.experiment === r.experiment && g.figure === r.figure);
  const simulated = (r: Row) => r.error ?? formatValue(r.simulated, r.spec.unit);
  const lines = rows.map((r) => {
    const ok = r.pass === undefined ? '–' : r.pass ? 'yes' : gapOf(r) ? 'no (known gap)' : 'no';
    return `| ${cell(r.spec.mechanism)} | ${cell(r.spec.label)} | ${cell(formatMeasured(r.measured, r.spec.unit))} | ${cell(simulated(r))} | ${formatTolerance(r.spec)} | ${r.jdk} | ${ok} |`;
  });
  const gapLines = rows.flatMap((r) => {
    const g = gapOf(r);
    if (!g) return [];
    return [
      `- \`${g.experiment}: ${g.figure}\` (JDK ${g.jdk}, ${r.spec.label}): measured ${formatMeasured(r.measured, r.spec.unit)}, simulated ${simulated(r)} — ${g.why}.`,
    ];
  });
  return [
    '| Mechanism | Figure | Measured (HotSpot) | Simulated | Tolerance | JDK | Within |',
    '|---|---|---|---|---|---|---|',
    ...lines,
    '',
    `Known gaps (${gapLines.length}, \`calibration/knownGaps.ts\`):`,
    '',
    ...gapLines,
  ].join('\n');
}
