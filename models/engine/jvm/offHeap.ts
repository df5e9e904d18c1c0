/**
 * Memory outside the heap (docs/runtime-mechanics.md §4, §5): direct buffers reserved against
 * -XX:MaxDirectMemorySize and freed only by cleaners after a GC; Unsafe and malloc memory that the
 * JVM does not limit; freed malloc memory that stays resident for reuse.
 */
import type { LeakKind, LeakRelease } from '../../scenario/types';
import type { FailureCause } from '../trace';
import { systemGc, type GcOutcome } from './heap';
import { directUsed, nativeInUse, nativeResident, type JvmState } from '../state/jvmState';

export interface ReservationResult {
  readonly ok: boolean;
  /** The System.gc() that Bits.reserveMemory ran before giving up or succeeding. */
  readonly gc: GcOutcome | undefined;
  readonly cause: FailureCause | undefined;
}

/**
 * `Bits.reserveMemory`: if the reservation does not fit, process pending references, run one
 * `System.gc()` (a full GC that lets cleaners free unreachable buffers), retry through ~511 ms of
 * sleeps, then fail. Called with the bytes not yet counted.
 */
function reserveDirect(j: JvmState, bytes: number, nowMs: number, allocation: string, droppedBytes = 0): ReservationResult {
  // `droppedBytes` of the reservation belong to buffers already unreachable (a per-record buffer released for GC).
  const place = () => {
    j.directReachableBytes += bytes - droppedBytes;
    j.directUnreachableYoungBytes += droppedBytes;
  };
  if (directUsed(j) + bytes <= j.sizing.directLimitBytes) {
    place();
    return { ok: true, gc: undefined, cause: undefined };
  }
  // -XX:+DisableExplicitGC: Bits' System.gc() does nothing, so unreachable buffers stay counted (measured on 17.0.15:
  // the same "Cannot reserve" OOM after ~515 ms of retries, with no GC in the log).
  const gc = j.sizing.disableExplicitGc ? undefined : systemGc(j, nowMs);
  if (directUsed(j) + bytes <= j.sizing.directLimitBytes) {
    place();
    return { ok: true, gc, cause: undefined };
  }
  return {
    ok: false,
    gc,
    cause: {
      allocation,
      requestedBytes: bytes,
      usedBytes: directUsed(j),
      limitBytes: j.sizing.directLimitBytes,
      limit: '-XX:MaxDirectMemorySize',
    },
  };
}

/** A rate-driven reservation has just pushed usage over the limit by `overshoot` bytes: the same JDK procedure for those bytes. */
export function settleDirectOvershoot(j: JvmState, nowMs: number, allocation: string): ReservationResult {
  const overshoot = directUsed(j) - j.sizing.directLimitBytes;
  // Take the failing allocation back out, then reserve it properly.
  const r = j.rates;
  const flow = r.directReachable + r.directUnreachable;
  // The failing bytes came from both flows in proportion; take them out, then reserve them the JDK's way.
  const dropped = Math.min(j.directUnreachableYoungBytes, flow > 0 ? Math.round((overshoot * r.directUnreachable) / flow) : 0);
  j.directUnreachableYoungBytes -= dropped;
  j.directReachableBytes -= overshoot - dropped;
  return reserveDirect(j, overshoot, nowMs, allocation, dropped);
}

/** Memory taken at once (in open()): direct via Bits, the others without any JVM limit. */
export function allocateOffHeap(
  j: JvmState,
  kind: Exclude<LeakKind, 'heap' | 'metaspace'>,
  bytes: number,
  nowMs: number,
  allocation: string,
): ReservationResult {
  switch (kind) {
    case 'direct':
      return reserveDirect(j, bytes, nowMs, allocation);
    case 'unsafe':
      j.unsafeBytes += bytes;
      break;
    case 'native':
      j.nativeReachableBytes += bytes;
      j.nativeHighWaterBytes = Math.max(j.nativeHighWaterBytes, nativeInUse(j));
      j.nativeResidentBytes = nativeResident(j);
      break;
  }
  return { ok: true, gc: undefined, cause: undefined };
}

/**
 * What `close()` does with memory taken in `open()`: `close` frees it explicitly (Unsafe.freeMemory,
 * Deflater.end, ChronicleMap.close); `gc` drops the reference, so it waits for a GC — an old one,
 * since the object lived as long as the task; `never` keeps it reachable.
 */
export function releaseOffHeap(j: JvmState, kind: Exclude<LeakKind, 'heap' | 'metaspace'>, bytes: number, release: LeakRelease): void {
  if (release === 'never') return;
  switch (kind) {
    case 'direct':
      j.directReachableBytes -= bytes;
      if (release === 'gc') j.directUnreachableOldBytes += bytes;
      break;
    case 'unsafe':
      // Unsafe memory has no cleaner unless its owner registered one (ChronicleMap does): then a GC frees it.
      j.unsafeBytes -= bytes;
      if (release === 'gc') j.unsafeUnreachableOldBytes += bytes;
      break;
    case 'native':
      j.nativeReachableBytes -= bytes;
      if (release === 'gc') j.nativeUnreachableOldBytes += bytes;
      break;
  }
}
