/**
 * The free parameters of an incident, from its observations and the pure estimators (estimators.ts): which leak the
 * symptoms point to (a staircase per restart, a ramp since a change point, the live set growing after GCs), the
 * restart schedule, the allocation rate. Each parameter carries the sentence an explanation quotes.
 */
import type { ObservedMetricSeries } from '../artefacts/observedSeries';
import { allocationRate, fitChangePoint, fitLinearRamp, fitStaircase, type HeapPoint, liveSetGrowth } from './estimators';
import type { FittedParameter } from './types';

type LeakPool = 'direct' | 'heap' | 'metaspace' | 'native';

/** The leak the symptoms point to, in the scenario's words (models/scenario/scenarioSchema.ts: a leak event). */
export interface LeakModel {
  readonly pool: LeakPool;
  /** per-submission: the JobManager's metaspace per job submitted, its class loader pinned (models/scenario: submit-job). */
  readonly shape: 'per-restart' | 'ramp' | 'per-submission';
  /** per-submission: the first step's time and the median time between steps. */
  readonly firstMs?: number;
  readonly everyMs?: number;
  /** Per open() (per-restart) or in total over `forMs` (ramp). */
  readonly bytes: number;
  readonly forMs?: number;
  readonly sinceMs: number;
  readonly process: string;
}

export interface RestartSchedule {
  readonly firstMs: number;
  readonly periodMs: number;
  readonly restarts: number;
  readonly source: string;
}

export interface FitInput {
  /** Series on the import's time axis (tMs already shifted). */
  readonly series: readonly ObservedMetricSeries[];
  readonly heapPoints: readonly HeapPoint[];
}

export interface ParameterFit {
  readonly parameters: FittedParameter[];
  readonly leak: LeakModel | undefined;
  readonly allocationBytesPerSecond: number | undefined;
}

const MiB = 1_048_576;
const HOUR_MS = 3_600_000;
/** A staircase or ramp below this R² does not explain the series well enough to choose the leak from it. */
const MIN_R2 = 0.8;

const POOL_OF: Partial<Record<string, { pool: LeakPool; words: string }>> = {
  directUsed: { pool: 'direct', words: 'direct memory' },
  metaspaceUsed: { pool: 'metaspace', words: 'metaspace' },
  native: { pool: 'native', words: 'native memory' },
  rss: { pool: 'native', words: 'the container’s memory (RSS)' },
};

/** Sizes as the explanations print them: MiB with up to one decimal, or KiB below 1 MiB. */
export function mib(bytes: number): string {
  if (Math.abs(bytes) < MiB) return `${Math.round(bytes / 1024)} KiB`;
  const v = bytes / MiB;
  return `${Number.isInteger(v) ? v : v.toFixed(1)} MiB`;
}

const r2Text = (r2: number) => `R² ${Math.max(0, r2).toFixed(2)}`;

export function fitParameters(input: FitInput): ParameterFit {
  const parameters: FittedParameter[] = [];
  let leak: LeakModel | undefined;
  // TaskManagers first: the job's operators (where a per-restart leak lives) run there; a JobManager's growth is named
  // as a parameter but chosen as the leak only when no TaskManager shows one
  const candidates = input.series
    .filter((s) => POOL_OF[s.metric] && s.process !== 'job')
    .sort((a, b) => onJobManager(a) - onJobManager(b) || order(a) - order(b) || a.process.localeCompare(b.process));
  // a staircase anywhere (a leak per event) before a ramp anywhere (a pool that also grows with load)
  const stairs = candidates.map((s) => fitted(parameters, () => staircaseLeak(s, parameters)));
  const ramps = candidates.map((s, i) => (stairs[i]?.leak ? undefined : fitted(parameters, () => rampLeak(s, parameters))));
  const chosen = stairs.find((x) => x?.leak) ?? ramps.find((x) => x?.leak);
  leak = chosen?.leak;
  // the figures that set the scenario's leak say so; the others are named only (a side figure is not a cause)
  for (let i = chosen?.from ?? 0; chosen && i < chosen.to; i++)
    parameters[i] = { ...(parameters[i] as FittedParameter), drives: 'the scenario’s leak' };
  const live = liveSetGrowth(input.heapPoints);
  if (live && live.points >= 3) {
    parameters.push({
      name: 'liveSet.growth',
      value: Math.round(live.bytesPerHour),
      unit: 'bytes/hour',
      method: `heap-after-gc (${live.from === 'full' ? 'full GCs' : 'all GCs'})`,
      r2: live.r2,
      points: live.points,
      text: `the heap after GC grew ${mib(live.bytesPerHour)} per hour (fit over ${live.points} collections, ${r2Text(live.r2)})`,
    });
    if (!leak && live.bytesPerHour > 0 && live.r2 >= 0.5) {
      leak = heapLeak(input.heapPoints, live.bytesPerHour);
      parameters[parameters.length - 1] = { ...(parameters[parameters.length - 1] as FittedParameter), drives: 'the scenario’s leak' };
    }
  }
  const alloc = allocationRate(input.heapPoints.filter((p) => p.kind === 'young' || p.kind === 'mixed'));
  if (alloc) {
    parameters.push({
      name: 'allocation.rate',
      value: Math.round(alloc.bytesPerSecond),
      unit: 'bytes/s',
      method: 'gc-frequency',
      points: alloc.points,
      text: `the job allocated ${mib(alloc.bytesPerSecond)} per second (from ${alloc.points} young collections)`,
      drives: 'the job’s allocation rate',
    });
  }
  return { parameters, leak, allocationBytesPerSecond: alloc?.bytesPerSecond };
}

/** Runs one candidate's fit and keeps which of the parameters it added (from, to) go with its leak. */
function fitted(parameters: readonly FittedParameter[], fit: () => LeakModel | undefined) {
  const from = parameters.length;
  const leak = fit();
  return { leak, from, to: parameters.length };
}

/** The process a figure is about: a reader with several TaskManagers must know whose pool grew. */
const where = (s: ObservedMetricSeries) => (s.process === 'jobmanager' ? ' of the JobManager' : ` of ${s.process}`);

/** How long the samples of a fit span, so a rate per hour fitted over seconds reads as what it is. */
function span(tMs: readonly number[]): string {
  const ms = (tMs[tMs.length - 1] ?? 0) - (tMs[0] ?? 0);
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 2 * HOUR_MS) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / HOUR_MS).toFixed(1)} h`;
}

const onJobManager = (s: ObservedMetricSeries) => (s.process === 'jobmanager' ? 1 : 0);

/** Direct first (the pool whose staircase is most often a leak), then metaspace, native, RSS. */
const order = (s: ObservedMetricSeries) => ['directUsed', 'metaspaceUsed', 'native', 'rss'].indexOf(s.metric);

function staircaseLeak(s: ObservedMetricSeries, parameters: FittedParameter[]): LeakModel | undefined {
  const fit = fitStaircase(s.tMs, s.values);
  const what = POOL_OF[s.metric];
  // three steps at least: two could be a pool's allocator growing by its chunks (Netty's 4 MiB arenas) and stopping
  if (!fit || !what || fit.r2 < MIN_R2 || fit.steps < 3 || what.pool === 'native') return undefined;
  const onJm = s.process === 'jobmanager';
  if (onJm && what.pool !== 'metaspace') return undefined;
  parameters.push({
    name: `leak.${what.pool}.${onJm ? 'perSubmission' : 'perRestart'}`,
    value: fit.stepBytes,
    unit: onJm ? 'bytes/submission' : 'bytes/restart',
    method: 'staircase',
    r2: fit.r2,
    points: fit.steps,
    text: onJm
      ? `${what.words}${where(s)} grew ${mib(fit.stepBytes)} per job submitted (fit over ${fit.steps} submissions, ${r2Text(fit.r2)})`
      : `${what.words}${where(s)} grew ${mib(fit.stepBytes)} per restart (fit over ${fit.steps} restarts, ${r2Text(fit.r2)})`,
  });
  if (onJm) {
    const gaps = fit.stepTimesMs.slice(1).map((t, i) => t - (fit.stepTimesMs[i] as number));
    const everyMs = Math.round([...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0);
    const [firstMs = 0] = fit.stepTimesMs;
    return { pool: 'metaspace', shape: 'per-submission', bytes: fit.stepBytes, sinceMs: firstMs, firstMs, everyMs, process: s.process };
  }
  return { pool: what.pool, shape: 'per-restart', bytes: fit.stepBytes, sinceMs: 0, process: s.process };
}

function rampLeak(s: ObservedMetricSeries, parameters: FittedParameter[]): LeakModel | undefined {
  const what = POOL_OF[s.metric];
  const change = fitChangePoint(s.tMs, s.values);
  const from = change && change.sseRatio < 0.5 ? change.index : 0;
  const ramp = fitLinearRamp(s.tMs.slice(from), s.values.slice(from));
  if (!what || !ramp || ramp.r2 < MIN_R2 || ramp.bytesPerHour <= 0) return undefined;
  const sinceMs = s.tMs[from] ?? 0;
  const endMs = s.tMs[s.tMs.length - 1] ?? sinceMs;
  parameters.push({
    name: `leak.${what.pool}.perHour`,
    value: Math.round(ramp.bytesPerHour),
    unit: 'bytes/hour',
    method: 'linear-ramp',
    r2: ramp.r2,
    points: ramp.points,
    text: `${what.words}${where(s)} grew ${mib(ramp.bytesPerHour)} per hour (fit over ${ramp.points} samples in ${span(s.tMs.slice(from))}, ${r2Text(ramp.r2)})`,
  });
  if (from > 0)
    parameters.push({
      name: `leak.${what.pool}.since`,
      value: sinceMs,
      unit: 'ms',
      method: 'change-point',
      points: s.tMs.length,
      text: `${what.words}${where(s)} began to grow ${Math.round(sinceMs / 1000)} s into the incident (change point)`,
    });
  // metaspace grows by classes, not as a flow: the schema has no metaspace ramp, so the figure is named but not modelled
  if (what.pool === 'metaspace') return undefined;
  const forMs = Math.max(1000, endMs - sinceMs);
  const bytes = Math.round((ramp.bytesPerHour * forMs) / HOUR_MS);
  return { pool: what.pool, shape: 'ramp', bytes, forMs, sinceMs, process: s.process };
}

function heapLeak(points: readonly HeapPoint[], bytesPerHour: number): LeakModel {
  const first = points[0]?.atMs ?? 0;
  const last = points[points.length - 1]?.atMs ?? first;
  const forMs = Math.max(1000, last - first);
  return {
    pool: 'heap',
    shape: 'ramp',
    bytes: Math.round((bytesPerHour * forMs) / HOUR_MS),
    forMs,
    sinceMs: first,
    process: 'taskmanager-1',
  };
}

/** The restart schedule from a numRestarts series: the first increment and the mean period between increments. */
export function restartsFromMetrics(series: readonly ObservedMetricSeries[]): RestartSchedule | undefined {
  const s = series.find((x) => x.metric === 'numRestarts');
  if (!s) return undefined;
  const firstAt = new Map<number, number>();
  s.values.forEach((v, i) => {
    if (!firstAt.has(v)) firstAt.set(v, s.tMs[i] as number);
  });
  const counts = [...firstAt.keys()].filter((c) => c >= 1).sort((a, b) => a - b);
  const lo = counts[0];
  const hi = counts[counts.length - 1];
  if (lo === undefined || hi === undefined || hi === lo) return undefined;
  const periodMs = Math.round(((firstAt.get(hi) as number) - (firstAt.get(lo) as number)) / (hi - lo));
  return {
    firstMs: (firstAt.get(lo) as number) - (lo - 1) * periodMs,
    periodMs,
    restarts: hi,
    source: `${s.name.split('{')[0]} (${s.tMs.length} samples)`,
  };
}
