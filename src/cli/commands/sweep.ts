/**
 * `flink-mem sweep`: 1 to 3 parameters over values or ranges, every cell of the grid run on the same
 * scenario and seed, and the smallest surviving cell. Results on stdout (a table, --csv or --json) or
 * in --out FILE; progress on stderr only when it is a terminal. Exit 0 done (whether or not a cell
 * survives), 1 invalid input (an invalid scenario, a value Flink cannot parse), 2 wrong usage.
 */
import { CELL_FIGURES } from '../../../models/sizing/compare';
import { formatBytes, formatPercent, formatRate, formatSpan } from '../../../models/sizing/format';
import { RangeSyntaxError } from '../../../models/sizing/ranges';
import {
  assembleSweep,
  assertionTexts,
  checkParams,
  parseParam,
  planSweep,
  runCell,
  sweepCell,
  type CellOptions,
  type SweepCell,
  type SweepParam,
  type SweepResult,
} from '../../../models/sizing/sweep';
import { VariantError, type Override } from '../../../models/sizing/variants';
import { ScenarioError } from '../../../models/scenario/loadScenario';
import type { Scenario } from '../../../models/scenario/types';
import { runOnWorkers, type PoolSetup } from '../cellPool';
import { UsageError, type CliIo, type SimulationIo } from '../io';
import { toJson } from '../json';
import { errnoText, outputFileProblem } from '../files';
import { readScenario } from '../scenarioInput';
import { jobsOption, parseAssertions, reportError, runChoices, usageOn, type SizingOptions } from '../sizingInput';
import { parseShard, sha256, ShardError, shardIndices, shardText, type Shard } from '../sweepShards';
import { csvLine, textTable } from '../table';

export interface SweepOptions extends SizingOptions {
  param: string[];
  assert: string[];
  out?: string;
  jobs?: string;
  shard?: string;
}

export async function sweepCommand(file: string, opts: SweepOptions, io: SimulationIo): Promise<number> {
  const choices = runChoices(opts);
  const params = parseParams(opts.param);
  const assertions = opts.assert.length > 0 ? parseAssertions(opts.assert) : undefined;
  const jobs = jobsOption(opts.jobs);
  const shard = opts.shard === undefined ? undefined : usageOn('--shard: ', ShardError, () => parseShard(opts.shard ?? ''));
  if (shard && opts.csv) throw new UsageError('--shard writes a shard file (JSON) for sweep-merge, which prints --csv.');
  if (opts.out !== undefined && !io.writeFile) throw new UsageError('--out is not available here.');
  const outProblem = opts.out === undefined ? undefined : outputFileProblem(opts.out, '--out');
  if (outProblem) return reportError(outProblem, opts.json, io, 1);
  const started = io.now();
  let yamlText = '';
  let scenario: Scenario;
  let grid: Override[][];
  try {
    scenario = readScenario(file, { ...io, readFile: (path) => (yamlText = io.readFile(path)) }, choices.durationMs);
    grid = planSweep(scenario, params);
  } catch (e) {
    if (e instanceof ScenarioError || e instanceof VariantError) return reportError(e.message, opts.json, io, 1);
    throw e;
  }
  const indices = shard ? shardIndices(grid.length, shard) : grid.map((_, i) => i);
  const setup: PoolSetup = { yamlText, fileName: file, ...choices, ...(opts.assert.length > 0 ? { conditions: opts.assert } : {}) };
  const cellOptions: CellOptions = { ...choices, ...(assertions ? { assertions } : {}) };
  const cells = await runGridCells(scenario, grid, indices, { setup, cellOptions, jobs, io });
  const wallMs = Math.round(io.now() - started);
  if (shard) {
    const identity = {
      scenario: scenario.id,
      scenarioSha256: sha256(yamlText),
      seed: choices.seed ?? scenario.seed,
      durationMs: choices.durationMs ?? null,
      params,
      assertions: assertionTexts(assertions),
      gridCells: grid.length,
    };
    return writeShard(shardText(identity, shard, wallMs, cells), shard, `${cells.length} of ${grid.length} cells`, opts.out, wallMs, io);
  }
  return printSweep(assembleSweep(scenario, params, { ...choices, ...(assertions ? { assertions } : {}) }, cells), opts, wallMs, io);
}

interface CellRunner {
  readonly setup: PoolSetup;
  readonly cellOptions: CellOptions;
  readonly jobs: number;
  readonly io: SimulationIo;
}

/** The grid's cells at `indices`: in this thread in order with --jobs 1, else on worker threads (cellPool.ts). */
async function runGridCells(scenario: Scenario, grid: Override[][], indices: readonly number[], run: CellRunner): Promise<SweepCell[]> {
  const overridesOf = (i: number): Override[] => grid[i] ?? [];
  const progress = run.io.progress;
  if (run.jobs <= 1 || indices.length <= 1)
    return indices.map((index, n) => {
      const cell = runCell(scenario, overridesOf(index), {
        ...run.cellOptions,
        ...(progress ? { onProgress: (f: number) => progress((n + f) / indices.length) } : {}),
      });
      progress?.((n + 1) / indices.length);
      return sweepCell(cell, index, overridesOf(index));
    });
  const jobs = indices.map((index) => ({ index, overrides: overridesOf(index) }));
  const cells = await runOnWorkers(run.setup, jobs, run.jobs, (done, total) => progress?.(done / total));
  return cells.map((cell, n) => sweepCell(cell, indices[n] ?? n, overridesOf(indices[n] ?? n)));
}

function writeShard(text: string, shard: Shard, what: string, out: string | undefined, wallMs: number, io: CliIo): number {
  if (out === undefined) io.out(text);
  else {
    io.writeFile?.(out, text);
    io.out(`wrote shard ${shard.k}/${shard.n} (${what}) to ${out} in ${wallMs} ms\n`);
  }
  return 0;
}

/** The sweep's result as a table, --csv or --json, on stdout or in --out (sweep and sweep-merge). */
export function printSweep(result: SweepResult, opts: SizingOptions & { out?: string }, wallMs: number, io: CliIo): number {
  const text = opts.json ? `${toJson(result)}\n` : opts.csv ? sweepCsv(result) : sweepText(result, wallMs);
  if (opts.out === undefined) io.out(text);
  else {
    try {
      io.writeFile?.(opts.out, text);
    } catch (e) {
      return reportError(`cannot write --out ${opts.out}: ${errnoText(e)}`, opts.json, io, 1);
    }
    io.out(`wrote ${result.cells.length} cells to ${opts.out} in ${wallMs} ms\n${smallestText(result)}\n`);
  }
  return 0;
}

function parseParams(texts: readonly string[]): SweepParam[] {
  return usageOn('--param: ', RangeSyntaxError, () => {
    const params = texts.map(parseParam);
    checkParams(params);
    return params;
  });
}

function sweepCsv(r: SweepResult): string {
  const header = [
    'index',
    ...r.params.map((p) => p.key),
    'status',
    'passed',
    'smallestSurviving',
    'traceHash',
    ...CELL_FIGURES.map((f) => f.id),
    'failedAssertions',
    'error',
  ];
  const rows = r.cells.map((c) =>
    csvLine([
      c.index,
      ...c.values,
      c.ok ? 'ok' : 'invalid',
      c.passed,
      c.index === r.smallestSurviving,
      c.ok ? c.traceHash : null,
      ...CELL_FIGURES.map((f) => (c.ok ? f.value(c) : null)),
      c.ok
        ? c.assertions
            .filter((a) => !a.passed)
            .map((a) => a.sentence)
            .join('; ')
        : null,
      c.ok ? null : c.error,
    ]),
  );
  return [csvLine(header), ...rows].join('');
}

function sweepText(r: SweepResult, wallMs: number): string {
  const head = `${r.scenario} · seed ${r.seed} · ${r.cells.length} cells in ${wallMs} ms · survive: ${r.assertions.join(' and ')}`;
  const header = [
    '#',
    ...r.params.map((p) => p.key),
    'result',
    'TM memory',
    'first failure',
    'min headroom',
    'GC time',
    'throughput',
    'restarts',
  ];
  const rows: string[][] = [header];
  for (const c of r.cells) {
    const mark = c.index === r.smallestSurviving ? '*' : '';
    if (!c.ok) {
      rows.push([`${c.index}${mark}`, ...c.values, 'invalid', ...Array<string>(header.length - c.values.length - 2).fill('—')]);
      continue;
    }
    const m = c.metrics;
    rows.push([
      `${c.index}${mark}`,
      ...c.values,
      c.passed ? 'PASS' : 'FAIL',
      `${c.layout.taskManagers} × ${formatBytes(c.layout.processSizeBytes)}`,
      m.firstFailure ? `${formatSpan(m.firstFailure.atMs)} ${m.firstFailure.pool}` : 'none',
      m.minRssHeadroom ? formatPercent(m.minRssHeadroom.percent) : '—',
      m.maxGcTime ? formatPercent(m.maxGcTime.percent) : '—',
      formatRate(m.throughputRecordsPerSecond),
      String(m.restarts),
    ]);
  }
  const invalid = r.cells.flatMap((c) => (c.ok ? [] : [`#${c.index} invalid: ${c.error.replace(/\n/g, '\n  ')}`]));
  return `${head}\n\n${textTable(rows)}\n\n${invalid.map((line) => `${line}\n`).join('')}${smallestText(r)}\n`;
}

function smallestText(r: SweepResult): string {
  const cell = r.smallestSurviving === null ? undefined : r.cells[r.smallestSurviving];
  if (!cell?.ok) return `smallest surviving: none of the ${r.cells.length} cells passes ${r.assertions.join(' and ')}`;
  return `smallest surviving: #${cell.index} ${cell.label} — ${describeLayout(cell)}`;
}

function describeLayout(cell: SweepCell & { ok: true }): string {
  const l = cell.layout;
  const headroom = cell.metrics.minRssHeadroom;
  return `${l.taskManagers} TaskManager${l.taskManagers === 1 ? '' : 's'} × ${formatBytes(l.processSizeBytes)} (${l.slotsPerTaskManager} slots each) = ${formatBytes(l.totalProcessBytes)}${headroom ? `, min RSS headroom ${formatPercent(headroom.percent)} (${headroom.process})` : ''}`;
}
