/**
 * Memory outside the heap (docs/runtime-mechanics.md §4, §5): direct buffers reserved against
 * -XX:MaxDirectMemorySize and freed only by cleaners after a GC; Unsafe and malloc memory that the
 * JVM does not limit; freed malloc memory that stays resident for reuse.
 */
import type { LeakKind, LeakRelease } from '../../scenario/types';
import type { FailureCause } from '../trace';
import { systemGc, type GcOutcome } from './heap';
import { jdkTraits } from '../state/jdk';
import { directUsed, nativeInUse, nativeResident, type JvmState } from '../state/jvmState';

/** A reservation still failing after Bits.reserveMemory's System.gc(): it is retried, and fails or succeeds later. */
export interface DirectRetry {
  /** Of the requested bytes, those of buffers already unreachable (a per-record buffer released for GC). */
  readonly droppedBytes: number;
  /** From the request to the last tryReserveMemory: the System.gc() pause, then the sleeps. */
  readonly afterMs: number;
}

export interface ReservationResult {
  readonly ok: boolean;
  /** The System.gc() that Bits.reserveMemory ran before giving up or succeeding. */
  readonly gc: GcOutcome | undefined;
  /** Not ok: what the request would take (its cause has `requestedAtMs`); the error comes only after `retry.afterMs`. */
  readonly cause: FailureCause | undefined;
  readonly retry?: DirectRetry;
}

/** Whether `bytes` more fit under -XX:MaxDirectMemorySize now (Bits.tryReserveMemory). */
export const directFits = (j: JvmState, bytes: number): boolean => directUsed(j) + bytes <= j.sizing.directLimitBytes;

/** Books a reservation that fits; `droppedBytes` of it are buffers already unreachable. */
export function placeDirect(j: JvmState, bytes: number, droppedBytes: number): void {
  j.directReachableBytes += bytes - droppedBytes;
  j.directUnreachableYoungBytes += droppedBytes;
}

/**
 * `Bits.reserveMemory`: if the reservation does not fit, process pending references and run one `System.gc()` (a
 * full GC that lets cleaners free unreachable buffers); if it still does not fit the calling thread retries through
 * the sleeps (jdk.ts `directRetrySleepsMs`) and fails only then: the result carries the retry, the caller waits it
 * out (directRetry.ts). Called with the bytes not yet counted.
 */
function reserveDirect(j: JvmState, bytes: number, nowMs: number, allocation: string, droppedBytes = 0): ReservationResult {
  if (directFits(j, bytes)) {
    placeDirect(j, bytes, droppedBytes);
    return { ok: true, gc: undefined, cause: undefined };
  }
  // -XX:+DisableExplicitGC: Bits' System.gc() does nothing, so unreachable buffers stay counted (measured on 17.0.15:
  // the same "Cannot reserve" OOM after 512 ms of retries, with no GC in the log). Tasks whose open()s fail in the same
  // millisecond asked for their System.gc() together: HotSpot runs one full GC, the others' operations are skipped
  // (their GC counters moved, gcVMOperations.cpp skip_operation) and their threads wait for it to end.
  const joins = j.reserveGcAtMs === nowMs;
  const gc = j.sizing.disableExplicitGc || joins ? undefined : systemGc(j, nowMs);
  if (gc) {
    j.reserveGcAtMs = nowMs;
    j.reserveGcEndMs = nowMs + Math.round(gc.gcs.reduce((sum, g) => sum + g.pauseMs, 0));
  }
  if (directFits(j, bytes)) {
    placeDirect(j, bytes, droppedBytes);
    return { ok: true, gc, cause: undefined };
  }
  // The thread that called System.gc() waits for the collection to end before its first sleep (measured: 530 ms from
  // the request to the error with an 18 ms full GC, 512 ms with -XX:+DisableExplicitGC).
  const gcMs = gc || joins ? j.reserveGcEndMs - nowMs : 0;
  return {
    ok: false,
    gc,
    cause: {
      allocation,
      requestedBytes: bytes,
      usedBytes: directUsed(j),
      limitBytes: j.sizing.directLimitBytes,
      limit: '-XX:MaxDirectMemorySize',
      requestedAtMs: nowMs,
    },
    retry: { droppedBytes, afterMs: gcMs + jdkTraits(j.sizing.jdk).directRetrySleepsMs },
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
