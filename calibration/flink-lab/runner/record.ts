/**
 * What every lab run records the same way: Flink's texts as engineers grep them (messages without frames, log lines),
 * the exception history's shape, medians, and the fixture file under calibration/fixtures/flink/<version>/<id>.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { javaVersionText, LAB_DIR } from './cluster';

/** A stack trace without its frames: the messages and `Caused by:` lines, as engineers grep them. */
export function messageHead(trace: string): string[] {
  return trace.split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ more/.test(l));
}

/** One entry of `/jobs/<id>/exceptions` (`exceptionHistory.entries`), the fields the lab reads. */
interface HistoryEntry {
  exceptionName: string;
  stacktrace: string;
  timestamp: number;
  taskName: string | null;
  endpoint?: string | null;
  taskManagerId?: string | null;
}

export interface Exceptions {
  'root-exception'?: string;
  exceptionHistory?: { entries: HistoryEntry[] };
}

/** The lines of a process's log (or .out) file matching `pattern`. */
export function logLines(file: string, pattern: RegExp): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => pattern.test(l));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return -1;
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Where and on what every fixture was recorded: the JDK's own version text and the machine. */
export function provenance(): { jdk: string; machine: { cores: number; cpu: string }; recordedAt: string } {
  return {
    jdk: javaVersionText(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    recordedAt: new Date().toISOString(),
  };
}

/** Where writeLabFixture writes instead (an incident recording keeps its run's fixture in its own build folder). */
let redirect: string | undefined;

export function redirectLabFixtures(dir: string | undefined): void {
  redirect = dir;
}

/** Writes calibration/fixtures/flink/<flinkVersion>/<id>.json (or into the redirect folder) and returns its path. */
export function writeLabFixture(id: string, fixture: { flinkVersion: string }): string {
  const dir = redirect ?? join(LAB_DIR, '..', 'fixtures', 'flink', fixture.flinkVersion);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.json`);
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}
