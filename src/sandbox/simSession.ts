/**
 * A sandbox session as the worker runs it (simWorker.ts is only its wiring, so tests drive this in
 * Node). It owns the Simulation and each process's bucketed history, and answers every `goto` with
 * one frame: what changed since the last frame. Rewinds use the engine's seek (deterministic replay
 * from its checkpoints); the history after the cursor is kept, since a straight run reproduces it
 * exactly (an intervention reloads the scenario, and with it the history).
 */
import { csvHeader, csvRow } from '../../models/engine/metricsCsv';
import { Simulation } from '../../models/engine/simulation';
import { flinkConfigLine, loadScenario } from '../../models/scenario/loadScenario';
import type { TraceEvent } from '../../models/engine/trace';
import { COLUMN_COUNT } from '../../models/engine/columns';
import { heapHistogram, nativeProfile } from '../../models/engine/diagnostics';
import { CHART_SAMPLE_COLUMNS, DERIVED_COLUMNS, JOB_COL, JOB_COLUMNS, JOB_SAMPLE_COLUMNS, SAMPLE_ROW_WIDTH } from './chartColumns';
import { isNotable, newestMatching } from './eventKinds';
import { createSetup, type ScenarioMemory, SetupError } from '../../models/engine/setup';
import { overrideText } from '../../models/config/jvmCommandLine';
import { jvmCommandLineOf } from '../../models/memoryModel';
import { type MemoryBudget, memoryBudgets } from './processBudget';
import type { JvmSizing } from '../../models/engine/state/jvmState';
import { loadLesson } from '../../models/lessons/loadLesson';
import type { Lesson } from '../../models/lessons/types';
import { checkExpectations } from '../../models/run/expectations';
import type { Expectation, Scenario } from '../../models/scenario/types';
import type { SimSetup } from '../../models/engine/state/sim';
import { allocatorInfo, rocksDbInfo } from './rocksdbInfo';
import { runScenario } from '../../models/run/runScenario';
import type { Explanation } from '../../models/explain/types';
import { firstOfEachCause, storyOf } from './failureStory';
import type { FailureStory } from './failureStory';
import type { CheckResult, Evaluation, FromWorker, ProcessDetail, ProcessInfo, SeriesUpdate, ToWorker } from './protocol';
import { bucketMsFor, SeriesBuckets } from './seriesBuckets';

interface Run {
  readonly sim: Simulation;
  /** The events of a straight run to the end, once asked for (lesson questions and exercises reuse it). */
  wholeRun: readonly TraceEvent[] | undefined;
  /** The explanations of the failures up to a cursor, for the last cursor asked about, and that run's events. */
  explained: { readonly atMs: number; readonly all: readonly Explanation[]; readonly events: readonly TraceEvent[] } | undefined;
  /** Per process: the longest young/mixed and full pause since its last sample, and the heap after its latest GC (DERIVED_COLUMNS). */
  readonly pauses: GcSince[];
  readonly series: SeriesBuckets[];
  /** The job's history (JOB_COLUMNS), one row per sample time. */
  readonly job: SeriesBuckets;
  sentJobBuckets: number;
  readonly latest: number[][];
  /** Per process: the first bucket not yet sent to the page. */
  readonly sentBuckets: number[];
  /** Samples at or before this time are already in the buckets (a replay after a rewind skips them). */
  knownUntilMs: number;
  /** Indices into sim.events of the notable events, up to `scanned`. */
  readonly notable: number[];
  scanned: number;
  /** How many notable events the page holds. */
  sentNotable: number;
}

/** What the session reads from one process's GC events between two of its samples. */
interface GcSince {
  young: number;
  full: number;
  /** NaN until the JVM's first GC (a restarted process starts again without one). */
  heapAfter: number;
}

const noGcYet = (): GcSince => ({ young: 0, full: 0, heapAfter: NaN });

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

export class SimSession {
  private run: Run | undefined;

  constructor(private readonly post: Post) {}

  handle(message: ToWorker): void {
    try {
      if (message.type === 'load') this.run = load(message.yamlText, message.fileName, message.seed, this.post);
      else if (message.type === 'check') this.post({ type: 'checked', id: message.id, ...check(message.yamlText, message.fileName) });
      else if (message.type === 'lesson')
        this.post({ type: 'lesson-loaded', id: message.id, ...lesson(message.yamlText, message.fileName) });
      else if (!this.run) return;
      else if (message.type === 'evaluate') this.post({ type: 'evaluated', id: message.id, results: evaluate(this.run, message.sets) });
      else if (message.type === 'explain') this.post({ type: 'explained', id: message.id, explanations: explain(this.run, message.event) });
      else if (message.type === 'goto') goto(this.run, message.toMs, message.detail, this.post);
      else if (message.type === 'export-csv') this.post(metricsCsv(this.run.sim));
      else if (message.type === 'export-trace') this.post({ type: 'trace', json: traceJson(this.run.sim) });
      else this.post({ type: 'recent-events', events: newestMatching(this.run.sim.events, message.filter, message.limit) });
    } catch (error) {
      this.post({
        type: 'error',
        message:
          message.type === 'load'
            ? problemText(error, message.yamlText, message.fileName)
            : String(error instanceof Error ? error.message : error),
      });
    }
  }
}

function load(yamlText: string, fileName: string, seed: string | undefined, post: Post): Run {
  const scenario = loadScenario(yamlText, fileName);
  const processCount = scenario.cluster.taskManagers + 1;
  const bucketMs = bucketMsFor(scenario.durationMs, scenario.sampleIntervalMs);
  const bucketCount = Math.ceil(scenario.durationMs / bucketMs) + 1;
  const series = Array.from({ length: processCount }, () => new SeriesBuckets(CHART_SAMPLE_COLUMNS, bucketMs, bucketCount));
  const columns = COLUMN_COUNT;
  const latest = Array.from({ length: processCount }, () => new Array<number>(columns).fill(NaN));
  const pauses = Array.from({ length: processCount }, noGcYet);
  const row = new Float64Array(SAMPLE_ROW_WIDTH);
  const job = new SeriesBuckets(JOB_SAMPLE_COLUMNS, bucketMs, bucketCount);
  const jobRow = new Float64Array(JOB_COLUMNS.length);
  let jobSampledAtMs = -1;
  let current: Run | undefined;
  const sim = new Simulation(scenario, {
    ...(seed ? { seed } : {}),
    sinks: [
      {
        sample(atMs, _process, values, index) {
          const last = latest[index];
          if (last) for (let k = 0; k < values.length; k++) last[k] = values[k] as number;
          const pause = pauses[index] ?? noGcYet();
          row.set(values);
          row[DERIVED_COLUMNS.longestYoungPause] = pause.young;
          row[DERIVED_COLUMNS.longestFullPause] = pause.full;
          row[DERIVED_COLUMNS.heapAfterGc] = pause.heapAfter;
          pause.young = pause.full = 0;
          if (current && atMs <= current.knownUntilMs) return;
          series[index]?.add(atMs, row);
          // The job's row once per sample time, at the first process sampled then (any process: the JobManager may be down).
          if (atMs > jobSampledAtMs && current) {
            jobSampledAtMs = atMs;
            job.add(atMs, jobSample(current.sim, jobRow));
          }
        },
        event(e) {
          if (e.type === 'process.started') pauses[processIndex(e.process)] = noGcYet();
          if (e.type !== 'gc') return;
          const pause = pauses[processIndex(e.process)];
          if (!pause) return;
          if (e.kind === 'full') pause.full = Math.max(pause.full, e.pauseMs);
          else pause.young = Math.max(pause.young, e.pauseMs);
          pause.heapAfter = e.heapAfterBytes;
        },
      },
    ],
  });
  current = {
    sim,
    wholeRun: undefined,
    explained: undefined,
    pauses,
    series,
    job,
    sentJobBuckets: 0,
    latest,
    sentBuckets: series.map(() => 0),
    knownUntilMs: -1,
    notable: [],
    scanned: 0,
    sentNotable: 0,
  };
  post({
    type: 'loaded',
    id: scenario.id,
    title: scenario.title,
    seed: sim.seed,
    durationMs: scenario.durationMs,
    bucketMs,
    bucketCount,
    narration: scenario.narration,
    annotations: scenario.annotations,
    gc: scenario.cluster.gc,
    watch: scenario.watch,
    operators: scenario.job.operators.map((o) => o.id),
    parallelism: scenario.job.operators.map((o) => o.parallelism),
    processes: sim.state.jvms.map((j) => processInfo(j.process, j.sizing, sim.setup, scenario)),
  });
  frame(current, scanEvents(current), undefined, post);
  return current;
}

/** The budget of the process `sizing` sizes, from the derivation the setup made. */
function budgetOf(memory: ScenarioMemory, sizing: JvmSizing): MemoryBudget {
  return memoryBudgets(memory, sizing.heapMaxBytes)[sizing.kind];
}

/** The job's metrics now, into `row` (JOB_COLUMNS order). */
function jobSample(sim: Simulation, row: Float64Array): Float64Array {
  const job = sim.state.job;
  let backPressured = 0;
  for (const v of job.vertices) backPressured = Math.max(backPressured, v.backPressuredTimeMsPerSecond);
  row[JOB_COL.lastCheckpointSize] = job.checkpoints.lastSizeBytes;
  row[JOB_COL.lastCheckpointDuration] = job.checkpoints.lastDurationMs;
  row[JOB_COL.backPressuredTimeMsPerSecond] = backPressured;
  // The engine keeps both in micro-records (models/engine/job/rates.ts): per ms, and in total.
  row[JOB_COL.numRecordsInPerSecond] = job.throughputMicroPerMs / 1000;
  row[JOB_COL.pendingRecords] = Math.floor(job.sourceLagMicro / 1_000_000);
  row[JOB_COL.numRestarts] = job.restarts;
  return row;
}

/** The JVM's effective command line from the scenario's Flink configuration (env.java.*opts* after Flink's flags). */
function commandLineOf(memory: ScenarioMemory, sizing: JvmSizing): ProcessInfo['jvmCommandLine'] {
  const line = jvmCommandLineOf(sizing.kind === 'taskmanager' ? memory.taskManager : memory.jobManager);
  return { effective: line.effective, configured: line.configured.length > 0, overrides: line.overrides.map(overrideText) };
}

function processInfo(name: string, sizing: JvmSizing, setup: SimSetup, scenario: Scenario): ProcessInfo {
  const memory = setup.memory;
  const budget = budgetOf(memory, sizing);
  const taskManager = sizing.kind === 'taskmanager';
  return {
    name,
    heapMaxBytes: sizing.heapMaxBytes,
    directLimitBytes: sizing.directLimitBytes,
    metaspaceMaxBytes: sizing.metaspaceMaxBytes,
    managedBudgetBytes: sizing.managedBudgetBytes,
    networkBytes: sizing.networkBytes,
    processSizeBytes: sizing.processSizeBytes,
    containerLimitBytes: sizing.containerLimitBytes,
    segmentSizeBytes: sizing.segmentSizeBytes,
    blobFetchConcurrent: sizing.kind === 'jobmanager' ? setup.runtime.blob.concurrent : 0,
    budget,
    jvmCommandLine: commandLineOf(memory, sizing),
    slots: taskManager ? setup.slotsPerTaskManager : 0,
    allocator: allocatorInfo(scenario, setup),
    rocksdb: taskManager ? rocksDbInfo(scenario, setup) : undefined,
  };
}

/** The checks a load makes, in the same order and with the same messages, without starting a run. */
function check(yamlText: string, fileName: string): CheckResult {
  try {
    const scenario = loadScenario(yamlText, fileName);
    const setup = createSetup(scenario);
    return {
      ok: true,
      title: scenario.title,
      taskManagers: scenario.cluster.taskManagers,
      slotsPerTaskManager: setup.slotsPerTaskManager,
      jobManager: processInfo('jobmanager', setup.jobManagerSizing, setup, scenario),
      taskManager: processInfo('taskmanager', setup.taskManagerSizing, setup, scenario),
      flink: scenario.flink,
      deployment: scenario.cluster.deployment,
      taskManagerLimitBytes: scenario.cluster.taskManagerContainerLimitBytes,
    };
  } catch (error) {
    return { ok: false, message: problemText(error, yamlText, fileName) };
  }
}

function lesson(yamlText: string, fileName: string): { lesson: Lesson | undefined; error: string | undefined } {
  try {
    return { lesson: loadLesson(yamlText, fileName), error: undefined };
  } catch (error) {
    return { lesson: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks each set on a straight run of the loaded scenario and seed to its end, in a fresh simulation (the session's stays at its cursor),
 * run once per load.
 */
function evaluate(r: Run, sets: readonly (readonly Expectation[])[]): Evaluation[] {
  if (!r.wholeRun) {
    const sim = new Simulation(r.sim.scenario, { seed: r.sim.seed, checkpointEveryMs: Infinity });
    sim.advanceTo(r.sim.scenario.durationMs);
    r.wholeRun = sim.events;
  }
  const events = r.wholeRun;
  return sets.map((set) => {
    const results = checkExpectations(set, events);
    return { passed: results.every((r) => r.passed), descriptions: results.map((r) => ({ passed: r.passed, text: r.description })) };
  });
}

/**
 * The failures up to the cursor (the first of each cause, at most 20, with how many it stands for; or the one asked for), explained from a straight run of
 * the same scenario and seed to there — run once per cursor (a "Why?" per row reuses it).
 */
function explain(r: Run, event?: { atMs: number; process: string; type: string }): readonly FailureStory[] {
  const atMs = r.sim.nowMs;
  if (r.explained?.atMs !== atMs) {
    const run = runScenario({ ...r.sim.scenario, durationMs: atMs }, { seed: r.sim.seed });
    r.explained = { atMs, all: run.explanations, events: run.events };
  }
  const { all, events } = r.explained;
  // Structured only for the ones sent: each timeline reads the events up to its failure.
  if (event)
    return all
      .filter((x) => x.event.atMs === event.atMs && x.event.process === event.process && x.event.type === event.type)
      .map((x) => storyOf(x, events));
  return firstOfEachCause(all)
    .slice(0, 20)
    .map(({ first, repeats }) => ({ ...storyOf(first, events), repeats }));
}

/** Why a scenario cannot run; Flink's refusals also name the options involved that the scenario sets. */
function problemText(error: unknown, yamlText: string, fileName: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof SetupError)) return message;
  const config = loadScenario(yamlText, fileName).flink.config;
  const set = error.keys.filter((key) => config[key] !== undefined);
  const place = (key: string) => {
    const line = flinkConfigLine(yamlText, key);
    return line === undefined ? '' : ` (${fileName}:${line})`;
  };
  return set.length > 0
    ? `${message}\nOptions involved that the scenario sets: ${set.map((k) => `${k}: ${config[k]}${place(k)}`).join(', ')}.`
    : message;
}

/** Every sample up to the cursor, from a fresh run of the same scenario and seed (the history keeps only buckets). */
function metricsCsv(current: Simulation): FromWorker {
  const parts = [csvHeader(current.setup.metricNames)];
  const sim = new Simulation(current.scenario, {
    seed: current.seed,
    checkpointEveryMs: Infinity,
    sinks: [{ sample: (atMs, process, values) => void parts.push(csvRow(atMs, process, values)), event: () => undefined }],
  });
  sim.advanceTo(current.nowMs);
  return { type: 'csv', text: parts.join(''), rows: parts.length - 1 };
}

function traceJson(sim: Simulation): string {
  return JSON.stringify(
    { scenario: sim.scenario.id, seed: sim.seed, atMs: sim.nowMs, traceHash: sim.traceHash(), events: sim.events },
    null,
    1,
  );
}

/** 0 for the JobManager, n for taskmanager-n (the engine's process order). */
function processIndex(name: string): number {
  return name === 'jobmanager' ? 0 : Number(name.slice('taskmanager-'.length));
}

function goto(r: Run, toMs: number, detail: number | undefined, post: Post): void {
  const target = Math.max(0, Math.min(toMs, r.sim.scenario.durationMs));
  r.knownUntilMs = Math.max(r.knownUntilMs, r.sim.nowMs);
  if (target < r.sim.nowMs) {
    // The replay re-emits the GCs since the checkpoint; samples up to knownUntilMs are not stored again.
    for (const p of r.pauses) Object.assign(p, noGcYet());
    r.sim.seek(target);
  } else r.sim.advanceTo(target);
  frame(r, scanEvents(r), detail, post);
}

/** What the details panel shows of one process at the cursor. */
function processDetail(sim: Simulation, index: number): ProcessDetail | undefined {
  if (!sim.state.jvms[index]) return undefined;
  return {
    process: index,
    atMs: sim.nowMs,
    heapHistogram: heapHistogram(sim, index).slice(0, 12),
    nativeProfile: nativeProfile(sim, index),
  };
}

/** Brings the notable index up to the event list; returns how many notable events the page may keep (a rewind drops some). */
function scanEvents(r: Run): number {
  const events = r.sim.events;
  while (r.notable.length > 0 && (r.notable[r.notable.length - 1] as number) >= events.length) r.notable.pop();
  const keep = Math.min(r.sentNotable, r.notable.length);
  for (let i = Math.min(r.scanned, events.length); i < events.length; i++) {
    if (isNotable(events[i] as TraceEvent)) r.notable.push(i);
  }
  r.scanned = events.length;
  return keep;
}

function frame(r: Run, from: number, detail: number | undefined, post: Post): void {
  const series: SeriesUpdate[] = [];
  const transfer: Transferable[] = [];
  r.series.forEach((s, process) => {
    // The last sent bucket may have grown since: resend it.
    const fromBucket = Math.max(0, (r.sentBuckets[process] ?? 0) - 1);
    if (s.filled <= fromBucket) return;
    const { min, max } = s.since(fromBucket);
    series.push({ process, fromBucket, min, max });
    transfer.push(min.buffer, max.buffer);
    r.sentBuckets[process] = s.filled;
  });
  let job: SeriesUpdate | undefined;
  const fromJobBucket = Math.max(0, r.sentJobBuckets - 1);
  if (r.job.filled > fromJobBucket) {
    job = { process: -1, fromBucket: fromJobBucket, ...r.job.since(fromJobBucket) };
    transfer.push(job.min.buffer, job.max.buffer);
    r.sentJobBuckets = r.job.filled;
  }
  const events = r.notable.slice(from).map((i) => r.sim.events[i] as TraceEvent);
  r.sentNotable = r.notable.length;
  post(
    {
      type: 'frame',
      nowMs: r.sim.nowMs,
      traceHash: r.sim.traceHash(),
      eventsFrom: from,
      events,
      eventCount: r.sim.events.length,
      series,
      job,
      latest: r.latest.map((row) => row.slice()),
      alive: r.sim.state.jvms.map((j) => j.alive),
      vertices: r.sim.state.job.vertices.map((v) => ({ ...v })),
      jobStatus: r.sim.state.job.status,
      // The engine keeps both in micro-records (models/engine/job/rates.ts): per ms, and in total.
      throughputPerSecond: r.sim.state.job.throughputMicroPerMs / 1000,
      sourceLagRecords: Math.floor(r.sim.state.job.sourceLagMicro / 1_000_000),
      detail: detail === undefined ? undefined : processDetail(r.sim, detail),
    },
    transfer,
  );
}
