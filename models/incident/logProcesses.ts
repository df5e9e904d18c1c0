/**
 * Which scenario process each TaskManager log is: in start order, except that a TaskManager starting after another was
 * lost (the JobManager's heartbeat names its ResourceID) is that one started again, as the engine restarts a process
 * (cluster.restartDelay). The same ids match a metrics export's tm_id to the logs' processes.
 */
import type { FlinkLogReading } from '../artefacts/flinkLogTypes';
import { parseWallClock } from '../artefacts/logLines';

export interface FlinkLogFile {
  readonly file: string;
  readonly reading: FlinkLogReading;
  /** `Starting TaskManager with ResourceID: localhost:36751-0f183c` (TaskManagerRunner): how the JobManager names it. */
  readonly resourceId: string | undefined;
}

export function processesOfLogs(logs: readonly FlinkLogFile[], offsetOf: (file: string) => number): Map<string, string> {
  const lostIds = logs.flatMap(({ file, reading }) =>
    reading.events.flatMap((e) =>
      e.type === 'heartbeat' && e.target === 'TaskManager' ? [{ id: e.id, atMs: e.time.atMs + offsetOf(file) }] : [],
    ),
  );
  const map = new Map<string, string>();
  const replaced = new Set<string>();
  let next = 0;
  const taskManagers = logs.filter((l) => l.reading.process === 'taskmanager');
  for (const log of taskManagers) {
    const start = offsetOf(log.file);
    const lost = lostIds.find((l) => l.atMs < start && !replaced.has(l.id) && taskManagers.some((o) => o.resourceId === l.id && o !== log));
    const original = lost ? taskManagers.find((o) => o.resourceId === lost.id) : undefined;
    if (lost && original && map.has(original.file)) {
      replaced.add(lost.id);
      map.set(log.file, map.get(original.file) as string);
    } else map.set(log.file, `taskmanager-${++next}`);
  }
  return map;
}

/** Each log's start as its printed wall clock reads (zone or not: logs of one cluster print one zone), for ordering. */
function wallClockStart(log: FlinkLogFile): number | undefined {
  const first = log.reading.events.find((e) => e.time.timestamp !== undefined);
  const local = first?.time.timestamp ? parseWallClock(first.time.timestamp)?.localMs : undefined;
  return local === undefined || !first ? undefined : local - first.time.atMs;
}

/** The logs' ResourceIDs → their scenario processes, before the metrics are read (so that a tm_id finds its log's process). */
export function resourceIdProcesses(logs: readonly FlinkLogFile[]): Record<string, string> {
  const starts = new Map(logs.map((l) => [l.file, wallClockStart(l)]));
  const known = [...starts.values()].filter((v): v is number => v !== undefined);
  const origin = known.length > 0 ? Math.min(...known) : 0;
  const processes = processesOfLogs(logs, (file) => (starts.get(file) ?? origin) - origin);
  const map: Record<string, string> = {};
  for (const log of logs) {
    const process = processes.get(log.file);
    if (log.resourceId && process) map[log.resourceId] = process;
  }
  return map;
}
