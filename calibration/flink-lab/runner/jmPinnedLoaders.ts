/**
 * The jm-pinned-loaders lab run (Airwallex's JobManager metaspace OOM): one session cluster with a small
 * `jobmanager.memory.jvm-metaspace.size`, the batch job lab.PinnedLoaderBatchJob submitted again and again; each
 * submission's user-code class loader loads SCHEMA_CLASSES classes on the JobManager (createInputSplits) and stays
 * pinned by a JDBC driver registered in java.sql.DriverManager. Scrapes `/jobmanager/metrics` before and after each
 * submission until the JobManager dies of `OutOfMemoryError: Metaspace` (its log texts, exit code, what the client
 * sees); then a contrast cluster where the driver is not registered (classes unloaded). Writes
 * calibration/fixtures/flink/<version>/jm-pinned-loaders.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILD_DIR,
  baseConfig,
  buildLab,
  type Cluster,
  capturing,
  flinkVersion,
  jdkTool,
  startCluster,
  stopAll,
  submitJob,
  TARGET,
} from './cluster';
import { logLines, median, messageHead, provenance, writeLabFixture } from './record';
import { getJson, registeredTaskManagers, metrics, rssBytes, sleep, waitFor } from './rest';

const SCHEMA_CLASSES = 1000;
const MAX_SUBMISSIONS = 40;
// as many as the pinned run needs to reach its OOM and more: without unloading the contrast would die too
const CONTRAST_SUBMISSIONS = 18;
const JOB_LIMIT_MS = 60_000;

/** The run's own keys on top of baseConfig(); every key is recorded in the fixture. */
const RUN_CONFIG: Record<string, string> = {
  'jobmanager.memory.process.size': '1g',
  // small, so the OOM comes within a few submissions (the JobManager alone uses ≈ 60 MiB after startup)
  'jobmanager.memory.jvm-metaspace.size': '112m',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': '1',
  'restart-strategy.type': 'none',
};

const JM_METRICS = [
  'Status.JVM.Memory.Metaspace.Used',
  'Status.JVM.Memory.Metaspace.Max',
  'Status.JVM.ClassLoader.ClassesLoaded',
  'Status.JVM.ClassLoader.ClassesUnloaded',
  'Status.JVM.Memory.Heap.Used',
] as const;

interface JmSample {
  submission: number;
  tMs: number;
  metaspaceUsedBytes: number;
  metaspaceMaxBytes: number;
  classesLoaded: number;
  classesUnloaded: number;
  heapUsedBytes: number;
  jmRssBytes: number;
  jobState: string;
}

/** One Java source of the job's "schema": a record class with fields and methods, as generated models have. */
function schemaSource(i: number): string {
  const name = `Schema${String(i).padStart(4, '0')}`;
  const fields = Array.from({ length: 12 }, (_, f) => `  public long f${f}; public String s${f};`).join('\n');
  const sum = Array.from({ length: 12 }, (_, f) => `f${f}`).join(' + ');
  const text = Array.from({ length: 12 }, (_, f) => `"s${f}=" + s${f}`).join(' + ');
  return `package lab.gen;\npublic final class ${name} implements java.io.Serializable {\n${fields}\n  public long sum() { return ${sum}; }\n  @Override public String toString() { return "${name}" + ${text}; }\n  @Override public int hashCode() { return Long.hashCode(sum()); }\n  @Override public boolean equals(Object o) { return o instanceof ${name} && ((${name}) o).sum() == sum(); }\n}\n`;
}

/**
 * The job jar: the lab's classes plus SCHEMA_CLASSES generated schema classes (only in this jar, not on the cluster
 * classpath). The schema classes are compiled once (javac of 1000 files takes a while on a shared machine); the jar is
 * put together on every run, so it always holds the lab classes `mvn package` just built.
 */
function buildJobJar(log: (s: string) => void): string {
  const dir = join(BUILD_DIR, 'jm-pinned-loaders', 'job');
  const jar = join(dir, `pinned-loader-batch-job-${SCHEMA_CLASSES}.jar`);
  const classes = join(dir, 'classes');
  const last = join(classes, 'lab', 'gen', `Schema${String(SCHEMA_CLASSES - 1).padStart(4, '0')}.class`);
  if (!existsSync(last)) compileSchema(dir, classes, log);
  mkdirSync(join(classes, 'lab'), { recursive: true });
  for (const f of readdirSync(join(TARGET, 'classes', 'lab'))) {
    if (f.endsWith('.class')) copyFileSync(join(TARGET, 'classes', 'lab', f), join(classes, 'lab', f));
  }
  rmSync(jar, { force: true });
  const r = spawnSync(jdkTool('jar'), ['cf', jar, '-C', classes, '.'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jar: ${r.stderr}`);
  return jar;
}

function compileSchema(dir: string, classes: string, log: (s: string) => void): void {
  log(`flink-lab: compiling ${SCHEMA_CLASSES} schema classes for the job jar`);
  rmSync(dir, { recursive: true, force: true });
  const src = join(dir, 'src', 'lab', 'gen');
  mkdirSync(src, { recursive: true });
  mkdirSync(classes, { recursive: true });
  const files = Array.from({ length: SCHEMA_CLASSES }, (_, i) => {
    const file = join(src, `Schema${String(i).padStart(4, '0')}.java`);
    writeFileSync(file, schemaSource(i));
    return file;
  });
  const javac = spawnSync(jdkTool('javac'), ['-nowarn', '--release', '17', '-d', classes, ...files], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(`javac: ${javac.stderr.slice(-2000)}`);
}

/**
 * A request to the REST metric fetcher answers from its cache and starts a refresh when the cache is older than
 * metrics.fetcher.update-interval (500 ms): a first run read every other submission stale. So: one request to start
 * the refresh, a second 800 ms later for the values.
 */
async function sampleJm(cluster: Cluster, submission: number, jobState: string, t0: number): Promise<JmSample> {
  const read = () => metrics(cluster.restPort, '/jobmanager/metrics', JM_METRICS).catch(() => ({}) as Record<string, number>);
  await read();
  await sleep(800);
  const m = await read();
  return {
    submission,
    tMs: Date.now() - t0,
    metaspaceUsedBytes: m['Status.JVM.Memory.Metaspace.Used'] ?? -1,
    metaspaceMaxBytes: m['Status.JVM.Memory.Metaspace.Max'] ?? -1,
    classesLoaded: m['Status.JVM.ClassLoader.ClassesLoaded'] ?? -1,
    classesUnloaded: m['Status.JVM.ClassLoader.ClassesUnloaded'] ?? -1,
    heapUsedBytes: m['Status.JVM.Memory.Heap.Used'] ?? -1,
    jmRssBytes: rssBytes(cluster.jobManager.child.pid),
    jobState,
  };
}

const jmAlive = (c: Cluster) => c.jobManager.child.exitCode === null && c.jobManager.child.signalCode === null;

/** Waits for the job to be globally terminal (or the JobManager to exit); its last state. */
async function awaitJob(cluster: Cluster, jobId: string): Promise<string> {
  const deadline = Date.now() + JOB_LIMIT_MS;
  let state = 'UNKNOWN';
  while (Date.now() < deadline && jmAlive(cluster)) {
    state = await getJson<{ state: string }>(cluster.restPort, `/jobs/${jobId}`)
      .then((j) => j.state)
      .catch(() => state);
    if (['FINISHED', 'FAILED', 'CANCELED'].includes(state)) return state;
    await sleep(300);
  }
  return jmAlive(cluster) ? `${state} (timed out)` : `${state} (JobManager exited)`;
}

interface Submission {
  submission: number;
  jobId: string | null;
  state: string;
  clientError: string[];
}

/** Submits until the JobManager exits, two submissions in a row fail, or `max`; samples after each job. */
async function submitRepeatedly(cluster: Cluster, jar: string, pin: boolean, max: number, log: (s: string) => void) {
  const t0 = Date.now();
  const samples: JmSample[] = [await sampleJm(cluster, 0, 'NONE', t0)];
  const submissions: Submission[] = [];
  for (let k = 1; k <= max && jmAlive(cluster); k++) {
    let sub: Submission;
    try {
      const args = ['--classes', String(SCHEMA_CLASSES), '--pin', String(pin), '--run', String(k)];
      const jobId = submitJob('lab.PinnedLoaderBatchJob', cluster.restPort, args, jar);
      sub = { submission: k, jobId, state: await awaitJob(cluster, jobId), clientError: [] };
    } catch (e) {
      sub = { submission: k, jobId: null, state: 'NOT SUBMITTED', clientError: messageHead((e as Error).message).slice(0, 12) };
    }
    submissions.push(sub);
    const s = await sampleJm(cluster, k, sub.state, t0);
    samples.push(s);
    log(
      `  #${k} ${sub.state} metaspace=${(s.metaspaceUsedBytes / 1048576).toFixed(1)} MiB loaded=${s.classesLoaded} unloaded=${s.classesUnloaded}`,
    );
    if (submissions.slice(-2).every((x) => x.jobId === null) && submissions.length >= 2) break;
  }
  if (!jmAlive(cluster)) await sleep(1000);
  return { samples, submissions };
}

/** Differences of `field` between consecutive samples taken after a FINISHED job (per-submission steps). */
function steps(samples: readonly JmSample[], field: 'metaspaceUsedBytes' | 'classesLoaded'): number[] {
  const ok = samples.filter((s) => s[field] >= 0 && (s.submission === 0 || s.jobState === 'FINISHED'));
  return ok.slice(1).map((s, i) => s[field] - (ok[i] as JmSample)[field]);
}

async function clusterFor(runId: string, log: (s: string) => void): Promise<{ cluster: Cluster; config: Record<string, string> }> {
  const config = { ...(await baseConfig()), ...RUN_CONFIG };
  const cluster = startCluster(runId, config, 1);
  await registeredTaskManagers(cluster.restPort, 1);
  await waitFor('the JobManager metrics', 30_000, async () => {
    const m = await metrics(cluster.restPort, '/jobmanager/metrics', JM_METRICS);
    return m['Status.JVM.Memory.Metaspace.Used'] !== undefined ? m : undefined;
  });
  log(`flink-lab: ${runId}: JobManager ${cluster.jm.jvmArgs.join(' ')}`);
  return { cluster, config };
}

/**
 * The JobManager's texts around its end: the OOM, the fatal-error handling, the exit (three runs logged none of them:
 * ClusterEntrypoint#onFatalError's line needs classes, and metaspace was full), and the log's last lines (the
 * shutdown hooks'). The submissions' log lines ("StandaloneCompletedCheckpointStore … Shutting down") are left out.
 */
function jobManagerTexts(logFile: string, outFile: string) {
  const pattern = /OutOfMemoryError|Fatal error|FATAL|Terminating|uncaught exception|exit code|JobInitializationException|ERROR/;
  const all = logLines(logFile, /./);
  return {
    jobManagerLog: logLines(logFile, pattern).slice(0, 30),
    jobManagerLastLines: all.slice(-3),
    jobManagerLastLine: all.at(-1) ?? '',
    jobManagerOut: logLines(outFile, /OutOfMemoryError|Exception|Error/).slice(-8),
    jobManagerFirstOom: logLines(logFile, /OutOfMemoryError/).slice(0, 1),
  };
}

async function phase(runId: string, jar: string, pin: boolean, max: number, log: (s: string) => void) {
  const { cluster, config } = await clusterFor(runId, log);
  try {
    const { samples, submissions } = await submitRepeatedly(cluster, jar, pin, max, log);
    const jm = cluster.jobManager.child;
    return {
      cluster,
      config,
      samples,
      submissions,
      exitCode: jm.exitCode,
      signal: jm.signalCode,
      texts: jobManagerTexts(cluster.jobManager.logFile, cluster.jobManager.outFile),
    };
  } finally {
    await stopAll(cluster.processes);
  }
}

function figures(p: Awaited<ReturnType<typeof phase>>) {
  const metaSteps = steps(p.samples, 'metaspaceUsedBytes');
  const classSteps = steps(p.samples, 'classesLoaded');
  const finished = p.submissions.filter((s) => s.state === 'FINISHED').length;
  const first = p.samples[0] as JmSample;
  return {
    submissionsFinished: finished,
    firstNotFinished: p.submissions.find((s) => s.state !== 'FINISHED')?.submission ?? null,
    baselineMetaspaceUsedBytes: first.metaspaceUsedBytes,
    metaspaceMaxBytes: first.metaspaceMaxBytes,
    baselineClassesLoaded: first.classesLoaded,
    metaspaceStepMedianBytes: median(metaSteps),
    classesLoadedStepMedian: median(classSteps),
    lastClassesUnloaded: Math.max(...p.samples.map((s) => s.classesUnloaded)),
    jobManagerExitCode: p.exitCode,
    jobManagerSignal: p.signal,
  };
}

/** The whole run: pinned loaders until the JobManager's metaspace OOM, then the unpinned contrast. */
export async function runJmPinnedLoaders(log: (s: string) => void): Promise<string> {
  buildLab(log);
  const jar = buildJobJar(log);
  const pinned = await phase('jm-pinned-loaders', jar, true, MAX_SUBMISSIONS, log);
  log(`flink-lab: pinned: ${JSON.stringify(figures(pinned))}`);
  // an incident recording (runner/incidents.ts) keeps the incident's cluster only: the contrast is a second cluster
  const contrast = capturing() ? undefined : await phase('jm-pinned-loaders-contrast', jar, false, CONTRAST_SUBMISSIONS, log);
  const fx = {
    experiment: 'jm-pinned-loaders',
    what: `lab.PinnedLoaderBatchJob: a batch job resubmitted to one session cluster; on the JobManager its InputFormat loads ${SCHEMA_CLASSES} schema classes and registers a JDBC driver in java.sql.DriverManager (pinning the user-code class loader)`,
    flinkVersion: flinkVersion(),
    ...provenance(),
    params: { schemaClasses: SCHEMA_CLASSES, maxSubmissions: MAX_SUBMISSIONS, contrastSubmissions: CONTRAST_SUBMISSIONS },
    config: pinned.config,
    bashJavaUtils: { jobmanager: pinned.cluster.jm, taskmanager: pinned.cluster.tm },
    commandLines: { jobmanager: pinned.cluster.jobManager.args },
    figures: { pinned: figures(pinned), contrast: contrast ? figures(contrast) : null },
    texts: { ...pinned.texts, clientAtFailure: pinned.submissions.filter((s) => s.state !== 'FINISHED').slice(0, 2) },
    submissions: { pinned: pinned.submissions, contrast: contrast?.submissions ?? [] },
    samples: { pinned: pinned.samples, contrast: contrast?.samples ?? [] },
  };
  const file = writeLabFixture('jm-pinned-loaders', fx);
  log(`flink-lab: contrast: ${JSON.stringify(fx.figures.contrast)}`);
  return file;
}
