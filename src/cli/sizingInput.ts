/** Command-line input shared by check, compare and sweep: assertions, -D overrides, and errors that are not wrong usage. */
import { AssertionSyntaxError, parseCondition, type Assertion } from '../../models/sizing/assertions';
import { parseOverride, VariantError, type Override } from '../../models/sizing/variants';
import { UsageError, type CliIo } from './io';
import { toJson } from './json';

/** Every --assert, each a condition of one or more clauses; a syntax error is wrong usage. */
export function parseAssertions(conditions: readonly string[]): Assertion[] {
  try {
    return conditions.flatMap((c) => parseCondition(c));
  } catch (e) {
    if (e instanceof AssertionSyntaxError) throw new UsageError(`--assert ${e.message}`);
    throw e;
  }
}

/** Every -D key=value; a malformed one is wrong usage (its value is checked when the variant is prepared). */
export function parseOverrides(texts: readonly string[]): Override[] {
  try {
    return texts.map(parseOverride);
  } catch (e) {
    if (e instanceof VariantError) throw new UsageError(`-D ${e.message}`);
    throw e;
  }
}

/** An error that is not wrong usage: `{"error": …}` with --json, the message on stderr, and the exit code. */
export function reportError(message: string, json: boolean | undefined, io: CliIo, code: number): number {
  if (json) io.out(`${toJson({ error: message })}\n`);
  io.err(`${message}\n`);
  return code;
}
