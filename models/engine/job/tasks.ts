/**
 * Task attempts and their Flink ExecutionState: placement in slots (slot sharing: subtask i of
 * every operator shares slot i), the deploy sequence, and open()/close() of the operator on the
 * TaskManager that runs it (docs/runtime-mechanics.md §1.1–§1.4).
 */
import { nextState, taskExecutionMachine, type ExecutionState } from '../../lifecycle/lifecycle';
import type { OperatorSpec, Scenario } from '../../scenario/types';
import { type TaskIdentity, taskStateMessage } from '../messages';
import type { TaskRuntime } from '../state/simState';
import type { Sim } from '../state/sim';

/** Deploy timing: scheduling, shipping the task, setup → initializeState → open, restore (modelling choices). */
export const DEPLOY_STEPS: ReadonlyArray<readonly [ExecutionState, number]> = [
  ['DEPLOYING', 10],
  ['INITIALIZING', 200],
  ['RUNNING', 800],
];
export const CANCEL_MS = 50;

export function taskName(op: OperatorSpec, subtask: number): string {
  const label = op.kind === 'source' ? `Source: ${op.id}` : op.kind === 'sink' ? `Sink: ${op.id}` : op.id;
  return `${label} (${subtask + 1}/${op.parallelism})`;
}

/** Where slot-sharing group `subtask` starts: filling TaskManagers one by one, or round-robin when spread out. */
function initialTaskManager(subtask: number, slotsPerTaskManager: number, taskManagers: number, spread: boolean): number {
  return 1 + (spread ? subtask % taskManagers : Math.floor(subtask / slotsPerTaskManager));
}

export function createTasks(scenario: Scenario, slotsPerTaskManager: number, spread = false): TaskRuntime[] {
  const tasks: TaskRuntime[] = [];
  scenario.job.operators.forEach((op, operator) => {
    for (let subtask = 0; subtask < op.parallelism; subtask++) {
      tasks.push({
        name: taskName(op, subtask),
        operator,
        subtask,
        tm: initialTaskManager(subtask, slotsPerTaskManager, scenario.cluster.taskManagers, spread),
        attempt: 0,
        state: 'CREATED',
        instance: 0,
        opened: [],
        stateBytes: 0,
        managedBytes: 0,
        windowRestoreBytes: 0,
      });
    }
  });
  return tasks;
}

/** Moves a task through its ExecutionState machine; illegal moves are ignored (and return false). */
export function moveTask(sim: Sim, index: number, to: ExecutionState): boolean {
  const task = sim.state.tasks[index];
  if (!task) return false;
  const event = EVENT_FOR[to];
  const next = nextState(taskExecutionMachine, task.state, { type: event });
  if (next !== to) return false;
  const from = task.state;
  task.state = to;
  emitTaskState(sim, task, sim.state.jvms[task.tm]?.process ?? 'jobmanager', from, to);
  sim.ratesDirty = true;
  sim.placementDirty = true;
  return true;
}

/**
 * Logs a task attempt's transition as Flink does (messages.ts taskStateMessage), on `process`. `where`: the JobMaster's
 * line goes on with where the attempt ran and the exception (" on [unassigned resource].\n…"), in place of the final '.'.
 */
export function emitTaskState(sim: Sim, task: TaskRuntime, process: string, from: string, to: string, where?: string): void {
  const line = taskStateMessage(identity(sim, task), sim.scenario.job.name, sim.setup.taskLog, from, to);
  sim.emit({
    type: 'task.state',
    atMs: sim.state.nowMs,
    process,
    task: task.name,
    attempt: task.attempt,
    from,
    to,
    message: where === undefined ? line : `${line.slice(0, -1)}${where}`,
  });
}

/** The names Flink's logs give a task attempt (messages.ts taskStateMessage). */
export function identity(sim: Sim, task: TaskRuntime): TaskIdentity {
  return { name: task.name, operatorId: sim.scenario.job.operators[task.operator]?.id ?? '', subtask: task.subtask, attempt: task.attempt };
}

const EVENT_FOR: Record<ExecutionState, string> = {
  CREATED: 'NONE',
  SCHEDULED: 'SCHEDULE',
  DEPLOYING: 'DEPLOY',
  INITIALIZING: 'INITIALIZE',
  RUNNING: 'RUN',
  FINISHED: 'FINISH',
  CANCELING: 'CANCEL',
  CANCELED: 'CANCELED',
  FAILED: 'FAIL',
};

/** Cancels a task the way the JobMaster does: straight to CANCELED before deployment, via CANCELING after. */
export function cancelTask(sim: Sim, index: number): 'canceled' | 'canceling' | 'done' {
  const task = sim.state.tasks[index];
  if (!task) return 'done';
  if (task.state === 'CREATED' || task.state === 'SCHEDULED') {
    // Not deployed: CANCEL takes it straight to CANCELED.
    const next = nextState(taskExecutionMachine, task.state, { type: 'CANCEL' });
    if (next) {
      const from = task.state;
      task.state = next;
      emitTaskState(sim, task, 'jobmanager', from, next);
      sim.placementDirty = true;
    }
    return 'canceled';
  }
  if (task.state === 'DEPLOYING' || task.state === 'INITIALIZING' || task.state === 'RUNNING') {
    moveTask(sim, index, 'CANCELING');
    return 'canceling';
  }
  return 'done';
}

export const isTerminal = (t: TaskRuntime) => t.state === 'FINISHED' || t.state === 'CANCELED' || t.state === 'FAILED';
