/**
 * The figures a sizing decision compares, measured over the first `windowMs` of a run:
 * - `firstFailure`: the run's first failure as models/engine/failures.ts defines it (an OOM, a kill by YARN or
 *   Kubernetes, an exit of its own, a task failing on its own, the job FAILED; nothing injected), with what
 *   failed (`heap`, `direct`, `metaspace`; `container` for a kill; `exit`; `task`; `job`);
 *   `timeToFirstFailureMs` is its time.
 * - per TaskManager: peak RSS (bytes, the `rssBytes` column, and the RSS a kill reports), the container
 *   limit (`containerLimitBytes`; 0 = none), the minimum headroom `limit − RSS` (bytes, % of the limit,
 *   and when; negative when a kill found RSS over the limit), and GC time: the increase of the
 *   `Status.JVM.GarbageCollector.*.Time` columns over the time the JVM was alive, in %.
 * - `throughputRecordsPerSecond`: records the sources read (and the job processed) per second, averaged
 *   over the window (the engine's throughput integrated exactly, `job.recordsProcessed`).
 * - `backPressureHighPercent`: share of the window during which any vertex was HIGH (from the
 *   `backpressure.level` events; levels keep their last value while the job is not running).
 * - counts of restarts (`job.restart`), failed and completed checkpoints, OOMs, kills and exits.
 * Percentages and rates are rounded to 0.01, and assertions compare those rounded values.
 */
import { Simulation } from '../engine/simulation';
import { COL } from '../engine/columns';
import { FAILURE_KINDS, type Failure, FailureClassifier, type FailedPool, type FailureKind } from '../engine/failures';
import type { TraceEvent, TraceSink } from '../engine/trace';
import type { JobRuntime } from '../engine/state/simState';
import type { Scenario } from '../scenario/types';
import { formatBytes, formatPercent, formatRate, formatSpan, round2 } from './format';

// Column indexes as module constants, read once from the table: V8 folds a constant index into each store or
// load, where reading the table's property per column per sample cost a tenth of a run.
const { containerLimit: CONTAINER_LIMIT, gcOldTime: GC_OLD_TIME, gcYoungTime: GC_YOUNG_TIME, rss: RSS } = COL;

export { FAILURE_KINDS, type FailureKind };

/** A failure (models/engine/failures.ts), as the figures report it. */
export interface FirstFailure {
  readonly atMs: number;
  readonly type: Failure['type'];
  readonly process: string;
  readonly pool: FailedPool;
  /** The event's message (the JVM's, YARN's, Kubernetes' or Flink's text). */
  readonly message: string;
}

export interface Occurrences {
  readonly count: number;
  readonly first: FirstFailure | null;
}

interface TaskManagerMetrics {
  readonly process: string;
  readonly peakRssBytes: number;
  /** 0 when the TaskManager has no container limit (standalone without `cluster.containerLimit`). */
  readonly containerLimitBytes: number;
  /** limit − RSS at its lowest (null without a limit). */
  readonly minHeadroomBytes: number | null;
  readonly minHeadroomPercent: number | null;
  readonly minHeadroomAtMs: number | null;
  /** Time paused in GC (young + old collectors) while alive, ms, and as % of the time alive. */
  readonly gcTimeMs: number;
  readonly aliveMs: number;
  readonly gcTimePercent: number;
}

export interface RunMetrics {
  /** The measured span: simulated time 0 to windowMs. */
  readonly windowMs: number;
  readonly firstFailure: FirstFailure | null;
  readonly timeToFirstFailureMs: number | null;
  readonly firstFailurePool: FailedPool | null;
  readonly failures: Readonly<Record<FailureKind, Occurrences>>;
  readonly oomCount: number;
  /** Kills by YARN or Kubernetes (injected kills excluded). */
  readonly containerKillCount: number;
  /** Processes that exited on their own (models/engine/failures.ts: injected crashes and exits right after a fatal OOM excluded). */
  readonly processExitCount: number;
  readonly restarts: number;
  readonly checkpointsCompleted: number;
  readonly checkpointsFailed: number;
  readonly recordsProcessed: number;
  readonly throughputRecordsPerSecond: number;
  readonly backPressureHighPercent: number;
  /** The highest RSS of any TaskManager, and the lowest headroom (with where and when). */
  readonly peakRssBytes: number;
  readonly minRssHeadroom: { readonly bytes: number; readonly percent: number; readonly process: string; readonly atMs: number } | null;
  /** The TaskManager with the highest GC time share. */
  readonly maxGcTime: { readonly percent: number; readonly process: string } | null;
  readonly taskManagers: readonly TaskManagerMetrics[];
}

interface TmAccumulator {
  readonly process: string;
  peakRssBytes: number;
  containerLimitBytes: number;
  minHeadroomBytes: number;
  minHeadroomAtMs: number;
  /** GC time of the JVM instances that ended, and of the live one at its last sample. */
  gcMsClosed: number;
  gcMsCurrent: number;
  aliveMsClosed: number;
  aliveSinceMs: number | undefined;
}

/** Accumulates the figures while a run streams by; `snapshot(t)` reads them for the window 0..t. */
class MetricsSink implements TraceSink {
  private readonly tms = new Map<string, TmAccumulator>();
  private readonly byIndex: Array<TmAccumulator | undefined> = [];
  private readonly classifier = new FailureClassifier();
  /** The classifier's own objects: a task failure's message is completed by the event after it. */
  private readonly failures = new Map<FailureKind, { count: number; first: Failure }>();
  private firstFailure: Failure | null = null;
  private readonly counts = { restarts: 0, checkpointsCompleted: 0, checkpointsFailed: 0 };
  private readonly highVertices = new Set<string>();
  private highSinceMs = 0;
  private highMsClosed = 0;

  sample(atMs: number, process: string, values: ArrayLike<number>, index: number): void {
    if (index === 0) return;
    // By the process's stable index: a sample is the hottest call of a sweep, a Map lookup by name costs.
    const tm = (this.byIndex[index] ??= this.tm(process));
    const rss = values[RSS] ?? 0;
    const limit = values[CONTAINER_LIMIT] ?? 0;
    tm.peakRssBytes = Math.max(tm.peakRssBytes, rss);
    tm.containerLimitBytes = limit;
    if (limit > 0) this.headroom(tm, limit - rss, atMs);
    tm.aliveSinceMs ??= atMs;
    tm.gcMsCurrent = (values[GC_YOUNG_TIME] ?? 0) + (values[GC_OLD_TIME] ?? 0);
  }

  event(e: TraceEvent): void {
    const failure = this.classifier.classify(e);
    if (failure) this.failure(failure);
    switch (e.type) {
      case 'process.started':
        if (e.process !== 'jobmanager') this.tm(e.process).aliveSinceMs = e.atMs;
        return;
      case 'container.killed':
        if (e.reason === 'injected') return this.ended(e.process, e.atMs);
        if (e.process !== 'jobmanager') {
          const tm = this.tm(e.process);
          tm.peakRssBytes = Math.max(tm.peakRssBytes, e.rssBytes);
          this.headroom(tm, e.limitBytes - e.rssBytes, e.atMs);
        }
        return this.ended(e.process, e.atMs);
      case 'process.exited':
        return this.ended(e.process, e.atMs);
      case 'job.restart':
        this.counts.restarts += 1;
        return;
      case 'checkpoint.completed':
        this.counts.checkpointsCompleted += 1;
        return;
      case 'checkpoint.failed':
        this.counts.checkpointsFailed += 1;
        return;
      case 'backpressure.level':
        return this.level(e.vertex, e.level === 'HIGH', e.atMs);
      default:
        return;
    }
  }

  /** The figures for simulated time 0..atMs (call it when the simulation stands at atMs). */
  snapshot(atMs: number, job: Pick<JobRuntime, 'recordsProcessed'>): RunMetrics {
    const taskManagers = [...this.tms.values()]
      .sort((a, b) => processOrder(a.process) - processOrder(b.process))
      .map((tm) => tmMetrics(tm, atMs));
    const failures = Object.fromEntries(
      FAILURE_KINDS.map((kind) => [kind, { count: this.failures.get(kind)?.count ?? 0, first: view(this.failures.get(kind)?.first) }]),
    ) as Record<FailureKind, Occurrences>;
    const f = view(this.firstFailure ?? undefined);
    const highMs = this.highMsClosed + (this.highVertices.size > 0 ? atMs - this.highSinceMs : 0);
    return {
      windowMs: atMs,
      firstFailure: f,
      timeToFirstFailureMs: f ? f.atMs : null,
      firstFailurePool: f ? f.pool : null,
      failures,
      oomCount: occurrences({ failures }, ['heap-oom', 'direct-oom', 'metaspace-oom']).count,
      containerKillCount: failures['container-kill'].count,
      processExitCount: failures['process-exit'].count,
      restarts: this.counts.restarts,
      checkpointsCompleted: this.counts.checkpointsCompleted,
      checkpointsFailed: this.counts.checkpointsFailed,
      recordsProcessed: job.recordsProcessed,
      throughputRecordsPerSecond: atMs > 0 ? round2((job.recordsProcessed * 1000) / atMs) : 0,
      backPressureHighPercent: atMs > 0 ? round2((highMs * 100) / atMs) : 0,
      peakRssBytes: taskManagers.reduce((max, tm) => Math.max(max, tm.peakRssBytes), 0),
      minRssHeadroom: lowestHeadroom(taskManagers),
      maxGcTime: highestGcTime(taskManagers),
      taskManagers,
    };
  }

  private tm(process: string): TmAccumulator {
    let tm = this.tms.get(process);
    if (!tm) {
      tm = {
        process,
        peakRssBytes: 0,
        containerLimitBytes: 0,
        minHeadroomBytes: Infinity,
        minHeadroomAtMs: 0,
        gcMsClosed: 0,
        gcMsCurrent: 0,
        aliveMsClosed: 0,
        aliveSinceMs: undefined,
      };
      this.tms.set(process, tm);
    }
    return tm;
  }

  private headroom(tm: TmAccumulator, bytes: number, atMs: number): void {
    if (bytes >= tm.minHeadroomBytes) return;
    tm.minHeadroomBytes = bytes;
    tm.minHeadroomAtMs = atMs;
  }

  private failure(f: Failure): void {
    const seen = this.failures.get(f.kind);
    if (seen) seen.count += 1;
    else this.failures.set(f.kind, { count: 1, first: f });
    this.firstFailure ??= f;
  }

  /** A JVM instance ended: its alive time and GC time are final. */
  private ended(process: string, atMs: number): void {
    const tm = this.tms.get(process);
    if (!tm || tm.aliveSinceMs === undefined) return;
    tm.aliveMsClosed += atMs - tm.aliveSinceMs;
    tm.aliveSinceMs = undefined;
    tm.gcMsClosed += tm.gcMsCurrent;
    tm.gcMsCurrent = 0;
  }

  private level(vertex: string, high: boolean, atMs: number): void {
    const wasAny = this.highVertices.size > 0;
    if (high) this.highVertices.add(vertex);
    else this.highVertices.delete(vertex);
    const isAny = this.highVertices.size > 0;
    if (!wasAny && isAny) this.highSinceMs = atMs;
    if (wasAny && !isAny) this.highMsClosed += atMs - this.highSinceMs;
  }
}

/** The figures' copy of a failure (the fields their JSON has always had). */
function view(f: Failure | undefined): FirstFailure | null {
  return f ? { atMs: f.atMs, type: f.type, process: f.process, pool: f.pool, message: f.message } : null;
}

/** How many failures of these kinds, and the earliest (at the same millisecond, the kind listed first). */
export function occurrences(m: Pick<RunMetrics, 'failures'>, kinds: readonly FailureKind[]): Occurrences {
  let count = 0;
  let first: FirstFailure | null = null;
  for (const kind of kinds) {
    const o = m.failures[kind];
    count += o.count;
    if (o.first && (first === null || o.first.atMs < first.atMs)) first = o.first;
  }
  return { count, first };
}

const processOrder = (process: string): number => Number(process.slice('taskmanager-'.length));

function tmMetrics(tm: TmAccumulator, atMs: number): TaskManagerMetrics {
  const gcTimeMs = tm.gcMsClosed + tm.gcMsCurrent;
  const aliveMs = tm.aliveMsClosed + (tm.aliveSinceMs === undefined ? 0 : atMs - tm.aliveSinceMs);
  const limited = tm.containerLimitBytes > 0 && Number.isFinite(tm.minHeadroomBytes);
  return {
    process: tm.process,
    peakRssBytes: tm.peakRssBytes,
    containerLimitBytes: tm.containerLimitBytes,
    minHeadroomBytes: limited ? tm.minHeadroomBytes : null,
    minHeadroomPercent: limited ? round2((tm.minHeadroomBytes * 100) / tm.containerLimitBytes) : null,
    minHeadroomAtMs: limited ? tm.minHeadroomAtMs : null,
    gcTimeMs,
    aliveMs,
    gcTimePercent: aliveMs > 0 ? round2((gcTimeMs * 100) / aliveMs) : 0,
  };
}

/** The TaskManager closest to its limit (by %; the first TaskManager wins a tie). */
function lowestHeadroom(tms: readonly TaskManagerMetrics[]): RunMetrics['minRssHeadroom'] {
  let best: RunMetrics['minRssHeadroom'] = null;
  for (const tm of tms) {
    if (tm.minHeadroomPercent === null || tm.minHeadroomBytes === null || tm.minHeadroomAtMs === null) continue;
    if (best === null || tm.minHeadroomPercent < best.percent)
      best = { bytes: tm.minHeadroomBytes, percent: tm.minHeadroomPercent, process: tm.process, atMs: tm.minHeadroomAtMs };
  }
  return best;
}

function highestGcTime(tms: readonly TaskManagerMetrics[]): RunMetrics['maxGcTime'] {
  let best: RunMetrics['maxGcTime'] = null;
  for (const tm of tms) if (best === null || tm.gcTimePercent > best.percent) best = { percent: tm.gcTimePercent, process: tm.process };
  return best;
}

export interface MeasureOptions {
  readonly seed?: string;
  /** The run's length; default the scenario's. Extended to the longest window when one is longer. */
  readonly durationMs?: number;
  /** Extra windows to measure (the `for <duration>` of assertions), each from 0. */
  readonly windowsMs?: readonly number[];
  /** Called every simulated hour with the fraction done. */
  readonly onProgress?: (fraction: number) => void;
  /** More receivers of the same run's trace (a browser's charts), so it runs once. */
  readonly sinks?: readonly TraceSink[];
}

export interface Measurement {
  readonly scenario: string;
  readonly seed: string;
  readonly simulatedMs: number;
  /** The same hash `flink-mem run` prints for this scenario, seed and duration. */
  readonly traceHash: string;
  /** The whole run. */
  readonly metrics: RunMetrics;
  /** One entry per requested window, in increasing order. */
  readonly windows: ReadonlyArray<{ readonly untilMs: number; readonly metrics: RunMetrics }>;
}

/** Runs the scenario once and measures the whole run and each window (no seek checkpoints: a straight run). */
export function measureRun(scenario: Scenario, options: MeasureOptions = {}): Measurement {
  const windows = [...new Set(options.windowsMs ?? [])].sort((a, b) => a - b);
  const durationMs = Math.max(options.durationMs ?? scenario.durationMs, windows.at(-1) ?? 0);
  const sink = new MetricsSink();
  const sim = new Simulation(
    { ...scenario, durationMs },
    {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      checkpointEveryMs: Infinity,
      // The metrics come from the sinks: the simulation keeps only a bounded log (memory flat in the run's length).
      eventLimitPerKind: 1000,
      sinks: [sink, ...(options.sinks ?? [])],
    },
  );
  const hour = 3_600_000;
  const stops = [...new Set([...windows, durationMs, ...Array.from({ length: Math.ceil(durationMs / hour) }, (_, i) => (i + 1) * hour)])]
    .filter((t) => t <= durationMs)
    .sort((a, b) => a - b);
  const measured: Array<{ untilMs: number; metrics: RunMetrics }> = [];
  for (const stop of stops) {
    sim.advanceTo(stop);
    if (windows.includes(stop)) measured.push({ untilMs: stop, metrics: sink.snapshot(stop, sim.state.job) });
    if (stop % hour === 0 || stop === durationMs) options.onProgress?.(stop / durationMs);
  }
  return {
    scenario: scenario.id,
    seed: sim.seed,
    simulatedMs: sim.nowMs,
    traceHash: sim.traceHash(),
    metrics: sink.snapshot(sim.nowMs, sim.state.job),
    windows: measured,
  };
}

/** One comparable figure: its id (JSON/CSV column), label, unit and how to read and print it. */
export interface Figure {
  readonly id: string;
  readonly label: string;
  /** `ms`, `bytes`, `%`, `records/s`, `count` or `text`. */
  readonly unit: string;
  readonly value: (m: RunMetrics) => number | string | null;
  readonly format: (value: number | string) => string;
}

const count = (value: number | string) => String(value);

/** The figures of compare and sweep, in table order. */
export const FIGURES: readonly Figure[] = [
  {
    id: 'timeToFirstFailureMs',
    label: 'time to first failure',
    unit: 'ms',
    value: (m) => m.timeToFirstFailureMs,
    format: (v) => formatSpan(Number(v)),
  },
  { id: 'firstFailurePool', label: 'fails first', unit: 'text', value: (m) => m.firstFailurePool, format: String },
  { id: 'firstFailureProcess', label: 'first failure on', unit: 'text', value: (m) => m.firstFailure?.process ?? null, format: String },
  {
    id: 'peakRssBytes',
    label: 'peak RSS (TaskManagers)',
    unit: 'bytes',
    value: (m) => m.peakRssBytes,
    format: (v) => formatBytes(Number(v)),
  },
  {
    id: 'minRssHeadroomBytes',
    label: 'min RSS headroom',
    unit: 'bytes',
    value: (m) => m.minRssHeadroom?.bytes ?? null,
    format: (v) => formatBytes(Number(v)),
  },
  {
    id: 'minRssHeadroomPercent',
    label: 'min RSS headroom %',
    unit: '%',
    value: (m) => m.minRssHeadroom?.percent ?? null,
    format: (v) => formatPercent(Number(v)),
  },
  {
    id: 'gcTimePercent',
    label: 'GC time (max TaskManager)',
    unit: '%',
    value: (m) => m.maxGcTime?.percent ?? null,
    format: (v) => formatPercent(Number(v)),
  },
  {
    id: 'throughputRecordsPerSecond',
    label: 'throughput',
    unit: 'records/s',
    value: (m) => m.throughputRecordsPerSecond,
    format: (v) => formatRate(Number(v)),
  },
  {
    id: 'backPressureHighPercent',
    label: 'back pressure HIGH',
    unit: '%',
    value: (m) => m.backPressureHighPercent,
    format: (v) => formatPercent(Number(v)),
  },
  { id: 'restarts', label: 'restarts', unit: 'count', value: (m) => m.restarts, format: count },
  { id: 'checkpointsFailed', label: 'failed checkpoints', unit: 'count', value: (m) => m.checkpointsFailed, format: count },
  { id: 'oomCount', label: 'OOMs', unit: 'count', value: (m) => m.oomCount, format: count },
  { id: 'containerKillCount', label: 'container kills', unit: 'count', value: (m) => m.containerKillCount, format: count },
];
