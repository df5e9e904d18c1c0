/**
 * The dashboard's panels (issue 13): one per WATCH_METRICS id (models/scenario/watchMetrics.ts), each drawing one metric for
 * every process (or once for the job), Grafana-style, with the limit Flink or the JVM enforces on it. This module says what a
 * panel draws and how its y-axis is set; MetricPanel.svelte draws it. Pure.
 *
 * Counters (GC count and time, exceptions) are drawn as rates: a cumulative counter climbs for the whole run, restarts at 0
 * with every new JVM, and hides the one thing an engineer looks for in it, a change of pace (a GC storm, an exception storm);
 * Grafana dashboards for Flink plot `rate(...)` of them for the same reason. Class counts stay cumulative: the number of
 * classes loaded is itself the story (a class-loader leak is a staircase in it), as Flink's web UI shows it.
 */
import { compactSize } from '../../models/units/memorySize';
import type { WatchMetricId } from '../../models/scenario/watchMetrics';
import { CHART_COLUMNS, type ChartKey, JOB_COLUMNS, type JobKey } from './chartColumns';
import type { ProcessInfo } from './protocol';

export type PanelUnit = 'bytes' | 'ms' | 'count' | 'per-second' | 'per-minute' | 'ms-per-second';

/** One line (or band) a panel draws per process. */
export interface PanelSeries {
  readonly label: string;
  readonly column: ChartKey | JobKey;
  /**
   * band: the bucket's min…max filled, with its max as a line; area: the filled min…max only (heap used: a saw-tooth's max
   * line zig-zags at every pixel and hides the line under it); line: the max only.
   */
  readonly draw: 'band' | 'area' | 'line';
  /** A cumulative counter drawn as its increase per minute or per second. */
  readonly rate?: 'per-minute' | 'per-second';
  /** Drawn thinner and dotted: the second series of a panel (heap after GC, classes unloaded, the old collector). */
  readonly secondary?: boolean;
}

/** The limit a panel shows per process: the option that sets it, and its value (0: none for that process). */
interface PanelLimit {
  readonly label: string;
  readonly of: (p: ProcessInfo, lastSample: (key: ChartKey) => number) => number;
}

export interface PanelDef {
  readonly id: WatchMetricId;
  readonly title: string;
  readonly unit: PanelUnit;
  readonly scope: 'process' | 'job';
  readonly series: readonly PanelSeries[];
  readonly limit?: PanelLimit;
  /**
   * Shown even when every value is 0: the memory pools (an empty pool next to its limit is an answer). Other panels
   * (blob server, exceptions, checkpoints without checkpointing…) appear once they have something to show.
   */
  readonly always?: boolean;
  /** Draw only the processes with a non-zero value (the blob server lives on the JobManager: four flat TaskManager lines say nothing). */
  readonly nonZeroProcessesOnly?: boolean;
  /**
   * The series are parts of one whole, stacked per process (RocksDB's native memory): drawn by RocksDbPanel.svelte, one
   * TaskManager at a time, not as one line per process.
   */
  readonly stacked?: boolean;
}

const series = (label: string, column: ChartKey | JobKey, rest: Partial<PanelSeries> = {}): PanelSeries => ({
  label,
  column,
  draw: 'line',
  ...rest,
});

/** Every panel, in the default order (when a scenario names none): the pools first, as a memory postmortem reads them. */
export const PANELS: readonly PanelDef[] = [
  {
    id: 'Status.JVM.Memory.Direct.MemoryUsed',
    title: 'Direct memory used',
    unit: 'bytes',
    scope: 'process',
    series: [series('Direct used', 'directUsed', { draw: 'band' })],
    limit: { label: '-XX:MaxDirectMemorySize', of: (p) => p.directLimitBytes },
    always: true,
  },
  {
    id: 'Status.JVM.Memory.Heap.Used',
    title: 'Heap used and heap after GC',
    unit: 'bytes',
    scope: 'process',
    // The saw-tooth as an area, and what survives each GC as the line: the leak or growing state is in the line.
    series: [series('Heap used', 'heapUsed', { draw: 'area' }), series('Heap after GC', 'heapAfterGc')],
    limit: { label: '-Xmx', of: (p) => p.heapMaxBytes },
    always: true,
  },
  {
    id: 'rssBytes',
    title: 'RSS (resident set size)',
    unit: 'bytes',
    scope: 'process',
    series: [series('RSS', 'rss')],
    limit: { label: 'container limit', of: (p) => p.containerLimitBytes },
    always: true,
  },
  {
    id: 'Status.JVM.Memory.Metaspace.Used',
    title: 'Metaspace used',
    unit: 'bytes',
    scope: 'process',
    series: [series('Metaspace used', 'metaspaceUsed')],
    limit: { label: '-XX:MaxMetaspaceSize', of: (p) => p.metaspaceMaxBytes },
    always: true,
  },
  {
    id: 'Status.JVM.ClassLoader.ClassesLoaded',
    title: 'Classes loaded and unloaded (total)',
    unit: 'count',
    scope: 'process',
    series: [series('Loaded', 'classesLoaded'), series('Unloaded', 'classesUnloaded', { secondary: true })],
  },
  {
    id: 'Status.Flink.Memory.Managed.Used',
    title: 'Managed memory used',
    unit: 'bytes',
    scope: 'process',
    series: [series('Managed used', 'managedUsed', { draw: 'band' })],
    limit: { label: 'managed budget', of: (p) => p.managedBudgetBytes },
  },
  {
    id: 'Status.Shuffle.Netty.UsedMemorySegments',
    title: 'Network buffers used (segments)',
    unit: 'count',
    scope: 'process',
    series: [series('Segments used', 'networkSegmentsUsed', { draw: 'band' })],
    limit: { label: 'TotalMemorySegments', of: (_p, last) => last('networkSegmentsTotal') },
  },
  {
    id: 'unsafeBytes',
    title: 'Unsafe.allocateMemory (not in Direct)',
    unit: 'bytes',
    scope: 'process',
    series: [series('Unsafe', 'unsafe')],
  },
  { id: 'nativeBytes', title: 'Native (malloc)', unit: 'bytes', scope: 'process', series: [series('Native', 'native')] },
  {
    id: 'rocksdbNativeBytes',
    title: 'RocksDB native memory by part, against its managed budget and the container limit',
    unit: 'bytes',
    scope: 'process',
    series: [
      series('Block cache', 'rocksdbBlockCache', { draw: 'area' }),
      series('Memtables', 'rocksdbMemtables', { draw: 'area' }),
      series('Table readers', 'rocksdbTableReaders', { draw: 'area' }),
      series('Pinned blocks', 'rocksdbPinned', { draw: 'area' }),
      series('malloc retained', 'mallocRetained', { draw: 'area' }),
    ],
    limit: { label: 'container limit', of: (p) => p.containerLimitBytes },
    nonZeroProcessesOnly: true,
    stacked: true,
  },
  {
    id: 'Status.JVM.GarbageCollector.Count',
    title: 'GCs per minute, by collector',
    unit: 'per-minute',
    scope: 'process',
    series: [
      series('Young', 'gcYoungCount', { rate: 'per-minute' }),
      series('Old/full', 'gcOldCount', { rate: 'per-minute', secondary: true }),
    ],
  },
  {
    id: 'Status.JVM.GarbageCollector.Time',
    title: 'GC time, ms paused per second, by collector',
    unit: 'ms-per-second',
    scope: 'process',
    series: [
      series('Young', 'gcYoungTime', { rate: 'per-second' }),
      series('Old/full', 'gcOldTime', { rate: 'per-second', secondary: true }),
    ],
  },
  { id: 'Status.JVM.Threads.Count', title: 'Threads', unit: 'count', scope: 'process', series: [series('Threads', 'threads')] },
  {
    id: 'exceptionsLogged',
    title: 'Exceptions logged per minute',
    unit: 'per-minute',
    scope: 'process',
    series: [series('Exceptions', 'exceptions', { rate: 'per-minute' })],
    nonZeroProcessesOnly: true,
  },
  {
    id: 'blobServerConnections',
    title: 'Blob server connections',
    unit: 'count',
    scope: 'process',
    series: [series('Connections', 'blobConnections')],
    // The configured value at start: a restart-process that changes it (blob-server-storm-restart) is not followed.
    limit: { label: 'blob.fetch.num-concurrent', of: (p) => p.blobFetchConcurrent },
    nonZeroProcessesOnly: true,
  },
  {
    id: 'blobServerBacklog',
    title: 'Blob server accept backlog',
    unit: 'count',
    scope: 'process',
    series: [series('Backlog', 'blobBacklog')],
    nonZeroProcessesOnly: true,
  },
  {
    id: 'endToEndLatencyMs',
    title: 'End-to-end latency (estimate)',
    unit: 'ms',
    scope: 'process',
    series: [series('Latency', 'endToEndLatency')],
    nonZeroProcessesOnly: true,
  },
  { id: 'lastCheckpointSize', title: 'Last checkpoint size', unit: 'bytes', scope: 'job', series: [series('Size', 'lastCheckpointSize')] },
  {
    id: 'lastCheckpointDuration',
    title: 'Last checkpoint duration',
    unit: 'ms',
    scope: 'job',
    series: [series('Duration', 'lastCheckpointDuration')],
  },
  {
    id: 'backPressuredTimeMsPerSecond',
    title: 'Back pressure (busiest vertex)',
    unit: 'ms-per-second',
    scope: 'job',
    series: [series('Back-pressured', 'backPressuredTimeMsPerSecond', { draw: 'band' })],
    // The whole second: a vertex cannot be back-pressured longer (Flink's web UI shows it as 100 %).
    limit: { label: 'the whole second,', of: () => 1000 },
  },
  {
    id: 'numRecordsInPerSecond',
    title: 'Records in per second (job)',
    unit: 'per-second',
    scope: 'job',
    series: [series('Records in', 'numRecordsInPerSecond', { draw: 'band' })],
  },
  {
    id: 'pendingRecords',
    title: 'Source lag (pendingRecords)',
    unit: 'count',
    scope: 'job',
    series: [series('Pending', 'pendingRecords')],
  },
  { id: 'numRestarts', title: 'Job restarts (numRestarts)', unit: 'count', scope: 'job', series: [series('Restarts', 'numRestarts')] },
];

export function panelOf(id: WatchMetricId): PanelDef {
  const p = PANELS.find((x) => x.id === id);
  if (!p) throw new Error(`no panel for ${id}`);
  return p;
}

/** The columns of a history row, by key: a process history holds CHART_COLUMNS, the job's JOB_COLUMNS. */
export function columnsOf(scope: 'process' | 'job'): readonly { readonly key: string }[] {
  return scope === 'job' ? JOB_COLUMNS : CHART_COLUMNS;
}

/** The panel a failure points at: the pool a JVM ran out of, or the RSS a container was killed for (undefined: none). */
export function failurePanel(e: { type: string; pool?: string; reason?: string }): WatchMetricId | undefined {
  if (e.type === 'jvm.oom')
    return e.pool === 'heap'
      ? 'Status.JVM.Memory.Heap.Used'
      : e.pool === 'direct'
        ? 'Status.JVM.Memory.Direct.MemoryUsed'
        : e.pool === 'metaspace'
          ? 'Status.JVM.Memory.Metaspace.Used'
          : undefined;
  if (e.type === 'container.killed' && e.reason !== 'injected') return 'rssBytes';
  return undefined;
}

/**
 * The dashboard's order: the watched panels (large), then the others in PANELS order — those with data, and never a watched one
 * hidden. `hasData(panel)` says whether a panel has a non-zero value so far. `rocksdb`: a TaskManager keeps its state in
 * RocksDB — its panel leads, large, even when the scenario watches others (a RocksDB kill is read there first), unless the
 * watch list names it itself.
 */
export function dashboardOrder(
  watching: readonly WatchMetricId[],
  hasData: (p: PanelDef) => boolean,
  rocksdb = false,
): { large: readonly PanelDef[]; small: readonly PanelDef[] } {
  const leading: WatchMetricId[] = rocksdb && !watching.includes('rocksdbNativeBytes') ? ['rocksdbNativeBytes'] : [];
  const large = [...leading, ...watching].map(panelOf);
  const small = PANELS.filter((p) => !large.includes(p) && (p.always || hasData(p)));
  return { large, small };
}

// ---- the y-axis

/** A limit further above the data than this factor is marked at the top edge instead (the data keeps its height). */
const LIMIT_IN_VIEW_FACTOR = 4;
/** Room above the highest value or limit, so a line at the top is not drawn on the frame. */
const HEADROOM = 1.06;

export interface Axis {
  readonly top: number;
  readonly ticks: readonly number[];
  /** Limits drawn as lines (within the axis). */
  readonly inView: readonly number[];
  /** Limits far above the data: marked at the top edge with their value. */
  readonly above: readonly number[];
}

/**
 * The y-axis of a panel: from 0 (a pool is read against its limit, never from a cropped base) to just above the highest
 * value shown (in the zoom); a limit joins the axis when it is within LIMIT_IN_VIEW_FACTOR × that value (a direct pool at
 * 300 MiB of a 1 GiB limit shows the limit line), else it is marked at the top edge, so a 50 MiB metaspace under an
 * unlimited-looking 1 GiB cap keeps its height.
 */
export function panelAxis(dataMax: number, limits: readonly number[], unit: PanelUnit): Axis {
  const data = Number.isFinite(dataMax) && dataMax > 0 ? dataMax : 0;
  const positive = [...new Set(limits.filter((l) => Number.isFinite(l) && l > 0))].sort((a, b) => a - b);
  const inView = positive.filter((l) => data > 0 && l <= data * LIMIT_IN_VIEW_FACTOR);
  const above = positive.filter((l) => !inView.includes(l));
  const highest = Math.max(data, ...inView);
  const top = highest > 0 ? highest * HEADROOM : minimumTop(unit);
  return { top, ticks: axisTicks(top, unit), inView, above };
}

function minimumTop(unit: PanelUnit): number {
  return unit === 'bytes' ? 1 << 20 : unit === 'ms' ? 100 : 1;
}

/** Ticks from 0 to at most `top`: binary steps for bytes (Flink's sizes are binary), 1-2-5 steps otherwise; 3 to 6 of them. */
function axisTicks(top: number, unit: PanelUnit, target = 4): number[] {
  const step = unit === 'bytes' ? binaryStep(top, target) : decimalStep(top, target);
  const out: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) out.push(t);
  return out;
}

function binaryStep(top: number, target: number): number {
  let step = 1;
  while (top / step > target) step *= 2;
  return step;
}

function decimalStep(top: number, target: number): number {
  const raw = top / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * Panel sizes in CSS pixels (the canvas and SVG are drawn at the element's width, so text stays at its size): a watched
 * panel is tall enough that one 96 MiB step of direct-leak-on-restart's staircase spans more than 20 px under its ~1 GiB
 * limit (tests/src/sandbox/panels.test.ts).
 */
export const PANEL_LAYOUT = {
  large: { heightPx: 300 },
  small: { heightPx: 170 },
  margin: { top: 20, right: 14, bottom: 22, left: 66 },
} as const;

/** The height of a panel's plot area (what the y-axis maps onto). */
export function plotHeightPx(size: 'large' | 'small'): number {
  return PANEL_LAYOUT[size].heightPx - PANEL_LAYOUT.margin.top - PANEL_LAYOUT.margin.bottom;
}

/** A value as a panel's axis, tooltip and limit labels print it (sizes binary, as Flink's). */
export function formatValue(v: number, unit: PanelUnit): string {
  if (!Number.isFinite(v)) return '–';
  if (unit === 'bytes') return compactSize(BigInt(Math.max(0, Math.round(v))));
  if (unit === 'ms') return duration(v);
  const n = shortNumber(v);
  return unit === 'per-second' ? `${n}/s` : unit === 'per-minute' ? `${n}/min` : unit === 'ms-per-second' ? `${n} ms/s` : n;
}

function shortNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${trim(v / 1e9)}G`;
  if (a >= 1e6) return `${trim(v / 1e6)}M`;
  if (a >= 1e4) return `${trim(v / 1e3)}k`;
  return trim(v);
}

/** ms, s, min or h: the unit an engineer would say (a 4-hour latency is not "15000 s"). */
function duration(ms: number): string {
  if (ms < 10_000) return `${trim(ms)} ms`;
  if (ms < 600_000) return `${trim(ms / 1000)} s`;
  if (ms < 36_000_000) return `${trim(ms / 60_000)} min`;
  return `${trim(ms / 3_600_000)} h`;
}

/** About three significant digits, no trailing zeros (0.012 stays 0.012, not 0). */
function trim(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return String(a >= 100 ? Math.round(v) : Number(v.toPrecision(a >= 1 ? 3 : 2)));
}
