/**
 * Side by side: 2 to 4 variants of one scenario, run with the same seed for the same time, as a delta
 * table — per figure (the layout, then runMetrics' FIGURES) the value of every variant and its
 * difference to the first variant, the baseline (numbers only; null where either side has no value).
 */
import { FIGURES, type Figure } from './runMetrics';
import { runCell, type CellOptions, type CellResult } from './sweep';
import { formatBytes, round2 } from './format';
import { prepareVariant, VariantError, type Layout, type Variant } from './variants';
import type { Scenario } from '../scenario/types';

/** A column of a cell: the layout it deploys, then what its run measured. */
export interface CellFigure extends Omit<Figure, 'value'> {
  readonly value: (cell: CellResult & { ok: true }) => number | string | null;
}

const layoutFigure = (id: keyof Layout, label: string, unit: string): CellFigure => ({
  id,
  label,
  unit,
  value: (cell) => cell.layout[id],
  format: unit === 'bytes' ? (v) => formatBytes(Number(v)) : String,
});

export const CELL_FIGURES: readonly CellFigure[] = [
  layoutFigure('taskManagers', 'TaskManagers', 'count'),
  layoutFigure('slotsPerTaskManager', 'slots per TaskManager', 'count'),
  layoutFigure('processSizeBytes', 'process size', 'bytes'),
  layoutFigure('containerLimitBytes', 'container limit', 'bytes'),
  layoutFigure('totalProcessBytes', 'total TaskManager memory', 'bytes'),
  ...FIGURES.map((f): CellFigure => ({ ...f, value: (cell) => f.value(cell.metrics) })),
];

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** One per variant, in order. */
  readonly values: ReadonlyArray<number | string | null>;
  /** value − the baseline's value (to 0.01), per variant (null for the baseline itself, text and missing values). */
  readonly deltas: ReadonlyArray<number | null>;
}

export interface CompareResult {
  readonly scenario: string;
  readonly seed: string;
  readonly variants: ReadonlyArray<CellResult & { ok: true }>;
  readonly rows: readonly CompareRow[];
}

const MIN_VARIANTS = 2;
export const MAX_VARIANTS = 4;

/** The count (2 to 4) and distinct labels; throws VariantError. */
export function checkVariants(variants: readonly Variant[]): void {
  if (variants.length < MIN_VARIANTS || variants.length > MAX_VARIANTS)
    throw new VariantError(`compare takes ${MIN_VARIANTS} to ${MAX_VARIANTS} variants (got ${variants.length})`);
  const labels = variants.map((v) => v.label);
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated !== undefined) throw new VariantError(`two variants are called '${repeated}'`);
}

/** Checks the variants and prepares every one (a VariantError names the variant); throws before anything runs. */
export function checkComparison(scenario: Scenario, variants: readonly Variant[]): void {
  checkVariants(variants);
  for (const v of variants) {
    try {
      prepareVariant(scenario, v);
    } catch (e) {
      if (e instanceof VariantError) throw new VariantError(`variant '${v.label}': ${e.message}`);
      throw e;
    }
  }
}

/** The comparison from every variant's cell, in variant order, however the cells were run. */
export function assembleComparison(scenario: Scenario, seed: string | undefined, cells: readonly CellResult[]): CompareResult {
  const ran = cells.filter((c): c is CellResult & { ok: true } => c.ok);
  return { scenario: scenario.id, seed: seed ?? scenario.seed, variants: ran, rows: deltaRows(ran) };
}

/** Checks the variants, prepares every one, then runs each in order with the same options. */
export function compareVariants(scenario: Scenario, variants: readonly Variant[], options: Omit<CellOptions, 'label'> = {}): CompareResult {
  checkComparison(scenario, variants);
  const { onProgress, ...cellOptions } = options;
  const cells = variants.map((v, i) =>
    runCell(scenario, v.overrides, {
      ...cellOptions,
      label: v.label,
      ...(onProgress ? { onProgress: (f: number) => onProgress((i + f) / variants.length) } : {}),
    }),
  );
  return assembleComparison(scenario, options.seed, cells);
}

export function deltaRows(cells: ReadonlyArray<CellResult & { ok: true }>): CompareRow[] {
  return CELL_FIGURES.map((f) => {
    const values = cells.map((c) => f.value(c));
    const base = values[0];
    const deltas = values.map((v, i) => (i === 0 || typeof v !== 'number' || typeof base !== 'number' ? null : round2(v - base)));
    return { id: f.id, label: f.label, unit: f.unit, values, deltas };
  });
}
