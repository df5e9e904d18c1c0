/**
 * `npm run calibrate -- gc-logs`: real GC logs for the GC log reader's corpus (models/artefacts/gcLog.ts). Runs
 * GcLogs.java (young collections, a leak, humongous arrays, System.gc(), a leak into OutOfMemoryError) on JDK 17 and
 * JDK 25 under G1, Parallel and Serial, each with other `-Xlog` decorations (the ones users set: uptime, time,
 * uptimemillis, utctime, pid/tid, level and tags, and plain `-Xlog:gc`), and writes
 * tests/fixtures/artefacts/gc-logs/<id>.log with the command that made it in SOURCES.json. A log over 60 KB loses
 * whole collections (every line of a `GC(n)`) from the middle of its run, never a line of a kept one; the ids
 * removed are recorded beside the command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Jdk } from '../runner/jdk';

const ROOT = join(import.meta.dirname, '..', '..');
const GC_LOG_DIR = join(ROOT, 'tests', 'fixtures', 'artefacts', 'gc-logs');
const BUILD = join(ROOT, 'calibration', '.build', 'gc-logs');
const MAX_BYTES = 60 * 1024;

interface GcLogRun {
  readonly id: string;
  readonly jdk: number;
  readonly gc: 'G1' | 'Parallel' | 'Serial';
  /** What follows `-Xlog:`, with FILE for the output path. */
  readonly xlog: string;
}

const GC_LOG_RUNS: readonly GcLogRun[] = [
  { id: 'jdk17-g1-uptime', jdk: 17, gc: 'G1', xlog: 'gc*:file=FILE:uptime,level,tags' },
  { id: 'jdk17-parallel-time-uptime', jdk: 17, gc: 'Parallel', xlog: 'gc*:file=FILE:time,uptime,level,tags' },
  { id: 'jdk17-serial-uptimemillis', jdk: 17, gc: 'Serial', xlog: 'gc*:file=FILE:uptimemillis,level,tags' },
  { id: 'jdk25-g1-time', jdk: 25, gc: 'G1', xlog: 'gc*:file=FILE:time,level,tags' },
  { id: 'jdk25-g1-gc-only', jdk: 25, gc: 'G1', xlog: 'gc:file=FILE' },
  { id: 'jdk25-parallel-utctime-pid-tid', jdk: 25, gc: 'Parallel', xlog: 'gc*:file=FILE:utctime,uptimemillis,pid,tid,level,tags' },
  { id: 'jdk25-serial-uptime', jdk: 25, gc: 'Serial', xlog: 'gc*:file=FILE:uptime,level,tags' },
];

interface GcLogSource {
  readonly file: string;
  readonly command: string;
  readonly jdk: string;
  readonly removedCollections?: string;
}

/** Runs every run (or those of `only`) on the JDKs found; returns one line per run for the console. */
export function runGcLogs(jdks: readonly Jdk[], only: readonly string[] | undefined): string[] {
  const jdk17 = jdks.find((j) => j.major === 17);
  if (!jdk17) throw new Error('no JDK 17');
  mkdirSync(BUILD, { recursive: true });
  const javac = spawnSync(join(jdk17.home, 'bin', 'javac'), ['--release', '17', '-d', BUILD, join(import.meta.dirname, 'GcLogs.java')]);
  if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr}`);
  const sourcesPath = join(GC_LOG_DIR, 'SOURCES.json');
  const sources: Record<string, unknown> = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8')) : {};
  const out: string[] = [];
  for (const run of GC_LOG_RUNS.filter((r) => only === undefined || only.includes(r.id))) {
    const jdk = jdks.find((j) => j.major === run.jdk);
    if (!jdk) {
      out.push(`${run.id}: no JDK ${run.jdk}, skipped`);
      continue;
    }
    const source = runOne(jdk, run);
    sources[source.file] = source;
    out.push(`${run.id}: ${source.file}${source.removedCollections ? ` (removed ${source.removedCollections})` : ''}`);
  }
  writeFileSync(sourcesPath, `${JSON.stringify(sortKeys(sources), null, 2)}\n`);
  return out;
}

function runOne(jdk: Jdk, run: GcLogRun): GcLogSource {
  const raw = join(BUILD, `${run.id}.log`);
  const args = [`-XX:+Use${run.gc}GC`, '-Xms32m', '-Xmx128m', `-Xlog:${run.xlog.replace('FILE', raw)}`, '-cp', BUILD, 'GcLogs'];
  const r = spawnSync(join(jdk.home, 'bin', 'java'), args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${run.id}: java exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const { text, removed } = trim(readFileSync(raw, 'utf8'));
  const file = `${run.id}.log`;
  writeFileSync(join(GC_LOG_DIR, file), text);
  const command = ['java', ...args.map((a) => a.replace(raw, file).replace(BUILD, 'calibration/.build/gc-logs'))].join(' ');
  return { file, command, jdk: jdk.versionText.split('\n')[1] ?? jdk.versionText, ...(removed ? { removedCollections: removed } : {}) };
}

/** Drops whole collections (all lines with one `GC(n)`) from the middle until the log fits MAX_BYTES. */
function trim(text: string): { text: string; removed: string | undefined } {
  const lines = text.split('\n');
  const idOf = (line: string) => /\bGC\((\d+)\)/.exec(line)?.[1];
  const ids = [...new Set(lines.map(idOf).filter((id): id is string => id !== undefined))].map(Number);
  const dropped = new Set<number>();
  const size = () => lines.filter((l) => !dropped.has(Number(idOf(l) ?? -1))).join('\n').length;
  const middle = Math.floor(ids.length / 3);
  for (let i = middle; i < ids.length - 10 && size() > MAX_BYTES; i++) dropped.add(ids[i] as number);
  const kept = lines.filter((l) => !dropped.has(Number(idOf(l) ?? -1))).join('\n');
  const first = Math.min(...dropped);
  const last = Math.max(...dropped);
  return { text: kept, removed: dropped.size > 0 ? `GC(${first})–GC(${last})` : undefined };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
