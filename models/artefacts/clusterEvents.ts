/**
 * What the cluster saw of an incident, as typed events (issue 15): Kubernetes pod status and events
 * (`kubectl get pod|events -o yaml|json`, `kubectl describe pod`, `kubectl get events`), YARN's container kill lines
 * and diagnostics, and Flink's own line quoting a pod's termination. Each event has its time (absolute when the artefact
 * gives one; kubectl tables give only an age), the artefact's id of the process (pod, YARN container), a kind and the
 * figures printed (exit code, restart count, memory used and limit). Texts: Kubernetes' API (core/v1 ContainerStatus,
 * ContainerStateTerminated, Event), kubectl's describe printer (k8s.io/kubectl pkg/describe/describe.go), YARN's
 * ContainersMonitorImpl and ContainerExecutor, Flink's KubernetesPod#getTerminatedDiagnostics.
 */
import { readKubernetesObjects } from './kubernetesObjects';
import { readKubectlText } from './kubectlText';
import { readYarnLog } from './yarnKills';
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

export type ClusterEventsFormat = 'kubernetes-objects' | 'kubectl-describe' | 'kubectl-events-table' | 'yarn-log';

export interface ClusterEvents {
  readonly fileName: string;
  readonly format: ClusterEventsFormat;
  /** In time order (events without a time last, in file order). */
  readonly events: readonly ClusterEvent[];
  readonly unread: readonly Unread[];
  readonly notes: readonly string[];
}

/** The format a text is in. */
export function clusterEventsFormatOf(text: string): ClusterEventsFormat {
  const first =
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (/^(apiVersion|kind|items|metadata|status)\s*:/.test(first) || first.startsWith('{') || first === '---') return 'kubernetes-objects';
  if (/^Name:\s/.test(first)) return 'kubectl-describe';
  if (/^(LAST SEEN|NAMESPACE\s+LAST SEEN|FIRST SEEN)\b/.test(first)) return 'kubectl-events-table';
  return 'yarn-log';
}

/** Reads an artefact of any format above. */
export function readClusterEvents(text: string, fileName: string): ClusterEvents {
  const format = clusterEventsFormatOf(text);
  const read =
    format === 'kubernetes-objects'
      ? readKubernetesObjects(text, fileName)
      : format === 'yarn-log'
        ? readYarnLog(text, fileName)
        : readKubectlText(text, fileName, format);
  const timed = read.events
    .filter((e) => e.epochMs !== undefined)
    .sort((a, b) => (a.epochMs as number) - (b.epochMs as number) || a.line - b.line);
  const untimed = read.events.filter((e) => e.epochMs === undefined);
  return { fileName, format, events: [...timed, ...untimed], unread: read.unread, notes: read.notes };
}

/** What a sub-reader returns. */
export interface EventsRead {
  readonly events: ClusterEvent[];
  readonly unread: Unread[];
  readonly notes: string[];
}

/** kubectl's ages (`45s`, `5m30s`, `3h`, `2d4h`, `10m (x3 over 20m)`) → ms; undefined for `<unknown>` and the like. */
export function parseAge(text: string): number | undefined {
  const m = /^((?:\d+[dhms])+)/.exec(text.trim());
  if (!m) return undefined;
  const unit: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
  let ms = 0;
  for (const part of (m[1] as string).match(/\d+[dhms]/g) ?? []) ms += Number(part.slice(0, -1)) * (unit[part.slice(-1)] as number);
  return ms;
}
