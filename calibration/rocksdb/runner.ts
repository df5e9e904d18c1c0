/**
 * `npm run calibrate -- rocksdb [--only oracle,bounded-6.20.3-glibc,…]`: Flink's own RocksDB memory derivation per
 * release (rocksdbcal.RocksDbOracle) and a real RocksDB set up as Flink sets it up, under glibc and jemalloc
 * (rocksdbcal.RocksDbProbe); writes ../fixtures/rocksdb/*.json (README.md here). One JVM at a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaVersionText, jdkTool } from '../flink-lab/runner/cluster';
import { ORACLE_CASES, ORACLE_RELEASES, PROBE_RUNS, type ProbeRun } from './cases';

const DIR = join(fileURLToPath(import.meta.url), '..');
const BUILD = join(DIR, '..', '.build', 'rocksdb');
const FIXTURES = join(DIR, '..', 'fixtures', 'rocksdb');
const JEMALLOC = '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2';

/** Releases before 1.15 publish flink-statebackend-rocksdb and flink-streaming-java with _2.12, before 1.14 flink-runtime too. */
const suffixes = (release: string) => ({
  suffix: /^1\.1[0-4]\./.test(release) ? '_2.12' : '',
  runtime: /^1\.1[0-3]\./.test(release) ? '_2.12' : '',
});

/** The release's classpath (pom.xml; offline first, Maven Central if something is missing). */
function classpath(release: string, log: (s: string) => void): string | undefined {
  const out = join(BUILD, `${release}.classpath`);
  if (existsSync(out)) return readFileSync(out, 'utf8').trim();
  const { suffix, runtime } = suffixes(release);
  for (const offline of [true, false]) {
    const r = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        ...(offline ? ['-o'] : []),
        '-f',
        join(DIR, 'pom.xml'),
        `-Dflink.version=${release}`,
        `-Dflink.suffix=${suffix}`,
        `-Dflink.runtime.suffix=${runtime}`,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${out}`,
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    if (r.status === 0 && existsSync(out)) return readFileSync(out, 'utf8').trim();
    if (!offline) log(`rocksdb ${release}: not served (${(r.stdout + r.stderr).slice(-300).trim()})`);
  }
  return undefined;
}

/** The frocksdbjni jar on a classpath and its version. */
function frocksdb(cp: string): { jar: string; version: string } {
  const jar = cp.split(':').find((p) => /\/frocksdbjni-[^/]+\.jar$/.test(p));
  const version = jar && /frocksdbjni-([^/]+)\.jar$/.exec(jar)?.[1];
  if (!jar || !version) throw new Error(`no frocksdbjni on the classpath ${cp.slice(0, 200)}…`);
  return { jar, version };
}

/** javac --release 11 of src/ against a frocksdbjni jar (RocksDbProbe uses only org.rocksdb API every version has). */
function compile(rocksJar: string): string {
  const classes = join(BUILD, 'classes');
  rmSync(classes, { recursive: true, force: true });
  const sources = ['RocksDbOracle.java', 'RocksDbProbe.java'].map((f) => join(DIR, 'src', 'rocksdbcal', f));
  const r = spawnSync(jdkTool('javac'), ['-nowarn', '--release', '11', '-cp', rocksJar, '-d', classes, ...sources], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`javac: ${r.stderr}`);
  return classes;
}

const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim();

/** The machine, as every fixture records it. */
function machine(): Record<string, unknown> {
  return {
    cores: cpus().length,
    memTotalBytes: totalmem(),
    kernel: sh('uname', ['-r']),
    glibc: sh('ldd', ['--version']).split('\n')[0],
    jemalloc: sh('dpkg-query', ['-W', '-f', '\x24{Version}', 'libjemalloc2']) || null,
    loadAverageAtStart: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
    note: '2 cores shared with other sessions: times are not compared, memory figures are',
  };
}

/** One small file a fixture: one line a top-level field, cases/phases one line each. */
function fixtureText(f: Record<string, unknown>): string {
  const fields = Object.entries(f).map(([k, v]) =>
    Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'
      ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}

function runOracle(release: string, cp: string, classes: string, log: (s: string) => void): string {
  const pkg = release.startsWith('1.') ? 'org.apache.flink.contrib.streaming.state' : 'org.apache.flink.state.rocksdb';
  const casesFile = join(BUILD, `oracle-cases.tsv`);
  writeFileSync(
    casesFile,
    ORACLE_CASES.map(
      (c) =>
        `${c.id}\t${Object.entries(c.config)
          .map(([k, v]) => `${k}=${v}`)
          .join(';')}\t${c.managedBytes}\t${c.fraction}`,
    ).join('\n'),
  );
  const out = join(BUILD, `oracle-${release}.jsonl`);
  const args = [
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
    '-cp',
    `${classes}:${cp}`,
    'rocksdbcal.RocksDbOracle',
    pkg,
    casesFile,
    out,
  ];
  const r = spawnSync(jdkTool('java'), args, { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`RocksDbOracle ${release} exited ${r.status}: ${(r.stdout + r.stderr).slice(-2000)}`);
  const records = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const cases = records.map((rec) => {
    const c = ORACLE_CASES.find((x) => x.id === rec.case);
    return { ...rec, config: c?.config };
  });
  const file = join(FIXTURES, `oracle-${release}.json`);
  writeFileSync(
    file,
    fixtureText({
      kind: 'oracle',
      release,
      frocksdbjni: frocksdb(cp).version,
      command: `java -cp <classes>:<mvn -f calibration/rocksdb/pom.xml -Dflink.version=${release} dependency:build-classpath> rocksdbcal.RocksDbOracle ${pkg} <cases.tsv> <out>`,
      how: 'new EmbeddedRocksDBStateBackend().configure(config) → memoryConfiguration; RocksDBOperationUtils.allocateSharedCachesIfConfigured with MemoryManager.create(managedBytes, DEFAULT_PAGE_SIZE), the operator fraction, an Environment answering getMemoryManager/getTaskManagerInfo/getSharedResources and a RocksDBMemoryFactory recording its arguments (1.17+)',
      jdk: javaVersionText().split('\n')[0],
      recordedAt: new Date().toISOString().slice(0, 10),
      cases,
    }),
  );
  log(`rocksdb oracle ${release}: ${cases.length} cases → ${file}`);
  return file;
}

function runProbe(run: ProbeRun, cp: string, classes: string, log: (s: string) => void): string {
  const rocks = frocksdb(cp);
  const env: Record<string, string> = {};
  if (run.mallocArenaMax !== undefined) env.MALLOC_ARENA_MAX = String(run.mallocArenaMax);
  if (run.allocator === 'jemalloc') {
    if (!existsSync(JEMALLOC)) throw new Error(`${JEMALLOC} missing: apt-get install -y libjemalloc2`);
    env.LD_PRELOAD = JEMALLOC;
    if (run.jemallocBackgroundThread) env.MALLOC_CONF = 'background_thread:true';
  }
  const dbDir = join(BUILD, 'db');
  const jvm = ['-Xms64m', '-Xmx64m', '-XX:+AlwaysPreTouch', '-XX:+UseSerialGC', `-Djava.io.tmpdir=${join(BUILD, 'tmp')}`];
  mkdirSync(join(BUILD, 'tmp'), { recursive: true });
  const probeArgs = Object.entries({ ...run.args, dir: dbDir }).map(([k, v]) => `${k}=${v}`);
  const started = Date.now();
  const r = spawnSync(jdkTool('java'), [...jvm, '-cp', `${classes}:${rocks.jar}`, 'rocksdbcal.RocksDbProbe', ...probeArgs], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`RocksDbProbe ${run.id} exited ${r.status}: ${(r.stdout + r.stderr).slice(-2000)}`);
  const lines = r.stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1] as string) as Record<string, unknown>;
  const { phases, ...summary } = result;
  const file = join(FIXTURES, `${run.id}.json`);
  writeFileSync(
    file,
    fixtureText({
      kind: 'probe',
      id: run.id,
      frocksdbjni: rocks.version,
      frocksdbjniOf: `Flink ${run.classpathOf} (flink-statebackend-rocksdb's dependency)`,
      allocator: run.allocator,
      mallocArenaMax: run.mallocArenaMax ?? null,
      jemallocBackgroundThread: run.jemallocBackgroundThread ?? false,
      command: `${Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join(
          ' ',
        )} java ${jvm.slice(0, 4).join(' ')} -cp <classes>:frocksdbjni-${rocks.version}.jar rocksdbcal.RocksDbProbe ${probeArgs.slice(0, -1).join(' ')} dir=<db>`.trim(),
      args: run.args,
      jdk: javaVersionText().split('\n')[0],
      machine: machine(),
      recordedAt: new Date().toISOString().slice(0, 10),
      runSeconds: Math.round((Date.now() - started) / 100) / 10,
      result: summary,
      phases,
    }),
  );
  log(`rocksdb probe ${run.id}: ${Math.round((Date.now() - started) / 1000)} s → ${file}`);
  return file;
}

/** Runs the oracle (`oracle` in only, or every release) and the probes asked for (`probes`: all); returns the fixtures written. */
export function runRocksdb(only: readonly string[] | undefined, log: (s: string) => void): string[] {
  const wanted = (id: string) => only === undefined || only.includes(id) || (id !== 'oracle' && only.includes('probes'));
  const unknown = only?.filter((id) => id !== 'oracle' && id !== 'probes' && !PROBE_RUNS.some((r) => r.id === id)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `unknown rocksdb run(s) ${unknown.join(', ')}; have oracle, probes (all of them), ${PROBE_RUNS.map((r) => r.id).join(', ')}`,
    );
  mkdirSync(BUILD, { recursive: true });
  mkdirSync(FIXTURES, { recursive: true });
  const started = Date.now();
  const cps = new Map<string, string>();
  for (const release of new Set([...ORACLE_RELEASES, ...PROBE_RUNS.map((r) => r.classpathOf)])) {
    if (!wanted('oracle') && !PROBE_RUNS.some((r) => r.classpathOf === release && wanted(r.id))) continue;
    const cp = classpath(release, log);
    if (cp !== undefined) cps.set(release, cp);
  }
  const base = cps.get('1.20.5');
  if (!base) throw new Error('Flink 1.20.5 not resolvable: its frocksdbjni compiles the programs');
  const classes = compile(frocksdb(base).jar);
  const written: string[] = [];
  if (wanted('oracle'))
    for (const release of ORACLE_RELEASES) if (cps.has(release)) written.push(runOracle(release, cps.get(release) as string, classes, log));
  for (const run of PROBE_RUNS.filter((r) => wanted(r.id))) {
    const cp = cps.get(run.classpathOf);
    if (!cp) throw new Error(`no classpath for ${run.classpathOf}`);
    written.push(runProbe(run, cp, classes, log));
  }
  log(`rocksdb: ${written.length} fixtures in ${Math.round((Date.now() - started) / 1000)} s`);
  return written;
}
