/**
 * One time axis for all artefacts: 0 = the earliest absolute time any artefact prints (a log line with a zone, a
 * metric sample, a cluster event). An artefact without absolute times (a log printing no zone, a CSV with relative
 * times) starts at 0 itself, and the import says so: its times cannot be put next to the others'.
 */
import type { Readings } from './readArtefacts';

export interface Timeline {
  /** The epoch (ms) of 0, or undefined when no artefact prints absolute times. */
  readonly originEpochMs: number | undefined;
  /** Per artefact file: ms to add to its own times (relative to its own start) to put them on the axis. */
  readonly offsetMs: ReadonlyMap<string, number>;
  readonly notes: readonly string[];
}

/** The epoch of a log's start: its first event (or line) with a zone, minus its ms since the start. */
function logStartEpoch(times: readonly { readonly atMs: number; readonly epochMs: number | undefined }[]): number | undefined {
  const first = times.find((t) => t.epochMs !== undefined);
  return first ? (first.epochMs as number) - first.atMs : undefined;
}

export function alignTimes(readings: Readings): Timeline {
  const starts = new Map<string, number | undefined>();
  for (const { file, reading } of readings.flinkLogs) starts.set(file, logStartEpoch(reading.events.map((e) => e.time)));
  for (const { file, reading } of readings.gcLogs) starts.set(file, logStartEpoch(reading.collections.map((c) => c.time)));
  for (const m of readings.metrics) starts.set(m.fileName, m.startEpochMs);
  const absolute = [...starts.values()].filter((v): v is number => v !== undefined);
  for (const c of readings.clusterEvents) for (const e of c.events) if (e.epochMs !== undefined) absolute.push(e.epochMs);
  const originEpochMs = absolute.length > 0 ? Math.min(...absolute) : undefined;
  const offsetMs = new Map<string, number>();
  const notes: string[] = [];
  for (const [file, start] of starts) {
    if (start !== undefined && originEpochMs !== undefined) offsetMs.set(file, start - originEpochMs);
    else {
      offsetMs.set(file, 0);
      if (starts.size > 1)
        notes.push(`${file} prints no absolute time (no zone): its first line is placed at 0, unaligned with the others`);
    }
  }
  return { originEpochMs, offsetMs, notes };
}

/** A cluster event's time on the axis (events without an epoch are placed at 0). */
export function eventOffset(timeline: Timeline, epochMs: number | undefined): number {
  return epochMs !== undefined && timeline.originEpochMs !== undefined ? epochMs - timeline.originEpochMs : 0;
}
