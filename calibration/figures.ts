/**
 * The engine's side of every calibration figure: the twin scenario run on the engine at the fixture's JDK, and the
 * same figures as the fixtures hold, computed from the trace (events and samples). One function per experiment;
 * shared by the calibration test and scripts/calibration-table.ts.
 */
import { COL } from '../models/engine/columns';
import { BASELINE } from '../models/engine/state/jvmConstants';
import type { TraceEvent, TraceSink } from '../models/engine/trace';
import { deriveScenarioMemory } from '../models/engine/setup';
import { runScenario } from '../models/run/runScenario';
import type { Scenario } from '../models/scenario/types';
import { type FigureValue, gcLabel, median, normaliseNumbers, type RepFigures, rssRise } from './runner/measure';
import { atJdk, exceptionStorm, garbageBytesPerSec, heapLeak, loadTwin, submissions, threadCount } from './runner/workload';

type Gc = Extract<TraceEvent, { type: 'gc' }> & { concurrentStart?: boolean; copiedBytes?: number };
type Oom = Extract<TraceEvent, { type: 'jvm.oom' }>;

interface Run {
  readonly events: readonly TraceEvent[];
  /** [atMs, values] of the one process the experiment watches, during its first JVM instance. */
  readonly samples: ReadonlyArray<readonly [number, Float64Array]>;
}

function run(scenario: Scenario, process: string): Run {
  const samples: Array<readonly [number, Float64Array]> = [];
  let exited = false;
  const sink: TraceSink = {
    sample: (atMs, p, values) => {
      if (p === process && !exited) samples.push([atMs, Float64Array.from(values)]);
    },
    event: (e) => {
      if (e.type === 'process.exited' && e.process === process) exited = true;
    },
  };
  const result = runScenario(scenario, { sinks: [sink] });
  const end = result.events.find((e) => e.type === 'process.exited' && e.process === process)?.atMs ?? Infinity;
  return { events: result.events.filter((e) => e.process === process && e.atMs <= end), samples };
}

const gcs = (r: Run) => r.events.filter((e): e is Gc => e.type === 'gc');
const oom = (r: Run) => r.events.find((e): e is Oom => e.type === 'jvm.oom');
const oomText = (e: Oom | undefined) => (e ? e.jdkMessage.replace(/^java\.lang\.OutOfMemoryError: /, '') : 'none');
const last = (r: Run, col: number) => r.samples[r.samples.length - 1]?.[1][col] ?? Number.NaN;
const at = (r: Run, atMs: number, col: number) =>
  (r.samples.find(([t]) => t >= atMs) ?? r.samples[r.samples.length - 1])?.[1][col] ?? Number.NaN;

function heapFill(twin: Scenario): RepFigures {
  const r = run(twin, 'taskmanager-1');
  const t0 = heapLeak(twin).startMs;
  const all = gcs(r).filter((g) => g.atMs >= t0);
  const error = oom(r);
  const beforeError = all.filter((g) => error === undefined || g.atMs <= error.atMs);
  const firstFull = beforeError.find((g) => g.kind === 'full');
  const beforeFull = beforeError.filter((g) => firstFull === undefined || g.atMs < firstFull.atMs);
  const heapMax = Number(deriveScenarioMemory(twin).taskManager.taskManager.memory.jvmHeap);
  // Eden is not in the trace: what was allocated between two collections (heap before − the previous heap after).
  const eden = beforeFull.slice(1).map((g, i) => g.heapBeforeBytes - (beforeFull[i] as Gc).heapAfterBytes);
  const copied = beforeFull
    .filter((g) => g.kind === 'young' && (g.copiedBytes ?? 0) > 0)
    .map((g) => g.pauseMs / ((g.copiedBytes ?? 0) / 1048576));
  return {
    timeToFirstFullMs: firstFull ? firstFull.atMs - t0 : -1,
    fullBeforeOom: beforeError.filter((g) => g.kind === 'full').length,
    timeToOomMs: error ? error.atMs - t0 : -1,
    oomText: oomText(error),
    youngBeforeFirstFull: beforeFull.filter((g) => g.kind === 'young').length,
    liveAtFirstFullPercent: firstFull ? Math.round((1000 * firstFull.heapAfterBytes) / heapMax) / 10 : -1,
    edenMedianBytes: median(eden),
    concurrentCycles: beforeError.filter((g) => g.concurrentStart === true).length,
    mixedGcs: beforeError.filter((g) => g.kind === 'mixed').length,
    youngPauseMsPerMiBCopied: copied.length > 0 ? Math.round(median(copied) * 1000) / 1000 : Number.NaN,
  };
}

function parallelHeapFill(twin: Scenario): RepFigures {
  const f = heapFill(twin);
  return {
    timeToFirstFullMs: f.timeToFirstFullMs as number,
    fullBeforeError: f.fullBeforeOom as number,
    errorText: f.oomText as string,
    timeToErrorMs: f.timeToOomMs as number,
  };
}

function metaspace(twin: Scenario): RepFigures {
  const r = run(twin, 'jobmanager');
  const { event: submit } = submissions(twin);
  const error = oom(r);
  const startMeta = at(r, submit.atMs - 1, COL.metaspaceUsed);
  const startClasses = at(r, submit.atMs - 1, COL.classesLoaded);
  const peak = r.samples.reduce(
    (best, s) => ((s[1][COL.metaspaceUsed] as number) > (best[1][COL.metaspaceUsed] as number) ? s : best),
    r.samples[0] as readonly [number, Float64Array],
  );
  const metadata = gcs(r).filter((g) => g.gcCause.includes('Metadata'));
  const label = (g: Gc) => gcLabel({ kind: g.kind, concurrentStart: g.concurrentStart === true, cause: g.gcCause });
  return {
    bytesPerClass: Math.round(
      ((peak[1][COL.metaspaceUsed] as number) - startMeta) / Math.max(1, (peak[1][COL.classesLoaded] as number) - startClasses),
    ),
    submissionsToOom: error ? Math.floor((error.atMs - submit.atMs) / (submit.everyMs ?? 1)) + 1 : -1,
    oomText: oomText(error),
    firstMetadataGc: metadata[0] ? label(metadata[0]) : 'none',
    metadataFullGcCauses: [...new Set(metadata.filter((g) => g.kind === 'full').map((g) => g.gcCause))].join(' | ') || 'none',
    classesUnloaded: last(r, COL.classesUnloaded),
  };
}

function zlib(twin: Scenario): RepFigures {
  const r = run(twin, 'taskmanager-1');
  const storm = exceptionStorm(twin);
  const end = storm.atMs + storm.forMs;
  const during = gcs(r).filter((g) => g.atMs >= storm.atMs && g.atMs <= end);
  const rss0 = at(r, storm.atMs, COL.rss);
  const firstGc = during[0]?.atMs ?? end;
  const nativeRise = at(r, firstGc - 1000, COL.native) - at(r, storm.atMs, COL.native);
  const streamsBeforeGc = (storm.rate * (firstGc - 1000 - storm.atMs)) / 1000;
  const times = [storm.atMs, ...during.map((g) => g.atMs)];
  const longest = Math.max(0, ...times.slice(1).map((t, i) => t - (times[i] as number)));
  const lastGc = during[during.length - 1];
  return {
    firstUseBytesPerStream: streamsBeforeGc > 0 ? Math.round(nativeRise / streamsBeforeGc) : -1,
    residentPerLiveStreamBytes: lastGc ? Math.round((at(r, lastGc.atMs, COL.rss) - rss0) / Math.max(1, (storm.rate * longest) / 1000)) : -1,
    rssGrowthAfterStormBytes: at(r, end, COL.rss) - rss0,
    youngGcs: during.filter((g) => g.kind !== 'full').length,
  };
}

function threadStacks(twin: Scenario): RepFigures {
  const noThreads: Scenario = {
    ...twin,
    job: { ...twin.job, operators: twin.job.operators.map((o) => ({ ...o, leaks: o.leaks.map((l) => ({ ...l, threads: 0 })) })) },
  };
  const a = run(twin, 'taskmanager-1');
  const b = run(noThreads, 'taskmanager-1');
  return { residentPerThreadBytes: Math.round((last(a, COL.rss) - last(b, COL.rss)) / threadCount(twin)) };
}

function direct(twin: Scenario): RepFigures {
  const r = run(twin, 'taskmanager-1');
  const error = r.events.find((e): e is Oom => e.type === 'jvm.oom' && e.pool === 'direct');
  // The engine's error carries when the failing request was made (Bits.reserveMemory retries between the two).
  const requested = error?.cause.requestedAtMs;
  return {
    outcome: error ? 'OutOfMemoryError' : 'no error',
    retryMs: error && requested !== undefined ? error.atMs - requested : -1,
    oomText: error ? normaliseNumbers(oomText(error)) : 'none',
  };
}

function heapRss(twin: Scenario): RepFigures {
  const r = run(twin, 'taskmanager-1');
  const series = r.samples.filter(([t]) => t >= BASELINE.bootMs).map(([t, v]) => [t, v[COL.rss] as number] as const);
  return rssRise(series, garbageBytesPerSec(twin));
}

const ENGINE: Record<string, (twin: Scenario) => RepFigures> = {
  'g1-heap-fill': heapFill,
  'parallel-heap-fill': parallelHeapFill,
  'metaspace-pinned': metaspace,
  'metaspace-unpinned': metaspace,
  'zlib-storm': zlib,
  'thread-stacks': threadStacks,
  'direct-reachable': direct,
  'direct-unreachable': direct,
  'direct-unreachable-noexplicitgc': direct,
  'heap-rss': heapRss,
};

/**
 * The engine's figures for an experiment at a JDK. The loadOnly.* figures of metaspace-pinned come from the same twin
 * with its submissions' classes only loaded (`classUse: loaded`). Throws what the engine throws (e.g. a JDK it does not model).
 */
export function simulatedFigures(experiment: string, jdk: number): Record<string, FigureValue> {
  const compute = ENGINE[experiment];
  if (!compute) throw new Error(`no engine figures for experiment ${experiment}`);
  const twin = atJdk(loadTwin(experiment), jdk);
  const figures = compute(twin);
  if (experiment !== 'metaspace-pinned') return figures;
  const loadedOnly: Scenario = {
    ...twin,
    events: twin.events.map((e) => (e.action === 'submit-job' ? { ...e, classUse: 'loaded' as const } : e)),
  };
  const loadOnly = Object.fromEntries(Object.entries(compute(loadedOnly)).map(([k, v]) => [`loadOnly.${k}`, v]));
  return { ...figures, ...loadOnly };
}
