/**
 * Flink's `Duration` option syntax (`TimeUtils#parseDuration`, flink-core org.apache.flink.util.TimeUtils):
 * a non-negative whole number, optional whitespace, an optional unit label (milliseconds when absent).
 * The simulator counts whole milliseconds, as Flink's callers do (`Duration#toMillis` truncates).
 */
import { javaTrim } from './javaNumbers';

/** Thrown where `TimeUtils#parseDuration` throws; the reader wraps it in "Could not parse value …". */
export class DurationParseError extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super(message);
  }
}

/** Labels per unit as `TimeUtils.TimeUnit` lists them (singular, then plural forms), with the unit in nanoseconds. */
const UNITS: ReadonlyArray<{ name: string; labels: readonly string[]; nanos: bigint }> = [
  { name: 'DAYS', labels: ['d', 'day', 'days'], nanos: 86_400_000_000_000n },
  { name: 'HOURS', labels: ['h', 'hour', 'hours'], nanos: 3_600_000_000_000n },
  { name: 'MINUTES', labels: ['min', 'm', 'minute', 'minutes'], nanos: 60_000_000_000n },
  { name: 'SECONDS', labels: ['s', 'sec', 'secs', 'second', 'seconds'], nanos: 1_000_000_000n },
  { name: 'MILLISECONDS', labels: ['ms', 'milli', 'millis', 'millisecond', 'milliseconds'], nanos: 1_000_000n },
  { name: 'MICROSECONDS', labels: ['µs', 'micro', 'micros', 'microsecond', 'microseconds'], nanos: 1_000n },
  { name: 'NANOSECONDS', labels: ['ns', 'nano', 'nanos', 'nanosecond', 'nanoseconds'], nanos: 1n },
];

const ALL_UNITS = UNITS.map((u) => `${u.name}: (${u.labels.join(' | ')})`).join(', ');
const LONG_MAX = 9223372036854775807n;

/** The duration in whole milliseconds; refuses what Flink refuses, and what no JavaScript number holds exactly. */
export function parseDurationMs(text: string): number {
  const trimmed = javaTrim(text);
  const digits = /^[0-9]*/.exec(trimmed)?.[0] ?? '';
  if (digits === '') throw new DurationParseError('NumberFormatException', 'text does not start with a number');
  const label = trimmed.slice(digits.length).trim().toLowerCase();
  const unit = label === '' ? UNITS[4] : UNITS.find((u) => u.labels.includes(label));
  if (!unit) {
    throw new DurationParseError(
      'IllegalArgumentException',
      `Time interval unit label '${label}' does not match any of the recognized units: ${ALL_UNITS}`,
    );
  }
  const value = BigInt(digits);
  // TimeUtils: the number must fit a long; Duration.of(value, unit) must fit too (ArithmeticException otherwise).
  if (value > LONG_MAX) {
    // Flink's own wording, typo included.
    throw new DurationParseError(
      'IllegalArgumentException',
      `The value '${digits}' cannot be re represented as 64bit number (numeric overflow).`,
    );
  }
  const ms = (value * unit.nanos) / 1_000_000n;
  // The simulator's clock is a double of milliseconds: beyond 2^53 ms (285,000 years) it cannot count them.
  if (ms > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DurationParseError('ArithmeticException', 'long overflow');
  }
  return Number(ms);
}
