/**
 * The texts the JVM, Flink, YARN and Kubernetes print, in one place (docs/runtime-mechanics.md §3, §4.2,
 * §6, §7, §11; Flink's TaskManagerExceptionUtils and ClusterEntryPointExceptionUtils). Numbers are
 * filled in; wording is theirs.
 */
import type { RestartStrategy } from '../config/runtimeReader';
import type { JdkVersion } from '../scenario/types';
import { jdkTraits } from './state/jdk';

/** Flink's rewrite of a direct OOM (TaskManagerExceptionUtils / ClusterEntryPointExceptionUtils); the JDK's numbers are lost. */
export function directOomMessage(process: 'taskmanager' | 'jobmanager'): string {
  return process === 'taskmanager'
    ? "java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or some of its dependencies. In this case 'taskmanager.memory.task.off-heap.size' configuration option should be increased. Flink framework and its dependencies also consume the direct memory, mostly for network communication. The most of network memory is managed by Flink and should not result in out-of-memory error. In certain special cases, in particular for jobs with high parallelism, the framework may require more direct memory which is not managed by Flink. In this case 'taskmanager.memory.framework.off-heap.size' configuration option should be increased. If the error persists then there is probably a direct memory leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown..."
    : "java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either Flink Master requires a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or some of its dependencies. Flink framework and its dependencies also consume the direct memory, mostly for network communication. In certain special cases, in particular for jobs with high parallelism, the framework may require more direct memory which is not managed by Flink. To increase the JVM Direct Memory limit, 'jobmanager.memory.off-heap.size' configuration option should be increased. If the error persists then there is probably a direct memory leak in user code or some of its dependencies which has to be investigated and fixed. The Flink Master has to be shutdown...";
}

/** What the JDK itself says before Flink rewrites it (Bits.reserveMemory). */
export function jdkDirectOomMessage(jdk: JdkVersion, requested: number, reserved: number, limit: number): string {
  return jdkTraits(jdk).detailedDirectOom
    ? `java.lang.OutOfMemoryError: Cannot reserve ${requested} bytes of direct buffer memory (allocated: ${reserved}, limit: ${limit})`
    : 'java.lang.OutOfMemoryError: Direct buffer memory';
}

export function heapOomMessage(process: 'taskmanager' | 'jobmanager', overheadLimit: boolean): string {
  if (overheadLimit) return 'java.lang.OutOfMemoryError: GC overhead limit exceeded';
  // The TaskManager passes heap OOMs through unchanged; the JobManager rewrites them.
  return process === 'taskmanager'
    ? 'java.lang.OutOfMemoryError: Java heap space'
    : "java.lang.OutOfMemoryError: Java heap space. A heap space-related out-of-memory error has occurred. This can mean two things: either Flink Master requires a larger size of JVM heap space or there is a memory leak. In the first case, 'jobmanager.memory.heap.size' can be used to increase the amount of available heap memory. If the problem is not resolved by increasing the heap size, it indicates a memory leak in the user code or its dependencies which needs to be investigated and fixed. The Flink Master has to be shutdown...";
}

export function metaspaceOomMessage(process: 'taskmanager' | 'jobmanager'): string {
  return process === 'taskmanager'
    ? "java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown..."
    : "java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either Flink Master requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'jobmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The Flink Master has to be shutdown...";
}

/**
 * Hadoop's StringUtils.TraditionalBinaryPrefix.long2String(n, "", decimalPlaces): an exact multiple of the largest prefix
 * as an integer ("4 G"), else one decimal ("4.1 G"), moving up a prefix when the rounding gives "1024…"
 * (hadoop-common/src/main/java/org/apache/hadoop/util/StringUtils.java). Java's %.1f rounds half up; toFixed rounds the
 * binary value, which differs only on exact ties.
 */
export function long2String(n: number, decimalPlaces = 1): string {
  if (n < 0) return `-${long2String(-n, decimalPlaces)}`;
  if (n < 1024) return String(n);
  const symbols = ['K', 'M', 'G', 'T', 'P', 'E'];
  let i = 0;
  while (i < symbols.length && n >= 2 ** (10 * (i + 1))) i++;
  let shift = 10 * i;
  if (n % 2 ** shift === 0) return `${n / 2 ** shift} ${symbols[i - 1]}`;
  let text = (n / 2 ** shift).toFixed(decimalPlaces);
  if (text.startsWith('1024') && i < symbols.length) {
    shift += 10;
    i += 1;
    text = (n / 2 ** shift).toFixed(decimalPlaces);
  }
  return `${text} ${symbols[i - 1]}`;
}

/**
 * Hadoop 3.x ContainersMonitorImpl (formatErrorMessage + formatUsageString: "%sB of %sB physical memory used; %sB of %sB
 * virtual memory used" with long2String(…, "", 1)); the virtual limit is the physical one × yarn.nodemanager.vmem-pmem-ratio
 * (2.1), the virtual usage a modelling choice (1.55 × RSS).
 */
export function yarnKillMessage(pid: number, containerId: string, rss: number, limit: number): string {
  const vmem = Math.floor(rss * 1.55);
  const usage = `${long2String(rss)}B of ${long2String(limit)}B physical memory used; ${long2String(vmem)}B of ${long2String(Math.floor(limit * 2.1))}B virtual memory used`;
  return `Container [pid=${pid},containerID=${containerId}] is running ${rss - limit}B beyond the 'PHYSICAL' memory limit. Current usage: ${usage}. Killing container.`;
}

/**
 * The kubelet's status of the killed container (state.terminated: reason OOMKilled, exitCode 137) as Flink's
 * ActiveResourceManager logs it: "Worker {} is terminated. Diagnostics: {}" with KubernetesPod#getTerminatedDiagnostics
 * (flink-kubernetes/src/main/java/org/apache/flink/kubernetes/kubeclient/resources/KubernetesPod.java). The status
 * carries no memory figures (they are in the event's rssBytes and limitBytes); the pod status suffix is the newer form.
 */
export function kubernetesOomKilledMessage(pod: string): string {
  return `Worker ${pod} is terminated. Diagnostics: Pod terminated, container termination statuses: [flink-main-container(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(reason=null, message=null)`;
}

/** The line Flink logs before a fatal error ends the process, and the exit code (cluster.ts fatalExit cites the sources). */
export function fatalErrorLine(
  where: 'cluster-entrypoint' | 'taskmanager-runner' | 'task-thread' | 'framework-thread',
  taskManagerRunnerExitCode: number,
): { readonly line: string; readonly exitCode: number } {
  switch (where) {
    case 'cluster-entrypoint':
      return { line: 'Fatal error occurred in the cluster entrypoint.', exitCode: 2 };
    case 'taskmanager-runner':
      return { line: 'Fatal error occurred while executing the TaskManager. Shutting it down...', exitCode: taskManagerRunnerExitCode };
    case 'task-thread':
      return { line: 'Encountered fatal error java.lang.OutOfMemoryError - terminating the JVM', exitCode: 255 };
    case 'framework-thread':
      return {
        line: "FATAL: Thread 'flink-taskexecutor-io-thread-1' produced an uncaught exception. Stopping the process...",
        exitCode: 239,
      };
  }
}

export function networkPoolMessage(bytes: number, segments: number, segmentSize: number): string {
  return `Allocated ${Math.floor(bytes / 1048576)} MB for network buffer pool (number of memory segments: ${segments}, bytes per segment: ${segmentSize}).`;
}

/**
 * A deterministic hex id of `chars` digits for ids Flink draws at random (AbstractID, BlobKey's random part): an
 * FNV-1a/murmur mix of `seed`, so the same scenario prints the same ids (models/ never use Math.random).
 */
export function hexId(seed: string, chars = 32): string {
  let out = '';
  for (let round = 0; out.length < chars; round++) {
    let h = (0x811c9dc5 ^ round) >>> 0;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x5bd1e995);
    out += ((h ^ (h >>> 13)) >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, chars);
}

/** Which name and id format a release's task logs use. */
export interface TaskLogFormat {
  /** TaskInfo#taskNameWithSubtasks ends in `#<attempt>` from 1.11 on (FLINK-16620). */
  readonly attemptSuffix: boolean;
  /**
   * ExecutionAttemptID: a random AbstractID (32 hex) until 1.15; from 1.16 (FLINK-17295)
   * `<ExecutionGraphID>_<JobVertexID>_<subtask>_<attempt>` (ExecutionAttemptID#toString, ExecutionVertexID#toString).
   */
  readonly structuredAttemptId: boolean;
}

export interface TaskIdentity {
  readonly name: string;
  readonly operatorId: string;
  readonly subtask: number;
  readonly attempt: number;
}

/** The attempt id as the release prints it; `job` seeds the graph and vertex ids. */
export function executionAttemptId(task: TaskIdentity, job: string, format: TaskLogFormat): string {
  if (!format.structuredAttemptId) return hexId(`${job}/${task.operatorId}/${task.subtask}/${task.attempt}`);
  return `${hexId(`graph/${job}`)}_${hexId(`vertex/${job}/${task.operatorId}`)}_${task.subtask}_${task.attempt}`;
}

/**
 * A task's state change as the TaskManager's Task#transitionState logs it
 * (flink-runtime/src/main/java/org/apache/flink/runtime/taskmanager/Task.java): "{} ({}) switched from {} to {}." and,
 * for a failure, "{} ({}) switched from {} to {} with failure cause:" followed by the exception. `task.name` is
 * TaskInfo's "name (i/n)"; the attempt suffix follows the release.
 */
export function taskStateMessage(task: TaskIdentity, job: string, format: TaskLogFormat, from: string, to: string, cause?: string): string {
  const name = format.attemptSuffix ? `${task.name}#${task.attempt}` : task.name;
  const head = `${name} (${executionAttemptId(task, job, format)}) switched from ${from} to ${to}`;
  return cause === undefined ? `${head}.` : `${head} with failure cause: ${cause}`;
}

/** The job's JobID (an AbstractID, 32 hex digits), seeded by the job's name. */
export function jobIdOf(job: string): string {
  return hexId(`job/${job}`);
}

/** ExecutionGraph#transitionState: "Job {} ({}) switched from state {} to {}." (name, JobID). */
export function jobStatusMessage(job: string, from: string, to: string): string {
  return `Job ${job} (${jobIdOf(job)}) switched from state ${from} to ${to}.`;
}

/** Java's Double.toString for the plain decimals restart options take: 2 → "2.0", 1.5 → "1.5". */
function javaDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** What a strategy's toString says when the failure handler gives up (state after the refused failure). */
export interface RestartStrategyState {
  /** exponential-delay from 1.19: attempts since the last reset, counting the refused one, and its planned restart. */
  readonly currentRestartAttempt: number;
  readonly nextRestartTimestampMs: number;
}

/**
 * The strategies' toString, as Flink builds it (flink-runtime/src/main/java/org/apache/flink/runtime/executiongraph/
 * failover/{flip1/ until 1.18}FixedDelay…, FailureRate…, ExponentialDelay…, NoRestartBackoffTimeStrategy.java).
 * FailureRate's string really repeats its class name and leaves one parenthesis open. Exponential-delay only gives up
 * from 1.19 (attempts before reset, FLIP-364), so only that form is printed; its timestamps are the sandbox clock's ms.
 */
export function restartStrategyString(strategy: RestartStrategy, state: RestartStrategyState): string {
  switch (strategy.type) {
    case 'none':
      return 'NoRestartBackoffTimeStrategy';
    case 'fixed-delay':
      return `FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=${strategy.attempts}, backoffTimeMS=${strategy.delayMs})`;
    case 'failure-rate':
      return `FailureRateRestartBackoffTimeStrategy(FailureRateRestartBackoffTimeStrategy(failuresIntervalMS=${strategy.intervalMs},backoffTimeMS=${strategy.delayMs},maxFailuresPerInterval=${strategy.maxFailures})`;
    case 'exponential-delay':
      return (
        `ExponentialDelayRestartBackoffTimeStrategy(initialBackoffMS=${strategy.initialMs}, maxBackoffMS=${strategy.maxMs}, ` +
        `backoffMultiplier=${javaDouble(strategy.multiplier)}, resetBackoffThresholdMS=${strategy.resetThresholdMs}, ` +
        `jitterFactor=${javaDouble(strategy.jitter)}, attemptsBeforeResetBackoff=${strategy.attemptsBeforeReset}, ` +
        `currentRestartAttempt=${state.currentRestartAttempt}, nextRestartTimestamp=${state.nextRestartTimestampMs})`
      );
  }
}

/**
 * The exception the job fails with (ExecutionFailureHandler / AdaptiveScheduler: new JobException("Recovery is
 * suppressed by " + restartBackoffTimeStrategy, cause)).
 */
export function restartSuppressedMessage(strategy: RestartStrategy, state: RestartStrategyState): string {
  return `org.apache.flink.runtime.JobException: Recovery is suppressed by ${restartStrategyString(strategy, state)}`;
}

/**
 * A TaskManager's ResourceID as Flink's logs print it. Standalone: TaskManagerRunner's `<host>:<rpc port>-<6 hex>`
 * (lab: `localhost:36555-1a01d0`); YARN: the container id; Kubernetes: the pod name. Ports and hex are drawn
 * deterministically from the process (modelling choice; the lab's data port was the RPC port + 4).
 */
export interface TaskManagerAddress {
  readonly resourceId: string;
  /** The Netty data address as ConnectionID prints it: `<host>/<ip>:<data port>`. */
  readonly dataAddress: string;
  readonly dataPort: number;
}

export function taskManagerAddress(deployment: string, process: string, index: number, instance: number): TaskManagerAddress {
  const rpcPort = 36_000 + ((index * 389 + instance * 97) % 9_000);
  const dataPort = rpcPort + 4;
  if (deployment === 'yarn')
    return {
      resourceId: `container_e01_0001_01_${String(index + 1).padStart(6, '0')}`,
      dataAddress: `${process}/10.0.0.${10 + index}:${dataPort}`,
      dataPort,
    };
  if (deployment === 'kubernetes')
    return { resourceId: `flink-${process}-${instance}`, dataAddress: `/10.0.0.${10 + index}:${dataPort}`, dataPort };
  return {
    resourceId: `localhost:${rpcPort}-${hexId(`tm/${index}/${instance}`, 6)}`,
    dataAddress: `localhost/127.0.0.1:${dataPort}`,
    dataPort,
  };
}

/**
 * What a task reading from a TaskManager that died without closing its connections fails with (Netty sees the channel
 * go inactive): CreditBasedPartitionRequestClientHandler#channelInactive, "Connection unexpectedly closed by remote task
 * manager '" + address + " [ " + resource id + " ] '. This might indicate that the remote task manager was lost."
 * (javap of flink-runtime 1.20.5; the lab's taskmanager-kill survivor logged it word for word).
 */
export function remoteTaskManagerLostMessage(address: TaskManagerAddress): string {
  return `org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Connection unexpectedly closed by remote task manager '${address.dataAddress} [ ${address.resourceId} ] '. This might indicate that the remote task manager was lost.`;
}

/**
 * The JobMaster's (and ResourceManager's) heartbeat target became unreachable: the heartbeat RPC to a dead process
 * fails (heartbeat.rpc-failure-threshold) long before heartbeat.timeout. JobMaster$TaskManagerHeartbeatListener
 * #notifyTargetUnreachable: new JobMasterException(String.format("TaskManager with id %s is no longer reachable.", id));
 * the ResourceManager's listener raises the same text as a ResourceManagerException (javap of flink-runtime 1.20.5).
 */
export function noLongerReachableMessage(resourceId: string): string {
  return `TaskManager with id ${resourceId} is no longer reachable.`;
}

/**
 * A TaskManager stopped gracefully (SIGTERM: its shutdown hook stops the TaskExecutor): TaskExecutor#onStop closes its
 * job connections with new FlinkExpectedException("The TaskExecutor is shutting down.") (javap of flink-runtime 1.20.5;
 * FlinkException in older releases), and the JobMaster fails the slots' tasks with it.
 */
export const TASK_EXECUTOR_SHUTTING_DOWN = 'org.apache.flink.util.FlinkExpectedException: The TaskExecutor is shutting down.';
