/**
 * `flink-mem sweep`: 1 to 3 parameters over values or ranges, every cell of the grid run on the same
 * scenario and seed, and the smallest surviving cell. Results on stdout (a table, --csv or --json) or
 * in --out FILE; progress on stderr only when it is a terminal. Exit 0 done (whether or not a cell
 * survives), 1 invalid input (an invalid scenario, a value Flink cannot parse), 2 wrong usage.
 */
import { CELL_FIGURES } from '../../../models/sizing/compare';
import { formatBytes, formatPercent, formatRate, formatSpan } from '../../../models/sizing/format';
import { RangeSyntaxError } from '../../../models/sizing/ranges';
import { checkParams, parseParam, runSweep, type SweepCell, type SweepParam, type SweepResult } from '../../../models/sizing/sweep';
import { VariantError } from '../../../models/sizing/variants';
import { ScenarioError } from '../../../models/scenario/loadScenario';
import { UsageError, type SimulationIo } from '../io';
import { toJson } from '../json';
import { errnoText, outputFileProblem } from '../files';
import { readScenario } from '../scenarioInput';
import { parseAssertions, reportError, runChoices, usageOn, type SizingOptions } from '../sizingInput';
import { csvLine, textTable } from '../table';

export interface SweepOptions extends SizingOptions {
  param: string[];
  assert: string[];
  out?: string;
}

export function sweepCommand(file: string, opts: SweepOptions, io: SimulationIo): number {
  const choices = runChoices(opts);
  const params = parseParams(opts.param);
  const assertions = opts.assert.length > 0 ? parseAssertions(opts.assert) : undefined;
  if (opts.out !== undefined && !io.writeFile) throw new UsageError('--out is not available here.');
  const outProblem = opts.out === undefined ? undefined : outputFileProblem(opts.out, '--out');
  if (outProblem) return reportError(outProblem, opts.json, io, 1);
  const started = io.now();
  let result: SweepResult;
  try {
    result = runSweep(readScenario(file, io, choices.durationMs), params, {
      ...choices,
      ...(assertions ? { assertions } : {}),
      ...(io.progress ? { onProgress: (done: number, total: number) => io.progress?.(done / total) } : {}),
    });
  } catch (e) {
    if (e instanceof ScenarioError || e instanceof VariantError) return reportError(e.message, opts.json, io, 1);
    throw e;
  }
  const wallMs = Math.round(io.now() - started);
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
