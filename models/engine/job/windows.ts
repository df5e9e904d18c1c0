/**
 * Window state on the heap backend (runtime-mechanics §8): every record's state stays until its window's
 * cleanup timer fires, when the watermark passes window end + allowed lateness. With the rates held
 * constant between events, what expires now is what was retained one window span ago: a delay line of
 * rate changes in the event queue, exact for any step. An idle source partition stops the watermark, and
 * nothing expires until it moves again.
 */
import type { OperatorSpec } from '../../scenario/types';
import type { JvmState } from '../jvm/jvmState';
import type { Sim, TaskRuntime } from '../simState';

/** How long a record's state lives: window size (half of it on average is enough for tumbling windows, but the
 *  cleanup timer fires at the window end, so the whole window), plus lateness and the watermark's lag. */
export function windowSpanMs(ops: readonly OperatorSpec[]): number {
  return ops.reduce((max, op) => (op.window ? Math.max(max, op.window.sizeMs + op.window.allowedLatenessMs + op.window.outOfOrdernessMs) : max), 0);
}

/** After rates change: a retention rate that differs from the last scheduled one starts expiring one span later. */
export function scheduleWindowExpiry(sim: Sim): void {
  const span = windowSpanMs(sim.scenario.job.operators);
  if (span === 0) return;
  sim.state.jvms.forEach((jvm, tm) => {
    if (!jvm.alive || jvm.rates.windowRetain === jvm.windowScheduledRetainPerMs) return;
    jvm.windowScheduledRetainPerMs = jvm.rates.windowRetain;
    sim.queue.push(sim.state.nowMs + span, { kind: 'window-expire', tm, instance: jvm.instance, perMs: jvm.rates.windowRetain });
  });
}

export function onWindowExpire(sim: Sim, tm: number, instance: number, perMs: number): void {
  const jvm = sim.state.jvms[tm];
  if (!jvm || !jvm.alive || jvm.instance !== instance) return;
  jvm.windowPendingReleasePerMs = perMs;
  jvm.windowReleasePerMs = sim.state.traffic.watermarkFrozen ? 0 : perMs;
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

export function onRestoredExpire(sim: Sim, tm: number, instance: number, bytes: number): void {
  const jvm = sim.state.jvms[tm];
  if (!jvm || !jvm.alive || jvm.instance !== instance) return;
  if (sim.state.traffic.watermarkFrozen) jvm.windowBacklogBytes += bytes;
  else expireWindowState(jvm, bytes);
}

/** This task's part of its TaskManager's window state (subtasks of a window operator hold equal parts). */
export function windowShare(sim: Sim, task: TaskRuntime): number {
  const jvm = sim.state.jvms[task.tm];
  const ops = sim.scenario.job.operators;
  if (!jvm || !ops[task.operator]?.window) return 0;
  const holders = sim.state.tasks.filter((t) => t.tm === task.tm && ops[t.operator]?.window && (t.state === 'INITIALIZING' || t.state === 'RUNNING' || t.state === 'CANCELING')).length;
  return holders > 0 ? Math.floor(jvm.windowStateBytes / holders) : 0;
}

/** close(): the task's window state becomes garbage; the next attempt restores it (from the last checkpoint). */
export function closeWindowState(sim: Sim, task: TaskRuntime): void {
  const jvm = sim.state.jvms[task.tm];
  const share = windowShare(sim, task);
  if (!jvm || share === 0) return;
  task.windowRestoreBytes = share;
  expireWindowState(jvm, share);
}

/** open(): restored window state is live again on the heap and expires one window span later. */
export function restoreWindowState(sim: Sim, task: TaskRuntime, jvm: JvmState): number {
  const bytes = task.windowRestoreBytes;
  task.windowRestoreBytes = 0;
  if (bytes > 0) {
    jvm.windowStateBytes += bytes;
    jvm.windowYoungBytes += bytes;
    sim.queue.push(sim.state.nowMs + windowSpanMs(sim.scenario.job.operators), { kind: 'window-restored-expire', tm: task.tm, instance: jvm.instance, bytes });
  }
  return bytes;
}

/** The watermark stops (an idle partition) or moves again, when the backlog of expired windows is cleaned at once. */
export function setWatermarkFrozen(sim: Sim, frozen: boolean): void {
  sim.state.traffic.watermarkFrozen = frozen;
  for (const jvm of sim.state.jvms) {
    if (!jvm.alive) continue;
    if (!frozen) {
      expireWindowState(jvm, jvm.windowBacklogBytes);
      jvm.windowBacklogBytes = 0;
    }
    jvm.windowReleasePerMs = frozen ? 0 : jvm.windowPendingReleasePerMs;
  }
}
