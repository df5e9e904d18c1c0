/**
 * Task failures and the job's answer (docs/runtime-mechanics.md §1.2): the restart strategy decides
 * whether and when; a streaming job joined by keyBy is one pipelined region, so `region` and
 * `full` failover both cancel every task (close() runs in the same JVM) and redeploy all of them.
 */
import { jobStatusMachine, nextState, type JobStatus } from '../../lifecycle/lifecycle';
import { jobStatusMessage, type RestartStrategyState, restartSuppressedMessage, taskStateMessage } from '../messages';
import type { Sim } from '../state/sim';
import { onFailure } from './restartStrategy';
import { adaptiveRestart, isAdaptive } from './adaptiveScheduler';
import { abortPendingCheckpoint } from './checkpoints';
import { closeOperator } from './operatorLifecycle';
import { CANCEL_MS, cancelTask, DEPLOY_STEPS, identity, isTerminal, moveTask } from './tasks';

export function setJobStatus(sim: Sim, event: string): void {
  const job = sim.state.job;
  const next = nextState(jobStatusMachine, job.status, { type: event });
  if (!next) return;
  const from = job.status;
  job.status = next as JobStatus;
  sim.emit({
    type: 'job.status',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    from,
    to: next,
    message: jobStatusMessage(sim.scenario.job.name, from, next),
  });
  sim.ratesDirty = true;
}

/** A task attempt failed (`runClose`: its JVM is still there, so close() runs). */
export function failTask(sim: Sim, index: number, reason: string, runClose: boolean): void {
  const task = sim.state.tasks[index];
  if (!task || isTerminal(task)) return;
  if (runClose) closeOperator(sim, task);
  const from = task.state;
  moveTask(sim, index, 'FAILED');
  sim.emit({
    type: 'log',
    level: 'WARN',
    atMs: sim.state.nowMs,
    process: sim.state.jvms[task.tm]?.process ?? 'jobmanager',
    message: taskStateMessage(identity(sim, task), sim.scenario.job.name, sim.setup.taskLog, from, 'FAILED', reason),
  });
  onTaskFailure(sim);
}

/** The JobMaster's failover: restart after the strategy's delay, or give up and fail the job. */
export function onTaskFailure(sim: Sim): void {
  const job = sim.state.job;
  if (job.status !== 'RUNNING') return; // a failover is already under way: concurrent failures of the region merge
  const delay = onFailure(sim.setup.runtime.restartStrategy, job.history, sim.state.nowMs, () => sim.rng.next('restart'));
  abortPendingCheckpoint(sim);
  cancelAll(sim);
  if (delay === undefined) {
    setJobStatus(sim, 'FAIL');
    sim.emit({
      type: 'log',
      level: 'ERROR',
      atMs: sim.state.nowMs,
      process: 'jobmanager',
      message: restartSuppressedMessage(sim.setup.runtime.restartStrategy, suppressedState(sim)),
    });
    setJobStatus(sim, 'FAILED');
    return;
  }
  setJobStatus(sim, 'RESTART');
  sim.queue.push(sim.state.nowMs + delay, { kind: 'job-restart' });
  job.pendingRestartDelayMs = delay;
}

/**
 * The exponential-delay strategy's counters after the failure it refused (ExponentialDelayRestartBackoffTimeStrategy
 * #notifyFailure counts the attempt and plans its restart before canRestart() says no); the jitter draw is left out.
 */
function suppressedState(sim: Sim): RestartStrategyState {
  const strategy = sim.setup.runtime.restartStrategy;
  const history = sim.state.job.history;
  if (strategy.type !== 'exponential-delay') return { currentRestartAttempt: 0, nextRestartTimestampMs: 0 };
  const next = history.backoffMs === 0 ? strategy.initialMs : Math.min(Math.floor(history.backoffMs * strategy.multiplier), strategy.maxMs);
  return { currentRestartAttempt: history.attemptsSinceReset + 1, nextRestartTimestampMs: sim.state.nowMs + next };
}

function cancelAll(sim: Sim): void {
  sim.state.tasks.forEach((task, index) => {
    if (cancelTask(sim, index) === 'canceling')
      sim.queue.push(sim.state.nowMs + CANCEL_MS, { kind: 'task-advance', task: index, attempt: task.attempt, to: 'CANCELED' });
  });
}

/** The backoff elapsed: new attempts of every task, deployed where their slots are. */
export function restartJob(sim: Sim): void {
  const job = sim.state.job;
  if (job.status !== 'RESTARTING') return;
  // Nothing restarts the job while no JobManager is up: the new one does it when it starts (HA recovery).
  if (!sim.state.jvms[0]?.alive) return;
  job.restarts += 1;
  sim.emit({
    type: 'job.restart',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    attempt: job.restarts,
    delayMs: job.pendingRestartDelayMs,
    message: `Restarting job ${sim.scenario.job.name} (attempt #${job.restarts}) after a restart delay of ${job.pendingRestartDelayMs} ms.`,
  });
  for (const task of sim.state.tasks) {
    if (task.state === 'CANCELING') closeOperator(sim, task);
    // What the old attempt took was given back by its close() or died with its JVM; the new attempt may be placed
    // on another TaskManager, whose close() must not release the old one's bookings there.
    task.opened = [];
    task.stateBytes = 0;
    task.managedBytes = 0;
    task.attempt += 1;
    task.state = 'CREATED';
    task.instance = 0;
  }
  sim.placementDirty = true;
  setJobStatus(sim, 'RECOVERED');
  if (isAdaptive(sim)) adaptiveRestart(sim);
  else relocateSlotGroups(sim);
  deployReadyTasks(sim);
}

/**
 * Slots of a lost TaskManager are gone: a slot-sharing group (subtask i of every operator) whose TaskManager
 * is not registered moves to a free slot on a survivor, if there is one (sticky otherwise), so the survivors
 * take over the lost load; else it waits for a replacement container.
 */
function relocateSlotGroups(sim: Sim): void {
  const { tasks, jvms } = sim.state;
  const slots = sim.setup.slotsPerTaskManager;
  const groupTm = new Map<number, number>();
  for (const t of tasks) groupTm.set(t.subtask, t.tm);
  const used = jvms.map(() => 0);
  for (const tm of groupTm.values()) used[tm] = (used[tm] ?? 0) + 1;
  const ready = (tm: number) => tm > 0 && jvms[tm]?.alive === true && jvms[tm]?.registered === true;
  for (const [group, tm] of groupTm) {
    if (ready(tm)) continue;
    const candidates = jvms.map((_, i) => i).filter((i) => ready(i) && (used[i] ?? 0) < slots);
    if (candidates.length === 0) continue;
    const target = sim.setup.runtime.spreadSlots
      ? candidates.reduce((best, i) => ((used[i] ?? 0) < (used[best] ?? 0) ? i : best))
      : (candidates[0] as number);
    used[tm] = (used[tm] ?? 0) - 1;
    used[target] = (used[target] ?? 0) + 1;
    for (const t of tasks) if (t.subtask === group) t.tm = target;
    sim.emit({
      type: 'log',
      level: 'INFO',
      atMs: sim.state.nowMs,
      process: 'jobmanager',
      message: `Slot for subtask group ${group + 1} is no longer on ${jvms[tm]?.process ?? `taskmanager-${tm}`}: allocated a free slot on ${jvms[target]?.process ?? ''}.`,
    });
  }
}

/** Schedules every new attempt whose TaskManager is registered: its slot is there. */
export function deployReadyTasks(sim: Sim): void {
  if (sim.state.job.status !== 'RUNNING') return;
  sim.state.tasks.forEach((task, index) => {
    const jvm = sim.state.jvms[task.tm];
    if (task.state !== 'CREATED' || !jvm?.alive || !jvm.registered) return;
    task.instance = jvm.instance;
    moveTask(sim, index, 'SCHEDULED');
    const [first] = DEPLOY_STEPS;
    if (first) sim.queue.push(sim.state.nowMs + first[1], { kind: 'task-advance', task: index, attempt: task.attempt, to: first[0] });
  });
}
