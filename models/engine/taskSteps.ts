/**
 * A task attempt's deployment steps, as the kernel routes them: DEPLOYING → INITIALIZING (setup, initializeState,
 * open) → RUNNING, and CANCELING → CANCELED after close(). open() reports the OutOfMemoryError that stopped it and
 * this file hands it to cluster.ts; a missing jar holds the task in DEPLOYING until the blob server delivers it.
 */
import type { ExecutionState } from '../lifecycle/lifecycle';
import { jarReady } from './blobServer';
import { onOutOfMemory } from './cluster';
import { failTask } from './job/failover';
import { insufficientBuffers } from './job/networkBuffers';
import { deferDirectFailure, endDirectRetry } from './directRetry';
import { closeOperator, openLeaksFrom, openOperator } from './job/operatorLifecycle';
import type { AllocationFailure } from './jvm/leakAllocation';
import type { QueuedAction } from './state/queuedAction';
import { DEPLOY_STEPS, moveTask } from './job/tasks';
import type { Sim } from './state/sim';

export function advanceTask(sim: Sim, index: number, attempt: number, to: ExecutionState): void {
  const task = sim.state.tasks[index];
  const jvm = task ? sim.state.jvms[task.tm] : undefined;
  if (!task || task.attempt !== attempt) return;
  if (to === 'CANCELED') {
    closeOperator(sim, task);
    moveTask(sim, index, 'CANCELED');
    return;
  }
  if (!jvm?.alive || jvm.instance !== task.instance || !moveTask(sim, index, to)) return;
  if (to === 'INITIALIZING') {
    // setup(): the network stack takes the task's required buffers first.
    const noBuffers = insufficientBuffers(sim, task);
    if (noBuffers) return failTask(sim, index, noBuffers, false);
    if (openFailed(sim, index, openOperator(sim, task))) return;
  }
  // A deploying task needs the job's jar on its TaskManager; without it, it waits for the blob server.
  if (to === 'DEPLOYING' && !jarReady(sim, task.tm, jvm.instance)) return;
  queueFollowing(sim, index, attempt, to);
}

function queueFollowing(sim: Sim, index: number, attempt: number, to: ExecutionState): void {
  const step = DEPLOY_STEPS.findIndex(([state]) => state === to);
  const following = DEPLOY_STEPS[step + 1];
  if (following) sim.queue.push(sim.state.nowMs + following[1], { kind: 'task-advance', task: index, attempt, to: following[0] });
}

/** open() stopped: by an OutOfMemoryError, or in Bits.reserveMemory's retries (the task stays INITIALIZING meanwhile). */
function openFailed(sim: Sim, index: number, failure: AllocationFailure | undefined): boolean {
  const task = sim.state.tasks[index];
  if (!failure || !task) return false;
  if (failure.retry) deferDirectFailure(sim, task.tm, failure.cause, failure.retry, { task: index, openLeak: failure.openLeak });
  else onOutOfMemory(sim, task.tm, failure.pool, failure.cause, index, failure.fatal);
  return true;
}

/** A direct reservation's retries ended; one that open() was waiting for succeeded: open() goes on from the next leak. */
export function onDirectRetry(sim: Sim, action: Extract<QueuedAction, { kind: 'direct-retry' }>): void {
  const resumed = endDirectRetry(sim, action);
  const task = resumed ? sim.state.tasks[resumed.task] : undefined;
  if (!resumed || !task) return;
  if (openFailed(sim, resumed.task, openLeaksFrom(sim, task, resumed.openLeak + 1))) return;
  queueFollowing(sim, resumed.task, task.attempt, 'INITIALIZING');
}
