/**
 * A scenario's `expect` list checked against a run's events: the story the scenario tells must be
 * what the simulation does (tests run every shipped scenario and check these).
 */
import type { TraceEvent } from '../engine/trace';
import { formatDuration, formatSimTime } from '../units/duration';
import type { Expectation } from '../scenario/types';

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly passed: boolean;
  /** "jvm.oom pool=direct before 6h: first at 04:12:00 on taskmanager-2": times as the sandbox's clock and event log show them. */
  readonly description: string;
}

export function checkExpectations(expectations: readonly Expectation[], events: readonly TraceEvent[]): ExpectationResult[] {
  const tracker = new ExpectationTracker(expectations);
  for (const e of events) tracker.event(e);
  return tracker.results();
}

/**
 * The expectations checked as events are emitted (a run's sink): the first match and the number of matches of
 * each, so that the verdict covers every event even when the run keeps only some of them.
 */
export class ExpectationTracker {
  private readonly first: Array<TraceEvent | undefined>;
  private readonly counts: number[];

  constructor(private readonly expectations: readonly Expectation[]) {
    this.first = expectations.map(() => undefined);
    this.counts = expectations.map(() => 0);
  }

  event(e: TraceEvent): void {
    this.expectations.forEach((x, i) => {
      if (!matches(e, x)) return;
      this.counts[i] = (this.counts[i] ?? 0) + 1;
      this.first[i] ??= e;
    });
  }

  sample(): void {}

  results(): ExpectationResult[] {
    return this.expectations.map((x, i) => verdict(x, this.first[i], this.counts[i] ?? 0));
  }
}

function verdict(expectation: Expectation, first: TraceEvent | undefined, matched: number): ExpectationResult {
  const label = describe(expectation);
  if (expectation.absent) {
    return {
      expectation,
      passed: !first,
      description: first ? `${label}: happened at ${formatSimTime(first.atMs)} on ${first.process}` : `${label}: none`,
    };
  }
  const count = expectation.atLeast > 1 ? ` (${matched} of at least ${expectation.atLeast})` : '';
  return {
    expectation,
    passed: matched >= expectation.atLeast,
    description: first ? `${label}: first at ${formatSimTime(first.atMs)} on ${first.process}${count}` : `${label}: did not happen`,
  };
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
