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
import { closeOperator, openOperator } from './job/operatorLifecycle';
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
    const failure = openOperator(sim, task);
    if (failure) return onOutOfMemory(sim, task.tm, failure.pool, failure.cause, index, failure.fatal);
  }
  // A deploying task needs the job's jar on its TaskManager; without it, it waits for the blob server.
  if (to === 'DEPLOYING' && !jarReady(sim, task.tm, jvm.instance)) return;
  const step = DEPLOY_STEPS.findIndex(([state]) => state === to);
  const following = DEPLOY_STEPS[step + 1];
  if (following) sim.queue.push(sim.state.nowMs + following[1], { kind: 'task-advance', task: index, attempt, to: following[0] });
}
