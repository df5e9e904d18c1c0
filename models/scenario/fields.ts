/**
 * Field schemas shared by the scenario schema: durations ("30s" → ms), memory sizes ("64m" →
 * bytes, with Flink's `MemorySize` syntax and messages) and Flink configuration maps (flat or
 * nested YAML → dotted keys, values as the text typed).
 */
import { z } from 'zod';
import { DurationParseError, parseDuration } from '../units/duration';
import { MemorySizeParseError, parseMemorySize } from '../units/memorySize';
import { isKubernetesQuantity, parseQuantity, QuantityError } from '../config/kubernetes/quantity';
import { describeValue } from './messages';

/** The text forms `parseDuration` accepts, for editors (the loader reports the exact reason). */
const DURATION_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|min|m|h|d)?\\s*$';

/** Flink's size units, case-insensitive, as an ECMA-262 pattern without flags. */
const SIZE_PATTERN = (() => {
  const units = ['b', 'bytes', 'k', 'kb', 'kibibytes', 'm', 'mb', 'mebibytes', 'g', 'gb', 'gibibytes', 't', 'tb', 'tebibytes'];
  const anyCase = (unit: string) => [...unit].map((c) => `[${c}${c.toUpperCase()}]`).join('');
  return `^\\s*[0-9]+\\s*(${units.map(anyCase).join('|')})?\\s*$`;
})();

/** A Kubernetes quantity (k8s.io/apimachinery resource.Quantity), accepted where a container limit is typed. */
const QUANTITY_PATTERN = '^\\s*[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|[eE][+-]?[0-9]+)?\\s*$';

const MAX_BYTES = BigInt(Number.MAX_SAFE_INTEGER);

/** A duration text ("500ms", "30s", "15m", "6h", "7d") or a whole number of milliseconds → ms. */
export function durationField(options: { readonly positive?: boolean } = {}) {
  return z
    .union([z.string().meta({ pattern: DURATION_PATTERN }), z.int().min(0)], {
      error: (issue) =>
        `must be a duration such as 500ms, 30s, 15m, 6h or 7d, or a number of milliseconds (got ${describeValue(issue.input)})`,
    })
    .transform((value, ctx) => {
      try {
        const ms = parseDuration(value);
        if (options.positive && ms === 0) {
          ctx.issues.push({ code: 'custom', message: 'must be longer than 0', input: value });
          return z.NEVER;
        }
        return ms;
      } catch (error) {
        if (!(error instanceof DurationParseError)) throw error;
        ctx.issues.push({ code: 'custom', message: error.message, input: value });
        return z.NEVER;
      }
    });
}

/**
 * A Flink memory size ("64m", "1 gb", "512") or a whole number of bytes → bytes (a safe integer). With `quantity`
 * (container limits) a Kubernetes quantity as Kubernetes reads it too ("8192Mi", "8Gi", "8G" = 8·10⁹ bytes);
 * a text only Flink reads ("8g", "4096m") keeps Flink's meaning (models/config/kubernetes/quantity.ts).
 */
export function sizeField(options: { readonly positive?: boolean; readonly quantity?: boolean } = {}) {
  const pattern = options.quantity ? `(${SIZE_PATTERN})|(${QUANTITY_PATTERN})` : SIZE_PATTERN;
  const examples = options.quantity ? '4g, 4096m, 4Gi or 4096Mi' : '512k, 64m or 4g';
  return z
    .union([z.string().meta({ pattern }), z.int().min(0)], {
      error: (issue) => `must be a memory size such as ${examples}, or a number of bytes (got ${describeValue(issue.input)})`,
    })
    .transform((value, ctx) => {
      const problem = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: value });
        return z.NEVER;
      };
      let bytes: bigint;
      if (typeof value === 'number') {
        if (!Number.isSafeInteger(value) || value < 0) return problem(`a size in bytes must be a non-negative whole number (got ${value})`);
        bytes = BigInt(value);
      } else if (options.quantity && isKubernetesQuantity(value.trim()) && !value.trim().endsWith('m')) {
        try {
          bytes = parseQuantity(value, 'limit').bytes;
        } catch (error) {
          if (!(error instanceof QuantityError)) throw error;
          return problem(error.message.replace(/^limit: /, ''));
        }
      } else {
        try {
          bytes = parseMemorySize(value);
        } catch (error) {
          if (!(error instanceof MemorySizeParseError)) throw error;
          return problem(`'${value}' is not a memory size: ${error.message}`);
        }
      }
      if (bytes > MAX_BYTES) return problem(`'${value}' is too large (at most ${Number.MAX_SAFE_INTEGER} bytes)`);
      if (options.positive && bytes === 0n) return problem('must be larger than 0');
      return Number(bytes);
    });
}

/** One Flink configuration value as written in YAML: a scalar, a list (Flink's `a;b`), or a nested map. */
type FlinkConfigValue = string | number | boolean | readonly (string | number | boolean)[] | { readonly [key: string]: FlinkConfigValue };

const configScalar = z.union([z.string(), z.number(), z.boolean()]);

const configValue: z.ZodType<FlinkConfigValue> = z
  .lazy(() =>
    z.union([configScalar, z.array(configScalar), z.record(z.string(), configValue)], {
      error: (issue) => `must be a value, a list of values or a map of nested keys (got ${describeValue(issue.input)})`,
    }),
  )
  .meta({
    id: 'FlinkConfigValue',
    description:
      'A Flink option value as typed (kept as text), a list (joined with ";"), or a map of nested keys (flattened to dotted keys).',
  });

interface FlatEntry {
  /** The YAML keys leading to the value (for error positions). */
  readonly path: readonly string[];
  readonly text: string;
}

/** Flink's `YamlParserUtils` flattening: nested maps joined with dots, lists in `a;b` syntax, scalars as text. */
function flatten(map: { readonly [key: string]: FlinkConfigValue }, prefix: readonly string[], out: FlatEntry[]): FlatEntry[] {
  for (const [key, value] of Object.entries(map)) {
    const path = [...prefix, key];
    if (typeof value === 'object' && !Array.isArray(value)) flatten(value as { readonly [key: string]: FlinkConfigValue }, path, out);
    else out.push({ path, text: Array.isArray(value) ? value.map(String).join(';') : String(value) });
  }
  return out;
}

/** `flink.config`: flat keys, nested maps or both → `{ 'taskmanager.memory.process.size': '4g' }`. */
export function flinkConfigField() {
  return z.record(z.string(), configValue).transform((map, ctx) => {
    const config: Record<string, string> = {};
    const seen = new Set<string>();
    for (const { path, text } of flatten(map, [], [])) {
      const key = path.join('.');
      if (text === '') ctx.issues.push({ code: 'custom', message: `'${key}' has no value`, input: text, path: [...path] });
      else if (seen.has(key))
        ctx.issues.push({ code: 'custom', message: `'${key}' is set twice (flat and nested?); keep one`, input: text, path: [...path] });
      config[key] = text;
      seen.add(key);
    }
    return config;
  });
}
