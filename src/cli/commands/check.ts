/**
 * `flink-mem check`: run a scenario (optionally with -D overrides) and evaluate assertions, for CI.
 * Exit 0 when every assertion passes, 1 when one fails, 2 when nothing could be evaluated: wrong usage
 * (a bad assertion, an unreadable file), an invalid scenario or a configuration Flink refuses.
 */
import { ScenarioError } from '../../../models/scenario/loadScenario';
import { runCell } from '../../../models/sizing/sweep';
import { type Override, prepareVariant, VariantError } from '../../../models/sizing/variants';
import type { Scenario } from '../../../models/scenario/types';
import { formatSpan } from '../../../models/sizing/format';
import { toJson } from '../json';
import { parseAssertions, parseOverrides, reportError, runChoices, type SizingOptions } from '../sizingInput';
import { configPlace, readScenarioFile } from '../scenarioInput';
import { UsageError, type SimulationIo } from '../io';

export interface CheckOptions extends Omit<SizingOptions, 'csv'> {
  assert: string[];
  dynamic: string[];
}

export function checkCommand(file: string, opts: CheckOptions, io: SimulationIo): number {
  if (opts.assert.length === 0) throw new UsageError('give at least one --assert "<condition>", e.g. --assert "no OOM for 7d"');
  const assertions = parseAssertions(opts.assert);
  const overrides = parseOverrides(opts.dynamic);
  const choices = runChoices(opts);
  let scenario: ReturnType<typeof readScenarioFile>['scenario'];
  let text: string;
  try {
    ({ scenario, text } = readScenarioFile(file, io, choices.durationMs));
  } catch (e) {
    if (e instanceof ScenarioError) return reportError(e.message, opts.json, io, 2);
    throw e;
  }
  const started = io.now();
  const cell = runCell(scenario, overrides, {
    ...choices,
    assertions,
    ...(io.progress ? { onProgress: io.progress } : {}),
  });
  if (!cell.ok) return reportError(refusalPlace(scenario, overrides, file, text) ?? `${file}: ${cell.error}`, opts.json, io, 2);
  if (opts.json) {
    const { seed, simulatedMs, traceHash, passed } = cell;
    io.out(`${toJson({ scenario: scenario.id, seed, simulatedMs, traceHash, overrides, passed, assertions: cell.assertions })}\n`);
  } else {
    const failed = cell.assertions.filter((a) => !a.passed).length;
    const lines = [
      `${scenario.id} · seed ${cell.seed} · ${formatSpan(cell.simulatedMs)} simulated in ${Math.round(io.now() - started)} ms · trace ${cell.traceHash}${overrides.length ? ` · ${cell.label}` : ''}`,
      ...cell.assertions.map((a) => `${a.passed ? 'PASS' : 'FAIL'}  ${a.assertion}: ${a.sentence}`),
      failed === 0 ? `passed (${cell.assertions.length} of ${cell.assertions.length})` : `failed (${failed} of ${cell.assertions.length})`,
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  return cell.passed ? 0 : 1;
}

/**
 * A refused cell's reason, placed where the user can fix it: `-D key` when an override set the key Flink names,
 * else the `file:line` of that key in the scenario's `flink.config`. Prepares the variant again, on this failure
 * path only, because the cell's result carries the message but not the keys.
 */
function refusalPlace(scenario: Scenario, overrides: readonly Override[], file: string, text: string): string | undefined {
  try {
    prepareVariant(scenario, { label: '', overrides });
    return undefined;
  } catch (e) {
    if (!(e instanceof VariantError)) throw e;
    const overridden = e.keys.find((key) => overrides.some((o) => o.key === key));
    return `${overridden ? `-D ${overridden}` : configPlace(file, text, e.keys)}: ${e.message}`;
  }
}
