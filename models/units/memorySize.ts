/**
 * Flink's `MemorySize` (flink-core-api `MemorySize.java`, unchanged 1.10 → 2.0): parsing of size
 * text and its two printed forms. Sizes are exact bigint byte counts, so values up to
 * Long.MAX_VALUE (2^63−1) keep every digit (docs/flink-memory-model.md §2).
 */
import { formatFixedHalfUp, javaTrim, LONG_MAX } from './javaNumbers';

export type Bytes = bigint;

/** A size text Flink refuses; `javaClass` is the exception Flink throws. */
export class MemorySizeParseError extends Error {
  constructor(
    message: string,
    readonly javaClass: 'IllegalArgumentException' | 'NumberFormatException',
  ) {
    super(message);
  }
}

interface MemoryUnit {
  readonly names: readonly string[];
  readonly multiplier: bigint;
}

const UNITS: readonly MemoryUnit[] = [
  { names: ['b', 'bytes'], multiplier: 1n },
  { names: ['k', 'kb', 'kibibytes'], multiplier: 1n << 10n },
  { names: ['m', 'mb', 'mebibytes'], multiplier: 1n << 20n },
  { names: ['g', 'gb', 'gibibytes'], multiplier: 1n << 30n },
  { names: ['t', 'tb', 'tebibytes'], multiplier: 1n << 40n },
];

const ALL_UNITS = UNITS.map((u) => `(${u.names.join(' | ')})`).join(' / ');

export const KiB = 1n << 10n;
export const MiB = 1n << 20n;
export const GiB = 1n << 30n;

/** `MemorySize.parseBytes`: digits, optional whitespace, optional binary unit. */
export function parseMemorySize(text: string): Bytes {
  const trimmed = javaTrim(text);
  if (trimmed === '') {
    throw new MemorySizeParseError('argument is an empty- or whitespace-only string', 'IllegalArgumentException');
  }
  const numberText = /^[0-9]*/.exec(trimmed)?.[0] ?? '';
  const unitText = javaTrim(trimmed.slice(numberText.length)).toLowerCase();
  if (numberText === '') {
    throw new MemorySizeParseError('text does not start with a number', 'NumberFormatException');
  }
  const value = BigInt(numberText);
  if (value > LONG_MAX) {
    throw new MemorySizeParseError(
      `The value '${numberText}' cannot be re represented as 64bit number (numeric overflow).`,
      'IllegalArgumentException',
    );
  }
  const bytes = value * unitMultiplier(unitText);
  if (bytes > LONG_MAX) {
    throw new MemorySizeParseError(
      `The value '${text}' cannot be re represented as 64bit number of bytes (numeric overflow).`,
      'IllegalArgumentException',
    );
  }
  return bytes;
}

function unitMultiplier(unit: string): bigint {
  if (unit === '') return 1n;
  const match = UNITS.find((u) => u.names.includes(unit));
  if (!match) {
    throw new MemorySizeParseError(
      `Memory size unit '${unit}' does not match any of the recognized units: ${ALL_UNITS}`,
      'IllegalArgumentException',
    );
  }
  return match.multiplier;
}

/**
 * `toHumanReadableString`, the form every Flink error and log message uses: "1.250gb (1342177280 bytes)".
 * Like Java, the quotient is computed in binary64 and its shortest decimal rounded half-up.
 */
export function humanReadable(bytes: Bytes): string {
  if (bytes <= 1024n) return `${bytes} bytes`;
  let unit = UNITS[1] as MemoryUnit;
  for (const candidate of UNITS.slice(1)) if (bytes > candidate.multiplier) unit = candidate;
  const approximate = Number(bytes) / Number(unit.multiplier);
  return `${formatFixedHalfUp(approximate, 3)}${unit.names[1]} (${bytes} bytes)`;
}

/** `toString`, as Flink prints option defaults: the largest unit that divides exactly ("1728 mb"). */
export function memorySizeToString(bytes: Bytes): string {
  const firstNonDividing = UNITS.findIndex((u) => bytes % u.multiplier !== 0n);
  const unit = firstNonDividing <= 0 ? (UNITS[0] as MemoryUnit) : (UNITS[firstNonDividing - 1] as MemoryUnit);
  return `${bytes / unit.multiplier} ${unit.names[1]}`;
}

/** Whole MiB by truncation (`MemorySize#getMebiBytes`), as containers are sized. */
export function toMebiBytes(bytes: Bytes): bigint {
  return bytes / MiB;
}

/** A compact label for charts and tables: "1.25 GiB", "512 MiB" (not a Flink format). */
export function compactSize(bytes: Bytes): string {
  const units: Array<[bigint, string]> = [
    [1n << 40n, 'TiB'],
    [GiB, 'GiB'],
    [MiB, 'MiB'],
    [KiB, 'KiB'],
  ];
  for (const [multiplier, name] of units) {
    if (bytes >= multiplier) {
      const value = Number(bytes) / Number(multiplier);
      return `${Number.isInteger(value) ? value : Number(value.toFixed(2))} ${name}`;
    }
  }
  return `${bytes} B`;
}
