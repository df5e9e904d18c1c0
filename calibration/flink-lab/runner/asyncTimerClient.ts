/**
 * The async-timer-client lab run: lab.AsyncTimerClientJob on a JobManager and one TaskManager (1g each), twice:
 * `per-call` (a new client with its own io.netty.util.HashedWheelTimer per asyncInvoke, never closed) until the heap
 * runs out, and `shared` (one client per subtask, the fix) for a contrast window. Every second it records threads,
 * heap and RSS; every few seconds a class histogram (`jcmd GC.class_histogram` forces a full GC, so its total is the
 * heap after GC and its rows are the object-count view the write-up used). Writes
 * calibration/fixtures/flink/<version>/async-timer-client.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { baseConfig, buildLab, type Cluster, type FlinkProcess, flinkVersion, startCluster, stopAll, submitJob } from './cluster';
import { type Exceptions, logLines, messageHead, provenance, writeLabFixture } from './record';
import { getJson, registeredTaskManagers, metrics, rssBytes, sleep, waitFor } from './rest';

const CALLS_PER_SECOND = 50;
const CLIENT_KIB = 32;
const SAMPLE_MS = 1000;
/** A histogram every HISTOGRAM_EVERY samples: each one is a full GC, so not every second. */
const HISTOGRAM_EVERY = 5;
const LIMIT_MS = { 'per-call': 300_000, shared: 60_000 } as const;
type Mode = keyof typeof LIMIT_MS;

/** The run's own keys on top of baseConfig(); every key is recorded in the fixture. */
const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': '1',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '3',
  'restart-strategy.fixed-delay.delay': '1 s',
};

const TM_METRICS = [
  'Status.JVM.Threads.Count',
  'Status.JVM.Memory.Heap.Used',
  'Status.JVM.Memory.Heap.Max',
  'Status.JVM.GarbageCollector.G1_Old_Generation.Count',
] as const;

const TIMER_CLASS = 'io.netty.util.HashedWheelTimer';

interface Histogram {
  totalBytes: number;
  timers: number;
  /** The first rows as jcmd prints them (`rank: #instances #bytes class`), and every io.netty.util.HashedWheelTimer row. */
  top: string[];
  timerRows: string[];
}

interface Sample {
  tMs: number;
  status: string;
  numRestarts: number;
  threads: number;
  procThreads: number;
  heapUsedBytes: number;
  oldGcCount: number;
  tmRssBytes: number;
  /** `jstat -gcutil`: old generation occupancy (%) and full GCs so far; read from the JVM's perf data, so it answers when
   *  the JVM itself (and its REST metrics) no longer does. */
  oldPercent: number;
  fullGcs: number;
  fullGcSeconds: number;
  histogram?: Histogram;
}

/** `jcmd <pid> GC.class_histogram`: a full GC, then live instances per class (HotSpot's heapInspection). */
function histogram(pid: number | undefined): Histogram | undefined {
  if (pid === undefined) return undefined;
  const r = spawnSync('jcmd', [String(pid), 'GC.class_histogram'], { encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout.split('\n');
  const total = lines.find((l) => l.startsWith('Total'));
  if (!total) return undefined;
  const rows = lines.filter((l) => /^\s*\d+:/.test(l));
  const timerRow = rows.find((l) => l.trim().split(/\s+/)[3] === TIMER_CLASS);
  return {
    totalBytes: Number(total.trim().split(/\s+/)[2]),
    timers: timerRow ? Number(timerRow.trim().split(/\s+/)[1]) : 0,
    top: rows.slice(0, 8).map((l) => l.trim()),
    timerRows: rows.filter((l) => l.includes('io.netty.util.HashedWheelTimer')).map((l) => l.trim()),
  };
}

function gcUtil(pid: number | undefined): { oldPercent: number; fullGcs: number; fullGcSeconds: number } {
  const r = pid === undefined ? undefined : spawnSync('jstat', ['-gcutil', String(pid)], { encoding: 'utf8', timeout: 20_000 });
  const [head, values] = (r?.stdout ?? '').trim().split('\n');
  const names = head?.trim().split(/\s+/) ?? [];
  const v = values?.trim().split(/\s+/) ?? [];
  const at = (n: string) => (names.indexOf(n) >= 0 ? Number(v[names.indexOf(n)]) : -1);
  return { oldPercent: at('O'), fullGcs: at('FGC'), fullGcSeconds: at('FGCT') };
}

function procThreads(pid: number | undefined): number {
  try {
    const m = /Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) : -1;
  } catch {
    return -1;
  }
}

async function sample(
  port: number,
  tmId: string,
  jobId: string | undefined,
  tm: FlinkProcess,
  t0: number,
  withHisto: boolean,
): Promise<Sample> {
  const m = await metrics(port, `/taskmanagers/${tmId}/metrics`, TM_METRICS).catch(() => ({}) as Record<string, number>);
  const job = jobId ? await getJson<{ state: string }>(port, `/jobs/${jobId}`).catch(() => ({ state: 'UNKNOWN' })) : { state: 'NONE' };
  const restarts = jobId ? await metrics(port, `/jobs/${jobId}/metrics`, ['numRestarts']).catch(() => ({}) as Record<string, number>) : {};
  const alive = tm.child.exitCode === null && tm.child.signalCode === null;
  const histo = withHisto && alive ? histogram(tm.child.pid) : undefined;
  return {
    tMs: Date.now() - t0,
    status: job.state,
    numRestarts: restarts.numRestarts ?? -1,
    threads: m['Status.JVM.Threads.Count'] ?? -1,
    procThreads: alive ? procThreads(tm.child.pid) : -1,
    heapUsedBytes: m['Status.JVM.Memory.Heap.Used'] ?? -1,
    oldGcCount: m['Status.JVM.GarbageCollector.G1_Old_Generation.Count'] ?? -1,
    tmRssBytes: rssBytes(tm.child.pid),
    ...(alive ? gcUtil(tm.child.pid) : { oldPercent: -1, fullGcs: -1, fullGcSeconds: -1 }),
    ...(histo ? { histogram: histo } : {}),
  };
}

/** Least-squares slope of y over x (per-timer figures from the histogram samples). */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const sxy = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const sxx = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

interface ModeRecord {
  mode: Mode;
  cluster: Cluster;
  config: Record<string, string>;
  baseline: Sample;
  samples: Sample[];
  exceptions: Exceptions;
  submittedAtMs: number;
}

/**
 * Per-timer figures while the heap still had room (live heap after GC below 90 % of -Xmx, before the full-GC storm
 * stops the task): live heap, RSS and threads per timer, timers per second.
 */
function perTimer(samples: readonly Sample[], heapMaxBytes: number) {
  const h = samples.filter((s) => s.histogram && s.histogram.timers > 0 && s.histogram.totalBytes < 0.9 * heapMaxBytes);
  const xs = (f: (s: Sample) => number) => h.map((s) => [s.histogram?.timers ?? 0, f(s)] as const);
  return {
    points: h.length,
    liveHeapBytesPerTimer: Math.round(slope(xs((s) => s.histogram?.totalBytes ?? 0))),
    rssBytesPerTimer: Math.round(slope(xs((s) => s.tmRssBytes))),
    threadsPerTimer: Number(slope(xs((s) => s.procThreads)).toFixed(3)),
    timersPerSecond: Number((slope(h.map((s) => [s.tMs / 1000, s.histogram?.timers ?? 0] as const)) || 0).toFixed(2)),
  };
}

/** -Xmx of the TaskManager as BashJavaUtils derived it. */
function heapMax(c: Cluster): number {
  return Number(c.tm.jvmArgs.find((a) => a.startsWith('-Xmx'))?.slice(4) ?? Number.NaN);
}

function modeFixture(r: ModeRecord) {
  const tmProc = r.cluster.taskManagers[0] as FlinkProcess;
  const history = [...(r.exceptions.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  const histos = r.samples.filter((s) => s.histogram);
  const firstOom = history.find((e) => e.stacktrace.includes('OutOfMemoryError'));
  return {
    figures: {
      baselineThreads: r.baseline.threads,
      baselineLiveHeapBytes: r.baseline.histogram?.totalBytes ?? -1,
      baselineRssBytes: r.baseline.tmRssBytes,
      ...perTimer(r.samples, heapMax(r.cluster)),
      maxThreads: Math.max(...r.samples.map((s) => s.threads)),
      maxTimers: Math.max(0, ...histos.map((s) => s.histogram?.timers ?? 0)),
      maxLiveHeapBytes: Math.max(0, ...histos.map((s) => s.histogram?.totalBytes ?? 0)),
      maxRssBytes: Math.max(...r.samples.map((s) => s.tmRssBytes)),
      firstOomAtMs: firstOom ? firstOom.timestamp - r.submittedAtMs : -1,
      firstFailureAtMs: history[0] ? history[0].timestamp - r.submittedAtMs : -1,
      maxFullGcs: Math.max(...r.samples.map((s) => s.fullGcs)),
      finalStatus: r.samples.at(-1)?.status ?? 'none',
      finalNumRestarts: r.samples.at(-1)?.numRestarts ?? -1,
      taskManagerExitCode: tmProc.child.exitCode,
      taskManagerSignal: tmProc.child.signalCode,
    },
    texts: {
      nettyWarning: logLines(tmProc.logFile, /HashedWheelTimer/).slice(0, 3),
      taskManagerOom: logLines(tmProc.logFile, /OutOfMemoryError/).slice(0, 6),
      taskManagerFatal: logLines(tmProc.logFile, /FATAL|Fatal|Terminating|exit code|Stopping the process/).slice(0, 8),
      taskManagerOut: logLines(tmProc.outFile, /OutOfMemoryError|Exception in thread/).slice(0, 6),
      rootException: messageHead(r.exceptions['root-exception'] ?? ''),
      exceptionHistory: history.map((e) => ({
        atMs: e.timestamp - r.submittedAtMs,
        taskName: e.taskName,
        head: messageHead(e.stacktrace).slice(0, 3),
      })),
      taskTransitions: logLines(tmProc.logFile, /switched from/).slice(0, 12),
      // what the JobManager saw of a TaskManager busy with full GCs: its heartbeat timing out, the task failed, the restart
      jobManager: logLines(
        r.cluster.jobManager.logFile,
        /heartbeat of TaskManager|switched from state|switched from RUNNING to FAILED|Recovery is suppressed|NoResourceAvailableException/,
      ).slice(0, 16),
      taskManagerHeartbeat: logLines(tmProc.logFile, /The heartbeat of|Close JobManager connection|Disconnect|disconnect/).slice(0, 8),
      histogramTop: histos.at(-1)?.histogram?.top ?? [],
    },
    config: r.config,
    bashJavaUtils: { taskmanager: r.cluster.tm, jobmanager: r.cluster.jm },
    commandLines: { jobmanager: r.cluster.jobManager.args, taskmanager: tmProc.args },
    samples: r.samples,
  };
}

async function scrape(port: number, tmId: string, jobId: string, tm: FlinkProcess, t0: number, mode: Mode, log: (s: string) => void) {
  const samples: Sample[] = [];
  let after = 0;
  while (Date.now() - t0 < LIMIT_MS[mode] && after < 3) {
    const s = await sample(port, tmId, jobId, tm, t0, samples.length % HISTOGRAM_EVERY === 0);
    samples.push(s);
    if (s.histogram)
      log(
        `  ${mode} t=${s.tMs} ${s.status} restarts=${s.numRestarts} threads=${s.threads}/${s.procThreads} timers=${s.histogram.timers} live=${(s.histogram.totalBytes / 1048576).toFixed(1)} MiB rss=${(s.tmRssBytes / 1048576).toFixed(0)} MiB old=${s.oldPercent}% FGC=${s.fullGcs}`,
      );
    if (['FAILED', 'CANCELED', 'FINISHED'].includes(s.status) || tm.child.exitCode !== null || tm.child.signalCode !== null) after++;
    await sleep(SAMPLE_MS);
  }
  return samples;
}

async function runMode(mode: Mode, log: (s: string) => void): Promise<ReturnType<typeof modeFixture>> {
  const config = { ...(await baseConfig()), ...RUN_CONFIG };
  const port = Number(config['rest.port']);
  const cluster = startCluster(`async-timer-client-${mode}`, config, 1);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const tmProc = cluster.taskManagers[0] as FlinkProcess;
    const tmId = (await registeredTaskManagers(port, 1))[0] as string;
    const baseline = await waitFor('the TaskManager metrics', 30_000, async () => {
      const s = await sample(port, tmId, undefined, tmProc, Date.now(), true);
      return s.threads >= 0 ? s : undefined;
    });
    const jobId = submitJob('lab.AsyncTimerClientJob', port, [
      '--mode',
      mode,
      '--callsPerSecond',
      String(CALLS_PER_SECOND),
      '--clientKiB',
      String(CLIENT_KIB),
    ]);
    const submittedAtMs = Date.now();
    log(`flink-lab: ${mode} job ${jobId} submitted`);
    const samples = await scrape(port, tmId, jobId, tmProc, submittedAtMs, mode, log);
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=100`).catch(() => ({}));
    // the texts are read before the processes stop: a stopping JobManager's log4j rewrites its log file (append = false)
    return modeFixture({ mode, cluster, config, baseline, samples, exceptions, submittedAtMs });
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
  }
}

/** Both modes, one after the other (each on its own cluster), into one fixture. */
export async function runAsyncTimerClient(log: (s: string) => void): Promise<string> {
  buildLab(log);
  const perCall = await runMode('per-call', log);
  const shared = await runMode('shared', log);
  const fx = {
    experiment: 'async-timer-client',
    what: `lab.AsyncTimerClientJob: AsyncDataStream.unorderedWait with a RichAsyncFunction; per-call: a new client holding a ${TIMER_CLASS} (tick 100 ms, 512 buckets, started) and ${CLIENT_KIB} KiB of its own per asyncInvoke, never closed; shared: one client per subtask from open(), closed in close(); ${CALLS_PER_SECOND} calls/s`,
    flinkVersion: flinkVersion(),
    ...provenance(),
    params: { callsPerSecond: CALLS_PER_SECOND, clientKiB: CLIENT_KIB, sampleMs: SAMPLE_MS, histogramEverySamples: HISTOGRAM_EVERY },
    perCall,
    shared,
  };
  const file = writeLabFixture('async-timer-client', fx);
  log(`flink-lab: per-call ${JSON.stringify(fx.perCall.figures)}`);
  log(`flink-lab: shared ${JSON.stringify(fx.shared.figures)}`);
  return file;
}
