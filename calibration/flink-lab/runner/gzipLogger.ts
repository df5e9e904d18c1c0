/**
 * The gzip-logger lab run (Twitter's native-gzip-leak): a JobManager and two TaskManagers (1g, one slot each), each in
 * its own memory cgroup limited to the process size (as a Kubernetes pod limit), lab.GzipLoggerJob at parallelism 2:
 * quiet, then a storm of dependency timeouts, each logged through a GZIPOutputStream — never closed on subtask 0,
 * closed in finally on subtask 1 (the fix). Records RSS, cgroup usage, Direct.MemoryUsed, heap, GC counts and the
 * exceptionsLogged counter every 500 ms until the kernel kills the leaking TaskManager (or the storm ends), and writes
 * calibration/fixtures/flink/<version>/gzip-logger.json.
 */
import { baseConfig, buildLab, type Cluster, type FlinkProcess, flinkVersion, startCluster, stopAll, submitJob } from './cluster';
import { addProcess, type CgroupReading, createMemoryCgroup, type MemoryCgroup, readCgroup, removeMemoryCgroup } from './memoryCgroup';
import { type Exceptions, logLines, messageHead, provenance, writeLabFixture } from './record';
import { getJson, metrics, registeredTaskManagers, rssBytes, sleep } from './rest';

const QUIET_MS = 15_000;
const STORM_MS = 90_000;
const EXCEPTIONS_PER_SEC = 400;
const SAMPLE_MS = 500;
/** After the kill or the storm's end: long enough for the JobManager's heartbeat timeout (10 s in baseConfig) to show. */
const AFTER_MS = 15_000;
const PROCESS_BYTES = 1536 * 1048576;

const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1536m',
  'taskmanager.numberOfTaskSlots': '1',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '2',
  'restart-strategy.fixed-delay.delay': '1 s',
};

const TM_METRICS = [
  'Status.JVM.Memory.Direct.MemoryUsed',
  'Status.JVM.Memory.Heap.Used',
  'Status.JVM.GarbageCollector.G1_Young_Generation.Count',
  'Status.JVM.GarbageCollector.G1_Old_Generation.Count',
] as const;

interface TmSample {
  rssBytes: number;
  cgroupUsageBytes: number;
  directUsedBytes: number;
  heapUsedBytes: number;
  youngGcs: number;
  oldGcs: number;
}

interface Sample {
  tMs: number;
  status: string;
  /** exceptionsLogged per subtask (index = subtask), -1 when not reported. */
  exceptions: number[];
  /** Per TaskManager process in start order. */
  tms: TmSample[];
}

interface Probe {
  port: number;
  tmIds: string[];
  procs: FlinkProcess[];
  groups: Array<MemoryCgroup | undefined>;
}

async function tmSample(p: Probe, i: number): Promise<TmSample> {
  const id = p.tmIds[i] as string;
  const proc = p.procs[i] as FlinkProcess;
  const alive = proc.child.exitCode === null && proc.child.signalCode === null;
  const m = alive ? await metrics(p.port, `/taskmanagers/${id}/metrics`, TM_METRICS).catch(() => ({}) as Record<string, number>) : {};
  const cg = p.groups[i];
  return {
    rssBytes: rssBytes(proc.child.pid),
    cgroupUsageBytes: cg ? readCgroup(cg).usageBytes : -1,
    directUsedBytes: m['Status.JVM.Memory.Direct.MemoryUsed'] ?? -1,
    heapUsedBytes: m['Status.JVM.Memory.Heap.Used'] ?? -1,
    youngGcs: m['Status.JVM.GarbageCollector.G1_Young_Generation.Count'] ?? -1,
    oldGcs: m['Status.JVM.GarbageCollector.G1_Old_Generation.Count'] ?? -1,
  };
}

/** exceptionsLogged of every subtask (`<subtask>.GzipLogger.exceptionsLogged` on the chained vertex). */
async function exceptionCounts(port: number, jobId: string): Promise<number[]> {
  const job = await getJson<{ vertices: Array<{ id: string }> }>(port, `/jobs/${jobId}`);
  const vertex = job.vertices[0]?.id;
  if (!vertex) return [];
  const names = [0, 1].map((s) => `${s}.GzipLogger.exceptionsLogged`);
  const m = await metrics(port, `/jobs/${jobId}/vertices/${vertex}/metrics`, names);
  return names.map((n) => m[n] ?? -1);
}

async function sample(p: Probe, jobId: string, t0: number): Promise<Sample> {
  const job = await getJson<{ state: string }>(p.port, `/jobs/${jobId}`).catch(() => ({ state: 'UNKNOWN' }));
  const exceptions = await exceptionCounts(p.port, jobId).catch(() => [-1, -1]);
  const tms = await Promise.all(p.procs.map((_, i) => tmSample(p, i)));
  return { tMs: Date.now() - t0, status: job.state, exceptions, tms };
}

const gone = (proc: FlinkProcess) => proc.child.exitCode !== null || proc.child.signalCode !== null;

/** Samples until AFTER_MS past the first TaskManager's death or the storm's end. */
async function scrape(p: Probe, jobId: string, t0: number, log: (s: string) => void): Promise<{ samples: Sample[]; killedAtMs: number }> {
  const samples: Sample[] = [];
  let killedAtMs = -1;
  const stopAt = () => (killedAtMs >= 0 ? killedAtMs : QUIET_MS + STORM_MS) + AFTER_MS;
  while (Date.now() - t0 < stopAt()) {
    const s = await sample(p, jobId, t0);
    samples.push(s);
    if (killedAtMs < 0 && p.procs.some(gone)) killedAtMs = s.tMs;
    if (samples.length % 10 === 0)
      log(
        `  t=${s.tMs} ms ${s.status} exceptions=${s.exceptions.join('/')} rss=${s.tms.map((t) => (t.rssBytes / 1048576).toFixed(0)).join('/')} MiB`,
      );
    await sleep(SAMPLE_MS);
  }
  return { samples, killedAtMs };
}

/** subtask → TaskManager index, from the `lab: subtask <s> pid <p> closes <b>` line each open() prints to its .out. */
function subtaskPlacement(procs: readonly FlinkProcess[]): number[] {
  const bySubtask: number[] = [];
  procs.forEach((proc, i) => {
    for (const line of logLines(proc.outFile, /^lab: subtask /)) bySubtask[Number(line.split(' ')[2])] = i;
  });
  return bySubtask;
}

interface RunRecord {
  cluster: Cluster;
  config: Record<string, string>;
  groups: Array<MemoryCgroup | undefined>;
  finalCgroups: Array<CgroupReading | undefined>;
  samples: Sample[];
  killedAtMs: number;
  exceptions: Exceptions;
}

/** Figures of one TaskManager over the storm: RSS and cgroup growth per exception, GCs, heap and direct ranges. */
function tmFigures(samples: readonly Sample[], tm: number, subtask: number) {
  const live = samples.filter((s) => (s.tms[tm]?.rssBytes ?? -1) > 0 && (s.exceptions[subtask] ?? -1) >= 0);
  const before = live.filter((s) => s.tMs < QUIET_MS).at(-1) ?? live[0];
  const last = live.at(-1);
  if (!before || !last) return undefined;
  const b = before.tms[tm] as TmSample;
  const l = last.tms[tm] as TmSample;
  const exceptions = (last.exceptions[subtask] ?? 0) - Math.max(0, before.exceptions[subtask] ?? 0);
  // the first young GC of the storm: until then no stream could be freed (the first-use figure of calibration/java/Zlib)
  const firstGc = live.find((s) => s.tMs >= QUIET_MS && (s.tms[tm]?.youngGcs ?? 0) > b.youngGcs);
  const untilGc = live.filter((s) => s.tMs >= QUIET_MS && (!firstGc || s.tMs < firstGc.tMs)).at(-1);
  const gcExceptions = untilGc ? (untilGc.exceptions[subtask] ?? 0) - Math.max(0, before.exceptions[subtask] ?? 0) : 0;
  const range = (f: keyof TmSample) => {
    const xs = live.map((s) => (s.tms[tm] as TmSample)[f]).filter((x) => x >= 0);
    return { min: Math.min(...xs), max: Math.max(...xs) };
  };
  return {
    subtask,
    exceptions,
    rssBeforeStormBytes: b.rssBytes,
    rssLastBytes: l.rssBytes,
    rssGrowthBytes: l.rssBytes - b.rssBytes,
    rssGrowthPerExceptionBytes: exceptions > 0 ? Math.round((l.rssBytes - b.rssBytes) / exceptions) : -1,
    cgroupGrowthBytes: b.cgroupUsageBytes >= 0 ? l.cgroupUsageBytes - b.cgroupUsageBytes : -1,
    exceptionsBeforeFirstGc: gcExceptions,
    rssGrowthPerExceptionBeforeFirstGcBytes:
      untilGc && gcExceptions > 0 ? Math.round(((untilGc.tms[tm] as TmSample).rssBytes - b.rssBytes) / gcExceptions) : -1,
    youngGcsInStorm: l.youngGcs - b.youngGcs,
    oldGcsInStorm: l.oldGcs - b.oldGcs,
    heapUsedBytes: range('heapUsedBytes'),
    directUsedBytes: range('directUsedBytes'),
  };
}

function fixture(run: RunRecord, version: string) {
  const { jobManager: jmProc, taskManagers, tm, jm } = run.cluster;
  const placement = subtaskPlacement(taskManagers);
  const leakingTm = placement[0] ?? 0;
  const fixedTm = placement[1] ?? 1;
  const killed = taskManagers.findIndex(gone);
  const killedProc = taskManagers[killed];
  const history = [...(run.exceptions.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  return {
    experiment: 'gzip-logger',
    what: `lab.GzipLoggerJob: ${EXCEPTIONS_PER_SEC} dependency timeouts/s per subtask after ${QUIET_MS} ms, each logged through a GZIPOutputStream; subtask 0 never closes it, subtask 1 closes it in finally; each TaskManager in a memory cgroup of ${PROCESS_BYTES} B`,
    flinkVersion: version,
    ...provenance(),
    params: { quietMs: QUIET_MS, stormMs: STORM_MS, exceptionsPerSec: EXCEPTIONS_PER_SEC, sampleMs: SAMPLE_MS },
    config: run.config,
    cgroups: run.groups.map((g, i) => (g ? { limitBytes: g.limitBytes, final: run.finalCgroups[i] } : null)),
    bashJavaUtils: { taskmanager: tm, jobmanager: jm },
    commandLines: { jobmanager: jmProc.args, taskmanager: taskManagers[0]?.args },
    figures: {
      subtaskOnTaskManager: placement,
      leaking: tmFigures(run.samples, leakingTm, 0),
      fixed: tmFigures(run.samples, fixedTm, 1),
      killedTaskManager: killed < 0 ? null : killed + 1,
      killedAtMs: run.killedAtMs,
      killSignal: killedProc?.child.signalCode ?? null,
      killExitCode: killedProc?.child.exitCode ?? null,
      finalStatus: run.samples.at(-1)?.status ?? 'none',
    },
    texts: {
      exceptionHistory: history.map((e) => ({ taskName: e.taskName, head: messageHead(e.stacktrace).slice(0, 3) })),
      jobManager: logLines(jmProc.logFile, /switched from|no longer reachable|heartbeat|Heartbeat|disconnect|Disassociated/).slice(0, 30),
      taskManagerOut: taskManagers.map((p) => logLines(p.outFile, /^lab: /)),
    },
    samples: run.samples,
  };
}

/** The whole run; processes stopped and cgroups removed on every path. */
export async function runGzipLogger(log: (s: string) => void): Promise<string> {
  buildLab(log);
  const base = await baseConfig();
  // A JVM that starts inside a 1 GiB memory cgroup is not a "server class machine" (< 1792 MB) and picks SerialGC by
  // itself; moved into the cgroup a moment after its start it sees the host and picks G1. Run 2 of this lab got one of
  // each, so the collector is fixed: G1, as the engine's twin (cluster.gc) and Flink's own images run it.
  const config: Record<string, string> = {
    ...base,
    ...RUN_CONFIG,
    'env.java.opts.all': `${base['env.java.opts.all'] ?? ''} -XX:+UseG1GC`.trim(),
  };
  const port = Number(config['rest.port']);
  const cluster = startCluster('gzip-logger', config, 2);
  // into the cgroups at once: what the JVM touched before the move stays charged to the runner's cgroup (a few MiB)
  const groups = cluster.taskManagers.map((p, i) => {
    const g = createMemoryCgroup(`flink-lab-gzip-logger-tm${i + 1}`, PROCESS_BYTES);
    if (g && p.child.pid) addProcess(g, p.child.pid);
    return g;
  });
  log(`flink-lab: cgroups ${groups.map((g) => g?.dir ?? 'none').join(', ')}`);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const tmIds = await registeredTaskManagers(port, 2);
    // REST lists TaskManagers by id, the lab knows processes: match them by the data port each one logged
    const order = matchProcesses(tmIds, cluster.taskManagers);
    const procs = order.map((i) => cluster.taskManagers[i] as FlinkProcess);
    const ordered = order.map((i) => groups[i]);
    const jobId = submitJob('lab.GzipLoggerJob', port, [
      ...['--parallelism', '2', '--quietMs', String(QUIET_MS), '--stormMs', String(STORM_MS)],
      ...['--exceptionsPerSec', String(EXCEPTIONS_PER_SEC), '--closeOnSubtask', '1'],
    ]);
    const t0 = Date.now();
    log(`flink-lab: job ${jobId} submitted`);
    const { samples, killedAtMs } = await scrape({ port, tmIds, procs, groups: ordered }, jobId, t0, log);
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=20`).catch(() => ({}));
    const finalCgroups = ordered.map((g) => (g ? readCgroup(g) : undefined));
    const fx = fixture(
      { cluster: { ...cluster, taskManagers: procs }, config, groups: ordered, finalCgroups, samples, killedAtMs, exceptions },
      flinkVersion(),
    );
    const file = writeLabFixture('gzip-logger', fx);
    log(`flink-lab: ${JSON.stringify(fx.figures)}`);
    return file;
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
    for (const g of groups) removeMemoryCgroup(g);
  }
}

/** Indices into `procs` in the order of REST's TaskManager ids (TaskManagerRunner logs its ResourceID at start). */
function matchProcesses(tmIds: readonly string[], procs: readonly FlinkProcess[]): number[] {
  return tmIds.map((id) => {
    const own = procs.findIndex((p) => logLines(p.logFile, /./).some((l) => l.includes(id)));
    if (own < 0) throw new Error(`no TaskManager log names ${id}`);
    return own;
  });
}
