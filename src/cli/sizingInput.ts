/** Command-line input shared by check, compare and sweep: assertions, -D overrides, and errors that are not wrong usage. */
import { AssertionSyntaxError, parseCondition, type Assertion } from '../../models/sizing/assertions';
import { parseOverride, VariantError, type Override } from '../../models/sizing/variants';
import { UsageError, type CliIo } from './io';
import { MAX_RUN_MS, optionalDuration } from './scenarioInput';
import { toJson } from './json';
import { defaultJobs } from './cellPool';

/** Runs `parse`; an error of class `kind` becomes wrong usage, its message after `prefix` (the flag). */
export function usageOn<T>(prefix: string, kind: abstract new (...args: never[]) => Error, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof kind) throw new UsageError(`${prefix}${e.message}`);
    throw e;
  }
}

/** Every --assert, each a condition of one or more clauses; a syntax error is wrong usage. */
export function parseAssertions(conditions: readonly string[]): Assertion[] {
  const assertions = usageOn('--assert ', AssertionSyntaxError, () => conditions.flatMap((c) => parseCondition(c)));
  // A 'for' window extends the run (check), so it has the same bound as --duration.
  const long = assertions.find((a) => a.windowMs !== undefined && a.windowMs > MAX_RUN_MS);
  if (long) throw new UsageError(`--assert ${long.text}: 'for' must be at most 400d, the longest run the CLI simulates.`);
  return assertions;
}

/** Every -D key=value; a malformed one is wrong usage (its value is checked when the variant is prepared). */
export const parseOverrides = (texts: readonly string[]): Override[] => usageOn('-D ', VariantError, () => texts.map(parseOverride));

/** An error that is not wrong usage: `{"error": …}` with --json, the message on stderr, and the exit code. */
export function reportError(message: string, json: boolean | undefined, io: CliIo, code: number): number {
  if (json) io.out(`${toJson({ error: message })}\n`);
  io.err(`${message}\n`);
  return code;
}

/** The options check, compare and sweep share. */
export interface SizingOptions {
  seed?: string;
  duration?: string;
  json?: boolean;
  csv?: boolean;
}

/** --seed and --duration as the model's run options; --json with --csv is wrong usage. */
export function runChoices(opts: SizingOptions): { seed?: string; durationMs?: number } {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv exclude each other.');
  const durationMs = optionalDuration(opts.duration);
  return { ...(opts.seed !== undefined ? { seed: opts.seed } : {}), ...(durationMs !== undefined ? { durationMs } : {}) };
}

/** --jobs: how many worker threads run cells (default: the cores Node may use; 1 = in this thread, in order). */
export function jobsOption(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs must be a positive integer (got '${text}').`);
  return Number(text);
}
