/**
 * The concurrent-open-overflow lab run: lab.DirectLeakJob's direct leak (16 MiB per open(), never freed) behind a keyBy
 * (one pipelined region) at parallelism 2 on two TaskManagers of one slot each, so every attempt opens one leaking
 * subtask on each TaskManager at the same time. Records which subtask on which TaskManager fails in which attempt,
 * and how. Writes calibration/fixtures/flink/<version>/concurrent-open-overflow.json.
 */
import { baseConfig, buildLab, type Cluster, type FlinkProcess, flinkVersion, startCluster, stopAll, submitJob } from './cluster';
import { type Exceptions, logLines, messageHead, provenance, writeLabFixture } from './record';
import { getJson, metrics, registeredTaskManagers, sleep } from './rest';

const RUN_ID = 'concurrent-open-overflow';
const LEAK_MIB = 16;
const FAIL_AFTER_MS = 2000;
const SAMPLE_MS = 500;
const RUN_LIMIT_MS = 150_000;

const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  // one slot per TaskManager: subtask placement is forced, each TaskManager runs one leaking subtask per attempt
  'taskmanager.numberOfTaskSlots': '1',
  'parallelism.default': '2',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '12',
  'restart-strategy.fixed-delay.delay': '1 s',
  'classloader.parent-first-patterns.additional': 'lab.LeakHolder',
};

interface Sample {
  tMs: number;
  status: string;
  numRestarts: number;
  /** Status.JVM.Memory.Direct.MemoryUsed per TaskManager (REST id order of /taskmanagers), -1 if not read. */
  directUsedBytes: number[];
}

async function sample(port: number, tmIds: readonly string[], jobId: string, t0: number): Promise<Sample> {
  const job = await getJson<{ state: string }>(port, `/jobs/${jobId}`).catch(() => ({ state: 'UNKNOWN' }));
  const restarts = await metrics(port, `/jobs/${jobId}/metrics`, ['numRestarts']).catch(() => ({}) as Record<string, number>);
  const direct: number[] = [];
  for (const id of tmIds) {
    const m = await metrics(port, `/taskmanagers/${id}/metrics`, ['Status.JVM.Memory.Direct.MemoryUsed']).catch(
      () => ({}) as Record<string, number>,
    );
    direct.push(m['Status.JVM.Memory.Direct.MemoryUsed'] ?? -1);
  }
  return { tMs: Date.now() - t0, status: job.state, numRestarts: restarts.numRestarts ?? -1, directUsedBytes: direct };
}

/**
 * `DirectLeak -> Sink: Discard (2/2)#7 (<id>) switched from INITIALIZING to FAILED …` (or to CANCELING/CANCELED: the
 * JobMaster's cancellation came first) lines of one TaskManager's log.
 */
function failures(tm: FlinkProcess): Array<{ subtask: number; attempt: number; from: string; to: string; line: string }> {
  return logLines(tm.logFile, /DirectLeak.*switched from \w+ to (FAILED|CANCELING|CANCELED)/).map((line) => {
    const m = /\((\d+)\/\d+\)#(\d+) \([^)]*\) switched from (\w+) to (\w+)/.exec(line);
    return { subtask: Number(m?.[1]), attempt: Number(m?.[2]), from: m?.[3] ?? '', to: m?.[4] ?? '', line: line.replace(/^\S+ \S+ /, '') };
  });
}

interface RunRecord {
  cluster: Cluster;
  config: Record<string, string>;
  samples: Sample[];
  exceptions: Exceptions;
  submittedAtMs: number;
}

function fixture(run: RunRecord, version: string) {
  const { jobManager: jmProc, taskManagers, tm, jm } = run.cluster;
  const history = [...(run.exceptions.exceptionHistory?.entries ?? [])].sort((a, b) => a.timestamp - b.timestamp);
  type Concurrent = { concurrentExceptions?: Array<{ taskName: string | null; stacktrace: string; endpoint?: string | null }> };
  const perTm = taskManagers.map((p) => ({
    name: p.name,
    // the open() calls of every attempt with their wall clock (lab: open subtask s attempt a at t)
    opens: logLines(p.outFile, /^lab: open subtask/).map((l) => {
      const m = /subtask (\d+) attempt (\d+) at (\d+)/.exec(l);
      return { subtask: Number(m?.[1]), attempt: Number(m?.[2]), atMs: Number(m?.[3]) - run.submittedAtMs };
    }),
    // buffers kept by the open() calls that succeeded: the attempts before this one allocated on this TaskManager
    keptBuffers: logLines(p.outFile, /^lab: open kept/).length,
    failures: failures(p),
    ooms: logLines(p.logFile, /OutOfMemoryError/).length,
    exitCode: p.child.exitCode,
  }));
  const inOpen = perTm.map((t) => t.failures.filter((f) => f.from === 'INITIALIZING' && f.to === 'FAILED').map((f) => f.attempt));
  const attempts = Math.max(0, ...perTm.flatMap((t) => t.opens.map((o) => o.attempt)));
  // per attempt from the first overflow on: how each TaskManager's open() ended (FAILED, or CANCELING when the
  // JobMaster's cancellation reached it first, while it was still in Bits.reserveMemory's retries)
  const overflowFrom = Math.min(...perTm.map((t) => t.keptBuffers));
  const outcomes = [];
  for (let a = overflowFrom; a <= attempts; a++)
    outcomes.push({
      attempt: a,
      perTaskManager: perTm.map((t) => t.failures.find((f) => f.attempt === a && f.from === 'INITIALIZING')?.to ?? 'none'),
    });
  return {
    experiment: RUN_ID,
    what: `lab.DirectLeakJob --keyBy true at parallelism 2 on two TaskManagers of 1 slot: ${LEAK_MIB} MiB ByteBuffer.allocateDirect per open() kept, task fails ${FAIL_AFTER_MS} ms after open, fixed-delay restarts`,
    flinkVersion: version,
    ...provenance(),
    params: { leakMiB: LEAK_MIB, failAfterMs: FAIL_AFTER_MS, sampleMs: SAMPLE_MS },
    config: run.config,
    bashJavaUtils: { taskmanager: tm, jobmanager: jm },
    commandLines: { jobmanager: jmProc.args, taskmanager: taskManagers[0]?.args ?? [] },
    figures: {
      // per TaskManager: the attempts whose open() failed there
      failedInOpenAttempts: inOpen,
      keptBuffersPerTaskManager: perTm.map((t) => t.keptBuffers),
      opensPerTaskManager: perTm.map((t) => t.opens.length),
      openOutcomesFromOverflow: outcomes,
      firstFailedInOpenAttempt: Math.min(...inOpen.map((a) => a[0] ?? Number.POSITIVE_INFINITY)),
      finalStatus: run.samples.at(-1)?.status ?? 'none',
      finalNumRestarts: run.samples.at(-1)?.numRestarts ?? -1,
      taskManagerExitCodes: perTm.map((t) => t.exitCode),
    },
    taskManagers: perTm,
    texts: {
      rootException: messageHead(run.exceptions['root-exception'] ?? ''),
      exceptionHistory: history.map((e) => ({
        atMs: e.timestamp - run.submittedAtMs,
        taskName: e.taskName,
        endpoint: e.endpoint ?? null,
        head: messageHead(e.stacktrace)[0],
        concurrent: ((e as Concurrent).concurrentExceptions ?? []).map((c) => ({
          taskName: c.taskName,
          endpoint: c.endpoint ?? null,
          head: messageHead(c.stacktrace)[0],
        })),
      })),
      jobManager: logLines(jmProc.logFile, /switched from state|Recovery is suppressed|DirectLeak.*switched from \w+ to FAILED/).slice(-12),
    },
    samples: run.samples,
  };
}

export async function runConcurrentOpen(log: (s: string) => void): Promise<string> {
  buildLab(log);
  const config = { ...(await baseConfig()), ...RUN_CONFIG };
  const port = Number(config['rest.port']);
  const cluster = startCluster(RUN_ID, config, 2);
  const onSignal = () => void stopAll(cluster.processes).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const tmIds = await registeredTaskManagers(port, 2);
    const jobId = submitJob('lab.DirectLeakJob', port, [
      ...['--leakMiB', String(LEAK_MIB), '--failAfterMs', String(FAIL_AFTER_MS)],
      ...['--parallelism', '2', '--keyBy', 'true', '--jobName', RUN_ID],
    ]);
    const t0 = Date.now();
    log(`flink-lab: job ${jobId} submitted`);
    const samples: Sample[] = [];
    let after = 0;
    while (Date.now() - t0 < RUN_LIMIT_MS && after < 3) {
      const s = await sample(port, tmIds, jobId, t0);
      samples.push(s);
      if (samples.length % 10 === 0)
        log(`  t=${s.tMs} ms ${s.status} restarts=${s.numRestarts} direct=${s.directUsedBytes.map((b) => (b / 1048576).toFixed(1))}`);
      if (['FAILED', 'CANCELED', 'FINISHED'].includes(s.status)) after++;
      await sleep(SAMPLE_MS);
    }
    const exceptions = await getJson<Exceptions>(port, `/jobs/${jobId}/exceptions?maxExceptions=100`);
    const fx = fixture({ cluster, config, samples, exceptions, submittedAtMs: t0 }, flinkVersion());
    const file = writeLabFixture(RUN_ID, fx);
    log(`flink-lab: ${JSON.stringify(fx.figures)}`);
    return file;
  } finally {
    process.off('SIGINT', onSignal);
    await stopAll(cluster.processes);
  }
}
