/**
 * Repeated failures of the same cause, as one row: a restart loop that ends in 1477 direct OOMs is one story told
 * 1477 times, and listing each buries the rest of the log. A cause is the event type and what it names — the OOM's
 * pool, the kill's reason, the exit code — across processes (a leak in every TaskManager is one cause). The event
 * log (EventLog.svelte) and the worker's list of explanations (simSession.ts) both group by this one rule.
 */
import type { TraceEvent } from '../../models/engine/trace';
import { isExplainable, matches, type EventFilter } from './eventKinds';

/** The cause a failure shares with its repeats, or undefined for an event without a "Why?". */
export function causeKey(e: TraceEvent): string | undefined {
  if (!isExplainable(e)) return undefined;
  return `${e.type} ${causeDetail(e)}`;
}

/** What a failure names besides its type: the same `detail` the explanations carry (models/explain/explainFailures.ts). */
function causeDetail(e: TraceEvent): string {
  if (e.type === 'jvm.oom') return e.pool;
  if (e.type === 'container.killed') return e.reason;
  if (e.type === 'process.exited') return String(e.exitCode);
  return '';
}

export interface FailureGroup {
  readonly key: string;
  readonly count: number;
  /** The oldest: the one the group's "Why?" explains. */
  readonly first: TraceEvent;
  readonly last: TraceEvent;
  /** The processes it happened on, in the order they first failed. */
  readonly processes: readonly string[];
}

/** The failures among `events` (oldest first) that pass `filter`, grouped by cause; groups of one included. */
export function failureGroups(events: readonly TraceEvent[], filter: EventFilter): Map<string, FailureGroup> {
  const groups = new Map<string, { key: string; count: number; first: TraceEvent; last: TraceEvent; processes: string[] }>();
  for (const e of events) {
    const key = causeKey(e);
    if (key === undefined || !matches(e, filter)) continue;
    const g = groups.get(key);
    if (!g) groups.set(key, { key, count: 1, first: e, last: e, processes: [e.process] });
    else {
      g.count += 1;
      g.last = e;
      if (!g.processes.includes(e.process)) g.processes.push(e.process);
    }
  }
  return groups;
}

export type LogRow =
  | { readonly kind: 'event'; readonly event: TraceEvent }
  /** At the place of the group's newest member. */
  | { readonly kind: 'group'; readonly group: FailureGroup };

/** The events of `events` (oldest first) that pass `filter`, newest first, read lazily (the log stops at its row limit). */
export function* newestFirst(events: readonly TraceEvent[], filter: EventFilter): Generator<TraceEvent> {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as TraceEvent;
    if (matches(e, filter)) yield e;
  }
}

/**
 * The log's rows from events newest first: a failure whose cause repeats becomes its group's one row, at the place
 * of its newest member; at most `limit` rows.
 */
export function logRows(newestFirst: Iterable<TraceEvent>, groups: ReadonlyMap<string, FailureGroup>, limit: number): LogRow[] {
  const rows: LogRow[] = [];
  const placed = new Set<string>();
  for (const event of newestFirst) {
    if (rows.length >= limit) break;
    const key = causeKey(event);
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.count < 2) rows.push({ kind: 'event', event });
    else if (!placed.has(group.key)) {
      placed.add(group.key);
      rows.push({ kind: 'group', group });
    }
  }
  return rows;
}
