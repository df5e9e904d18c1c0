/**
 * Durations as scenarios write them ("250ms", "30s", "15m", "6h", "7d", or a bare number of
 * milliseconds), parsed to integer milliseconds: simulated time is an integer `nowMs`.
 */

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

export class DurationParseError extends Error {}

export function parseDuration(text: string | number): number {
  if (typeof text === 'number') {
    if (!Number.isSafeInteger(text) || text < 0)
      throw new DurationParseError(`a duration in milliseconds must be a non-negative integer, got ${text}`);
    return text;
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|m|h|d)?\s*$/.exec(text);
  if (!match) throw new DurationParseError(`'${text}' is not a duration (e.g. 500ms, 30s, 15m, 6h, 7d)`);
  const ms = Number(match[1]) * (UNITS[match[2] ?? 'ms'] ?? 1);
  if (!Number.isSafeInteger(Math.round(ms))) throw new DurationParseError(`'${text}' is too long`);
  if (!Number.isInteger(ms)) throw new DurationParseError(`'${text}' is not a whole number of milliseconds`);
  return ms;
}

/** "1d 02:13:05.250" style: how simulated time is shown in logs and events. */
export function formatSimTime(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const milli = rest % 1000;
  const clock = `${pad(h)}:${pad(m)}:${pad(s)}${milli ? `.${String(milli).padStart(3, '0')}` : ''}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "7d", "12h", "90s": the shortest exact form, for summaries. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
