/**
 * The wording of scenario validation errors: one error map for every zod issue, written for
 * people editing YAML ("must be one of source, map, … (got 'mapper')"), and "did you mean"
 * hints for near misses of a known key or value.
 */
import type { z } from 'zod';

/** A value as the user typed it, for "(got …)": strings quoted, lists and maps named. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return String(value);
}

/** Edit distance (insert, delete, substitute, swap two neighbours), case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(d);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[t.length] ?? 0;
}

/** The known word closest to `word`, if it is close enough to be a typo (about one edit in three letters). */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  if (best !== undefined && bestDistance <= allowed && best !== word) return best;
  const lower = word.toLowerCase();
  // A word cut short ('peak' for 'peakHour').
  return word.length >= 3 ? known.find((k) => k !== word && k.toLowerCase().startsWith(lower)) : undefined;
}

/** " (did you mean 'x'?)" or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}

export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const hint = didYouMean(key, known);
  return `unknown key '${key}'${hint || (known.length > 0 ? ` (known keys: ${known.join(', ')})` : '')}`;
}

/** "must be one of a, b, c (got 'x')", with a hint when the value is a near miss. */
function oneOfMessage(values: readonly unknown[], input: unknown): string {
  const hint = typeof input === 'string' ? didYouMean(input, values.map(String)) : '';
  return `must be one of ${values.map(String).join(', ')} (got ${describeValue(input)})${hint}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of keys to values',
  record: 'a map of keys to values',
  array: 'a list',
};

function bound(kind: 'min' | 'max', limit: number | bigint, inclusive: boolean | undefined, origin: string, input: unknown): string {
  if (origin === 'array')
    return kind === 'min' ? `must have at least ${limit} item${limit === 1 ? '' : 's'}` : `must have at most ${limit} items`;
  if (origin === 'string')
    return kind === 'min'
      ? limit === 1
        ? 'must not be empty'
        : `must be at least ${limit} characters long`
      : `must be at most ${limit} characters long`;
  const op = kind === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `must be ${op} ${limit} (got ${describeValue(input)})`;
}

/** Messages for every issue zod raises while validating a scenario (pass as `{ error: scenarioErrorMap }`). */
export const scenarioErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got ${describeValue(issue.input)})`;
    case 'invalid_value':
      if (issue.input === undefined) return `is required (one of ${issue.values.map(String).join(', ')})`;
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])} (got ${describeValue(issue.input)})`
        : oneOfMessage(issue.values, issue.input);
    case 'too_small':
      return bound('min', issue.minimum, issue.inclusive, issue.origin, issue.input);
    case 'too_big':
      return bound('max', issue.maximum, issue.inclusive, issue.origin, issue.input);
    case 'invalid_format':
      return `must match ${issue.pattern ?? issue.format} (got ${describeValue(issue.input)})`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown key '${key}'`).join(', ');
    case 'invalid_union':
      return `has an unexpected value (got ${describeValue(issue.input)})`;
    default:
      return undefined;
  }
};
