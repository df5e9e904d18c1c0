/**
 * What the Flink lab's comparison tests share: a run's fixtures (one per Flink version recorded), its twin scenario
 * run on the engine with taskmanager-1's Direct.MemoryUsed and RSS kept, and the two kinds of failure both sides
 * report ('failure' for the job's own exception, 'oom' for a direct OOM) in order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COL } from '../../models/engine/columns';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';
import type { Scenario } from '../../models/scenario/types';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');

/** The fields of a direct-leak lab fixture (runner/directLeak.ts) the comparisons read. */
export interface DirectLeakFixture {
  flinkVersion: string;
  bashJavaUtils: { taskmanager: { jvmArgs: string[] }; jobmanager: { jvmArgs: string[] } };
  figures: {
    baselineDirectUsedBytes: number;
    restartsToOom: number;
    stepBytes: number[];
    stepMedianBytes: number;
    rssStepMedianBytes: number;
    directUsedBeforeOomBytes: number;
    directUsedMaxBytes: number;
    directOoms: number;
    youngGcCountAtSubmission: number;
    oldGcCountAtSubmission: number;
    youngGcCount: number;
    oldGcCount: number;
    finalStatus: string;
    finalNumRestarts: number;
    taskManagerExitCode: number | null;
  };
  texts: { oomFailureCause: string[]; rootException: string[]; exceptionHistory: Array<{ head: string }>; gcLog: string[] };
  samples: Array<{ numRestarts: number; directUsedBytes: number; oldGcCount: number; tmRssBytes: number }>;
}

/** Every recorded fixture of lab run `id`, one per Flink version folder holding it. */
export function labFixtures(id: string): DirectLeakFixture[] {
  const root = join(CALIBRATION, 'fixtures', 'flink');
  return readdirSync(root)
    .map((v) => join(root, v, `${id}.json`))
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as DirectLeakFixture);
}

export interface TwinRun {
  readonly twin: Scenario;
  readonly events: readonly TraceEvent[];
  /** taskmanager-1's samples: [atMs, Direct.MemoryUsed, RSS]. */
  readonly samples: ReadonlyArray<readonly [number, number, number]>;
}

export function runTwin(id: string): TwinRun {
  const twin = loadScenario(readFileSync(join(CALIBRATION, 'flink-lab', 'twins', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  const samples: Array<[number, number, number]> = [];
  const sink: TraceSink = {
    sample: (atMs, process, values) => {
      if (process === 'taskmanager-1') samples.push([atMs, values[COL.directUsed] as number, values[COL.rss] as number]);
    },
    event: () => {},
  };
  return { twin, events: runScenario(twin, { sinks: [sink] }).events, samples };
}

/** The lab's failures in order: the exception history, then the root exception's cause when the strategy gave up. */
export function labFailureKinds(f: DirectLeakFixture): string[] {
  const kind = (text: string) => (text.includes('Direct buffer memory') ? 'oom' : 'failure');
  const history = f.texts.exceptionHistory.map((e) => e.head);
  const last = history.at(-1) ?? '';
  const kinds = history.slice(0, -1).map(kind);
  // Flink keeps the failure that exhausted the strategy as the root exception's cause
  return last.includes('Recovery is suppressed') ? [...kinds, kind(f.texts.rootException.join('\n'))] : [...kinds, kind(last)];
}

/** The engine's failures of the task named `task…` in order, the same two kinds. */
export function engineFailureKinds(events: readonly TraceEvent[], task: string): string[] {
  const ooms = events.filter((e) => e.type === 'jvm.oom');
  const failed = events.filter((e) => e.type === 'task.state' && e.to === 'FAILED' && e.task.startsWith(task));
  return failed.map((e) => (ooms.some((o) => o.atMs === e.atMs) ? 'oom' : 'failure'));
}

/** The memory arguments of a JVM command line: heap, direct and metaspace limits. */
export const memoryArgs = (args: readonly string[]) => args.filter((a) => /^-Xm[xs]|^-XX:Max(Direct|Metaspace)/.test(a));
