/**
 * Continuous change between discrete events: every flow is an integer rate per millisecond, so
 * advancing by a+b equals advancing by a then b, which is what makes the step size irrelevant.
 */
import type { Sim } from '../simState';
import { expireWindowState } from '../job/windows';
import { JVM } from './jvmConstants';
import { directUsed, heapUsed, nativeInUse, rss, threadCount, type JvmState } from './jvmState';

export function advanceFlows(sim: Sim, dt: number): void {
  if (dt <= 0) return;
  const frozen = sim.state.traffic.watermarkFrozen;
  for (const j of sim.state.jvms) {
    if (!j.alive) continue;
    const r = j.rates;
    j.edenUsedBytes += (r.heapGarbage + r.heapRetained) * dt;
    j.edenRetainedBytes += r.heapRetained * dt;
    j.directReachableBytes += r.directReachable * dt;
    j.directUnreachableYoungBytes += r.directUnreachable * dt;
    j.unsafeBytes += r.unsafeReachable * dt;
    j.nativeReachableBytes += r.nativeReachable * dt;
    j.nativeUnreachableYoungBytes += r.nativeUnreachable * dt;
    j.threadsMicro += r.threadsMicro * dt;
    j.leakedThreadsMicro += r.threadsMicro * dt;
    for (const [site, perMs] of j.siteRates) j.siteBytes[site] = (j.siteBytes[site] ?? 0) + perMs * dt;
    j.windowStateBytes += r.windowRetain * dt;
    j.windowYoungBytes += r.windowRetain * dt;
    if (j.windowReleasePerMs > 0) expireWindowState(j, j.windowReleasePerMs * dt);
    else if (frozen) j.windowBacklogBytes += j.windowPendingReleasePerMs * dt;
    const inUse = nativeInUse(j);
    if (inUse > j.nativeHighWaterBytes) j.nativeHighWaterBytes = inUse;
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

/** RSS `dt` ms from now if nothing discrete happens (exact: the same sums advanceFlows makes). */
function projectedRss(j: JvmState, dt: number): number {
  const r = j.rates;
  const nativeNow = nativeInUse(j) + (r.nativeReachable + r.nativeUnreachable) * dt;
  const newThreads = Math.floor((j.threadsMicro + r.threadsMicro * dt) / 1_000_000) - Math.floor(j.threadsMicro / 1_000_000);
  return (
    rss(j) +
    (r.directReachable + r.directUnreachable + r.unsafeReachable) * dt +
    (Math.max(j.nativeHighWaterBytes, nativeNow) - Math.max(j.nativeHighWaterBytes, nativeInUse(j))) +
    newThreads * JVM.threadStackResidentBytes
  );
}

/** The first millisecond in (now, horizon] at which RSS exceeds the container limit, else `horizon`. */
export function firstCgroupCrossing(j: JvmState, now: number, horizon: number): number {
  const limit = j.sizing.containerLimitBytes;
  const span = horizon - now;
  if (span <= 0 || projectedRss(j, span) <= limit) return horizon;
  let lo = 0;
  let hi = span;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (projectedRss(j, mid) > limit) hi = mid;
    else lo = mid;
  }
  return now + hi;
}

/** One sample in the order of `metricNames`. */
export function sampleInto(j: JvmState, out: Float64Array): void {
  const direct = directUsed(j);
  out[0] = heapUsed(j);
  out[1] = j.sizing.heapMaxBytes;
  out[2] = j.sizing.heapMaxBytes;
  out[3] = direct;
  out[4] = direct;
  out[5] = j.metaspaceUsedBytes;
  out[6] = j.sizing.metaspaceMaxBytes;
  out[7] = j.managedUsedBytes;
  out[8] = j.sizing.networkSegments;
  out[9] = j.usedSegments;
  out[10] = j.youngCount;
  out[11] = j.youngTimeMs;
  out[12] = j.oldCount;
  out[13] = j.oldTimeMs;
  out[14] = threadCount(j);
  out[15] = j.classesLoaded;
  out[16] = j.classesUnloaded;
  out[17] = j.unsafeBytes + j.unsafeUnreachableOldBytes;
  out[18] = Math.max(j.nativeHighWaterBytes, nativeInUse(j));
  out[19] = rss(j);
  out[20] = j.sizing.containerLimitBytes;
}
