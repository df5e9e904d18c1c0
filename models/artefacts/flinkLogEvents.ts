/**
 * The events of an incident in a Flink log, one per record at most of each type, with Flink's own texts:
 * - task transitions: Task.java (TaskManager) `<task> (<attempt id>) switched from RUNNING to FAILED with failure cause:`,
 *   Execution.java (JobManager) `… switched from RUNNING to FAILED on <TaskManager> …`;
 * - job transitions: DefaultExecutionGraph.java `Job <name> (<job id>) switched from state RUNNING to RESTARTING.`;
 * - `Recovery is suppressed by <strategy>` (ExecutionFailureHandler.java, the JobException that ends a job);
 * - OutOfMemoryError texts (the JVM's, and Flink's enrichment in TaskManagerExceptionUtils.java / ExceptionUtils.java);
 * - `Fatal error occurred while executing the TaskManager. Shutting it down...` (TaskManagerRunner.java),
 *   `Fatal error occurred in the cluster entrypoint.` (ClusterEntrypoint.java);
 * - `Terminating TaskManagerRunner with exit code 1.`, `Terminating cluster entrypoint process … with exit code …`;
 * - heartbeats: `The heartbeat of TaskManager with id … timed out.` (JobMaster.java, ResourceManager.java; 1.14+
 *   `Heartbeat of TaskManager with id … timed out.`), `TaskManager with id … is no longer reachable.` (1.14+).
 */
import type { FlinkLogAt, FlinkLogEvent, OomKind } from './flinkLogTypes';
import type { LogRecord } from './flinkLogRecords';
import type { LogClock, UnreadLine } from './logLines';

const TASK = /^(.+?) \(([0-9a-f_]{16,})\) switched from ([A-Z_]+) to ([A-Z_]+)\b/;
const JOB = /^Job (.*) \(([0-9a-f]{32})\) switched from state ([A-Z_]+) to ([A-Z_]+)\b/;
const OOM = /java\.lang\.OutOfMemoryError: (.*)$/;
const SUPPRESSED = /Recovery is suppressed by (\w+(?:\([^)]*\))?)/;
const EXIT = /^Terminating (.+?) with exit code (-?\d+)/;
const HEARTBEAT = /(?:The )?[Hh]eartbeat of (TaskManager|JobManager|ResourceManager) with id (\S+?) timed out/;
const UNREACHABLE = /(TaskManager|JobManager|ResourceManager) with id (\S+?) is no longer reachable/;

function oomKind(text: string): OomKind {
  if (text.startsWith('Java heap space')) return 'heap';
  if (text.startsWith('GC overhead limit exceeded')) return 'gc-overhead';
  if (text.startsWith('Direct buffer memory')) return 'direct';
  if (text.startsWith('Metaspace')) return 'metaspace';
  if (/^unable to create (?:new )?native thread/.test(text)) return 'thread';
  return 'other';
}

/** Every event of one record (its first line and its continuation lines). */
export function recordEvents(record: LogRecord, clock: LogClock, unread: UnreadLine[]): FlinkLogEvent[] {
  const at = (line: number): FlinkLogAt => ({
    line,
    time: clock.time(undefined, record.timestamp),
    level: record.level,
    logger: record.logger,
  });
  const message = record.message.trim();
  const all = [{ line: record.line, text: record.message }, ...record.continuation];
  const events: FlinkLogEvent[] = [];
  const task = TASK.exec(message);
  const job = JOB.exec(message);
  if (task)
    events.push({ ...at(record.line), type: 'task-transition', task: task[1] as string, from: task[3] as string, to: task[4] as string });
  else if (job)
    events.push({
      ...at(record.line),
      type: 'job-transition',
      job: job[1] as string,
      jobId: job[2] as string,
      from: job[3] as string,
      to: job[4] as string,
    });
  else if (message.includes(' switched from '))
    unread.push({ line: record.line, text: message, reason: 'a transition the reader could not parse' });
  const oom = all.map((l) => ({ line: l.line, m: OOM.exec(l.text) })).find((x) => x.m !== null);
  if (oom?.m) events.push({ ...at(oom.line), type: 'oom', kind: oomKind(oom.m[1] as string), text: (oom.m[1] as string).trim() });
  const suppressed = all.map((l) => ({ line: l.line, m: SUPPRESSED.exec(l.text) })).find((x) => x.m !== null);
  if (suppressed?.m) events.push({ ...at(suppressed.line), type: 'recovery-suppressed', strategy: suppressed.m[1] as string });
  if (/^Fatal error occurred\b/.test(message) || record.level === 'FATAL')
    events.push({ ...at(record.line), type: 'fatal-error', text: message });
  const exit = EXIT.exec(message);
  if (exit) events.push({ ...at(record.line), type: 'exit', process: exit[1] as string, exitCode: Number(exit[2]) });
  const heartbeat = all.map((l) => ({ line: l.line, t: HEARTBEAT.exec(l.text), u: UNREACHABLE.exec(l.text) })).find((x) => x.t || x.u);
  const hb = heartbeat?.t ?? heartbeat?.u;
  if (heartbeat && hb)
    events.push({
      ...at(heartbeat.line),
      type: 'heartbeat',
      target: hb[1] as string,
      id: hb[2] as string,
      how: heartbeat.t ? 'timed out' : 'unreachable',
    });
  return events;
}
