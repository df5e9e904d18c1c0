/**
 * Window state on the heap backend (docs/runtime-mechanics.md §8): every record's state stays until its window's
 * cleanup timer fires, when the watermark passes window end + allowed lateness. With the rates held
 * constant between events, what expires now is what was retained one window span ago: a delay line of
 * rate changes in the event queue, exact for any step. An idle source partition stops the watermark, and
 * nothing expires until it moves again.
 */
import type { OperatorSpec } from '../../scenario/types';
import { expireWindowState } from '../jvm/heap';
import type { JvmState } from '../state/jvmState';
import type { TaskRuntime } from '../state/simState';
import type { Sim } from '../state/sim';

/** How long a record's state lives in the model: the window size (the smoothed stand-in for "until the window
 *  ends"), plus allowed lateness and the watermark's lag behind the newest event. */
function windowSpanMs(ops: readonly OperatorSpec[]): number {
  return ops.reduce(
    (max, op) =>
      op.eventTimeWindow
        ? Math.max(max, op.eventTimeWindow.sizeMs + op.eventTimeWindow.allowedLatenessMs + op.eventTimeWindow.outOfOrdernessMs)
        : max,
    0,
  );
}

/** After rates change: a retention rate that differs from the last scheduled one starts expiring one span later. */
export function scheduleWindowExpiry(sim: Sim): void {
  const span = windowSpanMs(sim.scenario.job.operators);
  if (span === 0) return;
  sim.state.jvms.forEach((jvm, tm) => {
    if (!jvm.alive || jvm.rates.windowRetain === jvm.windowScheduledRetainPerMs) return;
    jvm.windowScheduledRetainPerMs = jvm.rates.windowRetain;
    sim.queue.push(sim.state.nowMs + span, {
      kind: 'window-expire',
      tm,
      instance: jvm.instance,
      generation: jvm.windowGeneration,
      perMs: jvm.rates.windowRetain,
    });
  });
}

function liveJvm(sim: Sim, tm: number, instance: number, generation: number): JvmState | undefined {
  const jvm = sim.state.jvms[tm];
  return jvm?.alive && jvm.instance === instance && jvm.windowGeneration === generation ? jvm : undefined;
}

function setPending(sim: Sim, jvm: JvmState, pending: number): void {
  jvm.windowPendingReleasePerMs = Math.max(0, pending);
  jvm.windowReleasePerMs = sim.state.traffic.watermarkFrozen ? 0 : jvm.windowPendingReleasePerMs;
}

export function onWindowExpire(sim: Sim, tm: number, instance: number, generation: number, perMs: number): void {
  const jvm = liveJvm(sim, tm, instance, generation);
  if (!jvm) return;
  // The delay line's part of the release becomes `perMs`; a restored part (if any) stays on top of it.
  setPending(sim, jvm, perMs + jvm.windowRestoredReleasePerMs);
  jvm.windowLineReleasePerMs = perMs;
}

export function onRestoredEnd(sim: Sim, tm: number, instance: number, generation: number, perMs: number): void {
  const jvm = liveJvm(sim, tm, instance, generation);
  if (!jvm) return;
  jvm.windowRestoredReleasePerMs = Math.max(0, jvm.windowRestoredReleasePerMs - perMs);
  setPending(sim, jvm, jvm.windowLineReleasePerMs + jvm.windowRestoredReleasePerMs);
}

/** Window tasks whose state is open on this TaskManager. */
function windowHolders(sim: Sim, tm: number): number {
  const ops = sim.scenario.job.operators;
  return sim.state.tasks.filter(
    (t) =>
      t.tm === tm && ops[t.operator]?.eventTimeWindow && (t.state === 'INITIALIZING' || t.state === 'RUNNING' || t.state === 'CANCELING'),
  ).length;
}

/** This task's part of its TaskManager's window state (subtasks of a window operator hold equal parts). */
export function windowShare(sim: Sim, task: TaskRuntime): number {
  const jvm = sim.state.jvms[task.tm];
  if (!jvm || !sim.scenario.job.operators[task.operator]?.eventTimeWindow) return 0;
  const holders = windowHolders(sim, task.tm);
  return holders > 0 ? Math.floor(jvm.windowStateBytes / holders) : 0;
}

/**
 * close(): the task's window state becomes garbage; the next attempt restores its share of the last completed
 * checkpoint (job/checkpoints.ts#restoreLatestCheckpoint), not what it held here. When the last window task here
 * closes, the delay line starts over: nothing scheduled before applies to the restored state.
 */
export function closeWindowState(sim: Sim, task: TaskRuntime): void {
  const jvm = sim.state.jvms[task.tm];
  const ops = sim.scenario.job.operators;
  if (!jvm || !ops[task.operator]?.eventTimeWindow) return;
  const holders = windowHolders(sim, task.tm);
  const share = holders > 0 ? Math.floor(jvm.windowStateBytes / holders) : 0;
  expireWindowState(jvm, share);
  if (holders <= 1) {
    jvm.windowGeneration += 1;
    jvm.windowLineReleasePerMs = 0;
    jvm.windowRestoredReleasePerMs = 0;
    jvm.windowScheduledRetainPerMs = 0;
    jvm.windowBacklogBytes = 0;
    setPending(sim, jvm, 0);
  }
}

/** open(): restored window state is live again on the heap; the oldest windows expire evenly over the next span. */
export function restoreWindowState(sim: Sim, task: TaskRuntime, jvm: JvmState): number {
  const bytes = task.windowRestoreBytes;
  task.windowRestoreBytes = 0;
  if (bytes <= 0) return 0;
  jvm.windowStateBytes += bytes;
  jvm.windowYoungBytes += bytes;
  const span = windowSpanMs(sim.scenario.job.operators);
  const perMs = Math.ceil(bytes / span);
  jvm.windowRestoredReleasePerMs += perMs;
  setPending(sim, jvm, jvm.windowLineReleasePerMs + jvm.windowRestoredReleasePerMs);
  sim.queue.push(sim.state.nowMs + span, {
    kind: 'window-restored-end',
    tm: task.tm,
    instance: jvm.instance,
    generation: jvm.windowGeneration,
    perMs,
  });
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
    setPending(sim, jvm, jvm.windowPendingReleasePerMs);
  }
}
