/**
 * Continuous change between discrete events: every flow is an integer rate per millisecond, so
 * advancing by a+b equals advancing by a then b, which is what makes the step size irrelevant.
 */
import { COL } from '../columns';
import { partsTotal } from '../../rocksdb/types';
import type { Sim } from '../state/sim';
import { expireWindowState, settleConcurrentCycle } from './heap';

import {
  directUsed,
  heapTouchedAfter,
  heapUsed,
  leakedThreadResident,
  nativeInUse,
  nativeResident,
  nativeResidentAt,
  rss,
  threadCount,
  type JvmState,
} from '../state/jvmState';

// Column indexes as module constants, read once from the table: V8 folds a constant index into each store or
// load, where reading the table's property per column per sample cost a tenth of a run.
const {
  classesLoaded: CLASSES_LOADED,
  classesUnloaded: CLASSES_UNLOADED,
  containerLimit: CONTAINER_LIMIT,
  directCapacity: DIRECT_CAPACITY,
  directUsed: DIRECT_USED,
  gcOldCount: GC_OLD_COUNT,
  gcOldTime: GC_OLD_TIME,
  gcYoungCount: GC_YOUNG_COUNT,
  gcYoungTime: GC_YOUNG_TIME,
  heapCommitted: HEAP_COMMITTED,
  heapMax: HEAP_MAX,
  heapUsed: HEAP_USED,
  managedUsed: MANAGED_USED,
  metaspaceMax: METASPACE_MAX,
  metaspaceUsed: METASPACE_USED,
  native: NATIVE,
  networkSegmentsTotal: NETWORK_SEGMENTS_TOTAL,
  networkSegmentsUsed: NETWORK_SEGMENTS_USED,
  rss: RSS,
  exceptions: EXCEPTIONS,
  blobConnections: BLOB_CONNECTIONS,
  blobBacklog: BLOB_BACKLOG,
  endToEndLatency: END_TO_END_LATENCY,
  threads: THREADS,
  unsafe: UNSAFE,
  rocksdbBlockCache: ROCKSDB_BLOCK_CACHE,
  rocksdbPinned: ROCKSDB_PINNED,
  rocksdbMemtables: ROCKSDB_MEMTABLES,
  rocksdbTableReaders: ROCKSDB_TABLE_READERS,
  mallocRetained: MALLOC_RETAINED,
} = COL;

export function advanceFlows(sim: Sim, dt: number): void {
  if (dt <= 0) return;
  const frozen = sim.state.traffic.watermarkFrozen;
  for (const j of sim.state.jvms) {
    if (!j.alive) continue;
    const r = j.rates;
    j.edenUsedBytes += (r.heapGarbage + r.heapRetained) * dt;
    j.edenRetainedBytes += r.heapRetained * dt;
    if (j.heapTouchedBytes < j.sizing.heapMaxBytes) j.heapTouchedBytes = heapTouchedAfter(j, 0);
    j.directReachableBytes += r.directReachable * dt;
    j.directUnreachableYoungBytes += r.directUnreachable * dt;
    j.unsafeBytes += r.unsafeReachable * dt;
    j.nativeReachableBytes += r.nativeReachable * dt;
    j.nativeUnreachableYoungBytes += r.nativeUnreachable * dt;
    j.threadsMicro += r.threadsMicro * dt;
    j.leakedThreadsMicro += r.threadsMicro * dt;
    j.exceptionsMicro += r.exceptionsMicro * dt;
    for (const [site, perMs] of j.siteRates) j.siteBytes[site] = (j.siteBytes[site] ?? 0) + perMs * dt;
    j.windowStateBytes += r.windowRetain * dt;
    j.windowYoungBytes += r.windowRetain * dt;
    if (j.windowReleasePerMs > 0) expireWindowState(j, j.windowReleasePerMs * dt);
    else if (frozen) j.windowBacklogBytes += j.windowPendingReleasePerMs * dt;
    // Native use changes only with its flows (events keep nativeResidentBytes current themselves).
    if (r.nativeReachable !== 0 || r.nativeUnreachable !== 0) {
      const inUse = nativeInUse(j);
      if (inUse > j.nativeHighWaterBytes) j.nativeHighWaterBytes = inUse;
      j.nativeResidentBytes = nativeResidentAt(j, inUse);
    }
    // G1's concurrent cycle unloads at its Remark: applied by the step that reaches it, before its sample.
    if (j.markingUntilMs >= 0) settleConcurrentCycle(j, sim.state.nowMs + dt);
  }
  const job = sim.state.job;
  job.sourceLagMicro = Math.max(0, job.sourceLagMicro + (job.sourceRateMicroPerMs - job.throughputMicroPerMs) * dt);
  if (job.throughputMicroPerMs > 0) {
    // Whole records and a micro-record remainder: exact integers for any run length.
    const micro = job.recordsProcessedRemainderMicro + job.throughputMicroPerMs * dt;
    const whole = Math.floor(micro / 1_000_000);
    job.recordsProcessed += whole;
    job.recordsProcessedRemainderMicro = micro - whole * 1_000_000;
  }
}

/** RSS `dt` ms from now if nothing discrete happens, from `now` = rss(j) (exact: the same sums advanceFlows makes). */
function projectedRss(j: JvmState, now: number, dt: number): number {
  const r = j.rates;
  const nativeFlow = r.nativeReachable + r.nativeUnreachable;
  const nativeGrowth = nativeFlow === 0 ? 0 : nativeResidentAt(j, nativeInUse(j) + nativeFlow * dt) - nativeResident(j);
  const heapGrowth =
    j.heapTouchedBytes >= j.sizing.heapMaxBytes ? 0 : heapTouchedAfter(j, (r.heapGarbage + r.heapRetained) * dt) - j.heapTouchedBytes;
  const newThreads = Math.floor((j.threadsMicro + r.threadsMicro * dt) / 1_000_000) - Math.floor(j.threadsMicro / 1_000_000);
  return (
    now +
    heapGrowth +
    (r.directReachable + r.directUnreachable + r.unsafeReachable) * dt +
    nativeGrowth +
    newThreads * leakedThreadResident(j.sizing)
  );
}

/** The first millisecond in (now, horizon] at which RSS exceeds the container limit, else `horizon`. */
export function firstCgroupCrossing(j: JvmState, now: number, horizon: number): number {
  const limit = j.sizing.containerLimitBytes;
  const span = horizon - now;
  if (span <= 0) return horizon;
  const rssNow = rss(j);
  if (projectedRss(j, rssNow, span) <= limit) return horizon;
  let lo = 0;
  let hi = span;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (projectedRss(j, rssNow, mid) > limit) hi = mid;
    else lo = mid;
  }
  return now + hi;
}

/** One sample, each value in its column (columns.ts `COLUMNS`); `latencyMs` is job/latency.ts's estimate for this JVM. */
export function sampleInto(j: JvmState, out: Float64Array, latencyMs = 0): void {
  const direct = directUsed(j);
  out[HEAP_USED] = heapUsed(j);
  out[HEAP_COMMITTED] = j.sizing.heapMaxBytes;
  out[HEAP_MAX] = j.sizing.heapMaxBytes;
  out[DIRECT_USED] = direct;
  out[DIRECT_CAPACITY] = direct;
  out[METASPACE_USED] = j.metaspaceUsedBytes;
  out[METASPACE_MAX] = j.sizing.metaspaceMaxBytes;
  out[MANAGED_USED] = j.managedUsedBytes;
  out[NETWORK_SEGMENTS_TOTAL] = j.sizing.networkSegments;
  out[NETWORK_SEGMENTS_USED] = j.usedSegments;
  out[GC_YOUNG_COUNT] = j.youngCount;
  out[GC_YOUNG_TIME] = j.youngTimeMs;
  out[GC_OLD_COUNT] = j.oldCount;
  out[GC_OLD_TIME] = j.oldTimeMs;
  out[THREADS] = threadCount(j);
  out[CLASSES_LOADED] = j.classesLoaded;
  out[CLASSES_UNLOADED] = j.classesUnloaded;
  out[UNSAFE] = j.unsafeBytes + j.unsafeUnreachableOldBytes;
  // RocksDB's parts and what the allocator keeps of its frees are malloc'd memory: native, and in RSS.
  const rocks = j.rocksdb;
  out[NATIVE] = j.nativeResidentBytes + partsTotal(rocks) + j.mallocRetainedBytes;
  out[RSS] = rss(j);
  out[CONTAINER_LIMIT] = j.sizing.containerLimitBytes;
  out[EXCEPTIONS] = Math.floor(j.exceptionsMicro / 1_000_000);
  // the blob server's columns belong to the JobManager's server, not to a JVM's state: the simulation writes them after this
  // (blobServer.ts sampleBlobServer); 0 until then, and on every TaskManager
  out[BLOB_CONNECTIONS] = 0;
  out[BLOB_BACKLOG] = 0;
  out[END_TO_END_LATENCY] = latencyMs;
  out[ROCKSDB_BLOCK_CACHE] = rocks.blockCache;
  out[ROCKSDB_PINNED] = rocks.pinned;
  out[ROCKSDB_MEMTABLES] = rocks.memtables;
  out[ROCKSDB_TABLE_READERS] = rocks.tableReaders;
  out[MALLOC_RETAINED] = j.mallocRetainedBytes;
}
