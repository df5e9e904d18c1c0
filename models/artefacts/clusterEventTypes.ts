/**
 * The cluster-event readers' types (models/artefacts/clusterEvents.ts reads; kubernetesObjects.ts, kubectlText.ts and
 * yarnKills.ts are its sub-readers): an incident's events as the cluster saw them.
 */
import type { Unread } from './observedSeries';

export type ClusterEventKind =
  /** A container terminated with reason OOMKilled (the kernel's cgroup OOM killer; exit code 137). */
  | 'oom-killed'
  /** A container terminated for another reason (Error, Completed, …), with its exit code. */
  | 'terminated'
  /** A container's restart count as the status shows it. */
  | 'restarts'
  /** The kubelet waits before restarting a crashing container (CrashLoopBackOff, event BackOff). */
  | 'back-off'
  /** The kubelet evicted the pod (node memory pressure). */
  | 'evicted'
  /** The node's kernel killed a process (event OOMKilling, from the node problem detector or kubelet). */
  | 'node-oom'
  /** The kubelet stopped a container (event Killing). */
  | 'killing'
  /** YARN killed a container over its physical or virtual memory limit. */
  | 'memory-limit-exceeded'
  /** YARN's "Container killed on request. Exit code is N" (the RM or AM released it; 143 = SIGTERM). */
  | 'killed-on-request'
  /** YARN's "Container exited with a non-zero exit code N". */
  | 'exited'
  /** YARN's periodic "Memory usage of ProcessTree … for container-id …" line. */
  | 'memory-usage';

export interface ClusterEventFigures {
  readonly exitCode?: number;
  readonly restartCount?: number;
  readonly startedAtEpochMs?: number;
  /** Memory used (physical/RSS) and the limit, bytes. */
  readonly usedBytes?: number;
  readonly limitBytes?: number;
  readonly virtualUsedBytes?: number;
  readonly virtualLimitBytes?: number;
  /** How often Kubernetes saw the event (Event.count, kubectl's "x3"). */
  readonly count?: number;
  readonly pid?: number;
  readonly signal?: string;
}

export interface ClusterEvent {
  readonly kind: ClusterEventKind;
  /** When it happened (epoch ms), when the artefact gives an absolute time. */
  readonly epochMs: number | undefined;
  /** kubectl's age of the event (`5m`) when that is all the artefact gives: relative to when the command ran. */
  readonly ageMs?: number;
  /** The artefact's id of the process: the pod or the YARN container. */
  readonly process: string;
  /** The container in the pod (Kubernetes). */
  readonly container?: string;
  readonly line: number;
  /** The reason or message as printed. */
  readonly text: string;
  readonly figures: ClusterEventFigures;
}

export type ClusterEventsFormat = 'kubernetes-objects' | 'kubectl-describe' | 'kubectl-events-table' | 'kubectl-pods-table' | 'yarn-log';

export interface ClusterEvents {
  readonly fileName: string;
  readonly format: ClusterEventsFormat;
  /** In time order (events without a time last, in file order). */
  readonly events: readonly ClusterEvent[];
  readonly unread: readonly Unread[];
  readonly notes: readonly string[];
}

/** What a sub-reader returns. */
export interface EventsRead {
  readonly events: ClusterEvent[];
  readonly unread: Unread[];
  readonly notes: string[];
}
