/**
 * One JVM (a JobManager or a TaskManager in its container) as plain numbers: every pool, its
 * limit and its flows. Plain data so a checkpoint is a copy; the rules that change it live in
 * heap.ts, offHeap.ts and container.ts.
 */
import type { GarbageCollector, JdkVersion } from '../../scenario/types';
import { NO_PARTS, partsTotal, type RocksDbParts } from '../../rocksdb/types';
import { BASELINE, JVM } from './jvmConstants';
import { jdkTraits } from './jdk';

/** Limits derived from Flink's configuration (memory-spec) and the container. */
export interface JvmSizing {
  readonly kind: 'taskmanager' | 'jobmanager';
  readonly heapMaxBytes: number;
  /** -XX:MaxDirectMemorySize, or the JVM default (= max heap) when Flink does not set it. */
  readonly directLimitBytes: number;
  /**
   * Whether the command line carries -XX:MaxDirectMemorySize: always for a TaskManager, for a JobManager only with
   * jobmanager.memory.enable-jvm-direct-memory-limit (JobManagerProcessUtils), or when a JVM option sets it.
   */
  readonly directLimitSet: boolean;
  readonly metaspaceMaxBytes: number;
  readonly managedBudgetBytes: number;
  readonly networkBytes: number;
  readonly networkSegments: number;
  readonly segmentSizeBytes: number;
  readonly processSizeBytes: number;
  /** 0 when nothing but the host limits it (standalone). */
  readonly containerLimitBytes: number;
  readonly gc: GarbageCollector;
  readonly exitOnOom: boolean;
  /** cluster.jdk: what differs between versions is in jdkTraits (models/engine/jvm/jdk.ts). */
  readonly jdk: JdkVersion;
  /** -XX:+DisableExplicitGC in the JVM options: System.gc() does nothing (Bits.reserveMemory's, force-gc's). */
  readonly disableExplicitGc: boolean;
  /** Resident bytes per thread: a parked thread's stack pages and thread structures, capped by -Xss (threadStackResident). */
  readonly threadResidentBytes: number;
  /** Limits and the collector set by a JVM option of the Flink configuration, which wins over Flink's (explain says so). */
  readonly jvmOptionOverrides: readonly JvmOptionOverride[];
}

/** A JVM option (`env.java.opts…`) that replaced what Flink or the scenario set. */
export interface JvmOptionOverride {
  readonly what: 'heap' | 'direct' | 'metaspace' | 'gc' | 'stack';
  /** The option as written (`-XX:MaxDirectMemorySize=256m`) and the configuration key that holds it. */
  readonly option: string;
  readonly key: string;
  /** What Flink derived (bytes), or the scenario's cluster.gc, that the option replaced. */
  readonly replaced: string;
}

/** Flows per millisecond while rates hold: bytes (or micro-units) per ms, integers so sums are exact. */
export interface JvmRates {
  heapGarbage: number;
  heapRetained: number;
  directReachable: number;
  directUnreachable: number;
  unsafeReachable: number;
  nativeReachable: number;
  nativeUnreachable: number;
  /** micro-threads per ms (threads created and kept alive). */
  threadsMicro: number;
  /** Window state added per ms (also counted in heapRetained). */
  windowRetain: number;
  /** micro-exceptions per ms thrown by the tasks here (the exceptionsLogged counter). */
  exceptionsMicro: number;
}

export interface JvmState {
  readonly process: string;
  readonly sizing: JvmSizing;
  readonly staticOverheadBytes: number;
  instance: number;
  alive: boolean;
  registered: boolean;
  startedAtMs: number;
  pid: number;
  rates: JvmRates;
  // Heap (G1 regions or Parallel/Serial generations)
  edenUsedBytes: number;
  edenCapacityBytes: number;
  /** Part of eden that will survive (retained state, leaks): promoted at the next young GC. */
  edenRetainedBytes: number;
  survivorBytes: number;
  oldLiveBytes: number;
  oldGarbageBytes: number;
  /** High-water of heap pages touched (Xms = Xmx commits, touching makes resident). */
  heapTouchedBytes: number;
  markingUntilMs: number;
  mixedRemaining: number;
  mixedReclaimBytes: number;
  /** Parallel's GC-overhead bookkeeping: when the last full GC ended, pause time since then, and the run of full GCs
   *  that each exceeded GCTimeLimit and GCHeapFreeLimit (gcOverheadChecker.cpp). */
  lastFullGcAtMs: number;
  gcMsSinceFullGc: number;
  youngCountAtFullGc: number;
  overheadLimitCount: number;
  /** When the last System.gc() of Bits.reserveMemory ran and when its pause ended: another thread's request in the same
   *  millisecond joins it (HotSpot skips a full GC whose counters moved since the request, gcVMOperations.cpp
   *  skip_operation) and waits for its end. */
  reserveGcAtMs: number;
  reserveGcEndMs: number;
  /** An injected direct ramp's allocation is in Bits.reserveMemory's retries: its thread, blocked, allocates no more. */
  directRampInRetry: boolean;
  // Direct buffers (counted against -XX:MaxDirectMemorySize)
  directReachableBytes: number;
  directUnreachableYoungBytes: number;
  directUnreachableOldBytes: number;
  // Unsafe.allocateMemory and malloc (not limited by the JVM)
  unsafeBytes: number;
  /** Unsafe memory whose owner registered a cleaner (ChronicleMap) and dropped: freed by a mixed/full GC. */
  unsafeUnreachableOldBytes: number;
  nativeReachableBytes: number;
  nativeUnreachableYoungBytes: number;
  nativeUnreachableOldBytes: number;
  /** Highest malloc use: freed memory is reused but not returned to the kernel. */
  nativeHighWaterBytes: number;
  /** Resident malloc pages: never fall (glibc keeps freed chunks), rise faster than use while freed memory is reused.
   *  Kept equal to `nativeResident(j)` by every change of native use (flows, open(), cleaners), so samples read it. */
  nativeResidentBytes: number;
  /** At the last cleaner cycle that freed native memory: the high-water then, and the resident per mille of use that
   *  reusing it up to there costs (JVM.mallocReuse*; 1000 before any). `nativeResidentAt` turns them into pages. */
  nativeReuseSpanBytes: number;
  nativeReuseDensityPerMille: number;
  managedUsedBytes: number;
  /**
   * RocksDB (models/engine/job/rocksdbInstances.ts): of managedUsedBytes, what RocksDB's shared resources reserved in the
   * slots' MemoryManagers — Flink's bookkeeping, not memory: the bytes RocksDB really holds are `rocksdb`, native.
   */
  rocksdbReservedBytes: number;
  /** RocksDB's native memory by part, summed over this JVM's RocksDB instances (malloc'd: part of native memory and RSS). */
  rocksdb: RocksDbParts;
  /** What the allocator keeps resident of what RocksDB freed (models/rocksdb/allocator.ts). */
  mallocRetainedBytes: number;
  /** The most RocksDB held at once in this JVM (the allocator's arenas once held it). */
  rocksdbPeakBytes: number;
  // Metaspace and threads
  metaspaceUsedBytes: number;
  classesLoaded: number;
  classesUnloaded: number;
  /** HotSpot's capacity-until-GC: crossing it triggers a "Metadata GC Threshold" collection (metaspace.ts). */
  metaspaceGcThresholdBytes: number;
  /** Highest metaspace use before JEP 387 (JDK 16): freed metaspace stays committed, so resident (jdk.ts); 0 from 16 on. */
  metaspaceHighWaterBytes: number;
  /** Classes of released, unpinned class loaders: unloaded (and their metaspace freed) by the next full or mixed GC. */
  unloadableClasses: number;
  unloadableMetaspaceBytes: number;
  threadsMicro: number;
  /** Exceptions the tasks here have thrown, in millionths (the exceptionsLogged counter; whole ones are sampled). */
  exceptionsMicro: number;
  // GC counters (MXBeans)
  youngCount: number;
  youngTimeMs: number;
  oldCount: number;
  oldTimeMs: number;
  usedSegments: number;
  /** Threads of the tasks deployed here (task thread, flusher…), on top of threadsMicro. */
  taskThreads: number;
  /** Window state on this heap (in old once it outlives a few GCs), and its delay line: what expires per ms now,
   *  what would if the watermark moved, what waits behind a stalled watermark, and the retention last scheduled. */
  windowStateBytes: number;
  /** The part of the window state still in eden (retained, not yet promoted). */
  windowYoungBytes: number;
  windowReleasePerMs: number;
  windowPendingReleasePerMs: number;
  /** The two parts of the pending release: the delay line's, and restored state expiring over one span. */
  windowLineReleasePerMs: number;
  windowRestoredReleasePerMs: number;
  windowBacklogBytes: number;
  windowScheduledRetainPerMs: number;
  /** Bumped when a restart closes all window state here: expiries scheduled before no longer apply. */
  windowGeneration: number;
  /** Threads kept alive by leaks (timer workers of per-call clients), in micro-threads, and whether Netty's warning was logged. */
  leakedThreadsMicro: number;
  timerWarningLogged: boolean;
  /** Live bytes kept by each leak, keyed `kind:site` (for the heap histogram and the native profile). */
  siteBytes: Record<string, number>;
  /**
   * Bytes of open-time off-heap leaks whose reference close() dropped (release: gc), keyed like siteBytes: unreachable
   * but still allocated until a GC reaches the old regions holding their owners (runCleaners), still their site's.
   */
  siteAwaitingGcBytes: Record<string, number>;
  /** The kept-leak flows per site now (bytes per ms), set with the rates. */
  siteRates: Array<[string, number]>;
  /** GC pause time in the last full minute, and the total at that minute's start (checkpoints slow down with it). */
  gcMsLastMinute: number;
  gcTotalAtMinuteStartMs: number;
  /** The longest GC pause in this grid minute so far and in the last full one (the end-to-end latency estimate, job/latency.ts). */
  gcLongestPauseMsThisMinute: number;
  gcLongestPauseMsLastMinute: number;
}

export const NO_RATES: JvmRates = {
  heapGarbage: 0,
  heapRetained: 0,
  directReachable: 0,
  directUnreachable: 0,
  unsafeReachable: 0,
  nativeReachable: 0,
  nativeUnreachable: 0,
  threadsMicro: 0,
  windowRetain: 0,
  exceptionsMicro: 0,
};

/** A fresh JVM: the network buffer pool is allocated eagerly, so it is resident from the first second (docs/runtime-mechanics.md §2.2). */
export function startJvm(process: string, sizing: JvmSizing, nowMs: number, instance: number, pid: number): JvmState {
  const base = BASELINE[sizing.kind];
  const jvm: JvmState = {
    process,
    sizing,
    staticOverheadBytes: staticOverhead(sizing),
    instance,
    alive: true,
    registered: sizing.kind === 'jobmanager',
    startedAtMs: nowMs,
    pid,
    rates: { ...NO_RATES, heapGarbage: base.garbageBytesPerMs },
    edenUsedBytes: 0,
    edenCapacityBytes: 0,
    edenRetainedBytes: 0,
    survivorBytes: 0,
    oldLiveBytes: base.heapLiveBytes,
    oldGarbageBytes: 0,
    heapTouchedBytes: 0,
    markingUntilMs: -1,
    mixedRemaining: 0,
    mixedReclaimBytes: 0,
    lastFullGcAtMs: nowMs,
    gcMsSinceFullGc: 0,
    youngCountAtFullGc: 0,
    overheadLimitCount: 0,
    reserveGcAtMs: -1,
    reserveGcEndMs: 0,
    directRampInRetry: false,
    directReachableBytes: sizing.networkBytes + base.frameworkDirectBytes,
    directUnreachableYoungBytes: 0,
    directUnreachableOldBytes: 0,
    unsafeBytes: 0,
    unsafeUnreachableOldBytes: 0,
    nativeReachableBytes: 0,
    nativeUnreachableYoungBytes: 0,
    nativeUnreachableOldBytes: 0,
    nativeHighWaterBytes: 0,
    nativeResidentBytes: 0,
    nativeReuseSpanBytes: 0,
    nativeReuseDensityPerMille: 1000,
    managedUsedBytes: 0,
    rocksdbReservedBytes: 0,
    rocksdb: NO_PARTS,
    mallocRetainedBytes: 0,
    rocksdbPeakBytes: 0,
    metaspaceUsedBytes: base.classes * jdkTraits(sizing.jdk).metaspaceBytesPerClass.loaded,
    classesLoaded: base.classes,
    classesUnloaded: 0,
    metaspaceGcThresholdBytes: 0,
    metaspaceHighWaterBytes: 0,
    unloadableClasses: 0,
    unloadableMetaspaceBytes: 0,
    threadsMicro: base.threads * 1_000_000,
    exceptionsMicro: 0,
    youngCount: 0,
    youngTimeMs: 0,
    oldCount: 0,
    oldTimeMs: 0,
    usedSegments: 0,
    taskThreads: 0,
    windowStateBytes: 0,
    windowYoungBytes: 0,
    windowReleasePerMs: 0,
    windowPendingReleasePerMs: 0,
    windowLineReleasePerMs: 0,
    windowRestoredReleasePerMs: 0,
    windowBacklogBytes: 0,
    windowScheduledRetainPerMs: 0,
    windowGeneration: 0,
    siteBytes: {},
    siteAwaitingGcBytes: {},
    siteRates: [],
    leakedThreadsMicro: 0,
    timerWarningLogged: false,
    gcMsLastMinute: 0,
    gcTotalAtMinuteStartMs: 0,
    gcLongestPauseMsThisMinute: 0,
    gcLongestPauseMsLastMinute: 0,
  };
  jvm.edenCapacityBytes = edenCapacity(jvm);
  // The baseline passed MetaspaceSize (~21 MB) during start-up: the threshold is what the last start-up GC left.
  jvm.metaspaceGcThresholdBytes = Math.min(
    sizing.metaspaceMaxBytes,
    Math.floor((jvm.metaspaceUsedBytes * 100) / (100 - JVM.metaspaceMinFreePercent)),
  );
  jvm.heapTouchedBytes = Math.min(sizing.heapMaxBytes, jvm.oldLiveBytes);
  return jvm;
}

/**
 * MetaspaceGC::compute_new_size after a collection: at least 40 % free (MinMetaspaceFreeRatio) and at most 70 %
 * (MaxMetaspaceFreeRatio; HotSpot shrinks in steps, the model at once), never above -XX:MaxMetaspaceSize.
 */
export function metaspaceThresholdAfterGc(j: JvmState): number {
  const used = j.metaspaceUsedBytes;
  const atLeast = Math.floor((used * 100) / (100 - JVM.metaspaceMinFreePercent));
  const atMost = Math.floor((used * 100) / (100 - JVM.metaspaceMaxFreePercent));
  return Math.min(j.sizing.metaspaceMaxBytes, Math.min(Math.max(j.metaspaceGcThresholdBytes, atLeast), atMost));
}

/** Resident metaspace: what is in use, or (before elastic metaspace, JDK 16) the high-water mark it was committed to. */
const metaspaceResident = (j: JvmState): number => Math.max(j.metaspaceHighWaterBytes, j.metaspaceUsedBytes);

export const heapUsed = (j: JvmState) => j.edenUsedBytes + j.survivorBytes + j.oldLiveBytes + j.oldGarbageBytes;

/**
 * Heap pages become resident when first written: as eden fills, the high-water of the heap in use (Xms = Xmx commits
 * the heap without touching it; G1 hands out free regions lowest address first, Parallel/Serial fill eden in place), so
 * RSS rises continuously with allocation, not in a jump at each young GC. `extraBytes` projects an allocation ahead.
 */
export function heapTouchedAfter(j: JvmState, extraBytes: number): number {
  return Math.max(j.heapTouchedBytes, Math.min(j.sizing.heapMaxBytes, heapUsed(j) + extraBytes));
}

export const oldUsed = (j: JvmState) => j.oldLiveBytes + j.oldGarbageBytes;
export const directUsed = (j: JvmState) => j.directReachableBytes + j.directUnreachableYoungBytes + j.directUnreachableOldBytes;
export const nativeInUse = (j: JvmState) => j.nativeReachableBytes + j.nativeUnreachableYoungBytes + j.nativeUnreachableOldBytes;
/**
 * Resident malloc pages when `inUse` bytes are in use (docs/runtime-mechanics.md §5.1): use up to the reuse span lands on
 * freed chunks and touches `nativeReuseDensityPerMille` of it, use beyond is fresh (resident as used); never below what
 * was resident. A function of the use alone, so the step that reaches a use does not matter (use only rises between
 * discrete events; cleaners free at GCs).
 */
export function nativeResidentAt(j: JvmState, inUse: number): number {
  const span = j.nativeReuseSpanBytes;
  const reused = Math.floor((Math.min(inUse, span) * j.nativeReuseDensityPerMille) / 1000);
  return Math.max(j.nativeResidentBytes, reused + Math.max(0, inUse - span));
}

export const nativeResident = (j: JvmState) => nativeResidentAt(j, nativeInUse(j));

/**
 * A GC's cleaners freed native memory: what is allocated next reuses it. The density of reused memory moves from what
 * is resident per byte of the high-water now a step towards the measured ceiling (JVM.mallocReuse*): glibc places the
 * new chunks at other offsets of the freed space, touching pages the previous ones left untouched.
 */
export function noteNativeFreed(j: JvmState): void {
  const span = j.nativeHighWaterBytes;
  if (span <= 0) return;
  const density = Math.max(1000, Math.floor((j.nativeResidentBytes * 1000) / span));
  const gap = Math.max(0, JVM.mallocReuseCeilingPerMille - density);
  j.nativeReuseSpanBytes = span;
  j.nativeReuseDensityPerMille = density + Math.floor((gap * JVM.mallocReuseStepPerMille) / 1000);
  j.nativeResidentBytes = nativeResident(j);
}

export const threadCount = (j: JvmState) => Math.floor(j.threadsMicro / 1_000_000) + j.taskThreads;

/** Threads kept alive by leaks (part of threadCount): their workers cost JVM.leakedThreadResidentBytes each. */
const leakedThreadCount = (j: JvmState) => Math.floor(j.leakedThreadsMicro / 1_000_000);

/** Resident bytes of one leaked thread: the measured figure, within what -Xss lets any thread hold. */
export const leakedThreadResident = (sizing: Pick<JvmSizing, 'threadResidentBytes'>) =>
  Math.min(JVM.leakedThreadResidentBytes, sizing.threadResidentBytes);

/** Resident bytes of all thread stacks: leaked threads at their measured cost, the others at threadResidentBytes. */
function threadStacksResident(j: JvmState): number {
  const leaked = leakedThreadCount(j);
  return (threadCount(j) - leaked) * j.sizing.threadResidentBytes + leaked * leakedThreadResident(j.sizing);
}

/** Smallest young generation the collector can run with: G1NewSizePercent, or Parallel/Serial's eden (SurvivorRatio = 8). */
export function minYoung(j: JvmState): number {
  const heap = j.sizing.heapMaxBytes;
  return j.sizing.gc === 'G1' ? Math.floor(heap * JVM.g1MinYoungFraction) : Math.floor(heap * JVM.generationalYoungFraction * 0.8);
}

/** G1's heap region (heapRegion.cpp setup_heap_region_size): the smallest piece eden can grow by. */
export function g1RegionBytes(heapMaxBytes: number): number {
  let region = JVM.g1MinRegionBytes;
  while (region * 2 <= heapMaxBytes / JVM.g1TargetRegionCount && region < JVM.g1MaxRegionBytes) region *= 2;
  return region;
}

/**
 * G1 sizes eden in what the old generation leaves, keeping G1ReservePercent free while it can; under pressure it
 * dips into the reserve down to G1NewSizePercent, keeping room to copy the current survivors (g1Policy.cpp
 * calculate_young_target_length). Parallel/Serial have a fixed eden (NewRatio = 2, SurvivorRatio = 8), of which live
 * data that no longer fits the old generation keeps a part after a full GC (psParallelCompact.cpp: what does not fit
 * stays in young).
 */
export function edenCapacity(j: JvmState): number {
  const heap = j.sizing.heapMaxBytes;
  if (j.sizing.gc !== 'G1') return Math.max(0, minYoung(j) - Math.max(0, oldUsed(j) - oldCapacity(j)));
  const free = heap - oldUsed(j) - j.survivorBytes;
  const floor = Math.min(minYoung(j), free - j.survivorBytes);
  // In the mixed phase G1 does not size young for the pause goal: the next GC comes as soon as possible, to add as many
  // old regions as it can (g1Policy.cpp young_list_target_lengths: outside the young-only phase the target is the
  // desired minimum, G1NewSizePercent).
  if (j.mixedRemaining > 0) return Math.max(0, floor);
  const target = Math.min(Math.floor(heap * JVM.g1MaxYoungFraction), free - Math.floor(heap * JVM.g1ReserveFraction));
  return Math.max(0, target, floor);
}

/** The old generation's capacity under Parallel/Serial (the rest of the heap after the young generation). */
export const oldCapacity = (j: JvmState) => j.sizing.heapMaxBytes - Math.floor(j.sizing.heapMaxBytes * JVM.generationalYoungFraction);

/** JVM overhead that is resident: thread stacks, code cache, GC structures, other native areas (docs/runtime-mechanics.md §5.3). */
function overheadResident(j: JvmState): number {
  return threadStacksResident(j) + j.staticOverheadBytes;
}

/** Code cache, GC structures and other native areas: fixed for a JVM's life. */
function staticOverhead(sizing: JvmSizing): number {
  return JVM.codeCacheBytes + Math.floor(sizing.heapMaxBytes * JVM.gcStructureFraction[sizing.gc]) + JVM.otherNativeBytes;
}

/** What is resident, area by area (docs/runtime-mechanics.md §7.3): RSS is their sum while the process lives (the parts `rss` adds up). */
export interface ResidentParts {
  /** Heap pages touched so far (G1 cycles eden through the heap; Xms = Xmx commits). */
  readonly heapBytes: number;
  /** Direct buffers, reachable or awaiting a GC. */
  readonly directBytes: number;
  /** Unsafe.allocateMemory, with what waits for its owner's cleaner. */
  readonly unsafeBytes: number;
  /** malloc: pages the allocator has touched (freed memory is kept for reuse; reuse touches more: docs/runtime-mechanics.md §5.1). */
  readonly nativeBytes: number;
  /** Managed memory in use as memory (MemorySegments, Python): RocksDB's reservation is not, its bytes are `rocksdbBytes`. */
  readonly managedBytes: number;
  /** RocksDB's native memory (block cache, pinned blocks, memtables, table readers, arenas), and its parts. */
  readonly rocksdbBytes: number;
  readonly rocksdb: RocksDbParts;
  /** Freed memory the allocator keeps resident (glibc arenas, jemalloc dirty pages). */
  readonly mallocRetainedBytes: number;
  readonly metaspaceBytes: number;
  readonly threads: number;
  /** All thread stacks, with those of the leakedThreads (a part of `threads`) at their own measured cost. */
  readonly threadStacksBytes: number;
  readonly leakedThreads: number;
  readonly leakedThreadStacksBytes: number;
  /** Code cache, GC structures, symbols and arenas: fixed for a JVM's life. */
  readonly jvmNativeBytes: number;
}

export function residentParts(j: JvmState): ResidentParts {
  const threads = threadCount(j);
  return {
    heapBytes: j.heapTouchedBytes,
    directBytes: directUsed(j),
    unsafeBytes: j.unsafeBytes + j.unsafeUnreachableOldBytes,
    nativeBytes: j.nativeResidentBytes,
    managedBytes: j.managedUsedBytes - j.rocksdbReservedBytes,
    rocksdbBytes: partsTotal(j.rocksdb),
    rocksdb: j.rocksdb,
    mallocRetainedBytes: j.mallocRetainedBytes,
    metaspaceBytes: metaspaceResident(j),
    threads,
    threadStacksBytes: threadStacksResident(j),
    leakedThreads: leakedThreadCount(j),
    leakedThreadStacksBytes: leakedThreadCount(j) * leakedThreadResident(j.sizing),
    jvmNativeBytes: j.staticOverheadBytes,
  };
}

/** Resident set size: the sum of what is resident in each area (docs/runtime-mechanics.md §7.3; `residentParts` names them). */
export function rss(j: JvmState): number {
  if (!j.alive) return 0;
  return (
    j.heapTouchedBytes +
    directUsed(j) +
    j.unsafeBytes +
    j.unsafeUnreachableOldBytes +
    j.nativeResidentBytes +
    j.managedUsedBytes -
    j.rocksdbReservedBytes +
    partsTotal(j.rocksdb) +
    j.mallocRetainedBytes +
    metaspaceResident(j) +
    overheadResident(j)
  );
}
