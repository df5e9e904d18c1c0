/**
 * A scenario's `expect` list checked against a run's events: the story the scenario tells must be
 * what the simulation does (tests run every shipped scenario and check these).
 */
import type { TraceEvent } from '../engine/trace';
import { formatDuration } from '../units/duration';
import type { Expectation } from './types';

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly passed: boolean;
  /** "jvm.oom pool=direct before 6h: first at 4h 12m (taskmanager-2)" */
  readonly description: string;
}

export function checkExpectations(expectations: readonly Expectation[], events: readonly TraceEvent[]): ExpectationResult[] {
  return expectations.map((expectation) => {
    const matching = events.filter((e) => matches(e, expectation));
    const label = describe(expectation);
    if (expectation.absent) {
      const first = matching[0];
      return {
        expectation,
        passed: !first,
        description: first ? `${label}: happened at ${first.atMs} ms on ${first.process}` : `${label}: none`,
      };
    }
    const first = matching[0];
    const enough = matching.length >= expectation.atLeast;
    const count = expectation.atLeast > 1 ? ` (${matching.length} of at least ${expectation.atLeast})` : '';
    return {
      expectation,
      passed: enough,
      description: first ? `${label}: first at ${first.atMs} ms on ${first.process}${count}` : `${label}: did not happen`,
    };
  });
}

/** The event fits the expectation: its type, its fields, between its after and before times. */
export function matches(e: TraceEvent, x: Expectation): boolean {
  if (e.type !== x.event) return false;
  if (x.beforeMs !== undefined && e.atMs >= x.beforeMs) return false;
  if (x.afterMs !== undefined && e.atMs <= x.afterMs) return false;
  const fields = e as unknown as Record<string, unknown>;
  return Object.entries(x.where).every(([k, v]) => String(fields[k]) === String(v));
}

function describe(x: Expectation): string {
  const where = Object.entries(x.where)
    .map(([k, v]) => ` ${k}=${v}`)
    .join('');
  const window = `${x.afterMs !== undefined ? ` after ${formatDuration(x.afterMs)}` : ''}${x.beforeMs !== undefined ? ` before ${formatDuration(x.beforeMs)}` : ''}`;
  return `${x.absent ? 'no ' : x.atLeast > 1 ? `at least ${x.atLeast} × ` : ''}${x.event}${where}${window}`;
}
