/**
 * Container kills in logs (NodeManager, ResourceManager, the Flink JobManager's ResourceManager, `yarn logs`), line by line:
 *
 * - YARN's ContainersMonitorImpl (hadoop-yarn-server-nodemanager …/monitor/ContainersMonitorImpl.java): Hadoop 2
 *   `Container [pid=…,containerID=container_…] is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB
 *   physical memory used; 6.3 GB of 8.4 GB virtual memory used. Killing container.`, Hadoop 3 `… is running 109314048B
 *   beyond the 'PHYSICAL' memory limit. …` (or 'VIRTUAL'), and the periodic `Memory usage of ProcessTree <pid> for
 *   container-id container_…: 1.2 GB of 4 GB physical memory used; …`. Sizes are Hadoop's TraditionalBinaryPrefix
 *   (1 GB = 2^30 bytes, one decimal: the figures are rounded).
 * - The container's exit as the NodeManager reports it: `Container killed on request. Exit code is 143` and
 *   `Container exited with a non-zero exit code 137` (ContainerExecutor/ContainerLaunch diagnostics).
 * - Flink's ResourceManager quoting a pod's end (flink-kubernetes …/kubeclient/resources/KubernetesPod.java
 *   getTerminatedDiagnostics): `Worker <pod> is terminated. Diagnostics: Pod terminated, container termination
 *   statuses: [<container>(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(…)` (the worker's id may carry
 *   its metadata in parentheses, ResourceID#getStringWithMetadata in ActiveResourceManager#onWorkerTerminated).
 *
 * A line's time is its log4j prefix (`2026-12-04 10:11:58,123`, the logger's zone, which the line does not say) or
 * Hadoop 3's diagnostics prefix `[2026-12-04 10:11:58.123]`. The container is the one the line names, else the last one
 * named in the 20 lines before it (a diagnostics block follows "Container container_… is completed with diagnostics").
 */
import type { ClusterEvent, ClusterEventFigures, EventsRead } from './clusterEventTypes';
import { parseIsoTime } from './observedTimes';

const BINARY: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4, P: 1024 ** 5 };

/** Hadoop's `4.1 GB`, `512 MB`, `109314048B` → bytes. */
function hadoopBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGTP]?)B$/.exec(text.trim());
  // The patterns that hand sizes here match this form only.
  return m ? Math.round(Number(m[1]) * (BINARY[m[2] as string] as number)) : 0;
}

const CONTAINER_ID = /container_(?:e\d+_)?\d+_\d+_\d+_\d+/;
const USAGE =
  /Current usage: (\d+(?:\.\d+)?\s*[KMGTP]?B) of (\d+(?:\.\d+)?\s*[KMGTP]?B) physical memory used; (\d+(?:\.\d+)?\s*[KMGTP]?B) of (\d+(?:\.\d+)?\s*[KMGTP]?B) virtual memory used/;
const PERIODIC =
  /Memory usage of ProcessTree (\d+) for container-id (\S+?):? (\d+(?:\.\d+)?\s*[KMGTP]?B) of (\d+(?:\.\d+)?\s*[KMGTP]?B) physical memory used; (\d+(?:\.\d+)?\s*[KMGTP]?B) of (\d+(?:\.\d+)?\s*[KMGTP]?B) virtual memory used/;
const BEYOND =
  /Container \[pid=(\d+),\s*containerID=(container_\S+?)\] is running (?:(\d+B) )?beyond (?:the '(PHYSICAL|VIRTUAL)' memory limit|(physical|virtual) memory limits)/;
const FLINK_POD =
  /Worker (\S+?)(?:\([^)\s]*\))? is terminated\. Diagnostics: Pod terminated, container termination statuses: \[(.*?)\], pod status/;
const FLINK_POD_STATUS = /([\w.-]+)\(exitCode=(-?\d+), reason=(\w+)/g;

function lineTime(text: string): { epochMs: number | undefined; zoned: boolean } {
  const m =
    /\[(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[.,]\d{3})\]/.exec(text) ??
    /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})?)/.exec(text);
  const t = m ? parseIsoTime(m[1] as string) : undefined;
  return { epochMs: t?.epochMs, zoned: t?.zoned ?? true };
}

function usageFigures(m: RegExpExecArray, from: number): ClusterEventFigures {
  return {
    usedBytes: hadoopBytes(m[from] as string),
    limitBytes: hadoopBytes(m[from + 1] as string),
    virtualUsedBytes: hadoopBytes(m[from + 2] as string),
    virtualLimitBytes: hadoopBytes(m[from + 3] as string),
  };
}

/** The events one line holds (a line may hold several: Flink quotes a whole diagnostics block on one line). */
function lineEvents(text: string, line: number, epochMs: number | undefined, recent: string): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const container = CONTAINER_ID.exec(text)?.[0] ?? recent;
  const beyond = BEYOND.exec(text);
  if (beyond) {
    const usage = USAGE.exec(text);
    const which = (beyond[4] ?? beyond[5] ?? '').toLowerCase();
    events.push({
      kind: 'memory-limit-exceeded',
      epochMs,
      process: beyond[2] as string,
      line,
      text: `running beyond the ${which} memory limit`,
      figures: { pid: Number(beyond[1]), ...(usage ? usageFigures(usage, 1) : {}) },
    });
  }
  const periodic = PERIODIC.exec(text);
  if (periodic)
    events.push({
      kind: 'memory-usage',
      epochMs,
      process: periodic[2] as string,
      line,
      text: 'memory usage',
      figures: { pid: Number(periodic[1]), ...usageFigures(periodic, 3) },
    });
  const onRequest = /Container killed on request\. Exit code is (-?\d+)/.exec(text);
  if (onRequest)
    events.push({
      kind: 'killed-on-request',
      epochMs,
      process: container,
      line,
      text: onRequest[0],
      figures: { exitCode: Number(onRequest[1]) },
    });
  const exited = /Container exited with a non-zero exit code (-?\d+)/.exec(text);
  if (exited) events.push({ kind: 'exited', epochMs, process: container, line, text: exited[0], figures: { exitCode: Number(exited[1]) } });
  const pod = FLINK_POD.exec(text);
  if (pod)
    for (const s of (pod[2] as string).matchAll(FLINK_POD_STATUS))
      events.push({
        kind: s[3] === 'OOMKilled' ? 'oom-killed' : 'terminated',
        epochMs,
        process: pod[1] as string,
        container: s[1] as string,
        line,
        text: `${s[3]} (Flink's ResourceManager)`,
        figures: { exitCode: Number(s[2]) },
      });
  return events;
}

export function readYarnLog(text: string, fileName: string): EventsRead {
  const out: EventsRead = { events: [], unread: [], notes: [] };
  let recent = '';
  let recentLine = -100;
  let zoneless = false;
  let dumpLines = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const { epochMs, zoned } = lineTime(raw);
    const events = lineEvents(raw, line, epochMs, line - recentLine <= 20 ? recent : '');
    if (events.length > 0 && !zoned) zoneless = true;
    out.events.push(...events);
    if (/^\s*\|-/.test(raw)) dumpLines++;
    const id = CONTAINER_ID.exec(raw)?.[0];
    if (id) {
      recent = id;
      recentLine = line;
    }
  });
  if (zoneless)
    out.notes.push(`${fileName}: the log's times carry no zone (the logger's): read as UTC, so only their differences are sure`);
  if (dumpLines > 0)
    out.unread.push({
      where: `${dumpLines} lines '|- PID PPID …'`,
      reason: "YARN's process-tree dump: per-process figures the sandbox does not model",
    });
  return out;
}
