/** How explanations print numbers: sizes as in the charts ("343.04 MiB"), times as in the event log, sizes as config values. */
import { compactSize } from '../units/memorySize';

export const MiB = 1048576;
const GiB = 1024 * MiB;

/** "24 MiB", "343.04 MiB", "4 GiB", "0 B". */
export const size = (bytes: number | bigint): string => compactSize(BigInt(bytes));

/** A size as a Flink configuration value: "1088m", "4g", else bytes ("1030792155b"). */
export function configSize(bytes: number): string {
  if (bytes > 0 && bytes % GiB === 0) return `${bytes / GiB}g`;
  if (bytes > 0 && bytes % MiB === 0) return `${bytes / MiB}m`;
  return `${bytes}b`;
}

/** Rounds up to a multiple of `step` bytes. */
export const roundUp = (bytes: number, step: number): number => Math.ceil(bytes / step) * step;

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 restart", "6 restarts". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
