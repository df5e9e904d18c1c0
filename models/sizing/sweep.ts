/**
 * Sweeps: one to three parameters (`key=values`, see ranges.ts and variants.ts), their cartesian grid
 * (the first parameter varies slowest, values in the order given), every cell run on the same scenario
 * and seed by `runCell` — pure and self-contained, so a browser can hand cells to Web Workers and get
 * byte-identical results — and the answer to the consolidation question: the smallest surviving cell.
 *
 * A cell survives when it passes every assertion (default `no failure`: no OOM, container kill or
 * process exit). The smallest surviving cell has the least total TaskManager memory (TaskManagers ×
 * Flink's total process size); ties go to fewer TaskManagers, then to the earlier cell in the grid.
 * A cell whose configuration Flink refuses (or that cannot be scheduled) is a row with `error`.
 */
import { evaluateAll, parseCondition, windowsOf, type Assertion, type AssertionResult } from './assertions';
import { measureRun, type MeasureOptions, type RunMetrics } from './runMetrics';
import { RangeSyntaxError, parseValues } from './ranges';
import { checkOverride, overridesLabel, prepareVariant, VariantError, type Layout, type Override } from './variants';
import type { Scenario } from '../scenario/types';

export interface SweepParam {
  readonly key: string;
  readonly values: readonly string[];
}

const MAX_PARAMS = 3;
const MAX_CELLS = 1000;

/** `key=values`, e.g. `taskmanager.memory.process.size=2g..4g step 512m` or `cluster.taskmanagers=2,4`. */
export function parseParam(text: string): SweepParam {
  const eq = text.indexOf('=');
  const key = eq > 0 ? text.slice(0, eq).trim() : '';
  if (key === '')
    throw new RangeSyntaxError(`a parameter is key=values, e.g. taskmanager.memory.process.size=2g..4g step 512m (got '${text}')`);
  return { key, values: parseValues(text.slice(eq + 1)) };
}

/** The parameters' count (1 to 3), distinct keys and the grid's size; throws RangeSyntaxError. */
export function checkParams(params: readonly SweepParam[]): void {
  if (params.length < 1 || params.length > MAX_PARAMS)
    throw new RangeSyntaxError(`a sweep takes 1 to ${MAX_PARAMS} parameters (got ${params.length})`);
  const keys = params.map((p) => p.key);
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) throw new RangeSyntaxError(`the parameter ${repeated} is given twice`);
  const cells = params.reduce((n, p) => n * p.values.length, 1);
  if (cells > MAX_CELLS) throw new RangeSyntaxError(`the grid has ${cells} cells (at most ${MAX_CELLS})`);
}

/** Every value alone against the scenario's Flink version (Flink's parse messages); throws VariantError. */
export function checkValues(scenario: Scenario, params: readonly SweepParam[]): void {
  for (const p of params) for (const value of p.values) checkOverride({ key: p.key, value }, scenario.flink.version);
}

/** Every combination, the first parameter varying slowest. */
export function sweepGrid(params: readonly SweepParam[]): Override[][] {
  return params.reduce<Override[][]>(
    (cells, p) => cells.flatMap((cell) => p.values.map((value) => [...cell, { key: p.key, value }])),
    [[]],
  );
}

export interface CellOptions {
  readonly seed?: string;
  readonly durationMs?: number;
  /** Default `no failure`. */
  readonly assertions?: readonly Assertion[];
  readonly label?: string;
  readonly onProgress?: (fraction: number) => void;
  /** More receivers of the cell's run (measureRun). */
  readonly sinks?: MeasureOptions['sinks'];
}

interface CellBase {
  readonly label: string;
  readonly overrides: readonly Override[];
}

export type CellResult =
  | (CellBase & {
      readonly ok: true;
      readonly layout: Layout;
      readonly seed: string;
      readonly simulatedMs: number;
      readonly traceHash: string;
      readonly metrics: RunMetrics;
      readonly assertions: readonly AssertionResult[];
      readonly passed: boolean;
    })
  | (CellBase & { readonly ok: false; readonly error: string; readonly passed: false });

const NO_FAILURE = parseCondition('no failure');

/** One cell: the scenario with `overrides`, run and measured, its assertions evaluated. Pure and deterministic. */
export function runCell(scenario: Scenario, overrides: readonly Override[], options: CellOptions = {}): CellResult {
  const label = options.label ?? overridesLabel(overrides);
  let variant: ReturnType<typeof prepareVariant>;
  try {
    variant = prepareVariant(scenario, { label, overrides });
  } catch (e) {
    if (e instanceof VariantError) return { label, overrides, ok: false, error: e.message, passed: false };
    throw e;
  }
  const assertions = options.assertions ?? NO_FAILURE;
  const measurement = measureRun(variant.scenario, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
    windowsMs: windowsOf(assertions),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.sinks ? { sinks: options.sinks } : {}),
  });
  const results = evaluateAll(assertions, measurement);
  const { seed, simulatedMs, traceHash, metrics } = measurement;
  return {
    label,
    overrides,
    ok: true,
    layout: variant.layout,
    seed,
    simulatedMs,
    traceHash,
    metrics,
    assertions: results,
    passed: results.every((r) => r.passed),
  };
}

export type SweepCell = CellResult & { readonly index: number; readonly values: readonly string[] };

/** The smallest surviving cell's position in `cells` (see the file comment), or null when none survives. */
export function smallestSurviving(cells: readonly CellResult[]): number | null {
  let best: number | null = null;
  cells.forEach((cell, i) => {
    if (!cell.ok || !cell.passed) return;
    const current = best === null ? undefined : cells[best];
    if (!current?.ok || smaller(cell.layout, current.layout)) best = i;
  });
  return best;
}

const smaller = (a: Layout, b: Layout): boolean =>
  a.totalProcessBytes < b.totalProcessBytes || (a.totalProcessBytes === b.totalProcessBytes && a.taskManagers < b.taskManagers);

export interface SweepResult {
  readonly scenario: string;
  readonly seed: string;
  readonly params: readonly SweepParam[];
  readonly assertions: readonly string[];
  readonly cells: readonly SweepCell[];
  /** Index into `cells`, or null. */
  readonly smallestSurviving: number | null;
}

export interface SweepOptions extends Omit<CellOptions, 'label' | 'onProgress'> {
  /** Called as cells progress: cells done (fractional within a cell) out of the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks the parameters and their values against the scenario, and returns the grid (throws RangeSyntaxError, VariantError). */
export function planSweep(scenario: Scenario, params: readonly SweepParam[]): Override[][] {
  checkParams(params);
  checkValues(scenario, params);
  return sweepGrid(params);
}

/** A grid cell's result as a sweep row: its index in the grid and its parameter values. */
export const sweepCell = (cell: CellResult, index: number, overrides: readonly Override[]): SweepCell => ({
  ...cell,
  index,
  values: overrides.map((o) => o.value),
});

/** The sweep's result from every cell, in grid order, however the cells were run (in order, on workers, on many machines). */
export function assembleSweep(
  scenario: Scenario,
  params: readonly SweepParam[],
  options: Pick<SweepOptions, 'seed' | 'assertions'>,
  cells: readonly SweepCell[],
): SweepResult {
  const header = { scenario: scenario.id, seed: options.seed ?? scenario.seed, params, assertions: assertionTexts(options.assertions) };
  return sweepResultOf(header, cells);
}

/** The assertions a cell must pass, as written (default `no failure`). */
export const assertionTexts = (assertions: readonly Assertion[] | undefined): string[] => (assertions ?? NO_FAILURE).map((a) => a.text);

/** The result object (its keys in the order `--json` prints them) from what identifies the sweep and its cells in grid order. */
export function sweepResultOf(header: Omit<SweepResult, 'cells' | 'smallestSurviving'>, cells: readonly SweepCell[]): SweepResult {
  const { scenario, seed, params, assertions } = header;
  return { scenario, seed, params, assertions, cells, smallestSurviving: smallestSurviving(cells) };
}

/** Runs the whole grid in order (the CLI's way with --jobs 1; a browser runs `runCell` per cell and calls `smallestSurviving`). */
export function runSweep(scenario: Scenario, params: readonly SweepParam[], options: SweepOptions = {}): SweepResult {
  const grid = planSweep(scenario, params);
  const { onProgress, ...cellOptions } = options;
  const cells = grid.map((overrides, index): SweepCell => {
    const cell = runCell(scenario, overrides, { ...cellOptions, onProgress: (f) => onProgress?.(index + f, grid.length) });
    onProgress?.(index + 1, grid.length);
    return sweepCell(cell, index, overrides);
  });
  return assembleSweep(scenario, params, options, cells);
}
