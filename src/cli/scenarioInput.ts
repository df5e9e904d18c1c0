/** What the scenario commands (run, check, compare, sweep) read from their command line: the scenario file and durations. */
import { loadScenario } from '../../models/scenario/loadScenario';
import type { Scenario } from '../../models/scenario/types';
import { DurationParseError, parseDuration } from '../../models/units/duration';
import { UsageError, type CliIo } from './io';

/** Reads and validates a scenario file: an unreadable file is wrong usage; an invalid one throws ScenarioError. */
export function readScenario(file: string, io: CliIo): Scenario {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  return loadScenario(text, file);
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

/** `--duration` when given (at least 1 ms). */
export function optionalDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = durationOption(text, '--duration');
  if (ms <= 0) throw new UsageError('--duration must be at least 1ms.');
  return ms;
}
