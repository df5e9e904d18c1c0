/**
 * `MemorySize` arithmetic with Java's exact failure modes (docs/flink-memory-model.md §3): sums overflow
 * at 2^63−1 with "long overflow", differences below zero fail with "bytes must be >= 0", and
 * multiplication by a fraction goes through the fraction's shortest decimal and truncates.
 */
import { FlinkError } from '../config/flinkError';
import { LONG_MAX, shortestDecimal } from '../units/javaNumbers';
import type { Bytes } from '../units/memorySize';

export function add(...parts: Bytes[]): Bytes {
  let sum = 0n;
  for (const part of parts) {
    sum += part;
    if (sum > LONG_MAX) throw new FlinkError('ArithmeticException', 'long overflow');
  }
  return sum;
}

export function subtract(a: Bytes, b: Bytes): Bytes {
  const difference = a - b;
  if (difference < 0n) throw new FlinkError('IllegalArgumentException', 'bytes must be >= 0');
  return difference;
}

/** `MemorySize#multiply`: BigDecimal.valueOf(bytes) × BigDecimal.valueOf(d), truncated toward zero. */
export function multiply(bytes: Bytes, multiplier: number): Bytes {
  if (!(multiplier >= 0)) throw new FlinkError('IllegalArgumentException', 'multiplier must be >= 0');
  const { digits, exponent } = shortestDecimal(multiplier);
  const product = exponent >= 0 ? bytes * digits * 10n ** BigInt(exponent) : (bytes * digits) / 10n ** BigInt(-exponent);
  if (product > LONG_MAX) throw new FlinkError('ArithmeticException', 'long overflow');
  return product;
}
