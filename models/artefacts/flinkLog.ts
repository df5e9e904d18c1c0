/**
 * The Flink log reader: a TaskManager's or JobManager's log (Flink 1.10 to 2.x, log4j 1 and 2 layouts as Flink's
 * default log4j.properties prints them, with or without the thread, with the logger abbreviated) → what the process
 * was (banner, Preconfiguration block, memory block, dynamic properties, slots, collector) and the events of an
 * incident with their lines and times. Pure: text in, a reading out, with what it could not read named by line.
 */
import { recordEvents } from './flinkLogEvents';
import { leadingRecord, messageLines, PRECONFIGURATION_LINE, readRecords } from './flinkLogRecords';
import { dynamicProperties, readBanner, readConfiguration, readMemoryBlock, readPreconfiguration } from './flinkLogStartup';
import type { FlinkBanner, FlinkLogReading } from './flinkLogTypes';
import { LogClock, splitLines, type UnreadLine } from './logLines';

export type * from './flinkLogTypes';

export function readFlinkLog(text: string): FlinkLogReading {
  const lines = splitLines(text);
  const { records: logged, before } = readRecords(lines);
  const unread: UnreadLine[] = before
    .filter((n) => !PRECONFIGURATION_LINE.test(lines[n - 1] as string))
    .map((n) => ({ line: n, text: lines[n - 1] as string, reason: 'not a Flink log record (before the first one)' }));
  const leading = leadingRecord(lines, before);
  const records = leading ? [leading, ...logged] : logged;
  const clock = new LogClock();
  for (const r of logged) clock.see(r.timestamp);
  const messages = messageLines(records);
  const banner = readBanner(messages);
  const pre = readPreconfiguration(messages);
  const configuration = readConfiguration(messages);
  const memory = readMemoryBlock(messages, unread);
  const dynamic = { ...pre.dynamicConfigs, ...dynamicProperties(banner?.programArguments ?? []) };
  const slotsText = dynamic['taskmanager.numberOfTaskSlots'] ?? configuration['taskmanager.numberOfTaskSlots'];
  const events = records.flatMap((r) => recordEvents(r, clock, unread)).sort((a, b) => a.line - b.line);
  return {
    process: processOf(
      banner,
      memory?.process,
      logged.map((r) => r.logger),
    ),
    banner,
    jvmParams: pre.jvmParams,
    dynamicProperties: dynamic,
    configuration,
    memory,
    slots: slotsText === undefined ? undefined : Number(slotsText),
    gcFromJvmOptions: collector([...(banner?.jvmOptions ?? []), ...pre.jvmParams]),
    events,
    unread: unread.sort((a, b) => a.line - b.line),
    lineCount: lines.length,
  };
}

/** Loggers only one kind of process has (flink-runtime's packages: taskexecutor/taskmanager vs entrypoint/jobmaster/…). */
const TM_LOGGER = /\.(?:TaskManagerRunner|TaskExecutor|taskmanager\.Task|TaskExecutorRunner)$/;
const JM_LOGGER = /\.(?:ClusterEntrypoint|ExecutionGraph|JobMaster|Dispatcher\w*|\w*ResourceManager\w*)$/;

/** TaskManager banners say `TaskManager` or `…TaskExecutorRunner`; JobManagers name their entrypoint; else the memory block or the loggers. */
function processOf(banner: FlinkBanner | undefined, memory: 'taskmanager' | 'jobmanager' | undefined, loggers: readonly string[]) {
  const name = banner?.component ?? '';
  if (/TaskManager|TaskExecutor/.test(name)) return 'taskmanager' as const;
  if (/Entrypoint|JobManager/.test(name)) return 'jobmanager' as const;
  if (memory) return memory;
  const first = loggers.find((l) => TM_LOGGER.test(l) || JM_LOGGER.test(l));
  if (first === undefined) return 'unknown' as const;
  return TM_LOGGER.test(first) ? ('taskmanager' as const) : ('jobmanager' as const);
}

const COLLECTOR_FLAGS: ReadonlyArray<[string, string]> = [
  ['-XX:+UseG1GC', 'G1'],
  ['-XX:+UseParallelGC', 'Parallel'],
  ['-XX:+UseSerialGC', 'Serial'],
  ['-XX:+UseConcMarkSweepGC', 'CMS'],
  ['-XX:+UseZGC', 'Z'],
  ['-XX:+UseShenandoahGC', 'Shenandoah'],
];

function collector(options: readonly string[]): string | undefined {
  return COLLECTOR_FLAGS.find(([flag]) => options.includes(flag))?.[1];
}
