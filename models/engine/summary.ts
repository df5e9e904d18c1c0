/**
 * The short story of a run: per process the peaks of each pool against its limit, collections,
 * OOMs and kills; the job's end state and restarts; and the first failure. A peak is the highest sampled
 * value or the value a kill (`rssBytes`) or an OutOfMemoryError (`cause.usedBytes`) reports, whichever is
 * higher: both happen between samples, so the samples alone can miss the very value that failed.
 */
import { COL } from './columns';
import { FailureClassifier } from './failures';
import type { Pool, TraceEvent, TraceSink } from './trace';

// Column indexes as module constants, read once from the table: V8 folds a constant index into each store or
// load, where reading the table's property per column per sample cost a tenth of a run.
const {
  containerLimit: CONTAINER_LIMIT,
  directUsed: DIRECT_USED,
  heapMax: HEAP_MAX,
  heapUsed: HEAP_USED,
  metaspaceUsed: METASPACE_USED,
  rss: RSS,
} = COL;

export interface ProcessSummary {
  peakHeapUsedBytes: number;
  heapMaxBytes: number;
  peakDirectBytes: number;
  peakMetaspaceBytes: number;
  peakRssBytes: number;
  containerLimitBytes: number;
  youngGcCount: number;
  oldGcCount: number;
  gcPauseMs: number;
  ooms: { heap: number; direct: number; metaspace: number };
  kills: number;
  exits: number;
  instances: number;
}

export interface RunSummary {
  readonly processes: Record<string, ProcessSummary>;
  job: {
    finalStatus: string;
    restarts: number;
    checkpointsCompleted: number;
    checkpointsFailed: number;
    lastCheckpointSizeBytes: number;
    lastCheckpointDurationMs: number;
  };
  /** The first failure as models/engine/failures.ts defines it (null: none). */
  firstFailure: { atMs: number; type: string; process: string; detail: string } | null;
  readonly eventCounts: Record<string, number>;
}

const empty = (): ProcessSummary => ({
  peakHeapUsedBytes: 0,
  heapMaxBytes: 0,
  peakDirectBytes: 0,
  peakMetaspaceBytes: 0,
  peakRssBytes: 0,
  containerLimitBytes: 0,
  youngGcCount: 0,
  oldGcCount: 0,
  gcPauseMs: 0,
  ooms: { heap: 0, direct: 0, metaspace: 0 },
  kills: 0,
  exits: 0,
  instances: 0,
});

/** Collects the summary as the trace streams by. */
export class SummarySink implements TraceSink {
  readonly summary: RunSummary = {
    processes: {},
    job: {
      finalStatus: 'INITIALIZING',
      restarts: 0,
      checkpointsCompleted: 0,
      checkpointsFailed: 0,
      lastCheckpointSizeBytes: 0,
      lastCheckpointDurationMs: 0,
    },
    firstFailure: null,
    eventCounts: {},
  };

  private readonly byIndex: ProcessSummary[] = [];
  private readonly failures = new FailureClassifier();

  private of(process: string): ProcessSummary {
    return (this.summary.processes[process] ??= empty());
  }

  sample(_atMs: number, process: string, v: ArrayLike<number>, index: number): void {
    const p = (this.byIndex[index] ??= this.of(process));
    p.peakHeapUsedBytes = Math.max(p.peakHeapUsedBytes, v[HEAP_USED] ?? 0);
    p.heapMaxBytes = v[HEAP_MAX] ?? 0;
    p.peakDirectBytes = Math.max(p.peakDirectBytes, v[DIRECT_USED] ?? 0);
    p.peakMetaspaceBytes = Math.max(p.peakMetaspaceBytes, v[METASPACE_USED] ?? 0);
    p.peakRssBytes = Math.max(p.peakRssBytes, v[RSS] ?? 0);
    p.containerLimitBytes = v[CONTAINER_LIMIT] ?? 0;
  }

  event(e: TraceEvent): void {
    const s = this.summary;
    s.eventCounts[e.type] = (s.eventCounts[e.type] ?? 0) + 1;
    const p = this.of(e.process);
    const failure = this.failures.classify(e);
    if (failure && !s.firstFailure)
      s.firstFailure = { atMs: failure.atMs, type: failure.type, process: failure.process, detail: failure.detail };
    switch (e.type) {
      case 'gc':
        if (e.kind === 'full') p.oldGcCount += 1;
        else p.youngGcCount += 1;
        p.gcPauseMs += e.pauseMs;
        break;
      case 'jvm.oom':
        p.ooms[e.pool] += 1;
        atOom(p, e.pool, e.cause.usedBytes);
        break;
      case 'container.killed':
        p.kills += 1;
        // The RSS the kill found: between two samples, so above any sampled value (a cgroup kills only beyond its limit).
        p.peakRssBytes = Math.max(p.peakRssBytes, e.rssBytes);
        break;
      case 'process.exited':
        p.exits += 1;
        break;
      case 'process.started':
        p.instances += 1;
        break;
      case 'job.status':
        s.job.finalStatus = e.to;
        break;
      case 'job.restart':
        s.job.restarts = e.attempt;
        break;
      case 'checkpoint.completed':
        s.job.checkpointsCompleted += 1;
        s.job.lastCheckpointSizeBytes = e.sizeBytes;
        s.job.lastCheckpointDurationMs = e.durationMs;
        break;
      case 'checkpoint.failed':
        s.job.checkpointsFailed += 1;
        break;
    }
  }
}

/**
 * An OutOfMemoryError carries the pool's use when the allocation failed, maybe between two samples: a peak includes
 * it. Not the refused request (`requestedBytes`): the JVM never held those bytes.
 */
function atOom(p: ProcessSummary, pool: Pool, usedBytes: number): void {
  if (pool === 'heap') p.peakHeapUsedBytes = Math.max(p.peakHeapUsedBytes, usedBytes);
  else if (pool === 'direct') p.peakDirectBytes = Math.max(p.peakDirectBytes, usedBytes);
  else p.peakMetaspaceBytes = Math.max(p.peakMetaspaceBytes, usedBytes);
}
