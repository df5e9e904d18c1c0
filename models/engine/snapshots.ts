/**
 * Snapshots of a whole run for `seek(t)`: the state (a deep copy), the queue, the random streams and the bounded
 * event log, taken at an interval. Restoring the last snapshot at or before `t` and running forward lands exactly
 * where a straight run is at `t`. (Called snapshots, not checkpoints, so as not to be confused with Flink's.)
 */
import { deepCopy } from './deepCopy';
import type { EventLogSnapshot } from './eventLog';
import type { EventQueue } from './eventQueue';
import type { RandomStreams } from './rng';
import type { QueuedAction } from './state/queuedAction';
import type { SimState } from './state/simState';

export interface Snapshot {
  readonly atMs: number;
  readonly state: SimState;
  readonly queue: ReturnType<EventQueue<QueuedAction>['snapshot']>;
  readonly rng: ReturnType<RandomStreams['save']>;
  readonly log: EventLogSnapshot | undefined;
}

/** Snapshots kept for seek: beyond this many, every other one goes and the interval doubles (memory stays flat). */
const MAX_SNAPSHOTS = 256;

export class Snapshots {
  private readonly kept: Snapshot[] = [];
  /** When the next one is due (the loop stops there); Infinity-like for a run that never seeks. */
  nextAtMs = 0;

  constructor(private everyMs: number) {}

  take(state: SimState, queue: EventQueue<QueuedAction>, rng: RandomStreams, log: EventLogSnapshot | undefined): void {
    this.kept.push({ atMs: state.nowMs, state: deepCopy(state), queue: queue.snapshot(), rng: rng.save(), log });
    if (this.kept.length > MAX_SNAPSHOTS) this.thin();
    this.nextAtMs = state.nowMs + this.everyMs;
  }

  /** Every other snapshot goes (the first, at 0, stays) and the interval doubles: a year-long run keeps ≤ 256. */
  private thin(): void {
    const kept = this.kept.filter((_, i) => i % 2 === 0);
    this.kept.length = 0;
    this.kept.push(...kept);
    this.everyMs *= 2;
  }

  /** The last snapshot at or before `t`. */
  latestAtOrBefore(t: number): Snapshot {
    let chosen: Snapshot | undefined;
    for (const c of this.kept) if (c.atMs <= t) chosen = c;
    if (!chosen) throw new Error(`no checkpoint at or before ${t}`);
    return chosen;
  }

  /** The run goes back to `snapshot`: later ones are dropped (they are taken again on the way forward). */
  rewindTo(snapshot: Snapshot): void {
    this.kept.length = this.kept.indexOf(snapshot) + 1;
    this.nextAtMs = snapshot.atMs + this.everyMs;
  }
}
