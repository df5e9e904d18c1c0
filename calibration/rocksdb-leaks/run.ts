/**
 * `npm run calibrate -- rocksdb-leaks`: the mechanism of FLINK-21986, FLINK-39753 and FLINK-39923 on the real
 * frocksdbjni jars the affected releases use (calibration/rocksdb-leaks/README.md). Runs RestartLeak.java once per
 * (mechanism, frocksdbjni, mode, allocator), one JVM at a time, and writes one JSON line per run to
 * calibration/rocksdb-leaks/measurements.jsonl: VmRSS after every restart and the least-squares slope in bytes per
 * restart (restarts 2…N: the first two warm the allocator and the JIT up). About 3 minutes on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir } from 'node:os';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const BUILD = join(HERE, '..', '.build', 'rocksdb-leaks');
const OUT = join(HERE, 'measurements.jsonl');
const JEMALLOC = '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2';

/** The frocksdbjni each release line ships (the flink-statebackend-rocksdb POM of the release, Maven Central). */
const JARS = {
  '5.17.2-artisans-2.0': 'com.data-artisans:frocksdbjni:5.17.2-artisans-2.0', // Flink 1.11–1.13
  '6.20.3-ververica-2.0': 'com.ververica:frocksdbjni:6.20.3-ververica-2.0', // Flink 1.18–1.20 (1.16/1.17: -1.0)
  '8.10.0-ververica-1.0': 'com.ververica:frocksdbjni:8.10.0-ververica-1.0', // Flink 2.0–2.3
} as const;
type Frocksdb = keyof typeof JARS;

interface LeakRun {
  /** statistics-objects: `restarts` Statistics made without a database (their native size alone, bytes per object). */
  readonly mechanism: 'statistics' | 'statistics-objects' | 'cfoptions';
  readonly jira: string;
  readonly frocksdb: Frocksdb;
  readonly restarts: number;
  readonly cacheMiB: number;
}

const RUNS: readonly LeakRun[] = [
  { mechanism: 'statistics-objects', jira: 'FLINK-39923', frocksdb: '8.10.0-ververica-1.0', restarts: 400, cacheMiB: 0 },
  { mechanism: 'statistics-objects', jira: 'FLINK-39923', frocksdb: '6.20.3-ververica-2.0', restarts: 400, cacheMiB: 0 },
  { mechanism: 'statistics', jira: 'FLINK-39923', frocksdb: '8.10.0-ververica-1.0', restarts: 40, cacheMiB: 8 },
  { mechanism: 'statistics', jira: 'FLINK-39923', frocksdb: '6.20.3-ververica-2.0', restarts: 40, cacheMiB: 8 },
  { mechanism: 'cfoptions', jira: 'FLINK-39753', frocksdb: '8.10.0-ververica-1.0', restarts: 8, cacheMiB: 64 },
  { mechanism: 'cfoptions', jira: 'FLINK-39753', frocksdb: '6.20.3-ververica-2.0', restarts: 8, cacheMiB: 64 },
  { mechanism: 'cfoptions', jira: 'FLINK-21986', frocksdb: '5.17.2-artisans-2.0', restarts: 8, cacheMiB: 64 },
];
const MODES = ['leak', 'dropped', 'fixed'] as const;
const ALLOCATORS = ['glibc', 'jemalloc'] as const;

/** The jar in the local Maven repository, fetched with `mvn dependency:get` if missing. */
function jar(frocksdb: Frocksdb): string {
  const [group, artifact, version] = JARS[frocksdb].split(':') as [string, string, string];
  const path = join(homedir(), '.m2', 'repository', ...group.split('.'), artifact, version, `${artifact}-${version}.jar`);
  if (!existsSync(path)) {
    const r = spawnSync('mvn', ['-q', 'dependency:get', `-Dartifact=${JARS[frocksdb]}`], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(path)) throw new Error(`could not fetch ${JARS[frocksdb]} with mvn`);
  }
  return path;
}

/** Least-squares slope of y over its index, from `from` on. */
function slope(ys: readonly number[], from: number): number {
  const points = ys.slice(from).map((y, i) => [i, y] as const);
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

export function runRocksDbLeaks(log: (line: string) => void): string[] {
  mkdirSync(BUILD, { recursive: true });
  const compile = spawnSync('javac', ['-d', BUILD, '-cp', jar('8.10.0-ververica-1.0'), join(HERE, 'RestartLeak.java')], {
    encoding: 'utf8',
  });
  if (compile.status !== 0) throw new Error(`javac RestartLeak.java failed: ${compile.stderr}`);
  const lines: string[] = [];
  for (const run of RUNS) {
    const db = join(BUILD, `db-${run.frocksdb}`);
    if (run.mechanism !== 'statistics-objects') rmSync(db, { recursive: true, force: true });
    for (const allocator of ALLOCATORS) {
      if (allocator === 'jemalloc' && !existsSync(JEMALLOC)) {
        log(`rocksdb-leaks: ${JEMALLOC} missing (apt-get install libjemalloc2): jemalloc runs skipped`);
        continue;
      }
      for (const mode of MODES) {
        const args = ['-Xms64m', '-Xmx64m', '-XX:+AlwaysPreTouch', '-cp', `${jar(run.frocksdb)}:${BUILD}`, 'RestartLeak'];
        args.push(run.mechanism, mode, String(run.restarts), db, String(run.cacheMiB));
        const env = { ...process.env, ...(allocator === 'jemalloc' ? { LD_PRELOAD: JEMALLOC } : {}) };
        const r = spawnSync('java', args, { encoding: 'utf8', env });
        const last = r.stdout.trim().split('\n').pop() ?? '';
        if (r.status !== 0 || !last.startsWith('{'))
          throw new Error(`RestartLeak ${run.mechanism} ${mode} on ${run.frocksdb} failed: ${r.stderr}`);
        const out = JSON.parse(last) as { rssAfterRestart?: number[]; rssBefore?: number; rssAfter?: number };
        const rssAfterRestart = out.rssAfterRestart ?? [out.rssBefore ?? 0, out.rssAfter ?? 0];
        // objects: (after − before) / count; restarts: the slope from restart 2 on
        const perRestart = Math.round(
          out.rssAfterRestart ? slope(rssAfterRestart, 2) : ((out.rssAfter ?? 0) - (out.rssBefore ?? 0)) / run.restarts,
        );
        const line = JSON.stringify({
          jira: run.jira,
          mechanism: run.mechanism,
          frocksdbjni: run.frocksdb,
          allocator,
          mode,
          restarts: run.restarts,
          cacheMiB: run.cacheMiB,
          cpus: cpus().length,
          rssBytesPerRestart: perRestart,
          rssAfterRestart,
        });
        log(
          `rocksdb-leaks: ${run.jira} ${run.mechanism} ${run.frocksdb} ${allocator} ${mode}: ${(perRestart / 1024).toFixed(0)} KiB per restart`,
        );
        lines.push(line);
      }
    }
  }
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  return lines;
}
