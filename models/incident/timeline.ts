/**
 * One time axis for all artefacts: 0 = the earliest absolute time any artefact prints (a log line with a zone, a
 * metric sample, a cluster event). An artefact without absolute times (a log printing no zone, a CSV with relative
 * times) starts at 0 itself, and the import says so: its times cannot be put next to the others'.
 */
import { parseWallClock } from '../artefacts/logLines';
import type { Readings } from './readArtefacts';

export interface Timeline {
  /** The epoch (ms) of 0, or undefined when no artefact prints absolute times. */
  readonly originEpochMs: number | undefined;
  /** Per artefact file: ms to add to its own times (relative to its own start) to put them on the axis. */
  readonly offsetMs: ReadonlyMap<string, number>;
  readonly notes: readonly string[];
}

interface Time {
  readonly atMs: number;
  readonly epochMs: number | undefined;
  readonly timestamp?: string | undefined;
}

/** The epoch of a log's start: its first event (or line) with a zone, minus its ms since the start. */
function logStartEpoch(times: readonly Time[]): number | undefined {
  const first = times.find((t) => t.epochMs !== undefined);
  return first ? (first.epochMs as number) - first.atMs : undefined;
}

/** A zone-less log's start and end read as UTC (the printed fields as they stand), when it prints wall-clock times. */
function utcSpan(times: readonly Time[]): { start: number; end: number } | undefined {
  const first = times.find((t) => t.timestamp !== undefined);
  const last = times[times.length - 1];
  const local = first?.timestamp ? parseWallClock(first.timestamp)?.localMs : undefined;
  if (local === undefined || !first || !last) return undefined;
  const start = local - first.atMs;
  return { start, end: start + last.atMs };
}

/** The span of the artefacts with absolute times (metrics samples, cluster events, logs with a zone). */
function absoluteSpan(readings: Readings, starts: ReadonlyMap<string, number | undefined>): { start: number; end: number } | undefined {
  const points: number[] = [];
  for (const m of readings.metrics) {
    if (m.startEpochMs === undefined) continue;
    const ends = m.series.map((s) => s.tMs[s.tMs.length - 1] ?? 0);
    points.push(m.startEpochMs, m.startEpochMs + Math.max(0, ...ends));
  }
  for (const c of readings.clusterEvents) for (const e of c.events) if (e.epochMs !== undefined) points.push(e.epochMs);
  for (const v of starts.values()) if (v !== undefined) points.push(v);
  return points.length > 0 ? { start: Math.min(...points), end: Math.max(...points) } : undefined;
}

export function alignTimes(readings: Readings): Timeline {
  const starts = new Map<string, number | undefined>();
  for (const { file, reading } of readings.flinkLogs) starts.set(file, logStartEpoch(reading.events.map((e) => e.time)));
  for (const { file, reading } of readings.gcLogs) starts.set(file, logStartEpoch(reading.collections.map((c) => c.time)));
  for (const m of readings.metrics) starts.set(m.fileName, m.startEpochMs);
  const notes: string[] = [];
  readAsUtc(readings, starts, notes);
  const absolute = [...starts.values()].filter((v): v is number => v !== undefined);
  for (const c of readings.clusterEvents) for (const e of c.events) if (e.epochMs !== undefined) absolute.push(e.epochMs);
  const originEpochMs = absolute.length > 0 ? Math.min(...absolute) : undefined;
  const offsetMs = new Map<string, number>();
  for (const [file, start] of starts) {
    if (start !== undefined && originEpochMs !== undefined) offsetMs.set(file, start - originEpochMs);
    else if (gcLogProcessStart(readings, file, starts, originEpochMs) !== undefined) {
      offsetMs.set(file, gcLogProcessStart(readings, file, starts, originEpochMs) as number);
      notes.push(`${file} prints uptimes only: its 0 is put at the start of its process's Flink log (the JVM's start)`);
    } else if (readings.metrics.some((m) => m.fileName === file && m.series.length === 0)) offsetMs.set(file, 0);
    else {
      offsetMs.set(file, 0);
      if (starts.size > 1)
        notes.push(`${file} prints no absolute time (no zone): its first line is placed at 0, unaligned with the others`);
    }
  }
  return { originEpochMs, offsetMs, notes };
}

/**
 * A log printing no zone (Flink's default log4j pattern prints none) is read as UTC when, so read, it overlaps the
 * artefacts with absolute times by at least a second: the usual case of containers and CI machines running in UTC.
 */
function readAsUtc(readings: Readings, starts: Map<string, number | undefined>, notes: string[]): void {
  const logs = [
    ...readings.flinkLogs.map(({ file, reading }) => ({ file, times: reading.events.map((e) => e.time) })),
    ...readings.gcLogs.map(({ file, reading }) => ({ file, times: reading.collections.map((c) => c.time) })),
  ];
  const span = absoluteSpan(readings, starts);
  if (!span) return;
  for (const { file, times } of logs) {
    if (starts.get(file) !== undefined) continue;
    const utc = utcSpan(times);
    if (!utc || Math.min(utc.end, span.end) - Math.max(utc.start, span.start) < 1000) continue;
    starts.set(file, utc.start);
    notes.push(`${file} prints no zone: its times are read as UTC, where they overlap the other artefacts' absolute times`);
  }
}

/** A GC log with uptimes only: its JVM started when its process's Flink log did (named alike: taskmanager-1-gc.log). */
function gcLogProcessStart(
  readings: Readings,
  file: string,
  starts: ReadonlyMap<string, number | undefined>,
  originEpochMs: number | undefined,
): number | undefined {
  if (originEpochMs === undefined || !readings.gcLogs.some((g) => g.file === file)) return undefined;
  const stem = file.replace(/[-_.]?gc[^/]*$/i, '');
  const log =
    readings.flinkLogs.find((l) => stem !== '' && l.file.startsWith(stem)) ??
    readings.flinkLogs.find((l) => l.reading.process === 'taskmanager');
  const start = log ? starts.get(log.file) : undefined;
  return start === undefined ? undefined : start - originEpochMs;
}

/** A cluster event's time on the axis (events without an epoch are placed at 0). */
export function eventOffset(timeline: Timeline, epochMs: number | undefined): number {
  return epochMs !== undefined && timeline.originEpochMs !== undefined ? epochMs - timeline.originEpochMs : 0;
}
