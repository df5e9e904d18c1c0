/**
 * Processes and their containers: a TaskManager starts (its network buffer pool allocated at
 * once), registers its slots, may be killed by YARN or the kernel, or exit by itself; a
 * replacement comes back later as a new JVM in a new container (docs/runtime-mechanics.md §1.4, §7).
 */
import { deployReadyTasks, failTask, onTaskFailure, setJobStatus } from './job/failover';
import { adaptiveOnRegistered, isAdaptive } from './job/adaptiveScheduler';
import { closeOperator } from './job/operatorLifecycle';
import { isTerminal, moveTask } from './job/tasks';
import { BASELINE } from './state/jvmConstants';
import { oomMessage } from './jvm/jvmEvents';
import { rss, startJvm } from './state/jvmState';
import { fatalErrorLine, jdkDirectOomMessage, kubernetesOomKilledMessage, networkPoolMessage, yarnKillMessage } from './messages';
import { restartBlobServer } from './blobServer';
import { gracefulDisconnect, type LostTask, scheduleLossNotice } from './lostTaskManager';
import type { Sim } from './state/sim';
import type { FailureCause, Pool } from './trace';

export function processName(index: number): string {
  return index === 0 ? 'jobmanager' : `taskmanager-${index}`;
}

export function startProcess(sim: Sim, index: number): void {
  const previous = sim.state.jvms[index];
  const sizing = index === 0 ? sim.setup.jobManagerSizing : sim.setup.taskManagerSizing;
  const instance = (previous?.instance ?? 0) + 1;
  sim.state.pidCounter += 1;
  const jvm = startJvm(processName(index), sizing, sim.state.nowMs, instance, 4000 + sim.state.pidCounter * 17);
  sim.state.jvms[index] = jvm;
  sim.state.jobLoaderAttempt[index] = -1;
  sim.emit({
    type: 'process.started',
    atMs: sim.state.nowMs,
    process: jvm.process,
    instance,
    message: `Starting ${entrypoint(sim, index)} (JVM instance #${instance}, pid ${jvm.pid}) with -Xmx${sizing.heapMaxBytes}${sizing.directLimitSet ? ` -XX:MaxDirectMemorySize=${sizing.directLimitBytes}` : ''} -XX:MaxMetaspaceSize=${sizing.metaspaceMaxBytes}.`,
  });
  if (index === 0 && instance > 1) restartBlobServer(sim);
  if (index === 0 && sim.state.job.status === 'RESTARTING') sim.queue.push(sim.state.nowMs, { kind: 'job-restart' });
  if (index > 0) {
    sim.emit({
      type: 'log',
      level: 'INFO',
      atMs: sim.state.nowMs,
      process: jvm.process,
      message: networkPoolMessage(sizing.networkBytes, sizing.networkSegments, sizing.segmentSizeBytes),
    });
    sim.queue.push(sim.state.nowMs + BASELINE.bootMs, { kind: 'tm-registered', tm: index, instance });
  }
  sim.ratesDirty = true;
  sim.placementDirty = true;
}

/** The main class Flink starts per deployment (as its logs name it). */
function entrypoint(sim: Sim, index: number): string {
  const deployment = sim.scenario.cluster.deployment;
  if (index === 0)
    return deployment === 'yarn'
      ? 'YarnSessionClusterEntrypoint'
      : deployment === 'kubernetes'
        ? 'KubernetesSessionClusterEntrypoint'
        : 'StandaloneSessionClusterEntrypoint';
  return deployment === 'yarn'
    ? 'YarnTaskExecutorRunner'
    : deployment === 'kubernetes'
      ? 'KubernetesTaskExecutorRunner'
      : 'TaskManagerRunner';
}

export function onRegistered(sim: Sim, index: number, instance: number): void {
  const jvm = sim.state.jvms[index];
  if (!jvm?.alive || jvm.instance !== instance) return;
  jvm.registered = true;
  sim.emit({
    type: 'process.registered',
    atMs: sim.state.nowMs,
    process: jvm.process,
    instance,
    message: `Successful registration at resource manager with ${sim.setup.slotsPerTaskManager} slots.`,
  });
  if (isAdaptive(sim)) adaptiveOnRegistered(sim, setJobStatus);
  deployReadyTasks(sim);
}

/**
 * The container runtime enforces the limit: YARN's NodeManager at a monitoring round (exit 143), or the kernel's memory cgroup (OOMKilled,
 * 137).
 */
export function containerKill(sim: Sim, index: number): void {
  const jvm = sim.state.jvms[index];
  if (!jvm) return;
  const used = rss(jvm);
  const limit = jvm.sizing.containerLimitBytes;
  if (sim.scenario.cluster.deployment === 'yarn') {
    const container = `container_e01_0001_01_${String(index + 1).padStart(6, '0')}`;
    terminate(sim, index, {
      kind: 'killed',
      reason: 'yarn-pmem',
      exitCode: 143,
      message: yarnKillMessage(jvm.pid, container, used, limit),
    });
  } else {
    // The memory cgroup never lets usage pass its limit: the charge that would cross it triggers the OOM killer, so the
    // usage at the kill is the limit (YARN's monitor above samples, and may find RSS past it).
    terminate(sim, index, {
      kind: 'killed',
      reason: 'k8s-oomkilled',
      exitCode: 137,
      rssBytes: Math.min(used, limit),
      message: kubernetesOomKilledMessage(`flink-${jvm.process}`),
      // the OOM killer's SIGKILL: the JVM runs no shutdown hook and closes no connection itself
      notice: 'abrupt',
    });
  }
}

type Termination =
  | {
      readonly kind: 'killed';
      readonly reason: 'yarn-pmem' | 'k8s-oomkilled' | 'injected';
      readonly exitCode: number;
      readonly message: string;
      /** The usage the enforcer saw, when it is not the RSS of this millisecond (a cgroup stops at its limit). */
      readonly rssBytes?: number;
      readonly notice?: Notice;
    }
  | { readonly kind: 'exited'; readonly exitCode: number; readonly message: string; readonly notice?: Notice };

/**
 * How the JobManager learns of it (lostTaskManager.ts): `abrupt` (SIGKILL, a host failure: noticed 0.3–1.45 s later
 * through the network and the heartbeat RPCs), `graceful` (SIGTERM: the TaskExecutor disconnects itself), or at once
 * (unset: the engine's older model, kept for fatal exits and YARN's kill).
 */
type Notice = 'abrupt' | 'graceful';

/** The JVM is gone: its tasks fail without close(), the job fails over, a replacement follows after the restart delay. */
export function terminate(sim: Sim, index: number, how: Termination): void {
  const jvm = sim.state.jvms[index];
  if (!jvm?.alive) return;
  const used = how.kind === 'killed' ? (how.rssBytes ?? rss(jvm)) : rss(jvm);
  jvm.alive = false;
  jvm.registered = false;
  const base = { atMs: sim.state.nowMs, process: jvm.process, instance: jvm.instance, message: how.message };
  if (how.kind === 'killed') {
    sim.emit({
      ...base,
      type: 'container.killed',
      reason: how.reason,
      exitCode: how.exitCode,
      rssBytes: used,
      limitBytes: jvm.sizing.containerLimitBytes,
    });
  } else {
    sim.emit({ ...base, type: 'process.exited', exitCode: how.exitCode });
  }
  let lost = false;
  const abrupt = index > 0 && how.notice === 'abrupt' && sim.state.jvms[0]?.alive === true;
  if (index > 0 && how.notice === 'graceful') gracefulDisconnect(sim, index, jvm.instance);
  const lostTasks: LostTask[] = [];
  sim.state.tasks.forEach((task, t) => {
    // An execution still waiting for its slot (SCHEDULED, not deployed) holds nothing on the lost TaskManager.
    const waiting = task.state === 'CREATED' || (task.state === 'SCHEDULED' && task.instance === 0);
    if ((index === 0 || task.tm === index) && !isTerminal(task) && !waiting) {
      // Losing the JobManager, the TaskExecutors fail the job's tasks in their own live JVMs
      // (TaskExecutor#disconnectJobManagerConnection → closeJobManagerConnection), so close() runs there and gives
      // back what open() took; without it the next attempt's open() takes it all again on top.
      if (task.tm !== index) closeOperator(sim, task);
      if (abrupt) {
        // A killed process logs nothing and its tasks stop with it; the JobMaster learns of it later.
        lostTasks.push({ task: t, attempt: task.attempt, from: task.state });
        task.state = 'FAILED';
        return;
      }
      lost = moveTask(sim, t, 'FAILED') || lost;
    }
  });
  if (abrupt) scheduleLossNotice(sim, index, jvm.instance, lostTasks);
  if (lost) onTaskFailure(sim);
  sim.queue.push(sim.state.nowMs + restartDelayAfterExit(sim, index, jvm.startedAtMs), { kind: 'process-start', index });
  sim.ratesDirty = true;
  sim.placementDirty = true;
}

/** Kubernetes' CrashLoopBackOff: 10 s doubling per exit in a row, at most 5 minutes, reset after 10 minutes of running. */
const BACKOFF = { firstMs: 10_000, maxMs: 300_000, resetAfterMs: 600_000 } as const;
/** Flink's ActiveResourceManager: above resourcemanager.start-worker.max-failure-rate (10 per minute), retry-interval (3 s). */
const START_WORKER = { maxPerMinute: 10, retryIntervalMs: 3000 } as const;

/**
 * When a process that has just gone comes back: the scenario's restart delay, but never sooner than the platform
 * allows, so that a process killed at its start (a limit below the JVM's starting memory) cannot restart in a loop at
 * one instant. The kubelet restarts a pod's crashed container after an exponential back-off "(10s, 20s, 40s, …), that
 * is capped at five minutes" and reset once it "has executed for 10 minutes without any problems"
 * (kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts). Elsewhere Flink's resource manager
 * waits `resourcemanager.start-worker.retry-interval` (3 s) once workers fail faster than
 * `resourcemanager.start-worker.max-failure-rate` (10 per minute; ActiveResourceManager#recordStartWorkerFailure), and
 * a standalone supervisor is given the same floor. The back-off applies only beyond the scenario's delay.
 */
function restartDelayAfterExit(sim: Sim, index: number, startedAtMs: number): number {
  const now = sim.state.nowMs;
  const delay = sim.scenario.cluster.restartDelayMs;
  const exits = sim.state.exits[index] ?? { recentMs: [], crashLoop: 0 };
  sim.state.exits[index] = exits;
  exits.recentMs = [...exits.recentMs.filter((t) => t > now - 60_000), now];
  if (sim.scenario.cluster.deployment === 'kubernetes') {
    exits.crashLoop = now - startedAtMs >= BACKOFF.resetAfterMs ? 0 : exits.crashLoop;
    const backoff = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.min(exits.crashLoop, 16));
    exits.crashLoop += 1;
    return Math.max(delay, backoff);
  }
  return exits.recentMs.length > START_WORKER.maxPerMinute ? Math.max(delay, START_WORKER.retryIntervalMs) : delay;
}

/** An OutOfMemoryError in a process: the task fails (the TaskManager lives on) unless it is fatal or exit-on-oom is set. */
export function onOutOfMemory(
  sim: Sim,
  index: number,
  pool: Pool,
  cause: FailureCause,
  taskIndex: number | undefined,
  fatal: boolean,
  overheadLimit = false,
): void {
  const jvm = sim.state.jvms[index];
  if (!jvm?.alive) return;
  const task = taskIndex === undefined ? undefined : sim.state.tasks[taskIndex];
  const message = oomMessage(jvm, pool, overheadLimit);
  const jdkMessage = jdkOomMessage(sim, pool, cause, overheadLimit);
  sim.emit({ type: 'jvm.oom', atMs: sim.state.nowMs, process: jvm.process, pool, task: task?.name, cause, message, jdkMessage });
  if (index === 0 || fatal || jvm.sizing.exitOnOom) {
    fatalExit(sim, index, index === 0 ? 'cluster-entrypoint' : fatal ? 'taskmanager-runner' : 'task-thread', message);
    return;
  }
  const victim = taskIndex ?? busiestTask(sim, index);
  if (victim !== undefined) {
    failTask(sim, victim, message, true);
    return;
  }
  // No task to blame: the error hits one of Flink's own threads, whose uncaught-exception handler stops the process.
  fatalExit(sim, index, 'framework-thread', message);
}

/**
 * How a fatal error ends a Flink process, with the line Flink logs (ERROR; the exception, already in the jvm.oom event, follows it
 * in Flink's log as a stack trace) and its exit code:
 * - cluster-entrypoint: ClusterEntrypoint#onFatalError, "Fatal error occurred in the cluster entrypoint.", exit
 *   RUNTIME_FAILURE_RETURN_CODE = 2 (flink-runtime/src/main/java/org/apache/flink/runtime/entrypoint/ClusterEntrypoint.java);
 * - taskmanager-runner: TaskManagerRunner#onFatalError (a Metaspace OOM with classloader.fail-on-metaspace-oom-error reaches
 *   it through BlobLibraryCacheManager's class-loading exception handler), "Fatal error occurred while executing the
 *   TaskManager. Shutting it down...", System.exit(RUNTIME_FAILURE_RETURN_CODE = 2) until 1.12, FAILURE_EXIT_CODE = 1
 *   from 1.13 (flink-runtime/src/main/java/org/apache/flink/runtime/taskexecutor/TaskManagerRunner.java);
 * - task-thread: Task#preProcessException with taskmanager.jvm-exit-on-oom, "Encountered fatal error {} - terminating
 *   the JVM", Runtime.halt(-1) = 255 (flink-runtime/src/main/java/org/apache/flink/runtime/taskmanager/Task.java);
 * - framework-thread: FatalExitExceptionHandler (ExecutorThreadFactory's default handler), "FATAL: Thread '{}' produced an
 *   uncaught exception. Stopping the process...", exit EXIT_CODE = -17 = 239
 *   (flink-runtime/src/main/java/org/apache/flink/runtime/util/FatalExitExceptionHandler.java). The thread named is the
 *   TaskManager's I/O pool (TaskManagerRunner: new ExecutorThreadFactory("flink-taskexecutor-io")).
 */
function fatalExit(
  sim: Sim,
  index: number,
  where: 'cluster-entrypoint' | 'taskmanager-runner' | 'task-thread' | 'framework-thread',
  error: string,
): void {
  const jvm = sim.state.jvms[index];
  if (!jvm) return;
  const { line, exitCode } = fatalErrorLine(where, sim.setup.taskManagerFatalExitCode);
  // A JobManager out of metaspace cannot log its fatal error: log4j needs classes to render it, and the class load
  // that failed left metaspace full. The Flink lab's jm-pinned-loaders (1.20.5, three runs) exited 2 without the line
  // or any OutOfMemoryError in its log or .out (once the BlobServer's shutdown hook still logged "Stopped BLOB server").
  const lineLost = where === 'cluster-entrypoint' && error.startsWith('java.lang.OutOfMemoryError: Metaspace');
  if (!lineLost) sim.emit({ type: 'log', level: 'ERROR', atMs: sim.state.nowMs, process: jvm.process, message: line });
  const thread = where === 'framework-thread' ? ' in a framework thread' : '';
  const unlogged = lineLost ? ` (ClusterEntrypoint#onFatalError; its "${line}" did not reach the log: no metaspace left to render it)` : '';
  terminate(sim, index, {
    kind: 'exited',
    exitCode,
    message: `${jvm.process} exited with code ${exitCode} after ${error.split('. ')[0]}${thread}${unlogged}.`,
  });
}

/** The JDK's own text (Bits.reserveMemory after one System.gc() and ~511 ms of retries, for direct memory). */
function jdkOomMessage(sim: Sim, pool: Pool, cause: FailureCause, overheadLimit: boolean): string {
  if (pool === 'direct') return jdkDirectOomMessage(sim.scenario.cluster.jdk, cause.requestedBytes, cause.usedBytes, cause.limitBytes);
  if (pool === 'metaspace') return 'java.lang.OutOfMemoryError: Metaspace';
  return overheadLimit ? 'java.lang.OutOfMemoryError: GC overhead limit exceeded' : 'java.lang.OutOfMemoryError: Java heap space';
}

/** The task whose allocation hit the limit, when the model does not know it: the first running task on that JVM. */
function busiestTask(sim: Sim, index: number): number | undefined {
  const found = sim.state.tasks.findIndex((t) => t.tm === index && t.state === 'RUNNING');
  return found >= 0 ? found : undefined;
}
