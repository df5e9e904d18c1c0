/**
 * java.nio.Bits#reserveMemory's retries as time: a direct reservation that still does not fit after its System.gc()
 * does not fail at once. The calling thread retries through the JDK's sleeps (jdk.ts directRetrySleepsMs, after the
 * GC's pause); a task thread in them is blocked and processes no records (rates.ts). At the last retry the
 * reservation succeeds if something released room meanwhile (a GC's cleaners, a closed task), else the same
 * OutOfMemoryError follows, its cause carrying the request's time (`requestedAtMs`).
 */
import { onOutOfMemory } from './cluster';
import { leaksOf } from './injectedLeaks';
import { siteKey } from './jvm/leakAllocation';
import type { DirectRetry } from './jvm/offHeap';
import { directFits, placeDirect } from './jvm/offHeap';
import type { QueuedAction } from './state/queuedAction';
import type { Sim } from './state/sim';
import { directUsed } from './state/jvmState';
import type { FailureCause } from './trace';

type RetryAction = Extract<QueuedAction, { kind: 'direct-retry' }>;

/** Who waits in the retries: a task thread (blocked if RUNNING, or in its open()), and what to book on success. */
export interface RetryCaller {
  readonly task?: number;
  readonly openLeak?: number;
  readonly site?: string;
  /** An injected direct ramp's thread: the ramp allocates nothing on this JVM until its retry ends. */
  readonly ramp?: boolean;
}

/** The reservation failed after the System.gc(): the caller retries until `retry.afterMs` from now. */
export function deferDirectFailure(sim: Sim, tm: number, cause: FailureCause, retry: DirectRetry, caller: RetryCaller): void {
  const jvm = sim.state.jvms[tm];
  if (!jvm?.alive) return;
  const task = caller.task === undefined ? undefined : sim.state.tasks[caller.task];
  if (task?.state === 'RUNNING') {
    task.directRetryAttempt = task.attempt;
    sim.ratesDirty = true;
  }
  if (caller.ramp) {
    jvm.directRampInRetry = true;
    sim.ratesDirty = true;
  }
  sim.queue.push(sim.state.nowMs + retry.afterMs, {
    kind: 'direct-retry',
    tm,
    instance: jvm.instance,
    cause,
    droppedBytes: retry.droppedBytes,
    task: caller.task,
    attempt: task?.attempt,
    openLeak: caller.openLeak,
    site: caller.site,
    ramp: caller.ramp,
  });
}

/**
 * The last tryReserveMemory. A JVM that is gone, or a task attempt that has moved on (cancelled, failed over), takes
 * its retry with it. Returns the open() leak to go on after, when an open()'s reservation succeeded.
 */
export function endDirectRetry(sim: Sim, action: RetryAction): { readonly task: number; readonly openLeak: number } | undefined {
  const jvm = sim.state.jvms[action.tm];
  if (!jvm?.alive || jvm.instance !== action.instance) return undefined;
  if (action.ramp) {
    jvm.directRampInRetry = false;
    sim.ratesDirty = true;
  }
  const task = action.task === undefined ? undefined : sim.state.tasks[action.task];
  if (task && task.attempt !== action.attempt) return undefined;
  if (task && task.directRetryAttempt === action.attempt) {
    task.directRetryAttempt = undefined;
    sim.ratesDirty = true;
  }
  if (task && task.state !== 'RUNNING' && task.state !== 'INITIALIZING') return undefined;
  const bytes = action.cause.requestedBytes;
  if (!directFits(jvm, bytes)) {
    onOutOfMemory(sim, action.tm, 'direct', { ...action.cause, usedBytes: directUsed(jvm) }, action.task, false);
    return undefined;
  }
  placeDirect(jvm, bytes, action.droppedBytes);
  const leak = task && action.openLeak !== undefined ? leaksOf(sim, task.operator)[action.openLeak] : undefined;
  const site = leak ? siteKey(leak.kind, leak.site) : action.site;
  if (site !== undefined) jvm.siteBytes[site] = (jvm.siteBytes[site] ?? 0) + bytes;
  if (!task || !leak || action.openLeak === undefined) return undefined;
  task.opened.push({ leak: action.openLeak, bytes });
  return { task: action.task as number, openLeak: action.openLeak };
}
