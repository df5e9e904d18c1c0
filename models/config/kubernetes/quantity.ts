/**
 * Kubernetes resource quantities (`resources.limits.memory: 8Gi`) and the container limits users type
 * (`fit --limit 8192Mi`, a scenario's `cluster.containerLimit`, the memory-model room's limit field).
 *
 * Grammar: k8s.io/apimachinery `pkg/api/resource/quantity.go` (`<signedNumber><suffix>`, suffix a
 * binary SI `Ki Mi Gi Ti Pi Ei`, a decimal SI `m "" k M G T P E`, or a decimal exponent `e3`/`E3`),
 * case-sensitive. Memory in bytes is `Quantity.Value()`, which rounds a fraction of a byte up.
 *
 * Flink's `MemorySize` is another grammar (`4g`, `512 mb`, case-insensitive, binary only). The two
 * meet in a few texts: `8G` is 8·10⁹ bytes to Kubernetes and 8 GiB to Flink. Flink options always
 * keep Flink's meaning (models/units/memorySize.ts); a limit field reads a text Kubernetes' grammar
 * accepts as a quantity, everything else (8g, 4096m, 2 gb) as Flink's MemorySize, and says so when
 * the reading is decimal.
 */
import { humanReadable, MemorySizeParseError, parseMemorySize, type Bytes } from '../../units/memorySize';

/** A quantity Kubernetes or this reader refuses; the message names the field. */
export class QuantityError extends Error {}

const BINARY: Readonly<Record<string, bigint>> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};
const DECIMAL: Readonly<Record<string, number>> = { '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;
const LONG_MAX = (1n << 63n) - 1n;

export interface QuantityReading {
  readonly bytes: Bytes;
  /** Which grammar read the text: a Kubernetes quantity or Flink's MemorySize. */
  readonly grammar: 'kubernetes' | 'flink';
  /** Set when the reading may surprise (a decimal suffix, a fraction of a byte rounded up). */
  readonly note?: string;
}

/** True when Kubernetes' grammar accepts the text as it is written (no spaces, case as typed). */
export function isKubernetesQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/**
 * A memory quantity in bytes as Kubernetes reads it. `field` names the place in messages
 * ("--limit", "spec.taskManager.podTemplate…limits.memory"). Millis (`512m`) are refused for memory:
 * Kubernetes accepts them as thousandths of a byte, which is never what a memory limit means.
 */
export function parseQuantity(text: string, field: string): QuantityReading {
  const trimmed = text.trim();
  const m = QUANTITY.exec(trimmed);
  if (!m) {
    throw new QuantityError(
      `${field}: '${text}' is not a Kubernetes quantity (a number with an optional suffix Ki, Mi, Gi, Ti, Pi, Ei, k, M, G, T, P, E or an exponent such as e9).`,
    );
  }
  const [, sign, number = '', suffix = ''] = m;
  if (sign === '-') throw new QuantityError(`${field}: '${text}' is negative; a memory limit must be above 0 bytes.`);
  if (suffix === 'm') {
    throw new QuantityError(
      `${field}: '${text}' is ${number} thousandths of a byte to Kubernetes (m = milli); write ${number}Mi for mebibytes.`,
    );
  }
  const { bytes, rounded } = scaled(number, suffix);
  if (bytes > LONG_MAX) throw new QuantityError(`${field}: '${text}' is above 2^63-1 bytes.`);
  const decimal = suffix !== '' && suffix in DECIMAL;
  const notes = [
    decimal
      ? `'${trimmed}' is a Kubernetes decimal quantity: ${humanReadable(bytes)}; ${number}${suffix === 'k' ? 'K' : suffix}i is binary`
      : '',
    rounded ? `'${trimmed}' is not a whole number of bytes; rounded up to ${bytes} as Kubernetes' Quantity.Value() does` : '',
  ].filter((n) => n !== '');
  return notes.length > 0 ? { bytes, grammar: 'kubernetes', note: `${notes.join('; ')}.` } : { bytes, grammar: 'kubernetes' };
}

/** number × suffix as an exact fraction, rounded up to whole bytes. */
function scaled(number: string, suffix: string): { bytes: bigint; rounded: boolean } {
  const [whole = '', fraction = ''] = number.split('.');
  const digits = BigInt(`${whole}${fraction}` || '0');
  let numerator = digits;
  let denominator = 10n ** BigInt(fraction.length);
  const binary = BINARY[suffix];
  if (binary !== undefined) numerator *= binary;
  else {
    const exponent = suffix === '' ? 0 : (DECIMAL[suffix] ?? Number(suffix.slice(1)));
    if (exponent > 40) return { bytes: LONG_MAX + 1n, rounded: false };
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator *= 10n ** BigInt(-exponent);
  }
  const bytes = (numerator + denominator - 1n) / denominator;
  return { bytes, rounded: numerator % denominator !== 0n };
}

/**
 * A container or pod limit as a user types it: a Kubernetes quantity when Kubernetes' grammar
 * accepts the text as typed (8192Mi, 8Gi, 8G, 8e9, 8589934592), else Flink's MemorySize (8g, 4096m,
 * 2 gb). Errors name the field and say what both grammars accept.
 */
export function parseLimit(text: string, field: string): QuantityReading {
  const trimmed = text.trim();
  if (isKubernetesQuantity(trimmed) && !trimmed.endsWith('m')) return parseQuantity(trimmed, field);
  try {
    return { bytes: parseMemorySize(text), grammar: 'flink' };
  } catch (e) {
    if (!(e instanceof MemorySizeParseError)) throw e;
    throw new QuantityError(
      `${field}: '${text}' is neither a Kubernetes quantity (8192Mi, 8Gi, 8G = 8·10⁹ bytes) nor a Flink memory size (8g, 4096m): ${e.message}`,
    );
  }
}
