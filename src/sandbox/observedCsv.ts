/**
 * Observed metrics to draw over the simulated ones. The file is read by the metric readers of models/artefacts/
 * (readMetricsExport): the sandbox's own CSV (`timeMs,process,Status.JVM.Memory.Heap.Used,…`), hand-made CSVs with
 * Prometheus names (`time,process,flink_taskmanager_Status_JVM_Memory_Heap_Used,…`), Grafana's CSV downloads (series
 * per column with label sets, or the long `"Series";"Time";"Value"`), Prometheus API answers (`/api/v1/query_range`
 * JSON), a Prometheus scrape, YARN's metrics2 container lines — with the Flink reporter's names, cAdvisor's and YARN's.
 *
 * - time: `timeMs` (ms since the start of the run), or absolute times (epoch seconds or ms, ISO 8601) shifted so the
 *   earliest sample is at 0 (a real incident's start);
 * - process: the `process` column (jobmanager or taskmanager-<n>), else the file's own ids (`tm_id`, pod, YARN
 *   container) matched to taskmanager-1, -2, … by order of first appearance, or by the caller's `processes` map;
 * - drawn: the charts' byte series (heap, direct, metaspace, managed, Unsafe, native, RSS, limits); the others
 *   (counts, GC times, job metrics, unknown names) are listed as ignored, with every unread part and its reason.
 * Every problem names its line and column.
 */
import { readMetricsExport } from '../../models/artefacts/metricsExport';
import { ArtefactError, type ObservedMetrics, type Unread } from '../../models/artefacts/observedSeries';
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
  /** Columns (or series) that name no charted metric. */
  readonly ignored: readonly string[];
  /** What the reader could not read, by line, column or series, with the reason (models/artefacts). */
  readonly unread?: readonly Unread[];
  /** The whole reading: every series in the product's units, the process matching, the absolute start. */
  readonly metrics?: ObservedMetrics;
}

export class ObservedCsvError extends Error {}

/**
 * The chart keys an observed series is drawn on: the per-process byte series (the charts' y-axis is bytes), except the
 * GC log's heap-after-GC line, which no metric reports. A chart key is its engine column's id.
 */
const DRAWN: ReadonlySet<string> = new Set(CHART_COLUMNS.filter((c) => c.unit === 'bytes' && c.key !== 'heapAfterGc').map((c) => c.key));

const drawnKey = (metric: string): ChartKey | undefined => (DRAWN.has(metric) ? (metric as ChartKey) : undefined);

/** Column or series names of a not-read part (`line 1, column 3 'up'` → `up`). */
const partName = (u: Unread) => /'(.*)'$/.exec(u.where)?.[1] ?? u.where;

export function parseObservedCsv(text: string, fileName: string, processes?: Readonly<Record<string, string>>): Observed {
  let metrics: ObservedMetrics;
  try {
    metrics = readMetricsExport(text, fileName, processes ? { processes } : {});
  } catch (error) {
    if (!(error instanceof ArtefactError)) throw error;
    const where = error.line > 0 ? `line ${error.line}` : 'file';
    throw new ObservedCsvError(`${where}${error.field ? `, ${error.field}` : ''}: ${error.problem}`);
  }
  const observed = observedOf(metrics, fileName);
  if (observed.series.length === 0)
    throw new ObservedCsvError(
      `line 1: no column names a charted Flink metric (e.g. ${CHART_COLUMNS[0]?.metric}); ${describeUnread(metrics, observed.ignored)}`,
    );
  return observed;
}

/**
 * The overlay of metrics already read (an incident import's, models/incident): the charted byte series, the others named
 * as ignored. `fileName` names the overlay (several files: the import's names joined).
 */
export function observedOf(metrics: ObservedMetrics, fileName: string): Observed {
  const series: ObservedSeries[] = [];
  const ignored: string[] = [];
  for (const s of metrics.series) {
    const key = drawnKey(s.metric);
    if (key) series.push({ process: s.process, key, t: s.tMs, v: s.values });
    else if (!ignored.includes(s.name)) ignored.push(s.name);
  }
  ignored.push(...metrics.unread.filter((u) => u.where.includes('column')).map(partName));
  return { fileName, series, ignored, unread: metrics.unread, metrics };
}

function describeUnread(metrics: ObservedMetrics, ignored: readonly string[]): string {
  if (metrics.format === 'sandbox-csv' || metrics.format === 'grafana-csv') return `the header is: ${ignored.join(', ') || '(none)'}`;
  return `not read: ${metrics.unread.map((u) => `${u.where} (${u.reason})`).join('; ') || ignored.join(', ') || 'nothing'}`;
}
