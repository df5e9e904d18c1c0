/**
 * The heap and its collectors (docs/runtime-mechanics.md §3): eden fills at the allocation rate and a
 * young GC promotes what survives; under G1 an old generation above the IHOP starts concurrent
 * marking and then mixed GCs; when the live set leaves too little room, full GCs run and, if
 * they cannot make room, `java.lang.OutOfMemoryError: Java heap space`.
 */
import { collectorNames, type GcKind } from '../trace';
import { JVM, MiB } from '../state/jvmConstants';
import { edenCapacity, heapUsed, minYoung, oldCapacity, oldUsed, type JvmState } from '../state/jvmState';

interface GcRecord {
  readonly collector: string;
  readonly kind: GcKind;
  readonly pauseMs: number;
  readonly cause: string;
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
  /** A G1 young pause that starts a concurrent cycle ("Pause Young (Concurrent Start)"). */
  readonly concurrentStart?: true;
}

/** Outcome of a collection: the GCs that ran, and whether the heap is out of memory. */
export interface GcOutcome {
  readonly gcs: GcRecord[];
  readonly heapOom: false | 'heap-space' | 'overhead-limit';
}

/** Runs cleaners of unreachable direct buffers and zlib streams: young ones at any GC, old ones at mixed/full. */
function runCleaners(j: JvmState, includeOld: boolean): void {
  j.directUnreachableYoungBytes = 0;
  j.nativeUnreachableYoungBytes = 0;
  if (includeOld) {
    // Class unloading happens with old-generation work (full GCs, G1's concurrent cycle before mixed GCs).
    j.classesUnloaded += j.unloadableClasses;
    j.metaspaceUsedBytes -= j.unloadableMetaspaceBytes;
    j.unloadableClasses = 0;
    j.unloadableMetaspaceBytes = 0;
    j.directUnreachableOldBytes = 0;
    j.nativeUnreachableOldBytes = 0;
    j.unsafeUnreachableOldBytes = 0;
  }
}

/** Eden is full (or a GC was requested): a young or mixed collection, then a full GC if the heap has no room left. */
export function collectYoung(j: JvmState, nowMs: number): GcOutcome {
  // HotSpot's GC causes: G1 evacuates when eden is full; Parallel and Serial report an allocation failure.
  const cause = j.sizing.gc === 'G1' ? 'G1 Evacuation Pause' : 'Allocation Failure';
  const [young] = collectorNames(j.sizing.gc);
  const before = heapUsed(j);
  const overshoot = Math.max(0, j.edenUsedBytes - j.edenCapacityBytes);
  const edenGarbage = Math.max(0, j.edenUsedBytes - overshoot - j.edenRetainedBytes);
  const promoted = j.edenRetainedBytes;
  const mixed = j.sizing.gc === 'G1' && j.mixedRemaining > 0 && nowMs >= j.markingUntilMs;
  const reclaimed = mixed ? Math.min(j.oldGarbageBytes, j.mixedReclaimBytes) : 0;
  j.heapTouchedBytes = Math.min(j.sizing.heapMaxBytes, Math.max(j.heapTouchedBytes, oldUsed(j) + j.edenCapacityBytes + j.survivorBytes));
  j.oldLiveBytes += promoted;
  j.oldGarbageBytes -= reclaimed;
  j.edenRetainedBytes = 0;
  j.windowYoungBytes = 0;
  // Survivors: what was allocated in the last ~100 ms and is still in flight, never more than eden held.
  j.survivorBytes = Math.min(
    Math.floor(j.sizing.heapMaxBytes * 0.05),
    j.rates.heapGarbage * JVM.survivorWindowMs,
    edenGarbage + j.survivorBytes,
  );
  j.edenUsedBytes = 0;
  runCleaners(j, mixed);
  if (mixed) j.mixedRemaining -= 1;
  const copiedMiB = (promoted + j.survivorBytes) / MiB;
  const pauseMs = Math.round(
    JVM.youngPauseBaseMs + copiedMiB * JVM.youngPauseMsPerMiBCopied + (reclaimed / MiB) * JVM.mixedPauseMsPerMiBReclaimed,
  );
  j.youngCount += 1;
  j.youngTimeMs += pauseMs;
  const gcs: GcRecord[] = [
    { collector: young, kind: mixed ? 'mixed' : 'young', pauseMs, cause, heapBeforeBytes: before, heapAfterBytes: heapUsed(j) },
  ];
  startMarkingIfNeeded(j, nowMs);
  const outcome = needsFullGc(j)
    ? collectFull(j, j.sizing.gc === 'G1' ? 'G1 Compaction Pause' : 'Allocation Failure')
    : { gcs: [], heapOom: false as const };
  // After an OOM the young generation keeps its minimum: the next allocations fail again once it fills.
  j.edenCapacityBytes = outcome.heapOom ? Math.max(minYoung(j), edenCapacity(j)) : edenCapacity(j);
  j.edenUsedBytes = outcome.heapOom ? 0 : Math.min(overshoot, j.edenCapacityBytes);
  return { gcs: [...gcs, ...outcome.gcs], heapOom: outcome.heapOom };
}

/** G1 starts a concurrent cycle when old occupancy passes the IHOP; mixed GCs follow once marking ends. */
function startMarkingIfNeeded(j: JvmState, nowMs: number): void {
  if (j.sizing.gc !== 'G1' || j.mixedRemaining > 0) return;
  if (oldUsed(j) < j.sizing.heapMaxBytes * JVM.g1IhopFraction || j.oldGarbageBytes === 0) return;
  j.markingUntilMs = nowMs + Math.ceil(j.oldLiveBytes / JVM.markBytesPerMs);
  j.mixedRemaining = JVM.g1MixedGcCount;
  j.mixedReclaimBytes = Math.ceil(j.oldGarbageBytes / JVM.g1MixedGcCount);
}

function needsFullGc(j: JvmState): boolean {
  if (j.sizing.gc === 'G1') return edenCapacity(j) < minYoung(j);
  return oldUsed(j) > oldCapacity(j);
}

/** Full, stop-the-world collections until there is room; a second one (soft references cleared) before giving up. */
export function collectFull(j: JvmState, cause: string): GcOutcome {
  const gcs: GcRecord[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    gcs.push(fullGc(j, cause));
    if (!needsFullGc(j)) {
      j.edenCapacityBytes = edenCapacity(j);
      return { gcs, heapOom: false };
    }
  }
  const freeFraction = (j.sizing.heapMaxBytes - heapUsed(j)) / j.sizing.heapMaxBytes;
  const overheadLimit = j.sizing.gc === 'Parallel' && freeFraction < JVM.gcHeapFreeLimit;
  // The young generation keeps its minimum: the next allocations fail again once it fills (the heap stays full).
  j.edenCapacityBytes = Math.max(minYoung(j), edenCapacity(j));
  return { gcs, heapOom: overheadLimit ? 'overhead-limit' : 'heap-space' };
}

/** One full collection: all garbage, unreachable buffers and unpinned classes go; eden survivors are promoted. */
function fullGc(j: JvmState, cause: string): GcRecord {
  const [, old] = collectorNames(j.sizing.gc);
  const before = heapUsed(j);
  j.oldLiveBytes += j.edenRetainedBytes;
  j.edenRetainedBytes = 0;
  j.windowYoungBytes = 0;
  j.edenUsedBytes = 0;
  j.survivorBytes = 0;
  j.oldGarbageBytes = 0;
  j.mixedRemaining = 0;
  j.markingUntilMs = -1;
  runCleaners(j, true);
  const pauseMs = Math.round(JVM.fullPauseBaseMs + (j.oldLiveBytes / MiB) * JVM.fullPauseMsPerMiBLive);
  j.oldCount += 1;
  j.oldTimeMs += pauseMs;
  return { collector: old, kind: 'full', pauseMs, cause, heapBeforeBytes: before, heapAfterBytes: heapUsed(j) };
}

/** `System.gc()`: a full collection (ExplicitGCInvokesConcurrent=false), as Bits.reserveMemory and force-gc do. */
export function systemGc(j: JvmState): GcOutcome {
  // collectFull stops after the first collection when there is room, so an explicit GC runs once.
  return collectFull(j, 'System.gc()');
}

/**
 * Live heap data released (a closed task's state): it becomes garbage wherever it lives. Window state is booked
 * apart (`windowYoungBytes` of eden's retained bytes, the rest in old) and released only by expiry or its own
 * close(), so another release never takes the bytes the window state stands on.
 */
export function releaseHeap(j: JvmState, bytes: number): void {
  const fromEden = Math.max(0, Math.min(bytes, j.edenRetainedBytes - j.windowYoungBytes));
  j.edenRetainedBytes -= fromEden;
  const windowOld = j.windowStateBytes - j.windowYoungBytes;
  const fromOld = Math.max(0, Math.min(bytes - fromEden, j.oldLiveBytes - windowOld));
  j.oldLiveBytes -= fromOld;
  j.oldGarbageBytes += fromOld;
}

/** Heap allocated at once (state restored in open()): into eden, retained. Returns the GC outcome if eden overflowed. */
export function allocateRetainedHeap(j: JvmState, bytes: number, nowMs: number): GcOutcome | undefined {
  j.edenUsedBytes += bytes;
  j.edenRetainedBytes += bytes;
  return j.edenUsedBytes >= j.edenCapacityBytes ? collectYoung(j, nowMs) : undefined;
}

/**
 * Window state that expires becomes garbage where it is: in old once promoted (reclaimed by mixed or full
 * GCs), else still in eden (the next young GC drops it). The oldest state is in old, so old goes first.
 */
export function expireWindowState(jvm: JvmState, bytes: number): void {
  const released = Math.min(bytes, jvm.windowStateBytes);
  const fromOld = Math.min(released, jvm.windowStateBytes - jvm.windowYoungBytes);
  const fromEden = released - fromOld;
  jvm.oldLiveBytes -= fromOld;
  jvm.oldGarbageBytes += fromOld;
  jvm.edenRetainedBytes -= fromEden;
  jvm.windowYoungBytes -= fromEden;
  jvm.windowStateBytes -= released;
}

/**
 * Metaspace crossed its GC threshold under G1: a young pause that starts a concurrent cycle, with the cause
 * "Metadata GC Threshold" (G1CollectedHeap::start_concurrent_gc_for_metadata_allocation). During the mixed phase it
 * is a mixed pause and starts nothing (measured: "Pause Young (Mixed) (Metadata GC Threshold)").
 */
export function metadataConcurrentStart(j: JvmState, nowMs: number): GcOutcome {
  const outcome = collectYoung(j, nowMs);
  const [first, ...rest] = outcome.gcs;
  if (!first) return outcome;
  const pause: GcRecord = {
    ...first,
    cause: 'Metadata GC Threshold',
    ...(first.kind === 'young' ? { concurrentStart: true as const } : {}),
  };
  return { gcs: [pause, ...rest], heapOom: outcome.heapOom };
}
