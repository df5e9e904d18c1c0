/**
 * The keyed-windows lab run: a JobManager and one TaskManager (1g, heap -Xmx ≈ 154 MiB), lab.KeyedWindowsJob (keyed
 * event-time windows whose watermark never moves, so no window is ever purged) on the hashmap state backend with a
 * checkpoint every CHECKPOINT_MS. The runner fails the task once (marker file) after FAIL_AFTER_CHECKPOINTS completed
 * checkpoints, holds the input until the restored state has been checkpointed again, then lets the state grow until
 * the heap runs out or RUN_LIMIT_MS. Samples the TaskManager's heap and GC metrics, the job's checkpoint stats and
 * restarts every SAMPLE_MS; writes calibration/fixtures/flink/<version>/keyed-windows.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseConfig, buildLab, type Cluster, type FlinkProcess, flinkVersion, LAB_DIR, startCluster, stopAll, submitJob } from './cluster';
import { type Exceptions, logLines, messageHead, provenance, writeLabFixture } from './record';
import { getJson, registeredTaskManagers, metrics, rssBytes, sleep, waitFor } from './rest';

const RUN_ID = 'keyed-windows';
const RECORDS_PER_SECOND = 5000;
const PAYLOAD_BYTES = 100;
const KEYS = 1000;
const CHECKPOINT_MS = 3000;
const CHECKPOINT_TIMEOUT_MS = 10_000;
const FAIL_AFTER_CHECKPOINTS = 6;
const HOLD_CHECKPOINTS = 3;
const SAMPLE_MS = 1000;
const RUN_LIMIT_MS = 240_000;
const MARKERS = join(LAB_DIR, '..', '.build', 'flink-lab', RUN_ID, 'markers');
const CHECKPOINT_DIR = join(LAB_DIR, '..', '.build', 'flink-lab', RUN_ID, 'checkpoints');

/** The run's own keys on top of baseConfig(); every key is recorded in the fixture. */
const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': '1',
  'state.backend.type': 'hashmap',
  'execution.checkpointing.interval': `${CHECKPOINT_MS} ms`,
  'execution.checkpointing.timeout': `${CHECKPOINT_TIMEOUT_MS} ms`,
  'execution.checkpointing.tolerable-failed-checkpoints': '2',
  'state.checkpoints.dir': `file://${CHECKPOINT_DIR}`,
  'web.checkpoints.history': '200',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '3',
  'restart-strategy.fixed-delay.delay': '2 s',
  // Flink's latency markers (source → each operator), the metric that rises with GC pauses
  'metrics.latency.interval': '1000',
};

interface CheckpointEntry {
  id: number;
  status: string;
  trigger_timestamp: number;
  latest_ack_timestamp: number;
  state_size: number;
  checkpointed_size: number;
  end_to_end_duration: number;
  failure_message?: string;
}

interface CheckpointStats {
  counts: { restored: number; total: number; in_progress: number; completed: number; failed: number };
  latest: {
    completed: CheckpointEntry | null;
    failed: (CheckpointEntry & { failure_timestamp: number; failure_message: string }) | null;
    restored: { id: number; restore_timestamp: number; external_path: string } | null;
  };
  history: CheckpointEntry[];
}

interface Sample {
  tMs: number;
  status: string;
  numRestarts: number;
  heapUsedBytes: number;
  heapMaxBytes: number;
  gc: Record<string, number>;
  tmRssBytes: number;
  checkpointsCompleted: number;
  checkpointsFailed: number;
  lastCompletedId: number;
  lastCheckpointStateBytes: number;
  lastCheckpointDurationMs: number;
  restoredId: number;
  latencyP99Ms: number;
}

interface Probe {
  port: number;
  tmId: string;
  jobId: string;
  gcMetrics: string[];
  latencyMetric: string | undefined;
  tm: FlinkProcess;
  t0: number;
}

async function sample(p: Probe): Promise<Sample> {
  const none = () => ({}) as Record<string, number>;
  const m = await metrics(p.port, `/taskmanagers/${p.tmId}/metrics`, [
    'Status.JVM.Memory.Heap.Used',
    'Status.JVM.Memory.Heap.Max',
    ...p.gcMetrics,
  ]).catch(none);
  const job = await getJson<{ state: string }>(p.port, `/jobs/${p.jobId}`).catch(() => ({ state: 'UNKNOWN' }));
  const jm = await metrics(p.port, `/jobs/${p.jobId}/metrics`, ['numRestarts', ...(p.latencyMetric ? [p.latencyMetric] : [])]).catch(none);
  const cp = await getJson<CheckpointStats>(p.port, `/jobs/${p.jobId}/checkpoints`).catch(() => undefined);
  return {
    tMs: Date.now() - p.t0,
    status: job.state,
    numRestarts: jm.numRestarts ?? -1,
    heapUsedBytes: m['Status.JVM.Memory.Heap.Used'] ?? -1,
    heapMaxBytes: m['Status.JVM.Memory.Heap.Max'] ?? -1,
    gc: Object.fromEntries(p.gcMetrics.map((g) => [g.replace('Status.JVM.GarbageCollector.', ''), m[g] ?? -1])),
    tmRssBytes: rssBytes(p.tm.child.pid),
    checkpointsCompleted: cp?.counts.completed ?? -1,
    checkpointsFailed: cp?.counts.failed ?? -1,
    lastCompletedId: cp?.latest.completed?.id ?? -1,
    lastCheckpointStateBytes: cp?.latest.completed?.state_size ?? -1,
    lastCheckpointDurationMs: cp?.latest.completed?.end_to_end_duration ?? -1,
    restoredId: cp?.latest.restored?.id ?? -1,
    latencyP99Ms: p.latencyMetric ? (jm[p.latencyMetric] ?? -1) : -1,
  };
}

type Phase = 'growing' | 'failing' | 'holding' | 'growing-again';

interface Milestones {
  failMarkerAtMs: number;
  lastCompletedBeforeFail: CheckpointEntry | null;
  releasedAtMs: number;
}

/** One sampling step's decision: when to drop the `fail` marker, when to remove `hold`. */
function steer(s: Sample, phase: Phase, ms: Milestones, p: Probe, cp: CheckpointStats | undefined): Phase {
  if (phase === 'growing' && s.status === 'RUNNING' && s.checkpointsCompleted >= FAIL_AFTER_CHECKPOINTS) {
    ms.lastCompletedBeforeFail = cp?.latest.completed ?? null;
    writeFileSync(join(MARKERS, 'fail'), '');
    ms.failMarkerAtMs = Date.now() - p.t0;
    return 'failing';
  }
  if (phase === 'failing' && s.restoredId >= 0) return 'holding';
  const restoredChecked = (cp?.history ?? []).filter((h) => h.status === 'COMPLETED' && h.id > s.restoredId).length;
  if (phase === 'holding' && s.status === 'RUNNING' && restoredChecked >= HOLD_CHECKPOINTS) {
    rmSync(join(MARKERS, 'hold'), { force: true });
    ms.releasedAtMs = Date.now() - p.t0;
    return 'growing-again';
  }
  return phase;
}

/** Samples and steers until the job is globally terminal (plus two samples after), the TaskManager exits, or RUN_LIMIT_MS. */
async function scrape(p: Probe, log: (s: string) => void): Promise<{ samples: Sample[]; milestones: Milestones }> {
  const samples: Sample[] = [];
  const milestones: Milestones = { failMarkerAtMs: -1, lastCompletedBeforeFail: null, releasedAtMs: -1 };
  let phase: Phase = 'growing';
  let after = 0;
  while (Date.now() - p.t0 < RUN_LIMIT_MS && after < 3) {
    const s = await sample(p);
    samples.push(s);
    const cp = await getJson<CheckpointStats>(p.port, `/jobs/${p.jobId}/checkpoints`).catch(() => undefined);
    const next = steer(s, phase, milestones, p, cp);
    if (next !== phase) log(`  t=${s.tMs} ms phase ${phase} -> ${next}`);
    phase = next;
    if (samples.length % 10 === 0)
      log(
        `  t=${s.tMs} ms ${s.status} restarts=${s.numRestarts} heap=${(s.heapUsedBytes / 1048576).toFixed(1)} MiB cp=${s.checkpointsCompleted}/${s.checkpointsFailed} last=${(s.lastCheckpointStateBytes / 1048576).toFixed(1)} MiB ${s.lastCheckpointDurationMs} ms`,
      );
    if (['FAILED', 'CANCELED', 'FINISHED'].includes(s.status) || p.tm.child.exitCode !== null) after++;
    await sleep(SAMPLE_MS);
  }
  return { samples, milestones };
}

interface RunRecord {
  cluster: Cluster;
  config: Record<string, string>;
  samples: Sample[];
  milestones: Milestones;
  checkpoints: CheckpointStats | undefined;
  exceptions: Exceptions | undefined;
  submittedAtMs: number;
}

/** The checkpoints as the REST history has them, oldest first, times relative to the submission. */
function checkpointHistory(run: RunRecord) {
  return [...(run.checkpoints?.history ?? [])]
    .sort((a, b) => a.id - b.id)
    .map((h) => ({
      id: h.id,
      status: h.status,
      triggerAtMs: h.trigger_timestamp - run.submittedAtMs,
      stateSizeBytes: h.state_size,
      checkpointedSizeBytes: h.checkpointed_size,
      durationMs: h.end_to_end_duration,
      failure: h.failure_message ?? null,
    }));
}

function figures(run: RunRecord, history: ReturnType<typeof checkpointHistory>) {
  const before = run.milestones.lastCompletedBeforeFail;
  const restoredId = run.checkpoints?.latest.restored?.id ?? -1;
  const afterRestore = history.filter((h) => h.status === 'COMPLETED' && h.id > (before?.id ?? 0));
  const heldSizes = afterRestore.filter((h) => h.triggerAtMs < run.milestones.releasedAtMs).map((h) => h.stateSizeBytes);
  const completed = history.filter((h) => h.status === 'COMPLETED');
  const gcNames = Object.keys(run.samples[0]?.gc ?? {});
  return {
    lastCompletedBeforeFailId: before?.id ?? -1,
    lastCompletedBeforeFailStateBytes: before?.state_size ?? -1,
    restoredCheckpointId: restoredId,
    checkpointSizesWhileHeldBytes: heldSizes,
    failMarkerAtMs: run.milestones.failMarkerAtMs,
    releasedAtMs: run.milestones.releasedAtMs,
    checkpointsCompleted: completed.length,
    checkpointsFailed: history.filter((h) => h.status === 'FAILED').length,
    maxCheckpointStateBytes: Math.max(-1, ...completed.map((h) => h.stateSizeBytes)),
    maxCheckpointDurationMs: Math.max(-1, ...completed.map((h) => h.durationMs)),
    heapMaxBytes: run.samples.find((s) => s.heapMaxBytes > 0)?.heapMaxBytes ?? -1,
    gcAtEnd: Object.fromEntries(gcNames.map((g) => [g, Math.max(-1, ...run.samples.map((s) => s.gc[g] ?? -1))])),
    finalStatus: run.samples.at(-1)?.status ?? 'none',
    finalNumRestarts: Math.max(-1, ...run.samples.map((s) => s.numRestarts)),
    taskManagerExitCode: run.cluster.taskManagers[0]?.child.exitCode ?? null,
  };
}

function fixture(run: RunRecord, version: string) {
  const { jobManager: jmProc, taskManagers, tm, jm } = run.cluster;
  const tmProc = taskManagers[0] as FlinkProcess;
  const history = checkpointHistory(run);
  const entries = [...(run.exceptions?.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  return {
    experiment: RUN_ID,
    what: `lab.KeyedWindowsJob: ${RECORDS_PER_SECOND} records/s of ${PAYLOAD_BYTES} B over ${KEYS} keys into 10 s event-time windows that never fire (no watermarks), hashmap state backend, a checkpoint every ${CHECKPOINT_MS} ms; one injected task failure, then growth until the heap runs out`,
    flinkVersion: version,
    ...provenance(),
    params: { recordsPerSecond: RECORDS_PER_SECOND, payloadBytes: PAYLOAD_BYTES, keys: KEYS, sampleMs: SAMPLE_MS },
    config: run.config,
    bashJavaUtils: { taskmanager: tm, jobmanager: jm },
    commandLines: { jobmanager: jmProc.args, taskmanager: tmProc.args },
    figures: figures(run, history),
    checkpoints: history,
    texts: {
      restoring: logLines(jmProc.logFile, /Restoring job .* from Checkpoint/),
      checkpointFailures: logLines(
        jmProc.logFile,
        /expired before completing|Failed to trigger|Exceeded checkpoint tolerable|declined/,
      ).slice(0, 12),
      completedCheckpointExample: logLines(jmProc.logFile, /Completed checkpoint \d+ for job/).slice(0, 2),
      rootException: messageHead(run.exceptions?.['root-exception'] ?? ''),
      exceptionHistory: entries.map((e) => ({
        atMs: e.timestamp - run.submittedAtMs,
        taskName: e.taskName,
        head: messageHead(e.stacktrace).slice(0, 3),
      })),
      jobManager: logLines(jmProc.logFile, /Recovery is suppressed|switched from state (RUNNING|FAILING|RESTARTING) to/).slice(-12),
      taskManagerOom: logLines(tmProc.logFile, /OutOfMemoryError/).slice(0, 4),
      taskManagerFatal: logLines(tmProc.logFile, /FATAL|Terminating TaskManagerRunner/).slice(0, 4),
      taskManagerOut: logLines(tmProc.outFile, /OutOfMemoryError/).slice(0, 4),
      heartbeat: logLines(jmProc.logFile, /heartbeat of TaskManager .* timed out/).slice(0, 2),
    },
    samples: run.samples,
  };
}

/**
 * The TaskManager's GC metric ids (collector names differ per GC and JDK) and the sink's latency p99. The REST
 * metric store fills in asynchronously after the first query, so the lists are polled until they are there.
 */
async function metricNames(port: number, tmId: string, jobId: string): Promise<{ gc: string[]; latency: string | undefined }> {
  const gc = await waitFor('the GC metrics', 30_000, async () => {
    const list = await getJson<Array<{ id: string }>>(port, `/taskmanagers/${tmId}/metrics`);
    const ids = list.map((m) => m.id).filter((id) => /^Status\.JVM\.GarbageCollector\..*\.(Count|Time)$/.test(id));
    return ids.length > 0 ? ids : undefined;
  });
  const latency = await waitFor('the latency metrics', 15_000, async () => {
    const list = await getJson<Array<{ id: string }>>(port, `/jobs/${jobId}/metrics`);
    return list.map((m) => m.id).find((id) => id.startsWith('latency.') && id.endsWith('latency_p99'));
  }).catch(() => undefined);
  return { gc, latency };
}

/** The whole run; the processes are stopped on every path (also on errors and Ctrl-C). */
export async function runKeyedWindows(log: (s: string) => void): Promise<string> {
  buildLab(log);
  rmSync(MARKERS, { recursive: true, force: true });
  rmSync(CHECKPOINT_DIR, { recursive: true, force: true });
  mkdirSync(MARKERS, { recursive: true });
  const config = { ...(await baseConfig()), ...RUN_CONFIG };
  const port = Number(config['rest.port']);
  const cluster = startCluster(RUN_ID, config, 1);
  log(`flink-lab: TaskManager ${cluster.tm.jvmArgs.join(' ')}`);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const tmProc = cluster.taskManagers[0] as FlinkProcess;
    const tmId = (await registeredTaskManagers(port, 1))[0] as string;
    const jobId = submitJob('lab.KeyedWindowsJob', port, [
      ...['--recordsPerSecond', String(RECORDS_PER_SECOND), '--payloadBytes', String(PAYLOAD_BYTES)],
      ...['--keys', String(KEYS), '--markerDir', MARKERS],
      // the job switches checkpointing on itself (a session cluster's config does not); the config keys below record it
      ...['--checkpointMs', String(CHECKPOINT_MS), '--checkpointTimeoutMs', String(CHECKPOINT_TIMEOUT_MS), '--tolerableFailures', '2'],
    ]);
    const submittedAtMs = Date.now();
    log(`flink-lab: job ${jobId} submitted`);
    await sleep(3000); // the latency metrics appear once the markers have passed
    const names = await metricNames(port, tmId, jobId);
    const probe: Probe = { port, tmId, jobId, gcMetrics: names.gc, latencyMetric: names.latency, tm: tmProc, t0: submittedAtMs };
    const { samples, milestones } = await scrape(probe, log);
    const checkpoints = await getJson<CheckpointStats>(port, `/jobs/${jobId}/checkpoints`).catch(() => undefined);
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=100`).catch(() => undefined);
    const fx = fixture({ cluster, config, samples, milestones, checkpoints, exceptions, submittedAtMs }, flinkVersion());
    const file = writeLabFixture(RUN_ID, fx);
    log(`flink-lab: ${JSON.stringify(fx.figures)}`);
    return file;
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
  }
}
