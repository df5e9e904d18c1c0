/**
 * A real Flink session cluster on this machine, started as Flink's bin scripts start it (flink-dist is not on Maven
 * Central, so the classpath is the Maven project's copied dependencies): the config directory, the JVM arguments and
 * dynamic properties from Flink's own BashJavaUtils, one JobManager and one TaskManager process, and their stop.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAB_DIR = join(fileURLToPath(import.meta.url), '..', '..');
export const BUILD_DIR = join(LAB_DIR, '..', '.build', 'flink-lab');
const TARGET = join(LAB_DIR, 'target');
const LAB_JAR = join(TARGET, 'flink-lab-0.1.0.jar');
const CLASSPATH = `${join(TARGET, 'lib', '*')}:${LAB_JAR}`;

/** The JDK every lab process runs on (Maven too): JDK 17's home from calibration/runner/jdk.ts, set by useJdk. */
let javaHome = '';
const java = () => (javaHome ? join(javaHome, 'bin', 'java') : 'java');

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
export function writeConfDir(dir: string, config: Record<string, string>): void {
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
      'appender.main.append = false',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j lookup, not a template
      'appender.main.fileName = ${sys:log.file}',
      'appender.main.layout.type = PatternLayout',
      'appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n',
      '',
    ].join('\n'),
  );
}

export interface ResourceParams {
  readonly jvmArgs: string[];
  readonly dynamicProperties: string[];
  readonly raw: string[];
}

/**
 * Runs BashJavaUtils as bin/config.sh's runBashJavaUtilsCmd does and keeps the lines prefixed
 * `BASH_JAVA_UTILS_EXEC_RESULT:` (extractExecutionResults): the first is the JVM arguments, the last the dynamic
 * properties (`-D key=value …`), as parseResourceParamsAndExportLogs / parseJmArgsAndExportLogs read them.
 */
export function resourceParams(command: 'GET_TM_RESOURCE_PARAMS' | 'GET_JM_RESOURCE_PARAMS', confDir: string): ResourceParams {
  const r = spawnSync(
    java(),
    ['-client', '-classpath', CLASSPATH, 'org.apache.flink.runtime.util.bash.BashJavaUtils', command, '--configDir', confDir],
    { encoding: 'utf8' },
  );
  const prefix = 'BASH_JAVA_UTILS_EXEC_RESULT:';
  const raw = `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
  if (raw.length !== 2) throw new Error(`BashJavaUtils ${command}: expected 2 result lines, got ${raw.length}: ${r.stdout}${r.stderr}`);
  const words = (s: string) => s.split(' ').filter((w) => w !== '');
  return { jvmArgs: words(raw[0] as string), dynamicProperties: words(raw[1] as string), raw };
}

export interface FlinkProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly outFile: string;
  readonly args: string[];
}

/** Starts one Flink process the way bin/flink-daemon.sh does: java <JVM args> <env.java.opts> <log settings> -classpath … */
export function startProcess(name: string, mainClass: string, confDir: string, jvmArgs: string[], programArgs: string[]): FlinkProcess {
  const logDir = join(BUILD_DIR, 'log');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const outFile = join(logDir, `${name}.out`);
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
  const out = openSync(outFile, 'w');
  const child = spawn(java(), args, { stdio: ['ignore', out, out] });
  closeSync(out);
  return { name, child, logFile, outFile, args };
}

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
          p.child.kill('SIGTERM');
        }),
    ),
  );
}

/** The client: runs a lab job's main against the cluster's REST endpoint (remote environment, detached). */
export function submitJob(mainClass: string, restPort: number, args: string[]): string {
  const r = spawnSync(java(), ['-cp', CLASSPATH, mainClass, '--remote', `localhost:${restPort}`, '--jar', LAB_JAR, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const m = /JOBID ([0-9a-f]{32})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`submission failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(-3000)}`);
  return m[1];
}
