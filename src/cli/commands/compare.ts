/**
 * `flink-mem compare`: 2 to 4 variants of one scenario on the same seed, as a delta table against the
 * first. Exit 0 done, 1 invalid input (an invalid scenario, a variant Flink refuses), 2 wrong usage.
 */
import {
  assembleComparison,
  CELL_FIGURES,
  checkComparison,
  checkVariants,
  compareVariants,
  type CompareResult,
} from '../../../models/sizing/compare';
import { formatSpan } from '../../../models/sizing/format';
import { parseVariantSpec, VariantError, type Variant } from '../../../models/sizing/variants';
import { ScenarioError } from '../../../models/scenario/loadScenario';
import { runOnWorkers } from '../cellPool';
import type { SimulationIo } from '../io';
import { toJson } from '../json';
import { readScenario } from '../scenarioInput';
import { jobsOption, reportError, runChoices, usageOn, type SizingOptions } from '../sizingInput';
import { csvLine, textTable } from '../table';

export interface CompareOptions extends SizingOptions {
  variant: string[];
  jobs?: string;
}

export async function compareCommand(file: string, opts: CompareOptions, io: SimulationIo): Promise<number> {
  const choices = runChoices(opts);
  const variants = parseVariants(opts.variant);
  const jobs = jobsOption(opts.jobs);
  const started = io.now();
  let result: CompareResult;
  try {
    let yamlText = '';
    const scenario = readScenario(file, { ...io, readFile: (path) => (yamlText = io.readFile(path)) }, choices.durationMs);
    if (jobs <= 1) result = compareVariants(scenario, variants, { ...choices, ...(io.progress ? { onProgress: io.progress } : {}) });
    else {
      checkComparison(scenario, variants);
      const cells = await runOnWorkers(
        { yamlText, fileName: file, ...choices },
        variants.map((v, index) => ({ index, overrides: v.overrides, label: v.label })),
        jobs,
        (done, total) => io.progress?.(done / total),
      );
      result = assembleComparison(scenario, choices.seed, cells);
    }
  } catch (e) {
    if (e instanceof ScenarioError || e instanceof VariantError) return reportError(e.message, opts.json, io, 1);
    throw e;
  }
  if (opts.json) io.out(`${toJson(result)}\n`);
  else if (opts.csv) io.out(compareCsv(result));
  else io.out(compareText(result, Math.round(io.now() - started)));
  return 0;
}

function parseVariants(specs: readonly string[]): Variant[] {
  return usageOn('--variant: ', VariantError, () => {
    const variants = specs.map(parseVariantSpec);
    checkVariants(variants);
    return variants;
  });
}

function compareText(r: CompareResult, wallMs: number): string {
  const first = r.variants[0];
  const head = `${r.scenario} · seed ${r.seed} · ${formatSpan(first?.simulatedMs ?? 0)} simulated per variant · ${r.variants.length} variants in ${wallMs} ms`;
  const rows: string[][] = [
    ['', ...r.variants.map((v) => v.label)],
    ['overrides', ...r.variants.map((v) => v.overrides.map((o) => `${o.key}=${o.value}`).join(' ') || '(none)')],
  ];
  for (const row of r.rows) {
    const figure = CELL_FIGURES.find((f) => f.id === row.id);
    const show = (v: number | string | null) => (v === null ? '—' : (figure?.format(v) ?? String(v)));
    rows.push([row.label, ...row.values.map((v, i) => `${show(v)}${deltaText(row.deltas[i] ?? null, row.unit, show)}`)]);
  }
  rows.push(['trace hash', ...r.variants.map((v) => v.traceHash)]);
  return `${head}\n\n${textTable(rows)}\n`;
}

/** " (+512 MiB)", " (-2.5 pp)", " (±0)"; nothing for the baseline or where there is no difference to show. */
function deltaText(delta: number | null, unit: string, show: (v: number) => string): string {
  if (delta === null) return '';
  if (delta === 0) return ' (±0)';
  const sign = delta > 0 ? '+' : '-';
  return ` (${sign}${unit === '%' ? `${show(Math.abs(delta)).replace(/%$/, '')} pp` : show(Math.abs(delta))})`;
}

function compareCsv(r: CompareResult): string {
  const ids = r.rows.map((row) => row.id);
  const lines = [csvLine(['variant', 'overrides', 'traceHash', ...ids, ...ids.map((id) => `${id}Delta`)])];
  r.variants.forEach((v, i) => {
    const overrides = v.overrides.map((o) => `${o.key}=${o.value}`).join(' ');
    lines.push(csvLine([v.label, overrides, v.traceHash, ...r.rows.map((row) => row.values[i]), ...r.rows.map((row) => row.deltas[i])]));
  });
  return lines.join('');
}
