/**
 * The events a run keeps, bounded so that memory stays flat in the run's length: per event type the first `limit`
 * and the last `limit` (a ring), with counts of all and of the dropped. A task failing in open() every second for a
 * year emits tens of millions of events; a reader needs the beginning of each story, the latest, and how many.
 * The whole log goes to a sink (a file) when asked for, as events are emitted; the trace hash is folded in at
 * emission too, so neither depends on what is kept here.
 */
import type { TraceEvent } from './trace';

interface KindLog {
  count: number;
  /** The first `limit` events of the kind and their sequence numbers (positions in the whole log). */
  readonly first: Array<readonly [number, TraceEvent]>;
  /** The latest ones after those: a ring of at most `limit`, `next` its oldest slot once full. */
  ring: Array<readonly [number, TraceEvent]>;
  next: number;
}

/** What a checkpoint keeps of the log (events are immutable: the arrays are copied, not the events). */
export interface EventLogSnapshot {
  readonly kinds: ReadonlyArray<readonly [string, KindLog]>;
}

export class EventLog {
  private kinds = new Map<string, KindLog>();
  private cache: TraceEvent[] | undefined;
  private cacheSeqs: number[] = [];

  constructor(readonly limitPerKind: number) {}

  add(event: TraceEvent, seq: number): void {
    let log = this.kinds.get(event.type);
    if (!log) {
      log = { count: 0, first: [], ring: [], next: 0 };
      this.kinds.set(event.type, log);
    }
    log.count += 1;
    const entry = [seq, event] as const;
    if (log.first.length < this.limitPerKind) log.first.push(entry);
    else if (log.ring.length < this.limitPerKind) log.ring.push(entry);
    else {
      log.ring[log.next] = entry;
      log.next = (log.next + 1) % this.limitPerKind;
    }
    this.cache = undefined;
  }

  /** Events of every type seen so far. */
  get counts(): Record<string, number> {
    return Object.fromEntries([...this.kinds].map(([kind, log]) => [kind, log.count]));
  }

  /** How many events were emitted but are not kept. */
  get dropped(): number {
    let dropped = 0;
    for (const log of this.kinds.values()) dropped += log.count - log.first.length - log.ring.length;
    return dropped;
  }

  /** The kept events in emission order. */
  retained(): TraceEvent[] {
    if (!this.cache) this.build();
    return this.cache as TraceEvent[];
  }

  /** The position in `retained()` of the event with sequence number `seq`, or -1 when it was dropped. */
  positionOf(seq: number): number {
    if (!this.cache) this.build();
    let lo = 0;
    let hi = this.cacheSeqs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.cacheSeqs[mid] as number;
      if (at === seq) return mid;
      if (at < seq) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private build(): void {
    const all: Array<readonly [number, TraceEvent]> = [];
    for (const log of this.kinds.values()) all.push(...log.first, ...log.ring);
    all.sort((a, b) => a[0] - b[0]);
    this.cache = all.map((e) => e[1]);
    this.cacheSeqs = all.map((e) => e[0]);
  }

  snapshot(): EventLogSnapshot {
    return { kinds: [...this.kinds].map(([kind, log]) => [kind, { ...log, first: [...log.first], ring: [...log.ring] }] as const) };
  }

  restore(snapshot: EventLogSnapshot): void {
    this.kinds = new Map(snapshot.kinds.map(([kind, log]) => [kind, { ...log, first: [...log.first], ring: [...log.ring] }]));
    this.cache = undefined;
  }
}
