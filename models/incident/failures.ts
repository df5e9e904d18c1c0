/**
 * The failures the artefacts show, in the engine's words where one fits (models/engine/trace.ts: jvm.oom per pool,
 * container.killed, process.exited; job-failed for "Recovery is suppressed"): from Flink logs, and Kubernetes / YARN
 * kill lines. A failure printed again by another log (the JobManager repeats a task's OOM) is kept once.
 */
import { SCENARIO_PROCESS } from '../artefacts/processMatch';
import type { FlinkLogEvent, OomKind } from '../artefacts/flinkLogTypes';
import type { ClusterEventKind } from '../artefacts/clusterEventTypes';
import { processesOfLogs } from './logProcesses';
import type { Readings } from './readArtefacts';
import { eventOffset, type Timeline } from './timeline';
import type { ImportOptions, ObservedFailure } from './types';

const OOM_KIND: Readonly<Record<OomKind, string>> = {
  heap: 'oom-heap',
  'gc-overhead': 'oom-heap',
  direct: 'oom-direct',
  metaspace: 'oom-metaspace',
  thread: 'oom-thread',
  other: 'oom-other',
};

const CLUSTER_KIND: Partial<Record<ClusterEventKind, string>> = {
  'oom-killed': 'container-killed',
  'memory-limit-exceeded': 'container-killed',
  evicted: 'container-killed',
  'node-oom': 'container-killed',
};

/** Two prints of one failure: same kind and process within this many ms (the JobManager logs a task's cause three times). */
const SAME_FAILURE_MS = 1000;

function logFailure(e: FlinkLogEvent): { kind: string; text: string } | undefined {
  if (e.type === 'oom') return { kind: OOM_KIND[e.kind], text: `java.lang.OutOfMemoryError: ${e.text}` };
  if (e.type === 'fatal-error') return { kind: 'fatal-error', text: e.text };
  if (e.type === 'exit') return { kind: 'process-exited', text: `${e.process} exited with code ${e.exitCode}` };
  if (e.type === 'recovery-suppressed') return { kind: 'job-failed', text: `Recovery is suppressed by ${e.strategy}` };
  return undefined;
}

export function observedFailures(readings: Readings, timeline: Timeline, options: ImportOptions): ObservedFailure[] {
  const found: ObservedFailure[] = [];
  const hasTaskManagerLog = readings.flinkLogs.some((l) => l.reading.process === 'taskmanager');
  const processes = taskManagerProcesses(readings, timeline);
  for (const { file, reading } of readings.flinkLogs) {
    const own = reading.process === 'taskmanager' ? (processes.get(file) ?? 'taskmanager-1') : 'jobmanager';
    const offset = timeline.offsetMs.get(file) ?? 0;
    for (const e of reading.events) {
      const lost = lostTaskManager(e, readings, processes);
      if (lost) found.push({ ...lost, atMs: Math.round(e.time.atMs + offset), source: `${file}:${e.line}` });
      const failure = logFailure(e);
      if (!failure) continue;
      // The JobManager prints a task's OOM as the task's failure cause: it happened on a TaskManager.
      const onTask = reading.process === 'jobmanager' && failure.kind.startsWith('oom-');
      if (onTask && hasTaskManagerLog) continue;
      const process = failure.kind === 'job-failed' ? 'job' : onTask ? 'taskmanager-1' : own;
      found.push({ ...failure, process, atMs: Math.round(e.time.atMs + offset), source: `${file}:${e.line}` });
    }
  }
  found.push(...clusterFailures(readings, timeline, options));
  return dedupe(found.sort((a, b) => a.atMs - b.atMs || a.source.localeCompare(b.source)));
}

/** The scenario process of each TaskManager log on the import's axis (logProcesses.ts). */
export function taskManagerProcesses(readings: Readings, timeline: Timeline): Map<string, string> {
  return processesOfLogs(readings.flinkLogs, (file) => timeline.offsetMs.get(file) ?? 0);
}

/** The JobManager lost a TaskManager whose log names the same resource id: the engine's process.exited. */
function lostTaskManager(
  e: FlinkLogEvent,
  readings: Readings,
  processes: ReadonlyMap<string, string>,
): { kind: string; process: string; text: string } | undefined {
  if (e.type !== 'heartbeat' || e.target !== 'TaskManager') return undefined;
  const log = readings.flinkLogs.find((l) => l.resourceId === e.id);
  const process = log ? processes.get(log.file) : undefined;
  if (!process) return undefined;
  return {
    kind: 'process-exited',
    process,
    text: `TaskManager ${e.id} ${e.how === 'timed out' ? 'heartbeat timed out' : 'is no longer reachable'}`,
  };
}

function clusterFailures(readings: Readings, timeline: Timeline, options: ImportOptions): ObservedFailure[] {
  const order: string[] = [];
  const processOf = (id: string): string => {
    const chosen = options.processMap?.[id];
    if (chosen) return chosen;
    if (SCENARIO_PROCESS.test(id)) return id;
    if (/jobmanager/i.test(id) || /_0+1$/.test(id)) return 'jobmanager';
    if (!order.includes(id)) order.push(id);
    return `taskmanager-${order.indexOf(id) + 1}`;
  };
  return readings.clusterEvents.flatMap((c) =>
    c.events.flatMap((e) => {
      const kind = CLUSTER_KIND[e.kind];
      if (!kind) return [];
      return [
        { kind, process: processOf(e.process), atMs: eventOffset(timeline, e.epochMs), text: e.text, source: `${c.fileName}:${e.line}` },
      ];
    }),
  );
}

function dedupe(failures: readonly ObservedFailure[]): ObservedFailure[] {
  const kept: ObservedFailure[] = [];
  for (const f of failures) {
    const twin = kept.find((k) => k.kind === f.kind && k.process === f.process && Math.abs(k.atMs - f.atMs) <= SAME_FAILURE_MS);
    if (!twin) kept.push(f);
  }
  return kept;
}
