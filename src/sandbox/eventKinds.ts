/**
 * Which events the sandbox singles out — chart marks (failures, restarts, checkpoints), notable ones (the log's default) —
 * and the event log's filter, one rule for the page and the worker.
 */
import type { TraceEvent, TraceEventType } from '../../models/engine/trace';

/**
 * A process lost (an OOM, a kill, an exit, injected ones included): what the charts mark in red and the postmortem
 * explains ("Why?"). The run's failures, and its first failure, are models/engine/failures.ts's: they leave out
 * what the scenario injects and add tasks and the job failing on their own.
 */
const isFailure = (e: TraceEvent): boolean => e.type === 'jvm.oom' || e.type === 'container.killed' || e.type === 'process.exited';

/** Events with a "Why?" in the log: the failures, and a failed blob fetch (the blob server's queue, models/explain/blobFailures.ts). */
export const isExplainable = (e: TraceEvent): boolean => isFailure(e) || e.type === 'blob.fetch.failed';

/** What the charts mark: failures as red lines on their process, job restarts and checkpoints on every chart. */
export type MarkKind = 'failure' | 'restart' | 'checkpoint';

export function markKind(e: TraceEvent): MarkKind | undefined {
  if (isFailure(e)) return 'failure';
  if (e.type === 'job.restart') return 'restart';
  return e.type === 'checkpoint.completed' || e.type === 'checkpoint.failed' ? 'checkpoint' : undefined;
}

/** Everything but GCs, task state changes and INFO lines (failures always are). */
export const isNotable = (e: TraceEvent): boolean =>
  e.type !== 'gc' && e.type !== 'task.state' && !(e.type === 'log' && e.level === 'INFO');

export type Severity = 'error' | 'warn' | 'info';

export function severity(e: TraceEvent): Severity {
  if (isFailure(e) || (e.type === 'log' && e.level === 'ERROR') || e.type === 'checkpoint.failed' || e.type === 'blob.fetch.failed')
    return 'error';
  if ((e.type === 'log' && e.level === 'WARN') || (e.type === 'backpressure.level' && e.level === 'HIGH')) return 'warn';
  return 'info';
}

/** Every event type, in the order the log's type filter lists them. */
export const EVENT_TYPES: readonly TraceEventType[] = [
  'jvm.oom',
  'container.killed',
  'process.exited',
  'process.started',
  'process.registered',
  'gc',
  'job.status',
  'job.restart',
  'task.state',
  'checkpoint.completed',
  'checkpoint.failed',
  'backpressure.level',
  'blob.fetch.failed',
  'fault.injected',
  'log',
];

export interface EventFilter {
  /** A process name; undefined = all. */
  readonly process: string | undefined;
  /** `notable` (see isNotable), `all`, or one event type. */
  readonly type: 'notable' | 'all' | TraceEventType;
  /** The lowest severity shown. */
  readonly level: Severity;
}

export const DEFAULT_FILTER: EventFilter = { process: undefined, type: 'notable', level: 'info' };

const RANK: Readonly<Record<Severity, number>> = { info: 0, warn: 1, error: 2 };

export function matches(e: TraceEvent, f: EventFilter): boolean {
  if (f.process !== undefined && e.process !== f.process) return false;
  if (f.type === 'notable' ? !isNotable(e) : f.type !== 'all' && e.type !== f.type) return false;
  return RANK[severity(e)] >= RANK[f.level];
}

/** The newest `limit` events matching `f`, oldest first. */
export function newestMatching(events: readonly TraceEvent[], f: EventFilter, limit: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) {
    const e = events[i] as TraceEvent;
    if (matches(e, f)) out.push(e);
  }
  return out.reverse();
}
