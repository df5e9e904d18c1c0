/**
 * When the next limit is crossed. Between discrete events every flow is a constant integer rate, so the exact
 * millisecond eden fills, the direct limit is passed, the sources drain their lag or RSS passes a container limit
 * is computed — and so is the end of G1's concurrent marking — not stepped into (settle.ts then acts on what was crossed).
 */
import { firstCgroupCrossing } from './jvm/flows';
import type { Sim } from './state/sim';
import { directUsed, rss, type JvmState } from './state/jvmState';

/** The earliest computed crossing of any live JVM (or of the sources' lag) before `horizon`. */
export function nextCrossing(sim: Sim, horizon: number): number {
  let next = horizon;
  const now = sim.state.nowMs;
  for (const j of sim.state.jvms) {
    if (!j.alive) continue;
    const r = j.rates;
    const alloc = r.heapGarbage + r.heapRetained;
    if (alloc > 0 && j.edenCapacityBytes > 0)
      next = Math.min(next, now + Math.max(1, Math.ceil((j.edenCapacityBytes - j.edenUsedBytes) / alloc)));
    const direct = r.directReachable + r.directUnreachable;
    if (direct > 0) next = Math.min(next, now + Math.floor((j.sizing.directLimitBytes - directUsed(j)) / direct) + 1);
    if (j.sizing.containerLimitBytes > 0) next = Math.min(next, containerCheckAt(sim, j, now, next));
    // G1's Remark acts on the old generation as it is at that millisecond (garbage to reclaim, classes to unload).
    if (j.markingUntilMs > now) next = Math.min(next, j.markingUntilMs);
  }
  const job = sim.state.job;
  const drain = job.throughputMicroPerMs - job.sourceRateMicroPerMs;
  if (job.sourceLagMicro > 0 && drain > 0) next = Math.min(next, now + Math.max(1, Math.ceil(job.sourceLagMicro / drain)));
  return next;
}

/**
 * When the container's limit is next enforced against an RSS above it: the kernel (cgroup) acts at the
 * first millisecond over the limit; YARN's NodeManager only at its next monitoring round after that.
 */
function containerCheckAt(sim: Sim, j: JvmState, now: number, horizon: number): number {
  const over = firstCgroupCrossing(j, now, horizon);
  if (over >= horizon || sim.scenario.cluster.deployment !== 'yarn') return over;
  const interval = sim.scenario.cluster.yarnCheckIntervalMs;
  return j.startedAtMs + Math.ceil((over - j.startedAtMs) / interval) * interval;
}

/** Whether the container's limit is enforced now: always under a cgroup, at YARN's monitoring rounds otherwise. */
export function containerCheckDue(sim: Sim, j: JvmState): boolean {
  if (j.sizing.containerLimitBytes <= 0) return false;
  if (sim.scenario.cluster.deployment !== 'yarn') return true;
  return (sim.state.nowMs - j.startedAtMs) % sim.scenario.cluster.yarnCheckIntervalMs === 0;
}

export const rssOver = (j: JvmState): boolean => rss(j) > j.sizing.containerLimitBytes;
