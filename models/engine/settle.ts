/**
 * What a crossing at the current millisecond sets off, routed by the kernel: the JVM mechanisms report what
 * happened (a collection's outcome, a failed direct reservation) and this file hands each OutOfMemoryError and
 * each container kill to cluster.ts, in the order the JVMs are listed.
 */
import { containerKill, onOutOfMemory } from './cluster';
import { deferDirectFailure } from './directRetry';
import { containerCheckDue, rssOver } from './crossings';
import { leaksOf, rampSiteOn } from './injectedLeaks';
import { collectYoung } from './jvm/heap';
import { emitGcs, heapCause } from './jvm/jvmEvents';
import { heapLeftFull } from './jvm/leakAllocation';
import { settleDirectOvershoot } from './jvm/offHeap';
import { directUsed, type JvmState } from './state/jvmState';
import type { Sim } from './state/sim';

/** Collections where eden is full, a failed direct reservation, a container kill; then the sources' drained lag. */
export function settle(sim: Sim): void {
  const now = sim.state.nowMs;
  const jvms = sim.state.jvms;
  for (let index = 0; index < jvms.length; index++) {
    const j = jvms[index] as JvmState;
    if (!j.alive) continue;
    if (j.edenUsedBytes >= j.edenCapacityBytes && j.edenUsedBytes > 0) {
      const outcome = collectYoung(j, now);
      emitGcs(sim, j, outcome);
      if (outcome.heapOom)
        onOutOfMemory(
          sim,
          index,
          'heap',
          heapCause(j, 'allocation of a new object'),
          undefined,
          false,
          outcome.heapOom === 'overhead-limit',
        );
    }
    if (j.alive && directUsed(j) > j.sizing.directLimitBytes) {
      const site = directLeakSite(sim, index);
      const result = settleDirectOvershoot(j, now, site);
      emitGcs(sim, j, result.gc);
      const heapFull = heapLeftFull(j, result.gc, site);
      // The task thread whose record crossed the limit sleeps in the retries; the error, if any, comes after them.
      // With no such task the flow is an injected ramp's: its thread sleeps there, and the ramp stops meanwhile.
      const task = directLeakTask(sim, index);
      if (!result.ok && result.cause && result.retry)
        deferDirectFailure(sim, index, result.cause, result.retry, { task, ramp: task === undefined });
      else if (heapFull) onOutOfMemory(sim, index, 'heap', heapFull.cause, task, false);
    }
    if (j.alive && containerCheckDue(sim, j) && rssOver(j)) containerKill(sim, index);
  }
  // The sources drained their lag: throughput falls back from catching up to the offered rate.
  const job = sim.state.job;
  if (job.sourceLagMicro === 0 && job.throughputMicroPerMs > job.sourceRateMicroPerMs) sim.ratesDirty = true;
}

/** A discrete allocation (in open()) can push RSS over a cgroup limit: the kernel acts in that millisecond. */
export function enforceCgroupLimits(sim: Sim): void {
  if (sim.scenario.cluster.deployment === 'yarn') return;
  const jvms = sim.state.jvms;
  for (let index = 0; index < jvms.length; index++) {
    const j = jvms[index] as JvmState;
    if (j.alive && j.sizing.containerLimitBytes > 0 && rssOver(j)) containerKill(sim, index);
  }
}

/** The allocation that crossed the direct limit: a task's per-record direct leak, else an injected direct ramp. */
function directLeakSite(sim: Sim, index: number): string {
  const task = directLeakTask(sim, index);
  const t = task === undefined ? undefined : sim.state.tasks[task];
  const leak = t ? leaksOf(sim, t.operator).find((l) => l.kind === 'direct' && l.at !== 'open') : undefined;
  return leak && t ? `${leak.site} in ${t.name}` : (rampSiteOn(sim, index, 'direct') ?? 'ByteBuffer.allocateDirect');
}

function directLeakTask(sim: Sim, index: number): number | undefined {
  const found = sim.state.tasks.findIndex(
    (t) =>
      t.tm === index &&
      t.state === 'RUNNING' &&
      t.directRetryAttempt !== t.attempt &&
      leaksOf(sim, t.operator).some((l) => l.kind === 'direct' && l.at !== 'open'),
  );
  return found >= 0 ? found : undefined;
}
