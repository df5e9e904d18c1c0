/**
 * What every artefact reader shares: times as a log prints them and the lines it could not read.
 *
 * Times: a log either prints its own clock since start (the JVM's uptime: `[12.345s]`, `[12345ms]`, JDK 8's `12.345:`) or
 * wall-clock time (`2026-12-04T10:00:00.123+0100`, log4j's `2026-12-04 10:00:00,123`), or both. A reader gives every event
 * `atMs`, milliseconds since the log's start (the uptime when printed, else since the first wall-clock time of the log),
 * and the wall-clock text exactly as printed, with its instant in ms since the epoch when the text carries an offset.
 * No Date here (models/ is deterministic): the calendar arithmetic is Howard Hinnant's days_from_civil.
 */

import { daysFromCivil } from './observedTimes';

export interface LogTime {
  /** Milliseconds since the log's start (see the file comment); fractional when the log prints sub-millisecond uptimes. */
  readonly atMs: number;
  /** The wall-clock time exactly as printed, or undefined when the line prints none. */
  readonly timestamp: string | undefined;
  /** The printed wall-clock time in ms since 1970-01-01T00:00:00Z; undefined without a timestamp or when it has no offset. */
  readonly epochMs: number | undefined;
}

/** A line a reader could not read, 1-based, with its text and why (rendered as `line 37: not a GC event: …`). */
export interface UnreadLine {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export function unreadMessage(u: UnreadLine): string {
  return `line ${u.line}: ${u.reason}: ${u.text.length > 160 ? `${u.text.slice(0, 157)}...` : u.text}`;
}

/** Splits a text into lines (LF or CRLF); a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?$/;

/**
 * A wall-clock text as ms: `{ localMs, epochMs }`. localMs counts the printed fields as if they were UTC (so two times of
 * one log subtract correctly whatever its zone); epochMs applies the printed offset, undefined without one.
 */
export function parseWallClock(text: string): { localMs: number; epochMs: number | undefined } | undefined {
  const m = WALL_CLOCK.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m as unknown as [string, string, string, string, string, string, string, string?, string?];
  const fractionMs = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
  const localMs =
    ((daysFromCivil(Number(y), Number(mo), Number(d)) * 24 + Number(h)) * 60 + Number(mi)) * 60_000 + Number(s) * 1000 + fractionMs;
  if (zone === undefined) return { localMs, epochMs: undefined };
  if (zone === 'Z') return { localMs, epochMs: localMs };
  const digits = zone.replace(':', '');
  const offsetMin = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  return { localMs, epochMs: localMs - offsetMin * 60_000 };
}

/**
 * Gives each event its `atMs` once the whole log is known: the uptime when the line printed one, else the wall clock's
 * distance from the log's first wall-clock time (so a log printed with `time` only still starts at 0).
 */
export class LogClock {
  private firstLocalMs: number | undefined;

  /** Remembers the earliest wall-clock time; call for every timestamp before `time`. */
  see(timestamp: string | undefined): void {
    const wall = timestamp === undefined ? undefined : parseWallClock(timestamp);
    if (wall !== undefined && (this.firstLocalMs === undefined || wall.localMs < this.firstLocalMs)) this.firstLocalMs = wall.localMs;
  }

  time(uptimeMs: number | undefined, timestamp: string | undefined): LogTime {
    const wall = timestamp === undefined ? undefined : parseWallClock(timestamp);
    const sinceFirst = wall !== undefined && this.firstLocalMs !== undefined ? wall.localMs - this.firstLocalMs : 0;
    return { atMs: uptimeMs ?? sinceFirst, timestamp, epochMs: wall?.epochMs };
  }
}

const UNIT_BYTES: Record<string, number> = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/**
 * A HotSpot size as printed in GC logs (`24M`, `65536K`, JDK 8's `3072.0K`, `29.9G`, `0.0B`) in bytes, rounded: a size
 * printed in M or G is only as exact as its digits (71.1M is 74553754 bytes ± 0.05 MiB).
 */
export function hotspotSizeBytes(text: string): number {
  const m = /^([\d.]+)([BKMGT])$/.exec(text);
  if (!m) throw new Error(`not a HotSpot size: ${text}`);
  return Math.round(Number(m[1]) * (UNIT_BYTES[m[2] as string] as number));
}
