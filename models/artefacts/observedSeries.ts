/**
 * What the metric readers of models/artefacts/ hand on (issue 15): an incident's observed series, each named by the
 * product's own vocabulary (the engine's sample columns, models/engine/columns.ts, and the job-scope metrics of
 * models/scenario/watchMetrics.ts), attached to one of the scenario's processes, with what the file held that was not
 * read and why. Readers are pure: text in, this out, or an ArtefactError naming file, line, field and problem.
 */
import type { ColumnId } from '../engine/columns';

/** The job-scope metrics a metrics export can carry (Flink's names, models/scenario/watchMetrics.ts). */
const JOB_METRIC_IDS = ['numRestarts', 'lastCheckpointSize', 'lastCheckpointDuration'] as const;
type JobMetricId = (typeof JOB_METRIC_IDS)[number];

/** A series' metric: an engine column id (`heapUsed`, `rss`, `gcYoungTime`, …) or a job metric. */
export type ObservedMetricId = ColumnId | JobMetricId;

export type ObservedUnit = 'bytes' | 'ms' | 'count';

export interface ObservedMetricSeries {
  /** The scenario's process (`taskmanager-2`, `jobmanager`), or `job` for a job-scope metric. */
  readonly process: string;
  /** The artefact's own id of that process (`flink-taskmanager-1-1`, `container_e01_…_000002`, a pod), '' when it names none. */
  readonly source: string;
  readonly metric: ObservedMetricId;
  /** The series as the file names it (a column header, or a metric name with its labels). */
  readonly name: string;
  readonly unit: ObservedUnit;
  /** Sample times, ms since the file's earliest sample (of any series), ascending. */
  readonly tMs: readonly number[];
  /** The same samples' absolute times (epoch ms), when the file gives absolute times; undefined for relative ones (`timeMs`). */
  readonly epochMs: readonly number[] | undefined;
  /** Values in bytes, ms or counts (never NaN: a sample without a number is listed in `unread`). */
  readonly values: readonly number[];
}

/** How an artefact's process was tied to the scenario's. */
export interface ProcessMatch {
  readonly source: string;
  readonly process: string;
  /** `choice`: the caller's mapping; `id`: the source already is a scenario id; `order`: by first appearance. */
  readonly by: 'choice' | 'id' | 'order' | 'scope';
}

/** A part of the file that was not read: where (line, column or series) and why. */
export interface Unread {
  readonly where: string;
  readonly reason: string;
}

export type MetricsFormat = 'sandbox-csv' | 'grafana-csv' | 'grafana-csv-long' | 'prometheus-json' | 'prometheus-text' | 'yarn-metrics2';

export interface ObservedMetrics {
  readonly fileName: string;
  readonly format: MetricsFormat;
  /** The earliest sample's absolute time (epoch ms): `tMs` 0. Undefined when the file's times are relative. */
  readonly startEpochMs: number | undefined;
  readonly series: readonly ObservedMetricSeries[];
  readonly matches: readonly ProcessMatch[];
  readonly unread: readonly Unread[];
  /** What the reader assumed that the reader of the result should know (a zone-less time read as UTC, rounded values). */
  readonly notes: readonly string[];
}

/** A problem that stops a reader: `file:line: field: problem` (line 0 and an empty field when the whole file is meant). */
export class ArtefactError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${problem}`);
  }
}
