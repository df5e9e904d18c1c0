/**
 * Memory taken at one moment (an operator's open(), an injected burst), the JVM's way for its pool: heap as
 * retained objects in eden (a young GC, full GCs, then `Java heap space` if it does not fit), direct through
 * `Bits.reserveMemory` (one System.gc(), then `Direct buffer memory`), Unsafe and malloc memory without any JVM
 * limit (only the container's), class metadata through loadClasses (a "Metadata GC Threshold" collection, then
 * `Metaspace`). What a leak keeps is booked under `kind:site` for the heap histogram and the native profile.
 */
import type { ClassUse, LeakKind, LeakSpec } from '../../scenario/types';
import type { Sim } from '../state/sim';
import type { FailureCause, Pool } from '../trace';
import { allocateRetainedHeap, type GcOutcome } from './heap';
import { emitGcs, heapCause } from './jvmEvents';
import type { JvmState } from '../state/jvmState';
import { classBytes, loadClasses } from './metaspace';
import { allocateOffHeap, type DirectRetry } from './offHeap';

export interface AllocationFailure {
  readonly pool: Pool;
  readonly cause: FailureCause;
  /** A metaspace OOM is fatal for the process (classloader.fail-on-metaspace-oom-error = true). */
  readonly fatal: boolean;
  /** A direct reservation: Bits.reserveMemory retries first, the caller waits it out (directRetry.ts). */
  readonly retry?: DirectRetry;
  /** open(): the position of the leak that failed in the operator's leaks (to book it and go on if the retry succeeds). */
  readonly openLeak?: number;
}

/** The key of a leak's live bytes in `JvmState.siteBytes` and `siteRates`. */
export const siteKey = (kind: LeakKind, site: string): string => `${kind}:${site}`;

/** Bytes of class metadata a metaspace leak loads per occurrence: as given, or classes × bytes per class. */
const metaspaceBytes = (leak: LeakSpec, jvm: JvmState): number =>
  leak.bytes > 0 ? leak.bytes : classBytes(leak.classes, leak.classUse, jvm.sizing.jdk);

/** One occurrence of `leak` on `jvm`, at `where` (named in an OOM's cause); books what it keeps under its site. */
export function allocateLeak(sim: Sim, jvm: JvmState, leak: LeakSpec, where: string): AllocationFailure | undefined {
  const failure = allocate(sim, jvm, leak, where);
  // A heap allocation stays in the heap even when the GCs after it end in an OOM; the others fail before taking anything.
  if (!failure || leak.kind === 'heap') {
    const key = siteKey(leak.kind, leak.site);
    jvm.siteBytes[key] = (jvm.siteBytes[key] ?? 0) + (leak.kind === 'metaspace' ? metaspaceBytes(leak, jvm) : leak.bytes);
  }
  return failure;
}

function allocate(sim: Sim, jvm: JvmState, leak: LeakSpec, where: string): AllocationFailure | undefined {
  switch (leak.kind) {
    case 'heap':
      return heapAllocation(sim, jvm, leak.bytes, where);
    case 'metaspace':
      return classLoad(sim, jvm, leak.classes, where, leak.bytes, leak.classUse);
    default: {
      const result = allocateOffHeap(jvm, leak.kind, leak.bytes, sim.state.nowMs, where);
      emitGcs(sim, jvm, result.gc);
      if (!result.ok && result.cause) return { pool: 'direct', cause: result.cause, fatal: false, retry: result.retry };
      return heapLeftFull(jvm, result.gc, where);
    }
  }
}

/** Live heap taken at once (restored state, a leak): the collections it sets off, and the OOM if they cannot make room. */
export function heapAllocation(sim: Sim, jvm: JvmState, bytes: number, where: string): AllocationFailure | undefined {
  const outcome = allocateRetainedHeap(jvm, bytes, sim.state.nowMs);
  emitGcs(sim, jvm, outcome);
  return outcome?.heapOom ? { pool: 'heap', cause: heapCause(jvm, where), fatal: false } : undefined;
}

/** Class metadata through the JVM's rules (a Metadata GC Threshold collection first); an overflow is fatal. */
export function classLoad(
  sim: Sim,
  jvm: JvmState,
  count: number,
  where: string,
  bytes = 0,
  use: ClassUse = 'initialised',
): AllocationFailure | undefined {
  const result = loadClasses(jvm, count, where, sim.state.nowMs, bytes, use);
  emitGcs(sim, jvm, result.gc);
  if (!result.ok && result.cause) return { pool: 'metaspace', cause: result.cause, fatal: true };
  return heapLeftFull(jvm, result.gc, where);
}

/**
 * A full GC run for another pool (Metadata GC Threshold, Bits.reserveMemory's System.gc()) that found the live set
 * too big for the heap: the same thread's next heap allocation (a Class mirror, the DirectByteBuffer object itself)
 * fails with `Java heap space`, as after any full GC that cannot make room.
 */
export function heapLeftFull(jvm: JvmState, gc: GcOutcome | undefined, where: string): AllocationFailure | undefined {
  return gc?.heapOom ? { pool: 'heap', cause: heapCause(jvm, where), fatal: false } : undefined;
}
