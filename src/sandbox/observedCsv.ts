/**
 * Observed metrics to draw over the simulated ones: a CSV exported from Prometheus, Grafana or the
 * sandbox itself. Accepted, one row per sample:
 *
 *   timeMs,process,Status.JVM.Memory.Heap.Used,Status.JVM.Memory.Direct.MemoryUsed,…   (the sandbox's CSV)
 *   time,process,flink_taskmanager_Status_JVM_Memory_Heap_Used,…                       (Prometheus names)
 *
 * - time: `timeMs` (ms since the start of the run), or `time` as epoch seconds, epoch milliseconds or
 *   an ISO 8601 date — then shifted so the first row is at 0 (a real incident's start);
 * - process: jobmanager or taskmanager-<n> (without the column, every row is taskmanager-1);
 * - metric columns: the Flink metric names of the charts (or their Prometheus form), and for RSS and
 *   limits the sandbox's or cAdvisor's names (rssBytes, container_memory_working_set_bytes, …); others
 *   are listed as ignored. Empty cells are gaps. Every problem names its line and column.
 */
import { CHART_COLUMNS, type ChartKey } from './chartColumns';

export interface ObservedSeries {
  readonly process: string;
  readonly key: ChartKey;
  /** Sample times (ms since the run's start) and values, in time order. */
  readonly t: readonly number[];
  readonly v: readonly number[];
}

export interface Observed {
  readonly fileName: string;
  readonly series: readonly ObservedSeries[];
  /** Columns that name no charted metric. */
  readonly ignored: readonly string[];
}

export class ObservedCsvError extends Error {}

/** What Flink has no metric for, as the sandbox's CSV and the container runtimes (cAdvisor) name it. */
const ALIASES: Readonly<Record<string, ChartKey>> = {
  rssBytes: 'rss',
  container_memory_rss: 'rss',
  container_memory_working_set_bytes: 'rss',
  nativeBytes: 'native',
  unsafeBytes: 'unsafe',
  containerLimitBytes: 'containerLimit',
  container_spec_memory_limit_bytes: 'containerLimit',
};

/** `Status.JVM.Memory.Heap.Used`, Prometheus' `flink_taskmanager_Status_JVM_Memory_Heap_Used`, or an alias. */
function keyOf(column: string): ChartKey | undefined {
  const name = column.trim().replace(/^flink_(taskmanager|jobmanager)_/, '');
  const found = CHART_COLUMNS.find(
    (c) => c.unit !== 'count' && c.metric.startsWith('Status.') && (c.metric === name || c.metric.replace(/\./g, '_') === name),
  );
  return found?.key ?? ALIASES[name];
}

function timeOf(cell: string, header: string, line: number): number {
  const text = cell.trim();
  if (header === 'timeMs') {
    const ms = Number(text);
    if (text === '' || !Number.isFinite(ms)) throw new ObservedCsvError(`line ${line}, timeMs: '${text}' is not a number of milliseconds`);
    return ms;
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n > 1e11 ? n : n * 1000; // epoch milliseconds, else epoch seconds
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed))
    throw new ObservedCsvError(`line ${line}, time: '${text}' is not epoch seconds, epoch milliseconds or an ISO 8601 date`);
  return parsed;
}

export function parseObservedCsv(text: string, fileName: string): Observed {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const timeColumn = header.findIndex((h) => h === 'timeMs' || h === 'time' || h === 'Time');
  if (timeColumn < 0)
    throw new ObservedCsvError(
      `line 1: no time column (timeMs, or time in epoch seconds/ms or ISO 8601); the header is: ${header.join(', ') || '(empty)'}`,
    );
  const processColumn = header.indexOf('process');
  const metrics = header
    .map((h, i) => ({ i, key: keyOf(h) }))
    .filter((m): m is { i: number; key: ChartKey } => m.key !== undefined && m.i !== timeColumn && m.i !== processColumn);
  if (metrics.length === 0)
    throw new ObservedCsvError(
      `line 1: no column names a charted Flink metric (e.g. ${CHART_COLUMNS[0]?.metric}); the header is: ${header.join(', ')}`,
    );
  const ignored = header.filter((h, i) => i !== timeColumn && i !== processColumn && keyOf(h) === undefined);
  const relative = header[timeColumn] === 'timeMs';
  const rows: { t: number; process: string; cells: string[] }[] = [];
  lines.slice(1).forEach((raw, k) => {
    const line = k + 2;
    const cells = raw.split(',');
    if (cells.length !== header.length) throw new ObservedCsvError(`line ${line}: ${cells.length} cells for ${header.length} columns`);
    const process = processColumn >= 0 ? (cells[processColumn] ?? '').trim() : 'taskmanager-1';
    if (!/^(jobmanager|taskmanager-\d+)$/.test(process))
      throw new ObservedCsvError(`line ${line}, process: '${process}' is not jobmanager or taskmanager-<n>`);
    rows.push({ t: timeOf(cells[timeColumn] ?? '', header[timeColumn] ?? 'time', line), process, cells });
  });
  const start = relative ? 0 : Math.min(...rows.map((r) => r.t));
  const series = new Map<string, { process: string; key: ChartKey; t: number[]; v: number[] }>();
  for (const [k, row] of rows.entries()) {
    for (const m of metrics) {
      const cell = (row.cells[m.i] ?? '').trim();
      if (cell === '') continue;
      const value = Number(cell);
      if (!Number.isFinite(value)) throw new ObservedCsvError(`line ${k + 2}, ${header[m.i]}: '${cell}' is not a number`);
      const id = `${row.process} ${m.key}`;
      const s = series.get(id) ?? { process: row.process, key: m.key, t: [], v: [] };
      s.t.push(row.t - start);
      s.v.push(value);
      series.set(id, s);
    }
  }
  return { fileName, ignored, series: [...series.values()].map((s) => sortByTime(s)) };
}

function sortByTime(s: { process: string; key: ChartKey; t: number[]; v: number[] }): ObservedSeries {
  const order = s.t.map((_, i) => i).sort((a, b) => (s.t[a] as number) - (s.t[b] as number));
  return { process: s.process, key: s.key, t: order.map((i) => s.t[i] as number), v: order.map((i) => s.v[i] as number) };
}
