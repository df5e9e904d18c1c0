/**
 * The texts the JVM, Flink, YARN and Kubernetes print, in one place (docs/runtime-mechanics.md §3, §4.2,
 * §6, §7, §11; Flink's TaskManagerExceptionUtils and ClusterEntryPointExceptionUtils). Numbers are
 * filled in; wording is theirs.
 */
import type { JdkVersion } from '../scenario/types';
import { jdkTraits } from './state/jdk';

const GB = 1024 ** 3;
const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`;

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

/** Hadoop 3.x ContainersMonitorImpl (formatErrorMessage + formatUsageString). */
export function yarnKillMessage(pid: number, containerId: string, rss: number, limit: number): string {
  const vmem = rss * 1.55;
  return `Container [pid=${pid},containerID=${containerId}] is running ${rss - limit}B beyond the 'PHYSICAL' memory limit. Current usage: ${gb(rss)} of ${gb(limit)} physical memory used; ${gb(vmem)} of ${gb(limit * 2.1)} virtual memory used. Killing container.`;
}

export function kubernetesOomKilledMessage(pod: string, rss: number, limit: number): string {
  return `Pod ${pod}: container flink-main-container terminated: reason OOMKilled, exitCode 137 (memory cgroup usage ${rss} bytes reached the limit of ${limit} bytes; no Java error is logged)`;
}

export function fatalExitMessage(cause: string): string {
  return `Encountered fatal error ${cause} - terminating the JVM`;
}

export function networkPoolMessage(bytes: number, segments: number, segmentSize: number): string {
  return `Allocated ${Math.floor(bytes / 1048576)} MB for network buffer pool (number of memory segments: ${segments}, bytes per segment: ${segmentSize}).`;
}

export function taskStateMessage(task: string, attempt: number, from: string, to: string, tm: string): string {
  return `${task} (attempt #${attempt}) switched from ${from} to ${to}${to === 'DEPLOYING' ? ` (deploying to ${tm})` : ''}.`;
}

export function jobStatusMessage(job: string, from: string, to: string): string {
  return `Job ${job} switched from state ${from} to ${to}.`;
}

export const RESTART_GIVEN_UP = 'Recovery is suppressed by the restart strategy';
