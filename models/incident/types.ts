/**
 * The import of an incident (issue 15, items 2 and 3): the types the core hands to the CLI (`flink-mem import`) and
 * to the sandbox's drop zone. Names fixed by the wave-2 contract (issue15-contract.md); extend, never rename.
 */
import type { ObservedMetrics } from '../artefacts/observedSeries';
import type { Note } from '../config/note';
import type { Scenario } from '../scenario/types';
import type { FitReport } from '../fit/types';

export type ArtefactKind = 'flink-log' | 'gc-log' | 'metrics' | 'cluster-events' | 'flink-config' | 'kubernetes' | 'unknown';

export interface ArtefactFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportOptions {
  /** The artefacts' process ids → the scenario's (`flink-taskmanager-1-1` → `taskmanager-1`). */
  readonly processMap?: Record<string, string>;
  /** The Flink version when no log banner gives one. */
  readonly flinkVersion?: string;
  readonly seed?: string;
  /** Fit the free parameters by running the engine (default true). */
  readonly fit?: boolean;
}

/** A failure the artefacts show, in the engine's vocabulary where one fits. */
export interface ObservedFailure {
  /** 'oom-direct', 'oom-heap', 'oom-metaspace', 'oom-thread', 'container-killed', 'process-exited', 'job-failed', 'fatal-error'. */
  readonly kind: string;
  /** The scenario's process id (`taskmanager-1`, `jobmanager`). */
  readonly process: string;
  /** On the import's time axis: ms since the earliest artefact (or the TaskManager start). */
  readonly atMs: number;
  /** The text as printed. */
  readonly text: string;
  /** `file:line` where it was printed. */
  readonly source: string;
}

export interface Provenance {
  readonly file: string;
  readonly kind: ArtefactKind;
  /** What was taken from it: 'memory block lines 40–58 → taskmanager sizes', '3 series: directUsed taskmanager-1 …'. */
  readonly took: readonly string[];
  readonly ignored: readonly string[];
}

export interface IncidentImport {
  readonly scenarioYaml: string;
  readonly scenario: Scenario;
  readonly observed: ObservedMetrics | undefined;
  readonly failures: readonly ObservedFailure[];
  readonly crossChecks: readonly Note[];
  readonly fit: FitReport | undefined;
  readonly provenance: readonly Provenance[];
  readonly unread: readonly string[];
}
