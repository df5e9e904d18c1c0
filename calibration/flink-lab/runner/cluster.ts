/**
 * A real Flink session cluster on this machine, started as Flink's bin scripts start it (flink-dist is not on Maven
 * Central, so the classpath is the Maven project's copied dependencies): the config directory, the JVM arguments and
 * dynamic properties from Flink's own BashJavaUtils, one JobManager and one TaskManager process, and their stop.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAB_DIR = join(fileURLToPath(import.meta.url), '..', '..');
export const BUILD_DIR = join(LAB_DIR, '..', '.build', 'flink-lab');
export const TARGET = join(LAB_DIR, 'target');
const LAB_JAR = join(TARGET, 'flink-lab-0.1.0.jar');
const CLASSPATH = `${join(TARGET, 'lib', '*')}:${LAB_JAR}`;

/** The JDK every lab process runs on (Maven too): JDK 17's home from calibration/runner/jdk.ts, set by useJdk. */
let javaHome = '';
const java = () => jdkTool('java');

/** A tool of that JDK (java, javac, jar): runs that build their own job jar compile with the lab's JDK. */
export function jdkTool(name: string): string {
  return javaHome ? join(javaHome, 'bin', name) : name;
}

export function useJdk(home: string): void {
  javaHome = home;
}

/** The `<flink.version>` of pom.xml: the release every fixture records. */
export function flinkVersion(): string {
  const m = /<flink\.version>([^<]+)<\/flink\.version>/.exec(readFileSync(join(LAB_DIR, 'pom.xml'), 'utf8'));
  if (!m?.[1]) throw new Error('pom.xml has no <flink.version>');
  return m[1];
}

/** `mvn package`: the job jar and target/lib (the cluster classpath). Offline first, online if something is missing. */
export function buildLab(log: (s: string) => void): void {
  log('flink-lab: mvn package');
  for (const offline of [true, false]) {
    const r = spawnSync('mvn', ['-B', '-q', ...(offline ? ['-o'] : []), '-f', join(LAB_DIR, 'pom.xml'), 'package'], {
      encoding: 'utf8',
      timeout: 900_000,
      env: javaHome ? { ...process.env, JAVA_HOME: javaHome } : process.env,
    });
    if (r.status === 0) return;
    if (!offline) throw new Error(`mvn package failed: ${(r.stdout + r.stderr).slice(-3000)}`);
  }
}

export function javaVersionText(): string {
  return spawnSync(java(), ['-version'], { encoding: 'utf8' }).stderr.trim();
}

/** Writes <dir>/config.yaml (flat keys, which Flink 1.19+'s standard YAML parser accepts) and log4j.properties. */
function writeConfDir(dir: string, config: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'config.yaml'),
    `${Object.entries(config)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')}\n`,
  );
  // Flink's default log4j.properties layout (flink-dist/src/main/flink-bin/conf/log4j.properties), one file per process
  writeFileSync(
    join(dir, 'log4j.properties'),
    [
      'rootLogger.level = INFO',
      'rootLogger.appenderRef.file.ref = MainAppender',
      'appender.main.name = MainAppender',
      'appender.main.type = File',
      // append: a process's shutdown re-reads this configuration, and append = false truncated its log then (the
      // previous run's file is removed by startProcess instead)
      'appender.main.append = true',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j lookup, not a template
      'appender.main.fileName = ${sys:log.file}',
      'appender.main.layout.type = PatternLayout',
      'appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n',
      '',
    ].join('\n'),
  );
  // flink-dist/src/main/resources/log4j-bash-utils.properties: BashJavaUtils' console logging, which config.sh keeps
  writeFileSync(
    join(dir, 'log4j-bash-utils.properties'),
    'rootLogger.level = INFO\nrootLogger.appenderRef.console.ref = ConsoleAppender\nappender.console.name = ConsoleAppender\nappender.console.type = CONSOLE\nappender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %-5p %x - %m%n\n',
  );
}

/** A command line's words (a config value such as env.java.opts.all, a BashJavaUtils result line). */
const words = (s: string | undefined): string[] => (s ?? '').split(' ').filter((w) => w !== '');

interface ResourceParams {
  readonly jvmArgs: string[];
  readonly dynamicProperties: string[];
  readonly raw: string[];
  /** BashJavaUtils' own log lines (the memory block), as bin/config.sh's extractLoggingOutputs keeps them: incident recordings only. */
  readonly logging?: string;
}

/**
 * Runs BashJavaUtils as bin/config.sh's runBashJavaUtilsCmd does and keeps the lines prefixed
 * `BASH_JAVA_UTILS_EXEC_RESULT:` (extractExecutionResults): the first is the JVM arguments, the last the dynamic
 * properties (`-D key=value …`), as parseResourceParamsAndExportLogs / parseJmArgsAndExportLogs read them.
 */
function resourceParams(command: 'GET_TM_RESOURCE_PARAMS' | 'GET_JM_RESOURCE_PARAMS', confDir: string): ResourceParams {
  // bin/config.sh runs it with flink-dist's log4j-bash-utils.properties (console, `%-5p %x - %m%n`); incident recordings do too
  const log4j = capture ? [`-Dlog4j.configurationFile=file:${join(confDir, 'log4j-bash-utils.properties')}`] : [];
  const r = spawnSync(
    java(),
    ['-client', ...log4j, '-classpath', CLASSPATH, 'org.apache.flink.runtime.util.bash.BashJavaUtils', command, '--configDir', confDir],
    { encoding: 'utf8' },
  );
  const prefix = 'BASH_JAVA_UTILS_EXEC_RESULT:';
  const lines = `${r.stdout}\n${r.stderr}`.split('\n');
  const raw = lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
  if (raw.length !== 2) throw new Error(`BashJavaUtils ${command}: expected 2 result lines, got ${raw.length}: ${r.stdout}${r.stderr}`);
  const params = { jvmArgs: words(raw[0] as string), dynamicProperties: words(raw[1] as string), raw };
  if (!capture) return params;
  return { ...params, logging: lines.filter((l) => l !== '' && !l.startsWith(prefix)).join('\n') };
}

export interface FlinkProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly outFile: string;
  readonly args: string[];
}

/** Starts one Flink process the way bin/flink-daemon.sh does: java <JVM args> <env.java.opts> <log settings> -classpath … */
function startProcess(
  runId: string,
  name: string,
  mainClass: string,
  confDir: string,
  jvmArgs: string[],
  programArgs: string[],
  params: ResourceParams,
): FlinkProcess {
  const logDir = join(BUILD_DIR, runId, 'log');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const outFile = join(logDir, `${name}.out`);
  rmSync(logFile, { force: true });
  const args = [
    ...jvmArgs,
    `-Dlog.file=${logFile}`,
    `-Dlog4j.configurationFile=file:${join(confDir, 'log4j.properties')}`,
    '-classpath',
    CLASSPATH,
    mainClass,
    '--configDir',
    confDir,
    ...programArgs,
  ];
  const extra = capture?.processArgs(name, logDir, params);
  if (extra) {
    args.splice(jvmArgs.length, 0, ...extra.jvmArgs);
    args.push(...extra.programArgs);
  }
  const out = openSync(outFile, 'w');
  const env = extra ? { ...process.env, FLINK_INHERITED_LOGS: extra.inheritedLogs } : process.env;
  const child = spawn(java(), args, { stdio: ['ignore', out, out], env });
  closeSync(out);
  const p = { name, child, logFile, outFile, args };
  capture?.started(p);
  return p;
}

/**
 * What an incident recording (runner/incidents.ts) adds to every process: per process JVM flags (the GC log), program
 * arguments (the Prometheus reporter's port) and FLINK_INHERITED_LOGS, and a hook when it started. Unset for the lab's
 * calibration runs, whose fixtures were recorded without them.
 */
export interface ArtefactCapture {
  processArgs(name: string, logDir: string, params: ResourceParams): { jvmArgs: string[]; programArgs: string[]; inheritedLogs: string };
  started(p: FlinkProcess): void;
  /** The lab is about to end `p` (how, in words); a process that exits without it exited by itself. */
  ending(p: FlinkProcess, how: string): void;
  /** Config keys every cluster of the recording adds (the reporter). */
  readonly config: Readonly<Record<string, string>>;
}

let capture: ArtefactCapture | undefined;

export function captureArtefacts(c: ArtefactCapture | undefined): void {
  capture = c;
}

export const capturing = (): boolean => capture !== undefined;

/** SIGTERM (Flink's shutdown hooks run), then SIGKILL after 15 s; resolves when every process has exited. */
export async function stopAll(processes: readonly FlinkProcess[]): Promise<void> {
  await Promise.all(
    processes.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
          const kill = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
          p.child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          capture?.ending(p, "stopped by the lab: SIGTERM (Flink's shutdown hooks), SIGKILL after 15 s");
          p.child.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * SIGKILL, as the kernel's OOM killer or a lost machine ends a process: no shutdown hook, no goodbye to the
 * JobManager (it learns from a closed connection or a missed heartbeat). Resolves with the exit once it happened.
 */
export function killProcess(p: FlinkProcess): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null || p.child.signalCode !== null)
      return resolve({ exitCode: p.child.exitCode, signal: p.child.signalCode });
    p.child.once('exit', (exitCode, signal) => resolve({ exitCode, signal }));
    capture?.ending(p, 'killed by the lab: SIGKILL');
    p.child.kill('SIGKILL');
  });
}

/**
 * The JDK 17 module flags of flink-dist's conf/config.yaml (`env.java.opts.all`, "required for Java 17 support").
 * Without them a task's direct OOM kills the TaskManager: Task#preProcessException enriches the error's message
 * through reflection on Throwable.detailMessage (TaskManagerExceptionUtils.tryEnrichTaskManagerError), which JDK 17
 * refuses, and the task thread dies without reaching a final state ("FATAL - exception in resource cleanup").
 */
const JDK17_OPTS = [
  '--add-exports=java.base/sun.net.util=ALL-UNNAMED',
  '--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED',
  '--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang.reflect=ALL-UNNAMED',
  '--add-opens=java.base/java.text=ALL-UNNAMED',
  '--add-opens=java.base/java.time=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED',
];

/** A TCP port free right now (the OS picks it): lab runs of several sessions on one machine must not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The settings every lab cluster shares (local addresses, free RPC and REST ports, 500 ms metric fetching, 1 s
 * heartbeats, the JDK 17 flags); a run adds its memory, restart and job keys. Every key is recorded in the fixture.
 */
export async function baseConfig(): Promise<Record<string, string>> {
  return {
    'jobmanager.rpc.address': 'localhost',
    'jobmanager.rpc.port': String(await freePort()),
    'jobmanager.bind-host': 'localhost',
    'taskmanager.bind-host': 'localhost',
    'taskmanager.host': 'localhost',
    'rest.address': 'localhost',
    'rest.bind-address': 'localhost',
    'rest.port': String(await freePort()),
    // the REST metric fetcher caches for metrics.fetcher.update-interval (default 10 s): 500 ms to match the sampling
    'metrics.fetcher.update-interval': '500',
    'heartbeat.interval': '1000',
    'heartbeat.timeout': '10000',
    'env.java.opts.all': JDK17_OPTS.join(' '),
    ...capture?.config,
  };
}

export interface Cluster {
  readonly confDir: string;
  readonly restPort: number;
  readonly tm: ResourceParams;
  readonly jm: ResourceParams;
  readonly jobManager: FlinkProcess;
  /** Every TaskManager started so far, in start order (startTaskManager adds one). */
  readonly taskManagers: FlinkProcess[];
  /** Every process, for stopAll. */
  readonly processes: FlinkProcess[];
}

const JM_MAIN = 'org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint';
const TM_MAIN = 'org.apache.flink.runtime.taskexecutor.TaskManagerRunner';

/**
 * Writes the run's config dir (`.build/flink-lab/<runId>/conf`), asks BashJavaUtils for both processes' parameters
 * and starts the JobManager and `taskManagers` TaskManagers as flink-daemon.sh does: java <BashJavaUtils JVM args>
 * <env.java.opts.all> … --configDir … <dynamic properties>. The caller stops them (stopAll(cluster.processes)).
 */
export function startCluster(runId: string, config: Record<string, string>, taskManagers: number): Cluster {
  const confDir = join(BUILD_DIR, runId, 'conf');
  writeConfDir(confDir, config);
  const tm = resourceParams('GET_TM_RESOURCE_PARAMS', confDir);
  const jm = resourceParams('GET_JM_RESOURCE_PARAMS', confDir);
  const extra = words(config['env.java.opts.all']);
  const jobManager = startProcess(runId, 'jobmanager', JM_MAIN, confDir, [...jm.jvmArgs, ...extra], jm.dynamicProperties, jm);
  const cluster: Cluster = {
    confDir,
    restPort: Number(config['rest.port']),
    tm,
    jm,
    jobManager,
    taskManagers: [],
    processes: [jobManager],
  };
  for (let i = 0; i < taskManagers; i++) startTaskManager(cluster, runId);
  return cluster;
}

/** One more TaskManager (a replacement after a kill, as a resource manager would start one). */
export function startTaskManager(cluster: Cluster, runId: string): FlinkProcess {
  // bin/taskmanager.sh appends env.java.opts.taskmanager (FLINK_ENV_JAVA_OPTS_TM) to env.java.opts.all
  const extra = ['env.java.opts.all', 'env.java.opts.taskmanager'].flatMap((key) => words(readConfigValue(cluster.confDir, key)));
  const name = `taskmanager-${cluster.taskManagers.length + 1}`;
  const p = startProcess(
    runId,
    name,
    TM_MAIN,
    cluster.confDir,
    [...cluster.tm.jvmArgs, ...extra],
    cluster.tm.dynamicProperties,
    cluster.tm,
  );
  cluster.taskManagers.push(p);
  cluster.processes.push(p);
  return p;
}

function readConfigValue(confDir: string, key: string): string | undefined {
  const line = readFileSync(join(confDir, 'config.yaml'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${key}: `));
  return line?.slice(key.length + 2);
}

/**
 * The client: runs a lab job's main against the cluster's REST endpoint (remote environment, detached); `jar` is the
 * job jar it ships (the lab jar unless a run builds its own).
 */
export function submitJob(mainClass: string, restPort: number, args: string[], jar: string = LAB_JAR): string {
  const r = spawnSync(java(), ['-cp', CLASSPATH, mainClass, '--remote', `localhost:${restPort}`, '--jar', jar, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const m = /JOBID ([0-9a-f]{32})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`submission failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(-3000)}`);
  return m[1];
}
