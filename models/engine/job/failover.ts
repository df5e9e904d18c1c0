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
import { CANCEL_MS, cancelTask, DEPLOY_STEPS, emitTaskState, identity, isTerminal, moveTask } from './tasks';

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
  // The subtasks of one attempt open concurrently, each on its own task thread and TaskManager: a failure in open()
  // reaches the JobMaster (and its cancellations the others) only after the opens of that instant ran, so each of
  // them that overflows fails too (lab: calibration/fixtures/flink/1.20.5/concurrent-open-overflow.json).
  if (from === 'INITIALIZING') sim.queue.push(sim.state.nowMs, { kind: 'task-failure-reported' });
  else onTaskFailure(sim);
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

/**
 * Schedules the region: every new attempt CREATED → SCHEDULED as the scheduler asks for its slots, and deploys them all
 * once every slot is there. A streaming job joined by keyBy is one pipelined region, and the default scheduler deploys a
 * region only when all its slots are allocated (DefaultExecutionDeployer#allocateSlotsAndDeploy waits for the whole
 * bulk): while a TaskManager is missing nothing is deployed and nothing is processed. Lab: calibration/fixtures/flink/
 * 1.20.5/taskmanager-kill.json.
 */
export function deployReadyTasks(sim: Sim): void {
  if (sim.state.job.status !== 'RUNNING') return;
  const waiting: number[] = [];
  sim.state.tasks.forEach((task, index) => {
    if (task.state === 'CREATED' || (task.state === 'SCHEDULED' && task.instance === 0)) waiting.push(index);
  });
  if (waiting.length === 0) return;
  for (const index of waiting) if (sim.state.tasks[index]?.state === 'CREATED') moveTask(sim, index, 'SCHEDULED');
  const ready = (tm: number) => sim.state.jvms[tm]?.alive === true && sim.state.jvms[tm]?.registered === true;
  if (!waiting.every((index) => ready(sim.state.tasks[index]?.tm ?? -1))) return requestSlots(sim);
  const [first] = DEPLOY_STEPS;
  for (const index of waiting) {
    const task = sim.state.tasks[index];
    const jvm = task ? sim.state.jvms[task.tm] : undefined;
    if (!task || !jvm || !first) continue;
    task.instance = jvm.instance;
    sim.queue.push(sim.state.nowMs + first[1], { kind: 'task-advance', task: index, attempt: task.attempt, to: first[0] });
  }
}

/**
 * How long Flink's slot requests wait for the missing slots. A standalone resource manager cannot start TaskManagers:
 * after its start-up period (`resourcemanager.standalone.start-up-time`, default `slot.request.timeout`) it fails a
 * requirement it cannot fulfil at once, and DeclarativeSlotPoolBridge fails the pending requests ("Could not acquire
 * the minimum required resources, failing slot requests."); the lab measured 73–108 ms from RESTARTING → RUNNING to the
 * SCHEDULED → FAILED. Active resource managers (YARN, Kubernetes) start a worker and the requests wait up to
 * `slot.request.timeout` (PhysicalSlotRequestBulkCheckerImpl: "Slot request bulk is not fulfillable!").
 */
const UNFULFILLABLE_MS = 80;

function requestSlots(sim: Sim): void {
  const jobManager = sim.state.jvms[0];
  const timeoutMs = sim.setup.runtime.slotRequestTimeoutMs;
  const failFast =
    sim.scenario.cluster.deployment === 'standalone' && jobManager !== undefined && sim.state.nowMs - jobManager.startedAtMs >= timeoutMs;
  sim.queue.push(sim.state.nowMs + (failFast ? UNFULFILLABLE_MS : timeoutMs), {
    kind: 'slot-requests-failed',
    generation: sim.state.job.restarts,
    timedOut: !failFast,
  });
}

/**
 * The failure text of the region's slot requests as the exception history shows it: the standalone one from the lab's
 * /jobs/<id>/exceptions (Flink 1.20.5), the timeout's from PhysicalSlotRequestBulkCheckerImpl#timeoutSlotRequestBulk
 * wrapped by DefaultScheduler (as Flink users report it: "NoResourceAvailableException: Slot request bulk is not
 * fulfillable! Could not allocate the required slot within slot request timeout").
 */
function noResourceMessage(timedOut: boolean): string {
  return timedOut
    ? 'java.util.concurrent.CompletionException: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Slot request bulk is not fulfillable! Could not allocate the required slot within slot request timeout'
    : 'java.util.concurrent.CompletionException: java.util.concurrent.CompletionException: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.';
}

/**
 * The slot requests of the region failed while its slots are still missing: one waiting execution fails SCHEDULED →
 * FAILED "on [unassigned resource]" (ExecutionGraph's log) and the job fails over, a restart the strategy counts.
 */
export function onSlotRequestsFailed(sim: Sim, generation: number, timedOut: boolean): void {
  const job = sim.state.job;
  if (job.status !== 'RUNNING' || job.restarts !== generation) return;
  const index = sim.state.tasks.findIndex((t) => t.state === 'SCHEDULED' && t.instance === 0);
  const task = sim.state.tasks[index];
  if (!task) return;
  // The JobMaster's ExecutionGraph logs it, the exception on the following lines (no TaskManager holds the execution).
  task.state = 'FAILED';
  emitTaskState(sim, task, 'jobmanager', 'SCHEDULED', 'FAILED', ` on [unassigned resource].\n${noResourceMessage(timedOut)}`);
  sim.ratesDirty = true;
  sim.placementDirty = true;
  onTaskFailure(sim);
}
