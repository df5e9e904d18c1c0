/**
 * The values a sweep parameter takes, as text Flink parses:
 * - a list: `2g,3g,4g` or `0.1, 0.25` (kept as typed; no empty or repeated item);
 * - an integer range: `1..8` (step 1) or `2..16 step 2`;
 * - a decimal range: `0.1..0.4 step 0.1` (the step is required). Values are computed in exact decimal
 *   arithmetic (scaled integers) and printed without trailing zeros: 0.1, 0.2, 0.3, 0.4 — never 0.30000000000000004;
 * - a size range: `1g..4g step 512m` (the step is required; any of the three with a unit makes it a size
 *   range, a bare number there is bytes). Values are printed in the largest unit that divides them
 *   exactly: 1g, 1536m, 2g, …
 * A range runs from its start up to the largest start + k × step not above its end. A reversed range
 * (end below start), a step of 0 and more than 100 values are refused with a `RangeSyntaxError`.
 */
import { MemorySizeParseError, parseMemorySize } from '../units/memorySize';

export class RangeSyntaxError extends Error {
  override readonly name = 'RangeSyntaxError';
}

const MAX_VALUES = 100;

const RANGE = /^(.+?)\s*\.\.\s*(.+?)(?:\s+step\s+(.+))?$/i;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function parseValues(spec: string): string[] {
  const text = spec.trim();
  if (text === '')
    throw new RangeSyntaxError('no values: write a list (2g,4g), a range (1..8, 0.1..0.4 step 0.1, 1g..4g step 512m) or one value');
  const range = RANGE.exec(text);
  const values = range ? rangeValues(text, range[1] ?? '', range[2] ?? '', range[3]) : listValues(text);
  if (values.length > MAX_VALUES) throw new RangeSyntaxError(`'${text}' gives ${values.length} values (at most ${MAX_VALUES})`);
  return values;
}

function listValues(text: string): string[] {
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new RangeSyntaxError(`'${text}': an empty item in the list`);
  const repeated = items.find((item, i) => items.indexOf(item) !== i);
  if (repeated !== undefined) throw new RangeSyntaxError(`'${text}': '${repeated}' is listed twice`);
  return items;
}

function rangeValues(text: string, start: string, end: string, step: string | undefined): string[] {
  const parts = [start, end, ...(step === undefined ? [] : [step])];
  if (parts.every((p) => DECIMAL.test(p))) return decimalRange(text, start, end, step);
  return sizeRange(text, start, end, step);
}

/** Walks start, start + step, … ≤ end in scaled integers. */
function walk(text: string, start: bigint, end: bigint, step: bigint): bigint[] {
  if (step <= 0n) throw new RangeSyntaxError(`'${text}': the step must be above 0`);
  if (end < start) throw new RangeSyntaxError(`'${text}': an empty range (the end is below the start)`);
  const count = (end - start) / step + 1n;
  if (count > BigInt(MAX_VALUES)) throw new RangeSyntaxError(`'${text}' gives ${count} values (at most ${MAX_VALUES})`);
  return Array.from({ length: Number(count) }, (_, k) => start + BigInt(k) * step);
}

function decimalRange(text: string, start: string, end: string, step: string | undefined): string[] {
  const decimals = (t: string) => (DECIMAL.exec(t)?.[2] ?? '').length;
  const scale = Math.max(decimals(start), decimals(end), step === undefined ? 0 : decimals(step));
  if (step === undefined && scale > 0) throw new RangeSyntaxError(`'${text}': a decimal range needs a step, e.g. 0.1..0.4 step 0.1`);
  const scaled = (t: string) => BigInt((DECIMAL.exec(t)?.[1] ?? '0') + (DECIMAL.exec(t)?.[2] ?? '').padEnd(scale, '0'));
  return walk(text, scaled(start), scaled(end), step === undefined ? 1n : scaled(step)).map((v) => decimalText(v, scale));
}

/** A scaled integer as a decimal without trailing zeros: (30, 2) → "0.3". */
function decimalText(value: bigint, scale: number): string {
  if (scale === 0) return String(value);
  const digits = String(value).padStart(scale + 1, '0');
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return `${digits.slice(0, -scale)}${fraction === '' ? '' : `.${fraction}`}`;
}

function sizeRange(text: string, start: string, end: string, step: string | undefined): string[] {
  if (step === undefined) throw new RangeSyntaxError(`'${text}': a size range needs a step, e.g. 1g..4g step 512m`);
  const size = (t: string) => {
    try {
      return parseMemorySize(t);
    } catch (e) {
      if (e instanceof MemorySizeParseError) throw new RangeSyntaxError(`'${text}': '${t}' is neither a number nor a size: ${e.message}`);
      throw e;
    }
  };
  return walk(text, size(start), size(end), size(step)).map(sizeText);
}

const UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ['t', 1n << 40n],
  ['g', 1n << 30n],
  ['m', 1n << 20n],
  ['k', 1n << 10n],
];

/** Bytes in the largest unit that divides them: 1610612736 → "1536m"; 0 and odd sizes stay bytes. */
export function sizeText(bytes: bigint): string {
  const unit = bytes === 0n ? undefined : UNITS.find(([, size]) => bytes % size === 0n);
  return unit ? `${bytes / unit[1]}${unit[0]}` : String(bytes);
}
