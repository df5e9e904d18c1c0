/**
 * Java number semantics the configuration model depends on: how Java parses and prints
 * floats and doubles, and BigDecimal arithmetic on the shortest decimal of a double.
 * Flink's fractions are `float` options widened to `double` (docs/flink-memory-model.md §3).
 */

export const LONG_MAX = 9223372036854775807n;
export const INT_MAX = 2147483647;

/** Thrown where Java would throw NumberFormatException; callers wrap it in Flink's texts. */
export class JavaNumberFormatError extends Error {}

const DECIMAL_FLOAT = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?$/;

/** `Double.parseDouble`: Java trims chars <= U+0020 and accepts a trailing f/F/d/D and hex floats. */
export function parseJavaDouble(text: string): number {
  const s = javaTrim(text);
  if (DECIMAL_FLOAT.test(s)) {
    const body = s.replace(/[fFdD]$/, '');
    if (/NaN$/.test(body)) return NaN;
    if (/Infinity$/.test(body)) return body.startsWith('-') ? -Infinity : Infinity;
    return Number(body);
  }
  const hex = HEX_FLOAT.exec(s);
  if (hex && (hex[2] !== '' || hex[3] !== '')) {
    const [, sign, whole = '', frac = '', exp = '0'] = hex;
    const mantissa = parseInt(whole + frac || '0', 16);
    const value = mantissa * 2 ** (Number(exp) - 4 * frac.length);
    return sign === '-' ? -value : value;
  }
  throw new JavaNumberFormatError(s === '' ? 'empty String' : `For input string: "${s}"`);
}

/**
 * `Float.parseFloat` widened to double. Java rounds the decimal straight to binary32; going via
 * binary64 first (as here) differs only for inputs with more than ~17 significant digits that sit
 * on a binary32 rounding boundary, which no realistic fraction does.
 */
export function parseJavaFloat(text: string): number {
  return Math.fround(parseJavaDouble(text));
}

/** `Integer.parseInt` (after Flink's trim): optional sign, ASCII digits, must fit 32 bits. */
export function parseJavaInt(text: string): number {
  const s = javaTrim(text);
  if (!/^[+-]?\d+$/.test(s)) throw new JavaNumberFormatError(`For input string: "${s}"`);
  const value = Number(s);
  if (value > INT_MAX || value < -INT_MAX - 1) throw new JavaNumberFormatError(`For input string: "${s}"`);
  return value;
}

/** Java's `String.trim()`: strips every char <= U+0020 at both ends. */
export function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/** A double's shortest round-trip decimal as digits × 10^exponent (what `BigDecimal.valueOf` sees). */
export function shortestDecimal(d: number): { digits: bigint; exponent: number } {
  if (!Number.isFinite(d)) throw new JavaNumberFormatError('Infinite or NaN');
  const [mantissa = '0', expPart] = Math.abs(d).toExponential().split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const digits = BigInt(intPart + fracPart) * (d < 0 ? -1n : 1n);
  return { digits, exponent: Number(expPart) - fracPart.length };
}

/** Java's `Double.toString`: plain between 1e-3 and 1e7, else "1.0E-4" style; always a decimal point. */
export function javaDoubleToString(d: number): string {
  return javaDecimalToString(d, String(d));
}

/** Java's `Float.toString` of a binary32 value: the shortest digits that round-trip as a float. */
export function javaFloatToString(f: number): string {
  if (!Number.isFinite(f)) return javaDoubleToString(f);
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = Number(f.toPrecision(precision));
    if (Math.fround(candidate) === f) return javaDecimalToString(f, String(candidate));
  }
  return javaDoubleToString(f);
}

function javaDecimalToString(value: number, shortest: string): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e-3 && abs < 1e7) {
    // JS prints plain decimals throughout [1e-6, 1e21), so this range never has an exponent.
    const plain = shortest.replace('-', '');
    return sign + (plain.includes('.') ? plain : `${plain}.0`);
  }
  const [mantissa = '', exponent = ''] = Math.abs(Number(shortest)).toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${sign}${m}E${exponent.replace('+', '')}`;
}

/** A non-negative double printed with exactly `places` decimals, rounding its shortest decimal half-up (Java's `%.3f`). */
export function formatFixedHalfUp(value: number, places: number): string {
  const { digits, exponent } = shortestDecimal(value);
  const shift = exponent + places;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) scaled += 1n;
  }
  const text = scaled.toString().padStart(places + 1, '0');
  return places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
}
