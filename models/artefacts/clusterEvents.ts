/**
 * What the cluster saw of an incident, as typed events (issue 15): Kubernetes pod status and events
 * (`kubectl get pod|events -o yaml|json`, `kubectl describe pod`, `kubectl get events`), YARN's container kill lines
 * and diagnostics, and Flink's own line quoting a pod's termination. Each event has its time (absolute when the artefact
 * gives one; kubectl tables give only an age), the artefact's id of the process (pod, YARN container), a kind and the
 * figures printed (exit code, restart count, memory used and limit). Texts: Kubernetes' API (core/v1 ContainerStatus,
 * ContainerStateTerminated, Event), kubectl's describe printer (k8s.io/kubectl pkg/describe/describe.go), YARN's
 * ContainersMonitorImpl and ContainerExecutor, Flink's KubernetesPod#getTerminatedDiagnostics.
 */
import type { ClusterEvents, ClusterEventsFormat } from './clusterEventTypes';
import { readKubectlText } from './kubectlText';
import { readKubernetesObjects } from './kubernetesObjects';
import { readYarnLog } from './yarnKills';

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
  if (/^(NAMESPACE\s+)?NAME\s+READY\s+STATUS\s+RESTARTS\b/.test(first)) return 'kubectl-pods-table';
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
