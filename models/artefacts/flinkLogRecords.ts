/**
 * Log4j records of a Flink log. Flink's default layouts (flink-dist/src/main/flink-bin/conf/log4j.properties,
 * log4j-console.properties: `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`) print
 *   2026-12-04 10:00:00,123 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] - …
 * log4j 1 (Flink 1.10) has no `[]`; common edits add the thread (`[main]`) before or after the level or abbreviate the
 * logger (`%c{1.}` → `o.a.f.r.t.TaskManagerRunner`). A line that does not open a record continues the previous one
 * (stack traces, multi-line messages, the Preconfiguration block).
 */
export interface LogRecord {
  readonly line: number;
  readonly timestamp: string;
  readonly level: string;
  readonly logger: string;
  readonly thread: string | undefined;
  /** The message's first line, without the single space after ` - ` (Flink's banner lines keep their own leading space). */
  readonly message: string;
  readonly continuation: ReadonlyArray<{ readonly line: number; readonly text: string }>;
}

const RECORD =
  /^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[,.]\d{3})\s+(?:\[([^\]]*)\]\s+)?(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s*(?:\[[^\]]*\]\s*)?- ?(.*)$/;

/**
 * The records of a log, and the lines before the first one (not Flink's layout: a container's own output, or a quoted
 * excerpt that opens inside a record, such as a Preconfiguration block or a stack trace).
 */
export function readRecords(lines: readonly string[]): { records: LogRecord[]; before: number[] } {
  const records: Array<LogRecord & { continuation: Array<{ line: number; text: string }> }> = [];
  const before: number[] = [];
  lines.forEach((text, i) => {
    const m = RECORD.exec(text);
    if (m) {
      const [, timestamp, threadBefore, level, threadAfter, logger, message] = m as unknown as string[];
      records.push({
        line: i + 1,
        timestamp: timestamp as string,
        level: level as string,
        logger: logger as string,
        thread: threadBefore ?? threadAfter,
        message: message as string,
        continuation: [],
      });
    } else if (records.length > 0)
      (records.at(-1) as { continuation: Array<{ line: number; text: string }> }).continuation.push({ line: i + 1, text });
    else if (text.trim() !== '') before.push(i + 1);
  });
  return { records, before };
}

/** One message line: a record's first line or a continuation line, with BashJavaUtils' own `INFO  [] - ` prefix removed. */
export interface MessageLine {
  readonly line: number;
  readonly text: string;
  readonly record: LogRecord;
}

/** BashJavaUtils logs through flink-dist/src/main/resources/log4j-bash-utils.properties: `%-5p %x - %m%n`, after `logs: `. */
const BASH_UTILS_PREFIX = /^(?:logs: )?(?:TRACE|DEBUG|INFO|WARN|ERROR)\s+(?:\[[^\]]*\]\s*)?- ?/;

export function messageLines(records: readonly LogRecord[]): MessageLine[] {
  return records.flatMap((record) => [
    { line: record.line, text: record.message, record },
    ...record.continuation.map((c) => ({ line: c.line, text: c.text.replace(BASH_UTILS_PREFIX, ''), record })),
  ]);
}

/** Lines of the Preconfiguration block (bin/config.sh's FLINK_INHERITED_LOGS), read even when quoted without their record. */
export const PRECONFIGURATION_LINE =
  /^(?:(?:TM_|JM_)?RESOURCE_PARAMS extraction logs:|jvm_params: |dynamic_configs: |logs: |(?:TRACE|DEBUG|INFO|WARN|ERROR)\s+(?:\[[^\]]*\]\s*)?- )/;

/** The lines before the first record as one record without a time, so that a quoted block is still read. */
export function leadingRecord(lines: readonly string[], before: readonly number[]): LogRecord | undefined {
  const [first, ...rest] = before;
  if (first === undefined) return undefined;
  return {
    line: first,
    timestamp: '',
    level: '',
    logger: '',
    thread: undefined,
    message: lines[first - 1] as string,
    continuation: rest.map((n) => ({ line: n, text: lines[n - 1] as string })),
  };
}
