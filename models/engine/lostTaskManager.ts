/**
 * How the JobManager learns that a TaskManager is gone. A process that dies abruptly (SIGKILL by the kernel's OOM killer,
 * a host failure) says nothing: the tasks reading from it notice first, when Netty sees their connection to it close,
 * and the JobMaster and ResourceManager notice when their heartbeat RPCs to it fail. A process stopped gracefully
 * (SIGTERM) disconnects from the JobMaster itself, at once. Measured in the Flink lab (1.20.5,
 * calibration/fixtures/flink/1.20.5/taskmanager-kill.json and gzip-logger.json, heartbeat.interval 1 s).
 */
import type { ExecutionState } from '../lifecycle/lifecycle';
import { failTask, onTaskFailure } from './job/failover';
import { emitTaskState } from './job/tasks';
import {
  noLongerReachableMessage,
  remoteTaskManagerLostMessage,
  TASK_EXECUTOR_SHUTTING_DOWN,
  taskManagerAddress,
  type TaskManagerAddress,
} from './messages';
import type { Sim } from './state/sim';

/**
 * After a SIGKILL, a surviving task failed with the RemoteTransportException 0.28 s (run 2) and ≈ 0.4 s (run 1) later
 * (Netty's channelInactive on the survivor); 300 ms is inside that range.
 */
const REMOTE_CLOSE_NOTICED_MS = 300;
/**
 * The JobMaster logged "TaskManager with id … is no longer reachable." ≈ 1.45 s (taskmanager-kill run 1), ≈ 1.5 s (run 2)
 * and 1.4 s (gzip-logger, after Pekko's Disassociated) after the kill: heartbeat RPCs to a dead address fail
 * (heartbeat.rpc-failure-threshold) well before heartbeat.timeout.
 */
export const UNREACHABLE_NOTICED_MS = 1_450;

/** A task the dead process held, as it was when the process died. */
export interface LostTask {
  readonly task: number;
  readonly attempt: number;
  readonly from: ExecutionState;
}

function addressOf(sim: Sim, index: number, instance: number): TaskManagerAddress {
  return taskManagerAddress(sim.scenario.cluster.deployment, `taskmanager-${index}`, index, instance);
}

/**
 * The TaskManager `index` died abruptly with these tasks: nothing is logged now (its process is gone). A task on
 * another TaskManager that reads from it (the engine's jobs are one region joined by keyBy: every consumer reads
 * every producer) fails at REMOTE_CLOSE_NOTICED_MS; the JobMaster declares it unreachable at UNREACHABLE_NOTICED_MS.
 */
export function scheduleLossNotice(sim: Sim, index: number, instance: number, lost: readonly LostTask[]): void {
  const now = sim.state.nowMs;
  if (consumerOnSurvivor(sim, index) !== undefined)
    sim.queue.push(now + REMOTE_CLOSE_NOTICED_MS, { kind: 'tm-lost', tm: index, instance, stage: 'remote', lost: [...lost] });
  sim.queue.push(now + UNREACHABLE_NOTICED_MS, { kind: 'tm-lost', tm: index, instance, stage: 'unreachable', lost: [...lost] });
}

/** A deployed task of a downstream operator on a live TaskManager other than `index` (it has a channel to it). */
function consumerOnSurvivor(sim: Sim, index: number): number | undefined {
  if (sim.scenario.job.operators.length < 2) return undefined;
  const found = sim.state.tasks.findIndex(
    (t) =>
      t.operator > 0 && t.tm !== index && sim.state.jvms[t.tm]?.alive === true && (t.state === 'RUNNING' || t.state === 'INITIALIZING'),
  );
  return found >= 0 ? found : undefined;
}

export function onTaskManagerLost(
  sim: Sim,
  index: number,
  instance: number,
  stage: 'remote' | 'unreachable',
  lost: readonly LostTask[],
): void {
  const address = addressOf(sim, index, instance);
  if (stage === 'remote') {
    // Only while the job still runs the attempt that lost its producer: a failover since cancelled the survivors.
    const consumer = consumerOnSurvivor(sim, index);
    if (sim.state.job.status === 'RUNNING' && consumer !== undefined && stillLost(sim, lost))
      failTask(sim, consumer, remoteTaskManagerLostMessage(address), true);
    return;
  }
  const reason = noLongerReachableMessage(address.resourceId);
  // JobMaster's logger (INFO), then its disconnect: lab lines "TaskManager with id … is no longer reachable." and
  // "Disconnect TaskExecutor … because: TaskManager with id … is no longer reachable."
  for (const message of [reason, `Disconnect TaskExecutor ${address.resourceId} because: ${reason}`])
    sim.emit({ type: 'log', level: 'INFO', atMs: sim.state.nowMs, process: 'jobmanager', message });
  if (sim.state.job.status !== 'RUNNING' || !stillLost(sim, lost)) return;
  failOnJobMaster(sim, lost, address, `org.apache.flink.runtime.jobmaster.JobMasterException: ${reason}`);
}

/** The lost attempts are still the current ones (no restart since the process died). */
function stillLost(sim: Sim, lost: readonly LostTask[]): boolean {
  return lost.some((l) => sim.state.tasks[l.task]?.attempt === l.attempt && sim.state.tasks[l.task]?.state === 'FAILED');
}

/**
 * The JobMaster fails the executions the TaskManager held, as its ExecutionGraph logs it ("… switched from RUNNING to
 * FAILED on <resource id> @ <host> (dataPort=…)." and the cause), and fails over.
 */
function failOnJobMaster(sim: Sim, lost: readonly LostTask[], address: TaskManagerAddress, cause: string): void {
  const host = address.dataAddress.split('/')[0] || address.resourceId;
  for (const l of lost) {
    const task = sim.state.tasks[l.task];
    if (!task || task.attempt !== l.attempt || task.state !== 'FAILED') continue;
    emitTaskState(
      sim,
      task,
      'jobmanager',
      l.from,
      'FAILED',
      ` on ${address.resourceId} @ ${host} (dataPort=${address.dataPort}).\n${cause}`,
    );
  }
  onTaskFailure(sim);
}

/** A TaskManager stopped on request (SIGTERM) disconnects itself: the JobMaster's line, and its tasks' cause. */
export function gracefulDisconnect(sim: Sim, index: number, instance: number): string {
  const address = addressOf(sim, index, instance);
  sim.emit({
    type: 'log',
    level: 'INFO',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    message: `Disconnect TaskExecutor ${address.resourceId} because: The TaskExecutor is shutting down.`,
  });
  return TASK_EXECUTOR_SHUTTING_DOWN;
}
