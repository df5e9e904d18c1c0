/**
 * Metrics CSVs: Grafana's downloads and the sandbox's own export.
 *
 * - Series per column (Grafana 7+ Inspect → Data → Download CSV, one frame or "Series joined by time"): a quoted
 *   header `"Time","flink_taskmanager_Status_JVM_Memory_Heap_Used{host=""10.0.0.5"", tm_id=""…""}",…` — each field's
 *   display name, a Prometheus series' name with its labels — then the time as epoch ms (or, with "Formatted data",
 *   `2026-12-04 10:00:00` in the browser's zone, and values such as `1.20 GiB`); each frame after a blank line with its
 *   own header (grafana-data src/utils/csv.ts toCSV; public/app/features/inspector/InspectDataTab.tsx). Grafana ≤ 6's
 *   "series as columns" export: `"Time";"series";…` with `;` and `undefined` for a gap.
 * - Long format (Grafana ≤ 6's default "Export CSV", public/app/core/utils/file_export.ts): `"Series";"Time";"Value"`,
 *   one row per sample, `null` for a gap, time as `YYYY-MM-DDTHH:mm:ssZ` or epoch seconds.
 * - The sandbox's CSV (models/engine/metricsCsv.ts) and hand-made ones: `timeMs` (relative) or `time`, an optional
 *   `process` column holding the scenario's process ids, Flink metric names as columns.
 */
import { cellValue, type CsvRow, csvRows } from './csvCells';
import { classifyMetric, type Labels, notAProcessContainer, sourceIdOf, splitSeriesName } from './metricNames';
import { ArtefactError, type ObservedMetricId, type ObservedMetrics, type ObservedUnit, type Unread } from './observedSeries';
import { parseAbsoluteTime } from './observedTimes';
import { assemble, type MatchOptions, type RawSeries, SCENARIO_PROCESS } from './processMatch';

export interface CsvOptions extends MatchOptions {
  /** The metric of columns whose header names none (a Grafana legend such as `{{tm_id}}`): the user's choice. */
  readonly metric?: { readonly id: ObservedMetricId; readonly unit: ObservedUnit };
}

const TIME_HEADERS = /^(timeMs|time|timestamp|date)$/i;

interface Column {
  readonly index: number;
  readonly raw: RawSeries;
  readonly scale: number;
}

/** A header cell → the series it holds, or why it is not read. */
function columnSeries(header: string, options: CsvOptions): (Omit<RawSeries, 't' | 'values'> & { scale: number }) | { reason: string } {
  const parsed = splitSeriesName(header);
  if (!parsed) return { reason: 'a malformed label set' };
  const c = classifyMetric(parsed.base, parsed.labels);
  if (!c.ok) {
    if (options.metric === undefined || Object.keys(parsed.labels).length > 0 || parsed.base.startsWith('flink_'))
      return { reason: c.reason };
    // A legend's text: the user said which metric the panel shows; the header is the process.
    return { name: header, source: header.trim(), scope: 'process', metric: options.metric.id, unit: options.metric.unit, scale: 1 };
  }
  const skip = c.scope === 'container' ? notAProcessContainer(parsed.labels) : undefined;
  if (skip) return { reason: skip };
  return {
    name: header.trim(),
    source: sourceIdOf(parsed.labels as Labels),
    scope: c.scope,
    metric: c.metric,
    unit: c.unit,
    scale: c.scale,
  };
}

interface TimeReader {
  readonly absolute: boolean;
  read(cell: string, line: number, field: string): number;
}

function timeReader(header: string, fileName: string, notes: string[]): TimeReader {
  if (header === 'timeMs')
    return {
      absolute: false,
      read(cell, line, field) {
        const ms = Number(cell.trim());
        if (cell.trim() === '' || !Number.isFinite(ms))
          throw new ArtefactError(fileName, line, field, `'${cell.trim()}' is not a number of milliseconds`);
        return ms;
      },
    };
  let warned = false;
  return {
    absolute: true,
    read(cell, line, field) {
      const t = parseAbsoluteTime(cell);
      if (!t)
        throw new ArtefactError(fileName, line, field, `'${cell.trim()}' is not epoch seconds, epoch milliseconds or an ISO 8601 date`);
      if (!t.zoned && !warned) {
        warned = true;
        notes.push(
          `line ${line}: times carry no zone (Grafana's "Formatted data" uses the browser's): read as UTC, so only their differences are sure`,
        );
      }
      return t.epochMs;
    },
  };
}

interface FrameContext {
  readonly unread: Unread[];
  readonly notes: string[];
  readonly absolute: Set<boolean>;
  readonly decimalComma: boolean;
}

/** Reads one frame: its header row, then rows until the next header (Grafana writes one per frame). */
function readFrame(rows: readonly CsvRow[], fileName: string, options: CsvOptions, ctx: FrameContext): { used: number; raws: RawSeries[] } {
  const header = (rows[0] as CsvRow).cells.map((h) => h.trim());
  const headerLine = (rows[0] as CsvRow).line;
  const timeIndex = header.findIndex((h) => TIME_HEADERS.test(h));
  if (timeIndex < 0)
    throw new ArtefactError(
      fileName,
      headerLine,
      '',
      `no time column (timeMs, or Time in epoch seconds/ms or ISO 8601); the header is: ${header.join(', ') || '(empty)'}`,
    );
  const time = timeReader(header[timeIndex] as string, fileName, ctx.notes);
  ctx.absolute.add(time.absolute);
  const processIndex = header.indexOf('process');
  const columns: Column[] = [];
  header.forEach((h, index) => {
    if (index === timeIndex || index === processIndex) return;
    const s = columnSeries(h, options);
    if ('reason' in s) ctx.unread.push({ where: `line ${headerLine}, column ${index + 1} '${h}'`, reason: s.reason });
    else columns.push({ index, scale: s.scale, raw: { ...s, t: [], values: [] } });
  });
  const byProcess = new Map<string, RawSeries>();
  let k = 1;
  for (; k < rows.length; k++) {
    const row = rows[k] as CsvRow;
    const first = row.cells[timeIndex]?.trim() ?? '';
    if (TIME_HEADERS.test(first)) break; // the next frame's header
    if (row.cells.length !== header.length)
      throw new ArtefactError(fileName, row.line, '', `${row.cells.length} cells for ${header.length} columns`);
    const t = time.read(row.cells[timeIndex] ?? '', row.line, header[timeIndex] as string);
    const process = processIndex >= 0 ? (row.cells[processIndex] ?? '').trim() : undefined;
    if (process !== undefined && !SCENARIO_PROCESS.test(process))
      throw new ArtefactError(fileName, row.line, 'process', `'${process}' is not jobmanager or taskmanager-<n>`);
    for (const c of columns) {
      let into = c.raw;
      if (process !== undefined) {
        const key = `${c.index} ${process}`;
        into = byProcess.get(key) ?? { ...c.raw, process, source: process, t: [], values: [] };
        byProcess.set(key, into);
      }
      readCell(row, c, t, into, ctx.decimalComma, fileName, header[c.index] as string);
    }
  }
  return { used: k, raws: processIndex >= 0 ? [...byProcess.values()] : columns.map((c) => c.raw) };
}

function readCell(row: CsvRow, c: Column, t: number, into: RawSeries, decimalComma: boolean, fileName: string, field: string) {
  const v = cellValue(row.cells[c.index] ?? '', c.raw.unit, decimalComma);
  if ('gap' in v) return;
  if ('problem' in v) throw new ArtefactError(fileName, row.line, field, v.problem);
  into.t.push(t);
  into.values.push(c.raw.unit === 'bytes' ? Math.round(v.value * c.scale) : v.value * c.scale);
}

/** Series-per-column CSV (Grafana's download, the sandbox's export, hand-made), frame after frame. */
function readWide(rows: readonly CsvRow[], fileName: string, options: CsvOptions, decimalComma: boolean): ObservedMetrics {
  const ctx: FrameContext = { unread: [], notes: [], absolute: new Set(), decimalComma };
  const raws: RawSeries[] = [];
  let start = 0;
  let sandbox = false;
  while (start < rows.length) {
    const frame = rows.slice(start);
    const header = (frame[0] as CsvRow).cells.map((h) => h.trim());
    sandbox ||= header.includes('timeMs') || header.includes('process');
    const read = readFrame(frame, fileName, options, ctx);
    raws.push(...read.raws);
    start += read.used;
  }
  if (ctx.absolute.size > 1) throw new ArtefactError(fileName, 0, 'time', 'frames mix relative (timeMs) and absolute times');
  return assemble(
    {
      fileName,
      format: sandbox ? 'sandbox-csv' : 'grafana-csv',
      absolute: !ctx.absolute.has(false),
      raws,
      unread: ctx.unread,
      notes: ctx.notes,
    },
    options,
  );
}

/** Grafana ≤ 6's long format: `"Series";"Time";"Value"`, one row per sample. */
function readLong(rows: readonly CsvRow[], fileName: string, options: CsvOptions, decimalComma: boolean): ObservedMetrics {
  const unread: Unread[] = [];
  const notes: string[] = [];
  const time = timeReader('Time', fileName, notes);
  const bySeries = new Map<string, (RawSeries & { scale: number }) | { reason: string; rows: number[] }>();
  for (const row of rows.slice(1)) {
    if (row.cells.length !== 3)
      throw new ArtefactError(fileName, row.line, '', `${row.cells.length} cells for 3 columns (Series, Time, Value)`);
    const [name, timeCell, valueCell] = row.cells as [string, string, string];
    let s = bySeries.get(name);
    if (!s) {
      const c = columnSeries(name, options);
      s = 'reason' in c ? { reason: c.reason, rows: [] } : { ...c, t: [], values: [] };
      bySeries.set(name, s);
    }
    if ('reason' in s) {
      s.rows.push(row.line);
      continue;
    }
    const t = time.read(timeCell, row.line, 'Time');
    const v = cellValue(valueCell, s.unit, decimalComma);
    if ('problem' in v) throw new ArtefactError(fileName, row.line, 'Value', v.problem);
    if ('gap' in v) continue;
    s.t.push(t);
    s.values.push(s.unit === 'bytes' ? Math.round(v.value * s.scale) : v.value * s.scale);
  }
  const raws: RawSeries[] = [];
  for (const [name, s] of bySeries) {
    if ('reason' in s) unread.push({ where: `series '${name}' (lines ${s.rows[0]}–${s.rows[s.rows.length - 1]})`, reason: s.reason });
    else raws.push(s);
  }
  return assemble({ fileName, format: 'grafana-csv-long', absolute: true, raws, unread, notes }, options);
}

/** A metrics CSV of any of the layouts above. */
export function readMetricsCsv(text: string, fileName: string, options: CsvOptions = {}): ObservedMetrics {
  const { rows, delimiter } = csvRows(text, fileName);
  if (rows.length === 0) throw new ArtefactError(fileName, 1, '', 'is empty');
  const header = (rows[0] as CsvRow).cells.map((h) => h.trim().toLowerCase());
  const decimalComma = delimiter === ';';
  if (header.length === 3 && header[0] === 'series' && header[1] === 'time' && header[2] === 'value')
    return readLong(rows, fileName, options, decimalComma);
  return readWide(rows, fileName, options, decimalComma);
}
