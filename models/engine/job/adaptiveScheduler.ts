/**
 * The adaptive scheduler (`jobmanager.scheduler: adaptive`) and its reactive mode (`scheduler-mode: reactive`): instead
 * of waiting for the slots of a lost TaskManager, a restart runs the job at the parallelism the registered slots
 * allow, so each survivor carries more subtasks' records; when slots come back the job scales up again
 * (docs/deployment/elastic_scaling.md, release-1.20: "If fewer slots are available than the configured parallelism …
 * the scheduler reduces parallelism"; in Reactive Mode "the configured parallelism is treated as infinity", bounded by
 * the max parallelism). The job's graph is rebuilt per rescale; attempt numbers go on counting (AdaptiveScheduler keeps a
 * vertex attempt-number store across graphs). Only this file knows the adaptive path; failover.ts and cluster.ts call
 * `adaptiveRestart` / `adaptiveOnRegistered` when `isAdaptive`.
 */
import type { OperatorSpec } from '../../scenario/types';
import type { TaskRuntime } from '../state/simState';
import type { Sim } from '../state/sim';
import { cancelTask, CANCEL_MS, isTerminal, taskName } from './tasks';

/**
 * KeyGroupRangeAssignment.computeDefaultMaxParallelism: 128 for parallelism up to 128 (1.5 × parallelism rounded up to a
 * power of two, at least 128); reactive mode runs every operator at up to this many subtasks.
 */
const DEFAULT_MAX_PARALLELISM = 128;

export function isAdaptive(sim: Sim): boolean {
  return sim.setup.runtime.scheduler.kind === 'adaptive';
}

/** One entry per free slot of a registered, live TaskManager, in the order slot-sharing groups take them. */
function readySlots(sim: Sim): number[] {
  const slots = sim.setup.slotsPerTaskManager;
  const ready = sim.state.jvms.map((_, i) => i).filter((i) => i > 0 && sim.state.jvms[i]?.alive === true && sim.state.jvms[i]?.registered);
  const out: number[] = [];
  // spread out: round-robin over the TaskManagers; else each TaskManager's slots in turn
  if (sim.setup.runtime.spreadSlots) for (let s = 0; s < slots; s++) out.push(...ready);
  else for (const tm of ready) for (let s = 0; s < slots; s++) out.push(tm);
  return out;
}

/** The operator's parallelism on `slots` slots (slot sharing: one slot holds one subtask of every operator). */
function parallelismOn(sim: Sim, op: OperatorSpec, slots: number): number {
  const bound = sim.setup.runtime.scheduler.reactive ? DEFAULT_MAX_PARALLELISM : op.parallelism;
  return Math.min(bound, slots);
}

/** Parallelism the tasks run at now, per operator. */
function currentParallelism(sim: Sim): number[] {
  const counts = sim.scenario.job.operators.map(() => 0);
  for (const t of sim.state.tasks) counts[t.operator] = (counts[t.operator] ?? 0) + 1;
  return counts;
}

/**
 * New tasks for the slots there are (none when there are none: the job waits for resources). Window state the old
 * subtasks were to restore is shared out over the new ones of the same operator (key groups move with the rescale).
 */
function rebuildTasks(sim: Sim, slots: readonly number[]): void {
  const old = sim.state.tasks;
  // attempts that were never deployed (a restart just created them) are replaced under their own number
  const fresh = old.every((t) => t.state === 'CREATED');
  const attempt = old.reduce((m, t) => Math.max(m, t.attempt), -1) + (fresh ? 0 : 1);
  const restore = sim.scenario.job.operators.map(() => 0);
  for (const t of old) restore[t.operator] = (restore[t.operator] ?? 0) + t.windowRestoreBytes;
  const next: TaskRuntime[] = [];
  sim.scenario.job.operators.forEach((op, operator) => {
    const p = parallelismOn(sim, op, slots.length);
    for (let subtask = 0; subtask < p; subtask++) {
      next.push({
        name: taskName({ ...op, parallelism: p }, subtask),
        operator,
        subtask,
        tm: slots[subtask] as number,
        attempt,
        state: 'CREATED',
        instance: 0,
        opened: [],
        stateBytes: 0,
        managedBytes: 0,
        windowRestoreBytes: Math.floor((restore[operator] ?? 0) / p),
      });
    }
  });
  old.splice(0, old.length, ...next);
  sim.placementDirty = true;
  sim.ratesDirty = true;
}

/** A log line for the rescale (the sandbox's summary; Flink logs the new graph's task deployments, not one such line). */
function logRescale(sim: Sim, from: readonly number[], slots: number): void {
  const to = currentParallelism(sim);
  sim.emit({
    type: 'log',
    level: 'INFO',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    message: `Adaptive scheduler: ${slots} slot${slots === 1 ? '' : 's'} available, job ${sim.scenario.job.name} runs at parallelism ${Math.max(...to)} (was ${Math.max(0, ...from)}).`,
  });
}

/** The restart after a failure: the job comes back at the parallelism the registered slots allow (or waits for some). */
export function adaptiveRestart(sim: Sim): void {
  const slots = readySlots(sim);
  const from = currentParallelism(sim);
  if (slots.length === 0) return; // no slot at all: the tasks wait (CREATED) until a TaskManager registers
  rebuildTasks(sim, slots);
  logRescale(sim, from, slots.length);
}

/**
 * A TaskManager registered: a job waiting for slots starts on what is there; a running job below its target parallelism
 * restarts at the higher one after `jobmanager.adaptive-scheduler.resource-stabilization-timeout` (0 in reactive mode).
 * `setJobStatus` is failover.ts's (passed in: failover.ts imports this file for the restart path).
 */
export function adaptiveOnRegistered(sim: Sim, setJobStatus: (sim: Sim, event: string) => void): void {
  const job = sim.state.job;
  if (job.status !== 'RUNNING') return;
  const slots = readySlots(sim);
  const from = currentParallelism(sim);
  const target = sim.scenario.job.operators.map((op) => parallelismOn(sim, op, slots.length));
  const waiting = sim.state.tasks.every((t) => t.state === 'CREATED');
  if (waiting) {
    // Tasks placed on TaskManagers that are still starting wait for them (the cluster's start); tasks of a restart that
    // found no slot at all start on what there is now.
    if (sim.state.tasks.some((t) => !sim.state.jvms[t.tm]?.alive)) {
      rebuildTasks(sim, slots);
      logRescale(sim, from, slots.length);
    }
    return;
  }
  if (!target.some((p, i) => p > (from[i] ?? 0))) return;
  // Executing → Restarting (a rescale, not a failure: the restart strategy is not asked)
  sim.state.tasks.forEach((task, index) => {
    if (!isTerminal(task) && cancelTask(sim, index) === 'canceling')
      sim.queue.push(sim.state.nowMs + CANCEL_MS, { kind: 'task-advance', task: index, attempt: task.attempt, to: 'CANCELED' });
  });
  setJobStatus(sim, 'RESTART');
  job.pendingRestartDelayMs = Math.max(CANCEL_MS, sim.setup.runtime.scheduler.stabilizationMs);
  sim.queue.push(sim.state.nowMs + job.pendingRestartDelayMs, { kind: 'job-restart' });
}
