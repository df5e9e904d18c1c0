/**
 * The heap and its collectors (docs/runtime-mechanics.md §3): eden fills at the allocation rate and a
 * young GC promotes what survives; under G1 an old generation above the IHOP starts concurrent
 * marking and then mixed GCs; when the live set leaves too little room, full GCs run and, if
 * they cannot make room, `java.lang.OutOfMemoryError: Java heap space`.
 */
import { collectorNames, type GcKind } from '../trace';
import { JVM, MiB } from '../state/jvmConstants';
import {
  edenCapacity,
  g1RegionBytes,
  metaspaceThresholdAfterGc,
  heapTouchedAfter,
  heapUsed,
  minYoung,
  nativeInUse,
  noteNativeFreed,
  oldCapacity,
  oldUsed,
  type JvmState,
} from '../state/jvmState';

interface GcRecord {
  readonly collector: string;
  readonly kind: GcKind;
  readonly pauseMs: number;
  readonly cause: string;
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
  /** A G1 young pause that starts a concurrent cycle ("Pause Young (Concurrent Start)"). */
  readonly concurrentStart?: true;
  /** Young and mixed pauses: bytes evacuated (survivors and promoted), what the pause time grows with. */
  readonly copiedBytes?: number;
}

/** Outcome of a collection: the GCs that ran, and whether the heap is out of memory. */
export interface GcOutcome {
  readonly gcs: GcRecord[];
  readonly heapOom: false | 'heap-space' | 'overhead-limit';
}

/** Runs cleaners of unreachable direct buffers and zlib streams: young ones at any GC, old ones at mixed/full. */
function runCleaners(j: JvmState, includeOld: boolean): void {
  const nativeBefore = nativeInUse(j);
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
    j.siteAwaitingGcBytes = {};
  }
  if (nativeInUse(j) < nativeBefore) noteNativeFreed(j);
}

/**
 * Parallel and Serial skip a scavenge whose promotion would not fit the old generation and run a full GC instead
 * (psScavenge.cpp should_attempt_scavenge; Parallel logs the cause "Ergonomics", Serial "Allocation Failure").
 */
function promotionFails(j: JvmState): boolean {
  return j.sizing.gc !== 'G1' && oldUsed(j) + j.edenRetainedBytes + j.survivorBytes > oldCapacity(j);
}

/** Eden is full (or a GC was requested): a young or mixed collection, then a full GC if the heap has no room left. */
export function collectYoung(j: JvmState, nowMs: number, metadata = false): GcOutcome {
  const overshoot = Math.max(0, j.edenUsedBytes - j.edenCapacityBytes);
  const outcome = promotionFails(j)
    ? collectFull(j, j.sizing.gc === 'Parallel' ? 'Ergonomics' : 'Allocation Failure', nowMs)
    : youngThenFull(j, nowMs, overshoot, metadata);
  j.edenCapacityBytes = outcome.heapOom ? edenAfterOom(j) : edenCapacity(j);
  j.edenUsedBytes = outcome.heapOom ? 0 : Math.min(overshoot, j.edenCapacityBytes);
  return outcome;
}

function youngThenFull(j: JvmState, nowMs: number, overshoot: number, metadata: boolean): GcOutcome {
  // HotSpot's GC causes: G1 evacuates when eden is full; Parallel and Serial report an allocation failure.
  const cause = metadata ? 'Metadata GC Threshold' : j.sizing.gc === 'G1' ? 'G1 Evacuation Pause' : 'Allocation Failure';
  const [young] = collectorNames(j.sizing.gc);
  const before = heapUsed(j);
  const edenGarbage = Math.max(0, j.edenUsedBytes - overshoot - j.edenRetainedBytes);
  const promoted = j.edenRetainedBytes;
  settleConcurrentCycle(j, nowMs);
  const mixed = j.sizing.gc === 'G1' && j.mixedRemaining > 0;
  const concurrentStart = !mixed && startsConcurrentCycle(j, nowMs, metadata);
  const reclaimed = mixed ? Math.min(j.oldGarbageBytes, j.mixedReclaimBytes) : 0;
  j.oldLiveBytes += promoted;
  j.oldGarbageBytes -= reclaimed;
  j.edenRetainedBytes = 0;
  j.windowYoungBytes = 0;
  // In flight: what was allocated in the last ~100 ms and is still alive, never more than eden held.
  const inFlight = Math.min(
    Math.floor(j.sizing.heapMaxBytes * 0.05),
    j.rates.heapGarbage * JVM.survivorWindowMs,
    edenGarbage + j.survivorBytes,
  );
  // G1 caps the survivor regions at the young length / SurvivorRatio (g1Policy.cpp update_survivors_policy), and what
  // survives for good (the retained bytes, copied there first as they age) takes its share: in-flight objects that do not
  // fit are promoted at once and die in old (premature promotion) — the old garbage that mixed GCs then reclaim.
  const survivorRoom = Math.max(0, Math.floor(j.edenCapacityBytes / JVM.survivorRatio) - promoted);
  j.survivorBytes = j.sizing.gc === 'G1' ? Math.min(inFlight, survivorRoom) : inFlight;
  const overflow = inFlight - j.survivorBytes;
  j.oldGarbageBytes += overflow;
  j.edenUsedBytes = 0;
  // Mixed GCs reclaim old garbage (the Remark before them already unloaded classes and found unreachable old buffers).
  runCleaners(j, mixed);
  // Mixed GCs reclaim the candidates the Remark found (garbage promoted since waits for the next cycle), and go on while
  // what the candidates still hold is above G1HeapWastePercent (g1Policy.cpp next_gc_should_be_mixed).
  if (mixed) {
    const left = j.mixedRemaining - 1;
    j.mixedRemaining = left * j.mixedReclaimBytes > j.sizing.heapMaxBytes * JVM.g1HeapWasteFraction ? left : 0;
  }
  const copiedBytes = promoted + overflow + j.survivorBytes;
  const copiedMiB = copiedBytes / MiB;
  const pauseMs = Math.round(
    JVM.youngPauseBaseMs + copiedMiB * JVM.youngPauseMsPerMiBCopied + (reclaimed / MiB) * JVM.mixedPauseMsPerMiBReclaimed,
  );
  j.youngCount += 1;
  j.youngTimeMs += pauseMs;
  j.gcLongestPauseMsThisMinute = Math.max(j.gcLongestPauseMsThisMinute, pauseMs);
  j.gcMsSinceFullGc += pauseMs;
  const kind = mixed ? 'mixed' : 'young';
  const record: GcRecord = { collector: young, kind, pauseMs, cause, heapBeforeBytes: before, heapAfterBytes: heapUsed(j), copiedBytes };
  const gcs: GcRecord[] = [concurrentStart ? { ...record, concurrentStart: true } : record];
  const outcome = needsFullGc(j)
    ? collectFull(j, j.sizing.gc === 'G1' ? 'G1 Compaction Pause' : 'Allocation Failure', nowMs)
    : { gcs: [], heapOom: false as const };
  return { gcs: [...gcs, ...outcome.gcs], heapOom: outcome.heapOom };
}

/**
 * G1 starts a concurrent cycle at a young pause when old occupancy is above the IHOP and no cycle or mixed phase is
 * under way, whether or not the old generation holds garbage yet (g1Policy.cpp need_to_start_conc_mark). The IHOP is
 * the static InitiatingHeapOccupancyPercent = 45 %: adaptive IHOP (G1UseAdaptiveIHOP) moves it with the measured
 * marking time and allocation rate, which this model approximates by its starting value.
 */
function startsConcurrentCycle(j: JvmState, nowMs: number, metadata: boolean): boolean {
  if (j.sizing.gc !== 'G1' || j.mixedRemaining > 0 || j.markingUntilMs >= 0) return false;
  if (!metadata && oldUsed(j) < j.sizing.heapMaxBytes * JVM.g1IhopFraction) return false;
  j.markingUntilMs = nowMs + Math.max(1, Math.ceil(j.oldLiveBytes / JVM.markBytesPerMs));
  return true;
}

/**
 * G1's concurrent cycle reached its Remark (marking takes markBytesPerMs over the live old data): unreachable loaders'
 * classes are unloaded and old unreachable buffers found (ClassUnloadingWithConcurrentMark), metaspace's GC threshold is
 * recomputed, and mixed GCs follow if worth it. Applied by whichever comes first at or after the Remark's millisecond: the
 * step that reaches it (flows.ts) or a collection or class load at that time, so the step size never matters.
 */
export function settleConcurrentCycle(j: JvmState, nowMs: number): void {
  if (j.markingUntilMs < 0 || nowMs < j.markingUntilMs) return;
  endMarking(j);
  runCleaners(j, true);
  j.metaspaceGcThresholdBytes = metaspaceThresholdAfterGc(j);
}

/**
 * Marking is over: mixed GCs follow only when the reclaimable old garbage exceeds G1HeapWastePercent, spread over
 * G1MixedGCCountTarget collections (g1Policy.cpp next_gc_should_be_mixed).
 */
function endMarking(j: JvmState): void {
  j.markingUntilMs = -1;
  const worth = j.oldGarbageBytes > j.sizing.heapMaxBytes * JVM.g1HeapWasteFraction;
  j.mixedRemaining = worth ? JVM.g1MixedGcCount : 0;
  j.mixedReclaimBytes = worth ? Math.ceil(j.oldGarbageBytes / JVM.g1MixedGcCount) : 0;
}

/** After a young GC: G1 needs a full GC when no eden region is left; Parallel/Serial when promotion overflowed old. */
function needsFullGc(j: JvmState): boolean {
  if (j.sizing.gc === 'G1') return edenCapacity(j) < g1RegionBytes(j.sizing.heapMaxBytes);
  return oldUsed(j) > oldCapacity(j);
}

/**
 * After a full GC, whether an allocation still cannot be satisfied: G1 needs a free region for eden (g1CollectedHeap.cpp
 * satisfy_failed_allocation); Parallel/Serial keep in young what old cannot hold, and fail once eden has no room left.
 */
function outOfRoom(j: JvmState): boolean {
  if (j.sizing.gc === 'G1') return edenCapacity(j) < g1RegionBytes(j.sizing.heapMaxBytes);
  return edenCapacity(j) <= 0;
}

/**
 * After an OOM the heap stays full: eden gets what is free, at least one region, so the next allocations fail again
 * soon and eden never takes heap used more than that region past -Xmx (a real heap never exceeds -Xmx at all).
 */
function edenAfterOom(j: JvmState): number {
  return Math.max(g1RegionBytes(j.sizing.heapMaxBytes), edenCapacity(j));
}

/**
 * Full, stop-the-world collections until there is room; a second one (soft references cleared) before giving up.
 * `nowMs` undefined (metaspace's threshold, a caller outside the allocation clock): the GC-overhead bookkeeping is left as it is.
 */
export function collectFull(j: JvmState, cause: string, nowMs?: number): GcOutcome {
  const gcs: GcRecord[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    gcs.push(fullGc(j, cause));
    if (nowMs !== undefined && overheadLimitExceeded(j, cause, gcs[gcs.length - 1]?.pauseMs ?? 0, nowMs)) {
      j.edenCapacityBytes = edenAfterOom(j);
      return { gcs, heapOom: 'overhead-limit' };
    }
    if (!outOfRoom(j)) {
      j.edenCapacityBytes = edenCapacity(j);
      return { gcs, heapOom: false };
    }
  }
  j.edenCapacityBytes = edenAfterOom(j);
  return { gcs, heapOom: 'heap-space' };
}

/**
 * Parallel's GC overhead limit (gcOverheadChecker.cpp, adaptiveSizePolicy.cpp check_gc_overhead_limit): a full GC
 * counts when GC took ≥ GCTimeLimit of the time since the last full GC and less than GCHeapFreeLimit of old and of
 * eden is free after it; GCOverheadLimitThreshold such GCs in a row throw. Explicit GCs neither count nor reset.
 * Mutator time is measured in bytes allocated (eden filled since the last full GC, at the allocation rate), so a
 * collection every fraction of a millisecond is timed exactly; integer products keep the test exact.
 */
function overheadLimitExceeded(j: JvmState, cause: string, pauseMs: number, nowMs: number): boolean {
  const gcMs = j.gcMsSinceFullGc + pauseMs;
  const rate = j.rates.heapGarbage + j.rates.heapRetained;
  const youngSince = j.youngCount > j.youngCountAtFullGc;
  const allocated = (nowMs - j.lastFullGcAtMs) * rate;
  const mutatorBytes = youngSince ? allocated : Math.min(allocated, j.edenCapacityBytes);
  j.lastFullGcAtMs = nowMs;
  j.gcMsSinceFullGc = 0;
  j.youngCountAtFullGc = j.youngCount;
  if (j.sizing.gc !== 'Parallel' || cause === 'System.gc()') return false;
  const timeOver = 100 * gcMs * rate >= JVM.gcTimeLimitPercent * (gcMs * rate + mutatorBytes);
  const oldFree = oldCapacity(j) - Math.min(oldCapacity(j), oldUsed(j));
  const spaceOver =
    100 * oldFree < JVM.gcHeapFreeLimitPercent * oldCapacity(j) && 100 * edenCapacity(j) < JVM.gcHeapFreeLimitPercent * minYoung(j);
  j.overheadLimitCount = timeOver && spaceOver ? j.overheadLimitCount + 1 : 0;
  if (j.overheadLimitCount < JVM.gcOverheadLimitThreshold) return false;
  j.overheadLimitCount = 0;
  return true;
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
  j.gcLongestPauseMsThisMinute = Math.max(j.gcLongestPauseMsThisMinute, pauseMs);
  return { collector: old, kind: 'full', pauseMs, cause, heapBeforeBytes: before, heapAfterBytes: heapUsed(j) };
}

/** `System.gc()`: a full collection (ExplicitGCInvokesConcurrent=false), as Bits.reserveMemory and force-gc do. */
export function systemGc(j: JvmState, nowMs: number): GcOutcome {
  // collectFull stops after the first collection when there is room, so an explicit GC runs once.
  return collectFull(j, 'System.gc()', nowMs);
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
  j.heapTouchedBytes = heapTouchedAfter(j, 0);
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
 * Metaspace crossed its GC threshold under G1: a young pause with the cause "Metadata GC Threshold" that starts a
 * concurrent cycle (G1CollectedHeap::start_concurrent_gc_for_metadata_allocation), whose Remark unloads classes. During
 * the mixed phase it is a mixed pause and starts nothing (measured: "Pause Young (Mixed) (Metadata GC Threshold)").
 */
export function metadataConcurrentStart(j: JvmState, nowMs: number): GcOutcome {
  return collectYoung(j, nowMs, true);
}
