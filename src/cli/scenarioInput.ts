/** What the scenario commands (run, check, compare, sweep) read from their command line: the scenario file and durations. */
import { flinkConfigLine, loadScenario, ScenarioError } from '../../models/scenario/loadScenario';
import type { Scenario } from '../../models/scenario/types';
import { DurationParseError, formatDuration, parseDuration } from '../../models/units/duration';
import { UsageError, type CliIo } from './io';
import { errnoText, InputFileError } from './files';

/**
 * Reads and validates a scenario file: an unreadable file is wrong usage; an invalid one throws
 * ScenarioError, as does a `duration` beyond MAX_RUN_MS unless `durationMs` (--duration) replaces it.
 */
export function readScenario(file: string, io: CliIo, durationMs?: number): Scenario {
  return readScenarioFile(file, io, durationMs).scenario;
}

/** The scenario and its text (for the line of a Flink option in later messages). */
export function readScenarioFile(file: string, io: CliIo, durationMs?: number): { scenario: Scenario; text: string } {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new UsageError(e instanceof InputFileError ? e.message : `cannot read ${file}: ${errnoText(e)}`);
  }
  const scenario = loadScenario(text, file);
  if (durationMs === undefined && scenario.durationMs > MAX_RUN_MS) {
    const line = text.split('\n').findIndex((l) => /^duration\s*:/.test(l)) + 1;
    const message = `must be at most 400d for the CLI (got ${formatDuration(scenario.durationMs)}); --duration runs a part of it`;
    throw new ScenarioError([{ file, line: Math.max(line, 1), path: 'duration', message }]);
  }
  return { scenario, text };
}

/** `file:line` of the first of `keys` the scenario's flink.config sets, else `file`: where a Flink refusal points. */
export function configPlace(file: string, text: string, keys: readonly string[]): string {
  const line = keys.map((key) => flinkConfigLine(text, key)).find((l) => l !== undefined);
  return line === undefined ? file : `${file}:${line}`;
}

/** A duration option ("12h", "90s", or milliseconds); a bad one is wrong usage naming the flag. */
export function durationOption(text: string, flag: string): number {
  try {
    return parseDuration(/^\d+$/.test(text) ? Number(text) : text);
  } catch (e) {
    if (e instanceof DurationParseError) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}

/**
 * The longest run a command line may ask for: 400 simulated days. A year of operation (seasonal
 * load, certificate and log rotation, a yearly leak) plus a month of margin; the longest shipped
 * scenario covers 7 days. Longer runs are refused rather than left to run for hours: 100 simulated days
 * of bench-reference took 20 s of wall time on a busy 2-core machine, so `--duration 100000d` would
 * have run for more than 5 hours (400d: about 80 s).
 */
export const MAX_RUN_MS = 400 * 86_400_000;

/** `--duration` when given: from 1 ms to MAX_RUN_MS. */
export function optionalDuration(text: string | undefined, flag = '--duration'): number | undefined {
  if (text === undefined) return undefined;
  const ms = durationOption(text, flag);
  if (ms <= 0) throw new UsageError(`${flag} must be at least 1ms (got '${text}').`);
  if (ms > MAX_RUN_MS) throw new UsageError(`${flag} must be at most 400d, the longest run the CLI simulates (got '${text}').`);
  return ms;
}
