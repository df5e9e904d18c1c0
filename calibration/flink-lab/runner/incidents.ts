/**
 * `npm run calibrate -- incidents [--only id,…]`: the artefacts an engineer brings to a postmortem, recorded from real
 * lab incidents (issue 15, Evidence). A lab run (runs.ts) runs as usual, with what users add to a cluster to see it:
 * - every Flink process logs the startup memory block: FLINK_INHERITED_LOGS composed as flink-dist 1.20's
 *   bin/config.sh parseResourceParamsAndExportLogs does (BashJavaUtils' logging through log4j-bash-utils.properties),
 *   printed by EnvironmentInformation#logEnvironmentInfo ("Preconfiguration:") at the process's start;
 * - a GC log per process, `-Xlog:gc*:file=<log dir>/<process>-gc.log:time,uptime,level,tags` (as users add it through
 *   env.java.opts.taskmanager / env.java.opts.jobmanager);
 * - the Flink Prometheus reporter (flink-metrics-prometheus, `metrics.reporter.prom.factory.class`) on a free port per
 *   process (`-D metrics.reporter.prom.port=<port>`), scraped every second by a real Prometheus (Debian's `prometheus`,
 *   installed here with apt-get if missing) that also scrapes the lab's /proc sampling (VmRSS per process) as
 *   `lab_process_resident_memory_bytes`; at the end `/api/v1/query_range` answers are saved as Prometheus returned them.
 * Writes calibration/fixtures/incidents/<id>/ (trimmed logs, GC logs, query_range JSON, one text scrape, manifest.json).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ArtefactCapture, BUILD_DIR, captureArtefacts, flinkVersion, freePort, LAB_DIR } from './cluster';
import { failureOf, INCIDENTS, type Incident } from './incidentFailures';
import { provenance, redirectLabFixtures } from './record';
import { sleep, waitFor } from './rest';
import { LAB_RUNS } from './runs';
import { trimFlinkLog, trimGcLog, trimScrape } from './trim';

const ROOT = join(LAB_DIR, '..', '..');
const OUT_DIR = join(LAB_DIR, '..', 'fixtures', 'incidents');
const SCRAPE_S = 1;
/** A text scrape of every live process every TEXT_SCRAPE_MS: the last one before the end is saved. */
const TEXT_SCRAPE_MS = 5000;

/** Debian's prometheus (2.42 in bookworm), installed as calibration/runner/jdk.ts installs the JDK. */
function ensurePrometheus(): void {
  if (spawnSync('prometheus', ['--version']).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error('no prometheus on the PATH: apt-get install prometheus (as root)');
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], { stdio: 'inherit' });
}

interface ProcessRecord {
  name: string;
  pid: number | undefined;
  promPort: number;
  startedAtEpochMs: number;
  exit?: { atEpochMs: number; exitCode: number | null; signal: string | null };
  /** The JVM's own exit: the time of its GC log's `gc,heap,exit` lines (none after SIGKILL). */
  jvmExitAtEpochMs?: number;
  /** How the lab ended it (undefined: it exited by itself). */
  endedBy?: string;
  lastScrape?: { atEpochMs: number; text: string };
}

/** The capture hooks of cluster.ts: per-process flags, FLINK_INHERITED_LOGS, the reporter's port, start and exit. */
function capture(ports: number[], processes: ProcessRecord[], targetsFile: string): ArtefactCapture {
  return {
    config: {
      'metrics.reporter.prom.factory.class': 'org.apache.flink.metrics.prometheus.PrometheusReporterFactory',
    },
    processArgs(name, logDir, params) {
      const port = ports.shift();
      if (port === undefined) throw new Error('no free reporter port left');
      processes.push({ name, pid: undefined, promPort: port, startedAtEpochMs: Date.now() });
      const dynamic = params.dynamicProperties.join(' ');
      return {
        jvmArgs: [`-Xlog:gc*:file=${join(logDir, `${name}-gc.log`)}:time,uptime,level,tags`],
        programArgs: ['-D', `metrics.reporter.prom.port=${port}`],
        // bin/config.sh parseResourceParamsAndExportLogs (1.12+; the JobManager's parseJmArgsAndExportLogs the same form)
        inheritedLogs: `\n\n\nRESOURCE_PARAMS extraction logs:\njvm_params: ${params.jvmArgs.join(' ')}\ndynamic_configs: ${dynamic}\nlogs: ${params.logging ?? ''}\n`,
      };
    },
    started(p) {
      const r = processes.at(-1) as ProcessRecord;
      r.pid = p.child.pid;
      p.child.once('exit', (exitCode, signal) => {
        r.exit = { atEpochMs: Date.now(), exitCode, signal };
      });
      writeTargets(targetsFile, processes);
    },
    ending(p, how) {
      const r = processes.find((x) => x.pid === p.child.pid);
      if (r) r.endedBy = how;
    },
  };
}

/** Prometheus file_sd targets: one per Flink process, labelled with its name (rewritten atomically, Prometheus watches it). */
function writeTargets(file: string, processes: readonly ProcessRecord[]): void {
  const targets = processes.map((p) => ({ targets: [`localhost:${p.promPort}`], labels: { process: p.name } }));
  writeFileSync(`${file}.tmp`, JSON.stringify(targets));
  renameSync(`${file}.tmp`, file);
  // the RSS exporter's list (pids.json next to it)
  const pids = processes.filter((p) => p.pid !== undefined).map((p) => ({ name: p.name, pid: p.pid }));
  writeFileSync(file.replace(/targets\.json$/, 'pids.json'), JSON.stringify(pids));
}

/**
 * The lab's /proc sampling as a scrape target: VmRSS of every lab process listed in `pidsFile` (not a Flink metric;
 * cAdvisor would give a container's). A process of its own: the runner's event loop stops during a lab run's
 * synchronous steps (the job client runs under spawnSync), and a scrape target in it would miss those seconds.
 */
const RSS_EXPORTER = `
const http = require('node:http');
const fs = require('node:fs');
const [pidsFile, port] = process.argv.slice(1);
http.createServer((_req, res) => {
  let procs = [];
  try { procs = JSON.parse(fs.readFileSync(pidsFile, 'utf8')); } catch {}
  const lines = [
    '# HELP lab_process_resident_memory_bytes VmRSS of a lab process from /proc/<pid>/status, read at the scrape',
    '# TYPE lab_process_resident_memory_bytes gauge',
  ];
  for (const p of procs) {
    try {
      const m = /VmRSS:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/' + p.pid + '/status', 'utf8'));
      if (m) lines.push('lab_process_resident_memory_bytes{process="' + p.name + '",pid="' + p.pid + '"} ' + Number(m[1]) * 1024);
    } catch {}
  }
  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
  res.end(lines.join('\\n') + '\\n');
}).listen(Number(port), 'localhost');
`;

function rssExporter(pidsFile: string, port: number) {
  return spawn(process.execPath, ['-e', RSS_EXPORTER, pidsFile, String(port)], { stdio: 'ignore' });
}

function prometheusYml(targetsFile: string, rssPort: number): string {
  return [
    'global:',
    `  scrape_interval: ${SCRAPE_S}s`,
    `  scrape_timeout: ${SCRAPE_S}s`,
    'scrape_configs:',
    '  - job_name: flink',
    '    file_sd_configs:',
    `      - files: ['${targetsFile}']`,
    '        refresh_interval: 1s',
    '  - job_name: lab-proc',
    '    static_configs:',
    `      - targets: ['localhost:${rssPort}']`,
    '',
  ].join('\n');
}

/** Starts Prometheus on a free port with a fresh TSDB in the incident's build folder; resolves once /-/ready answers. */
async function startPrometheus(dir: string, targetsFile: string, rssPort: number) {
  const port = await freePort();
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, prometheusYml(targetsFile, rssPort));
  rmSync(join(dir, 'tsdb'), { recursive: true, force: true });
  const child = spawn(
    'prometheus',
    [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, `--web.listen-address=localhost:${port}`],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  await waitFor('prometheus ready', 60_000, async () => ((await fetch(`http://localhost:${port}/-/ready`)).ok ? true : undefined));
  return { child, port, version: spawnSync('prometheus', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '' };
}

/** Every TEXT_SCRAPE_MS: each live process's reporter page, the last kept (what `curl <tm>:<port>/metrics` shows). */
async function textScrapes(processes: ProcessRecord[], done: () => boolean): Promise<void> {
  while (!done()) {
    for (const p of processes.filter((x) => !x.exit)) {
      try {
        const r = await fetch(`http://localhost:${p.promPort}/metrics`, { signal: AbortSignal.timeout(3000) });
        if (r.ok) p.lastScrape = { atEpochMs: Date.now(), text: await r.text() };
      } catch {
        // not up yet, or gone
      }
    }
    await sleep(TEXT_SCRAPE_MS);
  }
}

const redact = (text: string) => text.replaceAll(ROOT, '<repo>').replaceAll(homedir(), '~');

/** One incident: the lab run under capture, then the files. */
async function recordIncident(incident: Incident, log: (s: string) => void): Promise<string> {
  const build = join(BUILD_DIR, '..', 'incidents', incident.id);
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  const processes: ProcessRecord[] = [];
  const targetsFile = join(build, 'targets.json');
  writeTargets(targetsFile, processes);
  const ports = await Promise.all(Array.from({ length: 8 }, () => freePort()));
  const rssPort = await freePort();
  const rss = rssExporter(join(build, 'pids.json'), rssPort);
  const prom = await startPrometheus(build, targetsFile, rssPort);
  log(`incidents: ${incident.id}: ${prom.version} on port ${prom.port}`);
  const run = LAB_RUNS.find((r) => r.id === incident.labRun);
  if (!run) throw new Error(`no lab run ${incident.labRun}`);
  let finished = false;
  const scraping = textScrapes(processes, () => finished);
  captureArtefacts(capture(ports, processes, targetsFile));
  redirectLabFixtures(build);
  const startedAt = Date.now();
  try {
    const fixtureFile = await run.run(log);
    const endedAt = Date.now();
    finished = true;
    await scraping;
    // two more scrape intervals: the last samples of the processes' stop reach the TSDB
    await sleep(2500);
    const fx = JSON.parse(readFileSync(fixtureFile, 'utf8'));
    return await writeIncident({ incident, processes, fx, prom, startedAt, endedAt, build });
  } finally {
    finished = true;
    captureArtefacts(undefined);
    redirectLabFixtures(undefined);
    rss.kill('SIGTERM');
    prom.child.kill('SIGTERM');
  }
}

interface Recorded {
  incident: Incident;
  processes: ProcessRecord[];
  // biome-ignore lint/suspicious/noExplicitAny: the lab run's own fixture JSON, read for its figures
  fx: any;
  prom: { port: number; version: string };
  startedAt: number;
  endedAt: number;
  build: string;
}

/** query_range over the run: step 1 s, or coarser so that a series has at most ~150 points (a Grafana panel's resolution). */
async function queryRange(r: Recorded, query: string) {
  const start = Math.floor(r.startedAt / 1000);
  const end = Math.ceil(r.endedAt / 1000) + 2;
  const step = Math.max(SCRAPE_S, Math.ceil((end - start) / 150));
  const url = `http://localhost:${r.prom.port}/api/v1/query_range?${new URLSearchParams({ query, start: String(start), end: String(end), step: `${step}s` })}`;
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`query_range ${query}: ${res.status} ${text.slice(0, 500)}`);
  return { text, request: { query, start, end, step: `${step}s`, endpoint: '/api/v1/query_range' } };
}

/** The memory series of the brief, for every Flink process, and the restarts. */
const MEMORY_QUERY =
  '{__name__=~"flink_(jobmanager|taskmanager)_Status_JVM_(Memory_(Heap_Used|NonHeap_Used|Direct_MemoryUsed|Metaspace_Used)|GarbageCollector_G1_(Young|Old)_Generation_(Count|Time))|flink_jobmanager_job_numRestarts"}';
const RSS_QUERY = 'lab_process_resident_memory_bytes';

/** `[2026-12-04T06:38:18.979+0000][185.473s][info][gc,heap,exit ] Heap`: the JVM prints its heap at exit (-Xlog:gc* includes gc+heap+exit). */
function jvmExitEpochMs(gcLog: string): number | undefined {
  const line = gcLog
    .split('\n')
    .reverse()
    .find((l) => /\[info\]\[gc,heap,exit\s*\]/.test(l));
  const m = line ? /^\[([^\]]+)\]/.exec(line) : null;
  return m?.[1] ? Date.parse(m[1].replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : undefined;
}

async function writeIncident(r: Recorded): Promise<string> {
  const out = join(OUT_DIR, r.incident.id);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files: Record<string, unknown> = {};
  const logDir = join(BUILD_DIR, r.incident.labRun, 'log');
  for (const p of r.processes) {
    const log = join(logDir, `${p.name}.log`);
    const gc = join(logDir, `${p.name}-gc.log`);
    if (existsSync(log))
      files[`${p.name}.log`] = save(
        out,
        `${p.name}.log`,
        trimFlinkLog(redact(readFileSync(log, 'utf8'))),
        `log4j file of ${p.name} (-Dlog.file)`,
      );
    // stdout and stderr (flink-daemon.sh's <process>.out): what log4j could not log goes there (its own status errors)
    const stdout = join(logDir, `${p.name}.out`);
    if (existsSync(stdout) && statSync(stdout).size > 0)
      files[`${p.name}.out`] = save(
        out,
        `${p.name}.out`,
        trimFlinkLog(redact(readFileSync(stdout, 'utf8'))),
        `stdout and stderr of ${p.name}`,
      );
    if (existsSync(gc)) p.jvmExitAtEpochMs = jvmExitEpochMs(readFileSync(gc, 'utf8'));
    if (existsSync(gc))
      files[`${p.name}-gc.log`] = save(out, `${p.name}-gc.log`, trimGcLog(readFileSync(gc, 'utf8')), `-Xlog:gc* of ${p.name}`);
  }
  const memory = await queryRange(r, MEMORY_QUERY);
  writeFileSync(join(out, 'prometheus-query_range.json'), memory.text);
  files['prometheus-query_range.json'] = {
    provenance: `Prometheus ${r.prom.version}, scraping the Flink reporters every ${SCRAPE_S} s`,
    ...memory.request,
    bytes: memory.text.length,
  };
  const rssRange = await queryRange(r, RSS_QUERY);
  writeFileSync(join(out, 'prometheus-rss-query_range.json'), rssRange.text);
  files['prometheus-rss-query_range.json'] = {
    provenance: `Prometheus, scraping the lab's /proc VmRSS exporter every ${SCRAPE_S} s`,
    ...rssRange.request,
    bytes: rssRange.text.length,
  };
  const failure = failureOf(r.incident, r.fx, r.processes);
  const scraped = r.processes.find((p) => p.name === failure.process)?.lastScrape ?? r.processes.find((p) => p.lastScrape)?.lastScrape;
  if (scraped) {
    const name = `prometheus-scrape-${failure.process}.txt`;
    files[name] = {
      ...save(out, name, trimScrape(scraped.text), `GET /metrics of ${failure.process}'s Flink Prometheus reporter`),
      atEpochMs: scraped.atEpochMs,
      at: new Date(scraped.atEpochMs).toISOString(),
    };
  }
  const manifest = manifestOf(r, failure, files);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return out;
}

function save(
  dir: string,
  name: string,
  trimmed: { text: string; cut: unknown; originalBytes: number; originalLines: number },
  provenance: string,
) {
  writeFileSync(join(dir, name), trimmed.text);
  return {
    provenance,
    bytes: Buffer.byteLength(trimmed.text),
    originalBytes: trimmed.originalBytes,
    originalLines: trimmed.originalLines,
    cut: trimmed.cut,
  };
}

function manifestOf(r: Recorded, failure: ReturnType<typeof failureOf>, files: Record<string, unknown>) {
  const { jdk, machine, recordedAt } = provenance();
  return {
    id: r.incident.id,
    what: r.incident.what,
    labRun: {
      id: r.incident.labRun,
      command: `npm run calibrate -- incidents --only ${r.incident.id}`,
      fixtureInBuild: redact(join(r.build, `${r.incident.labRun}.json`)),
      figures: r.fx.figures,
    },
    flinkVersion: flinkVersion(),
    prometheusReporter: 'org.apache.flink:flink-metrics-prometheus:1.20.3 (Maven Central serves no 1.20.5)',
    prometheus: r.prom.version,
    jdk,
    machine,
    recordedAt,
    // Flink's log4j pattern prints local time without an offset: the zone the logs were written in
    logTimeZone: { name: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetMinutes: -new Date().getTimezoneOffset() },
    config: r.fx.config,
    run: {
      startedAt: new Date(r.startedAt).toISOString(),
      endedAt: new Date(r.endedAt).toISOString(),
      durationMs: r.endedAt - r.startedAt,
    },
    failure,
    processes: r.processes.map((p) => ({
      name: p.name,
      pid: p.pid,
      prometheusPort: p.promPort,
      startedAt: new Date(p.startedAtEpochMs).toISOString(),
      // atEpochMs: when the lab's handle saw the exit (late while the runner was in a synchronous step); jvmExitAt: the JVM's own
      exit: p.exit
        ? {
            ...p.exit,
            at: new Date(p.exit.atEpochMs).toISOString(),
            jvmExitAt: p.jvmExitAtEpochMs === undefined ? null : new Date(p.jvmExitAtEpochMs).toISOString(),
            how: p.endedBy ?? 'exited by itself',
          }
        : null,
    })),
    files,
  };
}

export async function runIncidents(only: readonly string[] | undefined, log: (s: string) => void): Promise<string[]> {
  ensurePrometheus();
  const unknown = only?.filter((id) => !INCIDENTS.some((i) => i.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown incident(s) ${unknown.join(', ')}; have ${INCIDENTS.map((i) => i.id).join(', ')}`);
  const done: string[] = [];
  for (const incident of INCIDENTS.filter((i) => only === undefined || only.includes(i.id))) done.push(await recordIncident(incident, log));
  return done;
}
