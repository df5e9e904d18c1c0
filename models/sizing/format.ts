/**
 * How sizing figures read in sentences and tables: simulated spans ("4h20m10.21s"), sizes in
 * binary units ("1.83 GiB", negative for a limit exceeded), percentages and rates with at most two
 * decimals. Machine output (JSON, CSV) keeps the raw numbers; these are for people.
 */
import { compactSize } from '../units/memorySize';

/** "4h20m10.21s", "12h", "90ms", "2d3h": the largest units first, zero parts left out. */
export function formatSpan(ms: number): string {
  if (ms === 0) return '0s';
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  if (rest >= 1000 || (rest > 0 && parts.length > 0)) parts.push(`${trimDecimals(rest / 1000, 3)}s`);
  else if (rest > 0) parts.push(`${rest}ms`);
  return parts.join('');
}

/** A number with at most `places` decimals, trailing zeros dropped: 7.2, 1000, 0.05. */
function trimDecimals(value: number, places = 2): string {
  return String(Number(value.toFixed(places)));
}

export const formatPercent = (percent: number): string => `${trimDecimals(percent)}%`;

/** "1.83 GiB", "-96 MiB" (bytes are whole numbers; the sign is kept). */
export function formatBytes(bytes: number): string {
  const text = compactSize(BigInt(Math.abs(Math.round(bytes))));
  return bytes < 0 ? `-${text}` : text;
}

export const formatRate = (perSecond: number): string => `${trimDecimals(perSecond)}/s`;

/** Rounded to two decimals, as every percentage and rate of a sizing result is reported and compared. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;
