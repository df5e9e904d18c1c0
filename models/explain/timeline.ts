/**
 * The run's event log indexed for the questions an explanation asks: which JVM instance was alive, which
 * open() calls ran on it, which collections ran at an instant, which faults were injected before.
 */
import type { TraceEvent } from '../engine/trace';
import type { ObservedGc } from './types';

type Ev<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;

export interface IndexedEvent<T extends TraceEvent['type']> {
  readonly index: number;
  readonly event: Ev<T>;
}

export interface InstanceStart {
  readonly index: number;
  readonly atMs: number;
  readonly instance: number;
}

export class Timeline {
  /** Event indices per process, in order. */
  private readonly byProcess = new Map<string, number[]>();
  /** Event indices per type, in order. */
  private readonly byType = new Map<string, number[]>();
  /** Full collections per process: their times, in order. */
  private readonly fullGcTimes = new Map<string, number[]>();

  constructor(readonly events: readonly TraceEvent[]) {
    events.forEach((e, index) => {
      push(this.byProcess, e.process, index);
      push(this.byType, e.type, index);
      if (e.type === 'gc' && e.kind === 'full') push(this.fullGcTimes, e.process, e.atMs);
    });
  }

  /** The start of the JVM instance of `process` that was alive at event `index`. */
  instanceStart(process: string, index: number): InstanceStart | undefined {
    const list = this.byProcess.get(process) ?? [];
    for (let i = lastBefore(list, index + 1); i >= 0; i--) {
      const e = this.events[list[i] as number];
      if (e?.type === 'process.started') return { index: list[i] as number, atMs: e.atMs, instance: e.instance };
    }
    return undefined;
  }

  /** Events of `type` on `process` with an index in [from, to). */
  onProcess<T extends TraceEvent['type']>(process: string, type: T, from: number, to: number): Array<IndexedEvent<T>> {
    const list = this.byProcess.get(process) ?? [];
    const out: Array<IndexedEvent<T>> = [];
    for (let i = lastBefore(list, from) + 1; i < list.length && (list[i] as number) < to; i++) {
      const e = this.events[list[i] as number];
      if (e?.type === type) out.push({ index: list[i] as number, event: e as Ev<T> });
    }
    return out;
  }

  /** Events of `type` anywhere with an index below `to`. */
  before<T extends TraceEvent['type']>(type: T, to: number): Array<IndexedEvent<T>> {
    const list = this.byType.get(type) ?? [];
    return list.slice(0, lastBefore(list, to) + 1).map((index) => ({ index, event: this.events[index] as Ev<T> }));
  }

  /**
   * The collections on `process` at the same instant as event `index`, just before it; or at `atMs`, an earlier
   * instant (a direct OOM's request, before Bits.reserveMemory's retries).
   */
  gcsAtInstant(process: string, index: number, atMs = this.events[index]?.atMs ?? 0): ObservedGc[] {
    const list = this.byProcess.get(process) ?? [];
    const gcs: ObservedGc[] = [];
    for (let i = lastBefore(list, index); i >= 0; i--) {
      const e = this.events[list[i] as number];
      if (!e || e.atMs < atMs) break;
      if (e.type === 'gc' && e.atMs === atMs)
        gcs.unshift({
          atMs: e.atMs,
          kind: e.kind,
          cause: e.gcCause,
          pauseMs: e.pauseMs,
          heapBeforeBytes: e.heapBeforeBytes,
          heapAfterBytes: e.heapAfterBytes,
        });
    }
    return gcs;
  }

  /** Full collections on `process` in [fromMs, toMs]. */
  fullGcsBetween(process: string, fromMs: number, toMs: number): number {
    const times = this.fullGcTimes.get(process) ?? [];
    return lastBefore(times, toMs + 1) - lastBefore(times, fromMs);
  }

  /** The job.restart event of `attempt` (the last one before `to`). */
  restart(attempt: number, to: number): IndexedEvent<'job.restart'> | undefined {
    return this.before('job.restart', to)
      .filter((r) => r.event.attempt === attempt)
      .pop();
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The position of the last element below `value` in an ascending list (−1 if none). */
function lastBefore(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
