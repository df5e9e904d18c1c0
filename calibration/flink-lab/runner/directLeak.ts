/**
 * The direct-leak-on-restart lab run and its variants: a JobManager and one TaskManager (1g each, 2 slots),
 * lab.DirectLeakJob taking LEAK_MIB in every open() and failing after FAIL_AFTER_MS, fixed-delay restarts in the same
 * TaskManager JVM until `OutOfMemoryError: Direct buffer memory` or the strategy gives up. What open() takes and what
 * close() does is the variant's `mode` (DirectLeakJob's --mode); the variant may add JVM options. Scrapes REST every
 * 500 ms and writes calibration/fixtures/flink/<version>/<variant id>.json.
 */
import { baseConfig, buildLab, type Cluster, type FlinkProcess, flinkVersion, startCluster, stopAll, submitJob } from './cluster';
import { type Exceptions, logLines, median, messageHead, provenance, writeLabFixture } from './record';
import { getJson, registeredTaskManagers, metrics, rssBytes, sleep, waitFor } from './rest';

const LEAK_MIB = 16;
const FAIL_AFTER_MS = 2000;
const RESTART_ATTEMPTS = 12;
const SAMPLE_MS = 500;
const RUN_LIMIT_MS = 240_000;

/** The run's own keys on top of baseConfig(); every key is recorded in the fixture. */
const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': '1',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': String(RESTART_ATTEMPTS),
  'restart-strategy.fixed-delay.delay': '1 s',
  // LeakHolder from the TaskManager's classpath: the leaked list outlives any user-code class loader
  'classloader.parent-first-patterns.additional': 'lab.LeakHolder',
};

/**
 * A run of lab.DirectLeakJob: its fixture id, the job's --mode (keep: a static list; drop: close() drops the
 * reference; unsafe: Unsafe.allocateMemory never freed) and the run's own config keys on top of RUN_CONFIG.
 */
export interface DirectLeakVariant {
  readonly id: string;
  readonly mode: 'keep' | 'drop' | 'unsafe';
  readonly what: string;
  readonly config: Readonly<Record<string, string>>;
}

// -Xlog:gc: the TaskManager's .out file shows every collection with its cause (Pause Full (System.gc()), Pause Young …)
const GC_LOG = '-Xlog:gc';
// A fixed young generation of 100 MiB (of the 154 MiB heap): eden does not fill during the run, so no young GC frees a
// dropped buffer whose holder is still young (a first recording without it: the young GC that came at restart 7 freed
// all six dropped buffers at once). In the write-up the maps lived for hours, in old regions no young GC collects.
const NO_YOUNG_GC = '-Xmn100m';

export const DIRECT_LEAK_VARIANTS = {
  keep: {
    id: 'direct-leak-on-restart',
    mode: 'keep',
    what: `lab.DirectLeakJob: ${LEAK_MIB} MiB ByteBuffer.allocateDirect per open() kept in a static list, task fails ${FAIL_AFTER_MS} ms after open, fixed-delay restarts in one TaskManager JVM`,
    config: {},
  },
  gcReleased: {
    id: 'direct-leak-gc-released',
    mode: 'drop',
    what: `lab.DirectLeakJob --mode drop: ${LEAK_MIB} MiB ByteBuffer.allocateDirect per open(), close() drops the reference (the buffer is unreachable, its memory waits for a GC), -XX:+DisableExplicitGC so Bits.reserveMemory's System.gc() does nothing`,
    config: { 'env.java.opts.taskmanager': `-XX:+DisableExplicitGC ${NO_YOUNG_GC} ${GC_LOG}` },
  },
  gcReleasedExplicitGc: {
    id: 'direct-leak-gc-released-explicit-gc',
    mode: 'drop',
    what: `lab.DirectLeakJob --mode drop: as direct-leak-gc-released without -XX:+DisableExplicitGC: Bits.reserveMemory's System.gc() finds the dropped buffers`,
    config: { 'env.java.opts.taskmanager': `${NO_YOUNG_GC} ${GC_LOG}` },
  },
  unsafe: {
    id: 'direct-leak-unsafe',
    mode: 'unsafe',
    what: `lab.DirectLeakJob --mode unsafe: ${LEAK_MIB} MiB Unsafe.allocateMemory per open(), written through (resident), never freed (an in-memory ChronicleMap's way of allocating)`,
    config: { 'env.java.opts.taskmanager': GC_LOG },
  },
} as const satisfies Record<string, DirectLeakVariant>;

const TM_METRICS = [
  'Status.JVM.Memory.Direct.MemoryUsed',
  'Status.JVM.Memory.Direct.Count',
  'Status.JVM.Memory.Heap.Used',
  'Status.JVM.Memory.Metaspace.Used',
  // Flink names the GC metrics after the collector's MXBean with spaces as underscores (MetricUtils)
  'Status.JVM.GarbageCollector.G1_Young_Generation.Count',
  'Status.JVM.GarbageCollector.G1_Old_Generation.Count',
] as const;

interface Sample {
  tMs: number;
  status: string;
  numRestarts: number;
  directUsedBytes: number;
  directCount: number;
  heapUsedBytes: number;
  metaspaceUsedBytes: number;
  tmRssBytes: number;
  youngGcCount: number;
  oldGcCount: number;
}

async function sample(port: number, tmId: string, jobId: string | undefined, tm: FlinkProcess, t0: number): Promise<Sample> {
  const m = await metrics(port, `/taskmanagers/${tmId}/metrics`, TM_METRICS).catch(() => ({}) as Record<string, number>);
  const job = jobId ? await getJson<{ state: string }>(port, `/jobs/${jobId}`).catch(() => ({ state: 'UNKNOWN' })) : { state: 'NONE' };
  const restarts = jobId ? await metrics(port, `/jobs/${jobId}/metrics`, ['numRestarts']).catch(() => ({}) as Record<string, number>) : {};
  return {
    tMs: Date.now() - t0,
    status: job.state,
    numRestarts: restarts.numRestarts ?? -1,
    directUsedBytes: m['Status.JVM.Memory.Direct.MemoryUsed'] ?? -1,
    directCount: m['Status.JVM.Memory.Direct.Count'] ?? -1,
    heapUsedBytes: m['Status.JVM.Memory.Heap.Used'] ?? -1,
    metaspaceUsedBytes: m['Status.JVM.Memory.Metaspace.Used'] ?? -1,
    tmRssBytes: rssBytes(tm.child.pid),
    youngGcCount: m['Status.JVM.GarbageCollector.G1_Young_Generation.Count'] ?? -1,
    oldGcCount: m['Status.JVM.GarbageCollector.G1_Old_Generation.Count'] ?? -1,
  };
}

/** Samples until the job is globally terminal (plus two samples after) or RUN_LIMIT_MS. */
async function scrape(
  port: number,
  tmId: string,
  jobId: string,
  tm: FlinkProcess,
  t0: number,
  log: (s: string) => void,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  let after = 0;
  while (Date.now() - t0 < RUN_LIMIT_MS && after < 3) {
    const s = await sample(port, tmId, jobId, tm, t0);
    samples.push(s);
    if (samples.length % 10 === 0)
      log(`  t=${s.tMs} ms ${s.status} restarts=${s.numRestarts} direct=${(s.directUsedBytes / 1048576).toFixed(1)} MiB`);
    // a globally terminal job, or a TaskManager that exited (its fatal-error path), ends the run
    if (['FAILED', 'CANCELED', 'FINISHED'].includes(s.status) || tm.child.exitCode !== null) after++;
    await sleep(SAMPLE_MS);
  }
  return samples;
}

/** Task transitions as the TaskManager logged them: the five before and after the first direct OOM. */
function transitionsAroundOom(tmLog: string): string[] {
  const lines = logLines(tmLog, /switched from|OutOfMemoryError/);
  const i = lines.findIndex((l) => l.includes('Direct buffer memory'));
  return i < 0 ? lines.slice(-10) : lines.slice(Math.max(0, i - 5), i + 6);
}

/** Plateau per restart count below `restarts`: the highest value of `field` seen while numRestarts = r; the steps between them. */
function steps(samples: readonly Sample[], restarts: number, field: 'directUsedBytes' | 'tmRssBytes'): number[] {
  const plateaus: number[] = [];
  for (let r = 0; r < restarts; r++) {
    const values = samples.filter((s) => s.numRestarts === r && s[field] >= 0).map((s) => s[field]);
    if (values.length > 0) plateaus.push(Math.max(...values));
  }
  return plateaus.slice(1).map((p, i) => p - (plateaus[i] as number));
}

interface RunRecord {
  variant: DirectLeakVariant;
  cluster: Cluster;
  config: Record<string, string>;
  baseline: Sample;
  samples: Sample[];
  exceptions: Exceptions;
  submittedAtMs: number;
}

function fixture(run: RunRecord, version: string) {
  const { jobManager: jmProc, taskManagers, tm, jm } = run.cluster;
  const tmProc = taskManagers[0] as FlinkProcess;
  const history = [...(run.exceptions.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  const oomIndex = history.findIndex((e) => e.stacktrace.includes('Direct buffer memory'));
  const oom = history[oomIndex];
  const finalNumRestarts = run.samples.at(-1)?.numRestarts ?? -1;
  // the steps before the OOM; with no OOM, over every attempt
  const stepsOver = oomIndex >= 0 ? oomIndex : finalNumRestarts + 1;
  const stepList = stepsOver > 0 ? steps(run.samples, stepsOver, 'directUsedBytes') : [];
  const rssSteps = stepsOver > 0 ? steps(run.samples, stepsOver, 'tmRssBytes') : [];
  const failedAt = history.slice(0, oomIndex >= 0 ? oomIndex : history.length).map((e) => e.timestamp);
  const opens = logLines(tmProc.outFile, /^lab: open (kept|holds|allocated)/).length;
  const last = run.samples.filter((s) => s.youngGcCount >= 0).at(-1);
  return {
    experiment: run.variant.id,
    what: run.variant.what,
    flinkVersion: version,
    ...provenance(),
    params: { leakMiB: LEAK_MIB, failAfterMs: FAIL_AFTER_MS, sampleMs: SAMPLE_MS, mode: run.variant.mode },
    // the wall clock the fixture's times are relative to (exception timestamps are epoch ms from Flink)
    submittedAtEpochMs: run.submittedAtMs,
    config: run.config,
    bashJavaUtils: { taskmanager: tm, jobmanager: jm },
    commandLines: { jobmanager: jmProc.args, taskmanager: tmProc.args },
    figures: {
      baselineDirectUsedBytes: run.baseline.directUsedBytes,
      restartsToOom: oomIndex,
      opensThatAllocated: opens,
      stepBytes: stepList,
      stepMedianBytes: median(stepList),
      rssStepBytes: rssSteps,
      rssStepMedianBytes: median(rssSteps),
      // failure to failure before the OOM: failAfterMs + the fixed delay + redeployment
      restartPeriodMedianMs: median(failedAt.slice(1).map((t, i) => t - (failedAt[i] as number))),
      directUsedBeforeOomBytes: Math.max(-1, ...run.samples.filter((s) => s.numRestarts < stepsOver).map((s) => s.directUsedBytes)),
      directUsedMaxBytes: Math.max(-1, ...run.samples.map((s) => s.directUsedBytes)),
      directOoms: history.filter((e) => e.stacktrace.includes('Direct buffer memory')).length,
      // collections before the submission (startup) and at the end: whether any GC ran while the job leaked
      youngGcCountAtSubmission: run.baseline.youngGcCount,
      oldGcCountAtSubmission: run.baseline.oldGcCount,
      youngGcCount: last?.youngGcCount ?? -1,
      oldGcCount: last?.oldGcCount ?? -1,
      oomAtMs: oom ? oom.timestamp - run.submittedAtMs : -1,
      finalStatus: run.samples.at(-1)?.status ?? 'none',
      finalNumRestarts,
      taskManagerExitCode: tmProc.child.exitCode,
    },
    texts: {
      oomFailureCause: oom ? messageHead(oom.stacktrace) : [],
      oomTaskName: oom?.taskName ?? null,
      rootException: messageHead(run.exceptions['root-exception'] ?? ''),
      exceptionHistory: history.map((e) => ({
        atMs: e.timestamp - run.submittedAtMs,
        taskName: e.taskName,
        head: messageHead(e.stacktrace)[0],
      })),
      taskTransitions: transitionsAroundOom(tmProc.logFile),
      jobManager: logLines(jmProc.logFile, /Recovery is suppressed|switched from state (RUNNING|FAILING) to (FAILING|FAILED)/).slice(-6),
      taskManagerOom: logLines(tmProc.logFile, /OutOfMemoryError/).slice(0, 3),
      // -Xlog:gc's pauses on the TaskManager (variants that set it): which collections ran, and why
      gcLog: logLines(tmProc.outFile, /gc\s*\]\s+GC\(\d+\) Pause/),
    },
    samples: run.samples,
  };
}

export const runDirectLeak = (log: (s: string) => void) => runDirectLeakVariant(DIRECT_LEAK_VARIANTS.keep, log);

/** The whole run of one variant; the processes are stopped on every path (also on errors and Ctrl-C). */
export async function runDirectLeakVariant(variant: DirectLeakVariant, log: (s: string) => void): Promise<string> {
  buildLab(log);
  const config = { ...(await baseConfig()), ...RUN_CONFIG, ...variant.config };
  const port = Number(config['rest.port']);
  const cluster = startCluster(variant.id, config, 1);
  log(`flink-lab: TaskManager ${cluster.tm.jvmArgs.join(' ')}; JobManager ${cluster.jm.jvmArgs.join(' ')}`);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const tmProc = cluster.taskManagers[0] as FlinkProcess;
    const tmId = (await registeredTaskManagers(port, 1))[0] as string;
    log(`flink-lab: TaskManager ${tmId} registered`);
    // the TaskManager's metrics reach the REST fetcher a moment after its registration
    const baseline = await waitFor('the TaskManager metrics', 30_000, async () => {
      const s = await sample(port, tmId, undefined, tmProc, Date.now());
      return s.directUsedBytes >= 0 ? s : undefined;
    });
    const args = ['--leakMiB', String(LEAK_MIB), '--failAfterMs', String(FAIL_AFTER_MS), '--mode', variant.mode, '--jobName', variant.id];
    const jobId = submitJob('lab.DirectLeakJob', port, args);
    // times in the fixture are relative to the submission's return (samples and exception timestamps alike)
    const submittedAtMs = Date.now();
    log(`flink-lab: job ${jobId} submitted`);
    const samples = await scrape(port, tmId, jobId, tmProc, submittedAtMs, log);
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=100`);
    const fx = fixture({ variant, cluster, config, baseline, samples, exceptions, submittedAtMs }, flinkVersion());
    const file = writeLabFixture(variant.id, fx);
    log(`flink-lab: ${JSON.stringify(fx.figures)}`);
    return file;
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
  }
}
