/**
 * `npm run calibrate -- flink-logs`: real startup logs of Flink processes for the Flink log reader's corpus
 * (models/artefacts/flinkLog.ts), for releases the Flink lab does not run. Per case, as Flink's scripts do it:
 * 1. BashJavaUtils `GET_TM_RESOURCE_PARAMS` / `GET_JM_RESOURCE_PARAMS --configDir <conf>` with flink-dist's
 *    log4j-bash-utils.properties (`%-5p %x - %m%n`), its output split as bin/config.sh's extractExecutionResults and
 *    extractLoggingOutputs split it;
 * 2. FLINK_INHERITED_LOGS composed as the release's scripts compose it (1.11: taskmanager.sh `TM_RESOURCE_PARAMS extraction
 *    logs:` / jobmanager.sh `JM_RESOURCE_PARAMS …` without dynamic configs; 1.12+: config.sh parseResourceParamsAndExportLogs
 *    `RESOURCE_PARAMS extraction logs:` with `dynamic_configs:`);
 * 3. the entrypoint (TaskManagerRunner, StandaloneSessionClusterEntrypoint) with the JVM parameters, `--configDir` and the
 *    dynamic properties, logging through Flink's default log4j.properties layout to a file; stopped after its start.
 * The classpath is the configuration oracle's (flink-runtime and its dependencies from Maven Central, no flink-dist),
 * with log4j 2 in place of slf4j-simple. Writes tests/fixtures/artefacts/flink-logs/flink-<release>-<case>.log and
 * SOURCES.json (the configuration, the command, what happened after the start).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { classpath as oracleClasspath } from '../config-oracle/runner';
import { jdkTool } from '../flink-lab/runner/cluster';

const ROOT = join(import.meta.dirname, '..', '..');
const FLINK_LOG_DIR = join(ROOT, 'tests', 'fixtures', 'artefacts', 'flink-logs');
const BUILD = join(ROOT, 'calibration', '.build', 'flink-logs');
const LOG4J = join(homedir(), '.m2', 'repository', 'org', 'apache', 'logging', 'log4j');
const LOG4J_VERSION = '2.24.3';

interface FlinkLogCase {
  readonly id: string;
  readonly release: string;
  readonly process: 'taskmanager' | 'jobmanager';
  readonly config: Readonly<Record<string, string>>;
  /** How long the process may run before it is stopped (it has logged its banner and configuration by then). */
  readonly runMs: number;
}

/** jobmanager.rpc.address as flink-dist's default configuration has it (a TaskManager without it exits at once). */
const RPC = { 'jobmanager.rpc.address': 'localhost', 'jobmanager.rpc.port': '16999' };

const FLINK_LOG_CASES: readonly FlinkLogCase[] = [
  {
    id: 'taskmanager-startup',
    release: '1.11.6',
    process: 'taskmanager',
    config: { ...RPC, 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '4' },
    runMs: 10_000,
  },
  {
    id: 'taskmanager-startup',
    release: '1.14.6',
    process: 'taskmanager',
    config: {
      ...RPC,
      'taskmanager.memory.flink.size': '3g',
      'taskmanager.numberOfTaskSlots': '2',
      'taskmanager.memory.managed.fraction': '0.2',
    },
    runMs: 10_000,
  },
  {
    id: 'jobmanager-startup',
    release: '1.17.2',
    process: 'jobmanager',
    config: { ...RPC, 'jobmanager.memory.process.size': '1600m' },
    runMs: 10_000,
  },
  {
    id: 'taskmanager-startup',
    release: '1.20.5',
    process: 'taskmanager',
    config: {
      ...RPC,
      'taskmanager.memory.process.size': '2g',
      'taskmanager.numberOfTaskSlots': '4',
      'taskmanager.memory.network.fraction': '0.15',
    },
    runMs: 10_000,
  },
];

export function runFlinkLogs(only: readonly string[] | undefined, log: (s: string) => void): string[] {
  const sourcesPath = join(FLINK_LOG_DIR, 'SOURCES.json');
  const sources: Record<string, unknown> = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8')) : {};
  const out: string[] = [];
  for (const c of FLINK_LOG_CASES.filter((c) => only === undefined || only.includes(`${c.release}-${c.id}`))) {
    const file = `flink-${c.release}-${c.id}.log`;
    const cp = oracleClasspath(c.release, log);
    if (cp === undefined) {
      out.push(`${file}: ${c.release} not served, skipped`);
      continue;
    }
    sources[file] = runCase(c, cp, file);
    out.push(`${file}: written`);
  }
  writeFileSync(
    sourcesPath,
    `${JSON.stringify(Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`,
  );
  return out;
}

function withLog4j(cp: string): string {
  const jars = ['log4j-api', 'log4j-core', 'log4j-slf4j-impl'].map((a) => join(LOG4J, a, LOG4J_VERSION, `${a}-${LOG4J_VERSION}.jar`));
  return [...cp.split(':').filter((j) => !j.includes('slf4j-simple')), ...jars].join(':');
}

function writeConf(dir: string, c: FlinkLogCase): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = c.release.startsWith('1.') ? 'flink-conf.yaml' : 'config.yaml';
  writeFileSync(
    join(dir, name),
    `${Object.entries(c.config)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')}\n`,
  );
  // flink-dist/src/main/flink-bin/conf/log4j.properties (the file appender, its layout) and
  // flink-dist/src/main/resources/log4j-bash-utils.properties.
  writeFileSync(
    join(dir, 'log4j.properties'),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j lookup, not a template
    'rootLogger.level = INFO\nrootLogger.appenderRef.file.ref = MainAppender\nappender.main.name = MainAppender\nappender.main.type = File\nappender.main.append = false\nappender.main.fileName = ${sys:log.file}\nappender.main.layout.type = PatternLayout\nappender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n\n',
  );
  writeFileSync(
    join(dir, 'log4j-bash-utils.properties'),
    'rootLogger.level = INFO\nrootLogger.appenderRef.console.ref = ConsoleAppender\nappender.console.name = ConsoleAppender\nappender.console.type = CONSOLE\nappender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %-5p %x - %m%n\n',
  );
}

/** bin/config.sh: the result lines (prefixed BASH_JAVA_UTILS_EXEC_RESULT:) and the logging lines (all others). */
function bashJavaUtils(c: FlinkLogCase, cp: string, conf: string): { results: string[]; logging: string } {
  const command = c.process === 'taskmanager' ? 'GET_TM_RESOURCE_PARAMS' : 'GET_JM_RESOURCE_PARAMS';
  const r = spawnSync(
    jdkTool('java'),
    [
      `-Dlog4j.configurationFile=file:${join(conf, 'log4j-bash-utils.properties')}`,
      '-classpath',
      cp,
      'org.apache.flink.runtime.util.bash.BashJavaUtils',
      command,
      '--configDir',
      conf,
    ],
    { encoding: 'utf8' },
  );
  const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l !== '');
  const prefix = 'BASH_JAVA_UTILS_EXEC_RESULT:';
  return {
    results: lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length)),
    logging: lines.filter((l) => !l.startsWith(prefix)).join('\n'),
  };
}

function inheritedLogs(c: FlinkLogCase, jvm: string, dynamic: string, logging: string): string {
  if (c.release.startsWith('1.11.'))
    return c.process === 'taskmanager'
      ? `\n\n\nTM_RESOURCE_PARAMS extraction logs:\njvm_params: ${jvm}\ndynamic_configs: ${dynamic}\nlogs: ${logging}\n`
      : `\n\n\nJM_RESOURCE_PARAMS extraction logs:\njvm_params: ${jvm}\nlogs: ${logging}\n`;
  return `\n\n\nRESOURCE_PARAMS extraction logs:\njvm_params: ${jvm}\ndynamic_configs: ${dynamic}\nlogs: ${logging}\n`;
}

function runCase(c: FlinkLogCase, oracleCp: string, file: string): Record<string, unknown> {
  const dir = join(BUILD, `${c.release}-${c.id}`);
  const conf = join(dir, 'conf');
  writeConf(conf, c);
  const cp = withLog4j(oracleCp);
  const { results, logging } = bashJavaUtils(c, cp, conf);
  const jvm = results[0] ?? '';
  const dynamic = results.length > 1 ? (results.at(-1) as string) : '';
  const logFile = join(dir, `${c.process}.log`);
  const main =
    c.process === 'taskmanager'
      ? 'org.apache.flink.runtime.taskexecutor.TaskManagerRunner'
      : 'org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint';
  const args = [
    ...jvm.split(' ').filter(Boolean),
    `-Dlog.file=${logFile}`,
    `-Dlog4j.configurationFile=file:${join(conf, 'log4j.properties')}`,
    '-classpath',
    cp,
    main,
    '--configDir',
    conf,
    ...dynamic.split(' ').filter(Boolean),
  ];
  const child = spawn(jdkTool('java'), args, {
    stdio: 'ignore',
    env: { ...process.env, FLINK_INHERITED_LOGS: inheritedLogs(c, jvm, dynamic, logging) },
  });
  const exited = waitExit(child.pid as number, c.runMs);
  if (!exited) child.kill('SIGKILL');
  const text = readFileSync(logFile, 'utf8').replaceAll(ROOT, '<repo>').replaceAll(homedir(), '~');
  writeFileSync(join(FLINK_LOG_DIR, file), text);
  // What ended the process: the lab's classpath is flink-runtime's, not flink-dist's, so it fails after its start.
  const after = text.split('\n').find((l) => /^(?:Caused by: )?[\w.$]+(?:Exception|Error)\b/.test(l)) ?? 'no failure logged';
  return {
    file,
    release: c.release,
    process: c.process,
    config: c.config,
    after,
    command: `java ${jvm} … ${main} --configDir <conf> ${dynamic}`,
    how: 'calibration/flink-logs/run.ts (npm run calibrate -- flink-logs)',
    stopped: exited ? 'exited by itself' : `killed after ${c.runMs} ms`,
  };
}

/** Polls the process until it exits or the time is up (synchronous: the runner does one case at a time). */
function waitExit(pid: number, ms: number): boolean {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    spawnSync('sleep', ['0.5']);
    if (!existsSync(`/proc/${pid}`) || readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z') return true;
  }
  return false;
}
