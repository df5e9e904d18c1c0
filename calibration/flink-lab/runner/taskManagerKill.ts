/**
 * The taskmanager-kill lab run: a JobManager and two TaskManagers (1g, 2 slots each), lab.KeyedCountJob at parallelism 4
 * (every slot; keyBy joins it into one pipelined region), default scheduler. Once the job processes, one TaskManager
 * process is killed with SIGKILL; the runner follows the job's states, its tasks' states and what is processed while
 * the TaskManager is missing (slot.request.timeout 20 s), then starts a replacement TaskManager and follows the job's
 * recovery. Writes calibration/fixtures/flink/<version>/taskmanager-kill.json.
 */
import {
  baseConfig,
  buildLab,
  type Cluster,
  type FlinkProcess,
  flinkVersion,
  killProcess,
  startCluster,
  startTaskManager,
  stopAll,
  submitJob,
} from './cluster';
import { type Exceptions, logLines, messageHead, provenance, writeLabFixture } from './record';
import { getJson, registeredTaskManagers, metrics, sleep, waitFor } from './rest';

const RUN_ID = 'taskmanager-kill';
const PARALLELISM = 4;
const SAMPLE_MS = 500;
/** How long the job processes before the kill, and how long the cluster stays one TaskManager short. */
const RUNNING_BEFORE_KILL_MS = 8000;
const MISSING_MS = 50_000;
const AFTER_REPLACEMENT_MS = 20_000;

/** The run's own keys on top of baseConfig(); every key is recorded in the fixture. */
const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': String(PARALLELISM),
  // a realistic strategy (Flink's default with checkpointing is fixed-delay, Integer.MAX_VALUE attempts, 1 s), kept finite
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '100',
  'restart-strategy.fixed-delay.delay': '2 s',
  // default 5 min; 20 s so that the run sees the slot requests time out while the TaskManager is missing
  'slot.request.timeout': '20 s',
  // the REST exception history keeps 16 entries by default: the first failure (the lost TaskManager) must stay in it
  'web.exception-history-size': '100',
};

interface VertexInfo {
  name: string;
  tasks: Record<string, number>;
  metrics: Record<string, number>;
}

interface Sample {
  tMs: number;
  status: string;
  numRestarts: number;
  taskManagers: number;
  slotsAvailable: number;
  /** Per vertex: the task states with a count above 0, e.g. {RUNNING: 4}. */
  tasks: Record<string, Record<string, number>>;
  sourceWriteRecords: number;
}

async function sample(port: number, jobId: string, t0: number): Promise<Sample> {
  const job = await getJson<{ state: string; vertices: VertexInfo[] }>(port, `/jobs/${jobId}`).catch(() => ({
    state: 'UNKNOWN',
    vertices: [],
  }));
  const restarts = await metrics(port, `/jobs/${jobId}/metrics`, ['numRestarts']).catch(() => ({}) as Record<string, number>);
  const overview = await getJson<{ taskmanagers: number; 'slots-available': number }>(port, '/overview').catch(() => undefined);
  const tasks: Record<string, Record<string, number>> = {};
  for (const v of job.vertices) tasks[v.name] = Object.fromEntries(Object.entries(v.tasks).filter(([, n]) => n > 0));
  return {
    tMs: Date.now() - t0,
    status: job.state,
    numRestarts: restarts.numRestarts ?? -1,
    taskManagers: overview?.taskmanagers ?? -1,
    slotsAvailable: overview?.['slots-available'] ?? -1,
    tasks,
    sourceWriteRecords: job.vertices[0]?.metrics['write-records'] ?? -1,
  };
}

async function scrapeFor(port: number, jobId: string, t0: number, ms: number, samples: Sample[], log: (s: string) => void): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const s = await sample(port, jobId, t0);
    samples.push(s);
    if (samples.length % 10 === 0)
      log(`  t=${s.tMs} ms ${s.status} restarts=${s.numRestarts} tms=${s.taskManagers} ${JSON.stringify(s.tasks)}`);
    await sleep(SAMPLE_MS);
  }
}

const allRunning = (s: Sample) => Object.values(s.tasks).every((t) => t.RUNNING === PARALLELISM && Object.keys(t).length === 1);

/** The job's status changes in order, with the first time each was seen (from the samples). */
function statusChanges(samples: readonly Sample[]): Array<{ atMs: number; status: string; tasks: Sample['tasks'] }> {
  const out: Array<{ atMs: number; status: string; tasks: Sample['tasks'] }> = [];
  let last = '';
  for (const s of samples) {
    const key = `${s.status} ${JSON.stringify(s.tasks)}`;
    if (key !== last) out.push({ atMs: s.tMs, status: s.status, tasks: s.tasks });
    last = key;
  }
  return out;
}

/** `lab: processed subtask s records n at <epoch ms>` lines of the TaskManagers' .out files, as times since t0. */
function processedAt(processes: readonly FlinkProcess[], t0: number): number[] {
  return processes
    .flatMap((p) => logLines(p.outFile, /^lab: processed /))
    .map((l) => Number(/ at (\d+)$/.exec(l)?.[1] ?? Number.NaN) - t0)
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
}

interface RunRecord {
  cluster: Cluster;
  config: Record<string, string>;
  samples: Sample[];
  exceptions: Exceptions;
  submittedAtMs: number;
  killedAtMs: number;
  killed: { exitCode: number | null; signal: string | null };
  replacementAtMs: number;
  recoveredAtMs: number;
}

function fixture(run: RunRecord, version: string) {
  const { jobManager: jmProc, taskManagers, tm, jm } = run.cluster;
  const [survivor, victim] = taskManagers as [FlinkProcess, FlinkProcess, FlinkProcess];
  const history = [...(run.exceptions.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  const processed = processedAt(taskManagers, run.submittedAtMs);
  const missing = processed.filter((t) => t > run.killedAtMs + 2000 && t < run.replacementAtMs);
  return {
    experiment: RUN_ID,
    what: `lab.KeyedCountJob at parallelism ${PARALLELISM} on two TaskManagers of 2 slots (one pipelined region, default scheduler); one TaskManager SIGKILLed, a replacement started ${MISSING_MS} ms later`,
    flinkVersion: version,
    ...provenance(),
    params: { parallelism: PARALLELISM, sampleMs: SAMPLE_MS, runningBeforeKillMs: RUNNING_BEFORE_KILL_MS, missingMs: MISSING_MS },
    config: run.config,
    bashJavaUtils: { taskmanager: tm, jobmanager: jm },
    commandLines: { jobmanager: jmProc.args, taskmanager: survivor.args },
    figures: {
      killedAtMs: run.killedAtMs,
      killedProcess: { name: victim.name, exitCode: run.killed.exitCode, signal: run.killed.signal },
      replacementStartedAtMs: run.replacementAtMs,
      recoveredAtMs: run.recoveredAtMs,
      // records processed (1000 per line) from 2 s after the kill until the replacement started: 0 if nothing runs
      processedLinesWhileMissing: missing.length,
      lastProcessedBeforeReplacementMs: Math.max(-1, ...processed.filter((t) => t < run.replacementAtMs)),
      firstProcessedAfterReplacementMs: processed.find((t) => t > run.replacementAtMs) ?? -1,
      finalStatus: run.samples.at(-1)?.status ?? 'none',
      finalNumRestarts: run.samples.at(-1)?.numRestarts ?? -1,
      survivorExitCode: survivor.child.exitCode,
    },
    statusChanges: statusChanges(run.samples),
    texts: {
      rootException: messageHead(run.exceptions['root-exception'] ?? ''),
      exceptionHistory: history.map((e) => ({
        atMs: e.timestamp - run.submittedAtMs,
        taskName: e.taskName,
        endpoint: e.endpoint ?? null,
        head: messageHead(e.stacktrace).slice(0, 4),
        concurrent: (
          (e as { concurrentExceptions?: Array<{ taskName: string | null; stacktrace: string }> }).concurrentExceptions ?? []
        ).map((c) => ({ taskName: c.taskName, head: messageHead(c.stacktrace).slice(0, 2) })),
      })),
      jobManager: logLines(
        jmProc.logFile,
        /switched from state|heartbeat|no longer reachable|Disconnect|Unregister|Registering TaskManager|NoResourceAvailable|not fulfillable|Restarting job|Recovery is suppressed|Could not|timed out|Closing TaskExecutor/i,
      ),
      jobManagerTaskTransitions: logLines(jmProc.logFile, /switched from (?!state)/).slice(0, 80),
      survivor: logLines(survivor.logFile, /switched from|RemoteTransport|Connection unexpectedly|Exception|heartbeat/i).slice(0, 60),
    },
    samples: run.samples,
  };
}

/** The whole run; the processes are stopped on every path (also on errors and Ctrl-C). */
export async function runTaskManagerKill(log: (s: string) => void): Promise<string> {
  buildLab(log);
  const config = { ...(await baseConfig()), ...RUN_CONFIG };
  const port = Number(config['rest.port']);
  const cluster = startCluster(RUN_ID, config, 2);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    await registeredTaskManagers(port, 2);
    const jobId = submitJob('lab.KeyedCountJob', port, ['--parallelism', String(PARALLELISM)]);
    const t0 = Date.now();
    log(`flink-lab: job ${jobId} submitted`);
    const samples: Sample[] = [];
    await waitFor('every task RUNNING', 60_000, async () => {
      const s = await sample(port, jobId, t0);
      samples.push(s);
      return allRunning(s) ? true : undefined;
    });
    await scrapeFor(port, jobId, t0, RUNNING_BEFORE_KILL_MS, samples, log);
    const victim = cluster.taskManagers[1] as FlinkProcess;
    const killedAtMs = Date.now() - t0;
    const killed = await killProcess(victim);
    log(`flink-lab: ${victim.name} killed at ${killedAtMs} ms (${JSON.stringify(killed)})`);
    await scrapeFor(port, jobId, t0, MISSING_MS, samples, log);
    const replacementAtMs = Date.now() - t0;
    startTaskManager(cluster, RUN_ID);
    log(`flink-lab: replacement TaskManager started at ${replacementAtMs} ms`);
    await waitFor('the job to run again', 120_000, async () => {
      const s = await sample(port, jobId, t0);
      samples.push(s);
      return allRunning(s) ? true : undefined;
    });
    const recoveredAtMs = Date.now() - t0;
    await scrapeFor(port, jobId, t0, AFTER_REPLACEMENT_MS, samples, log);
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=100`);
    const run = { cluster, config, samples, exceptions, submittedAtMs: t0, killedAtMs, killed, replacementAtMs, recoveredAtMs };
    const fx = fixture(run, flinkVersion());
    const file = writeLabFixture(RUN_ID, fx);
    log(`flink-lab: ${JSON.stringify(fx.figures)}`);
    return file;
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
  }
}
