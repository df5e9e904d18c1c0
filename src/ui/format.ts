/**
 * How sizes read on screen: a compact size to scan ("1.25 GiB"), Flink's own form with the exact
 * bytes for titles and copies ("1.250gb (1342177280 bytes)"), and shares.
 */
import { compactSize, humanReadable } from '../../models/units/memorySize';

export function compact(bytes: bigint): string {
  return compactSize(bytes);
}

/** Flink's `toHumanReadableString`, which always carries the exact byte count. */
export function exact(bytes: bigint): string {
  return humanReadable(bytes);
}

export function percent(share: number): string {
  if (share > 0 && share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** Groups digits for reading long byte counts: 402653174 → "402 653 174". */
export function groupedBytes(bytes: bigint): string {
  const sign = bytes < 0n ? '-' : '';
  const digits = (bytes < 0n ? -bytes : bytes).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
