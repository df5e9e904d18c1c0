/**
 * Flink's `RangeFraction` (min, max, fraction) and the two ways a component is derived from it:
 * a fraction of a known total, or the fraction of a total that is not yet known (docs/flink-memory-model.md §3).
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import type { OptionDef } from '../config/options';
import { humanReadable, type Bytes } from '../units/memorySize';
import { javaDoubleToString, LONG_MAX } from '../units/javaNumbers';
import { multiply } from './byteMath';
import { optionDescription } from './optionDescription';
import type { DerivationContext } from './derivationContext';

export interface RangeFraction {
  readonly min: Bytes;
  readonly max: Bytes;
  readonly fraction: number;
  /** Name used in Flink's capping log ("network memory", "managed memory", "jvm overhead memory"). */
  readonly what: string;
  readonly keys: readonly string[];
}

interface RangeOptions {
  readonly min?: OptionDef;
  readonly max?: OptionDef;
  readonly fraction: OptionDef;
  readonly what: string;
}

/** Reads and validates a range; an invalid one is Flink's "Inconsistently configured …" (E7). */
export function readRangeFraction(ctx: DerivationContext, opts: RangeOptions): RangeFraction {
  const min = opts.min ? ctx.memory(opts.min) : 0n;
  const max = opts.max ? ctx.memory(opts.max) : LONG_MAX;
  const fraction = ctx.reader.float(opts.fraction) ?? 0;
  const keys = [opts.min?.key, opts.max?.key, opts.fraction.key].filter((k): k is string => k !== undefined);
  const problem =
    min > max
      ? 'min value must be less or equal to max value'
      : fraction >= 0 && fraction < 1
        ? undefined
        : 'fraction must be in range [0, 1)';
  if (problem) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Inconsistently configured ${optionDescription(opts.fraction, ctx.version)} (${javaDoubleToString(fraction)}) and its min (${humanReadable(min)}), max (${humanReadable(max)}) value`,
      keys,
      new FlinkError('IllegalArgumentException', problem),
    );
  }
  return { min, max, fraction, what: opts.what, keys };
}

/** The fraction of `base`, capped to [min, max] (`deriveWithFraction`). */
export function fromFraction(ctx: DerivationContext, base: Bytes, range: RangeFraction): Bytes {
  return capped(ctx, range, base, false);
}

/** X such that X ≈ fraction × (base + X), capped (`deriveWithInverseFraction`). */
export function fromInverseFraction(ctx: DerivationContext, base: Bytes, range: RangeFraction): Bytes {
  return capped(ctx, range, base, true);
}

/** The product capped to the range, recorded in `ctx.fractions` with how it came about. */
function capped(ctx: DerivationContext, range: RangeFraction, base: Bytes, inverse: boolean): Bytes {
  const raw = multiply(base, inverse ? range.fraction / (1 - range.fraction) : range.fraction);
  const bytes = cap(ctx, range, raw);
  const how = bytes === raw ? undefined : bytes === range.max ? 'max' : 'min';
  ctx.fractions.push({
    what: range.what,
    keys: range.keys,
    fraction: range.fraction,
    inverse,
    baseBytes: base,
    rawBytes: raw,
    minBytes: range.min,
    maxBytes: range.max,
    bytes,
    capped: how,
  });
  return bytes;
}

function cap(ctx: DerivationContext, range: RangeFraction, value: Bytes): Bytes {
  if (value > range.max) {
    ctx.info(
      `The derived from fraction ${range.what} (${humanReadable(value)}) is greater than its max value ${humanReadable(range.max)}, max value will be used instead`,
      range.keys,
    );
    return range.max;
  }
  if (value < range.min) {
    ctx.info(
      `The derived from fraction ${range.what} (${humanReadable(value)}) is less than its min value ${humanReadable(range.min)}, min value will be used instead`,
      range.keys,
    );
    return range.min;
  }
  return value;
}

/** Whether a size derived as "the rest" lies in the range; the caller raises its own error. */
export const inRange = (range: RangeFraction, value: Bytes): boolean => value >= range.min && value <= range.max;
