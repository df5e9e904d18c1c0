/**
 * One cell of a comparison or a sweep as a Web Worker runs it (sizingWorker.ts is only its wiring, so
 * Node tests run this): the scenario text, the overrides, seed, duration and assertions in; the cell's
 * result (models/sizing runCell: the same figures `flink-mem compare`/`sweep` print) out, and for a
 * comparison the per-bucket maxima over the TaskManagers that its charts draw, from the same run.
 */
import { COL as COLUMN_INDEX } from '../../models/engine/columns';
import type { TraceSink } from '../../models/engine/trace';
import { parseCondition } from '../../models/sizing/assertions';
import { runCell, type CellResult } from '../../models/sizing/sweep';
import type { Override } from '../../models/sizing/variants';
import { loadScenario } from '../../models/scenario/loadScenario';

// A module-local alias: tsx and esbuild compile an imported binding to a getter call, too slow on the per-sample path.
const COL = COLUMN_INDEX;

export interface CellTask {
  readonly index: number;
  readonly yamlText: string;
  readonly fileName: string;
  readonly overrides: readonly Override[];
  readonly label?: string;
  readonly seed?: string;
  readonly durationMs?: number;
  /** Assertion texts (`no failure`, `RSS headroom >= 10% for 4h`…); none = `no failure`. */
  readonly assertions: readonly string[];
  /** Also record the series a comparison draws. */
  readonly series: boolean;
}

/** Per bucket, the highest value over the TaskManagers (NaN where none was up). */
interface CellSeries {
  readonly bucketMs: number;
  readonly rss: readonly number[];
  readonly heap: readonly number[];
  readonly direct: readonly number[];
  /** The TaskManagers' container limit (0: none). */
  readonly limitBytes: number;
}

export interface CellOutcome {
  readonly index: number;
  readonly cell: CellResult;
  readonly series: CellSeries | undefined;
}

const BUCKETS = 300;

export function runTask(task: CellTask): CellOutcome {
  const scenario = loadScenario(task.yamlText, task.fileName);
  const assertions = task.assertions.flatMap((text) => parseCondition(text));
  const series = task.series ? new SeriesSink(task.durationMs ?? scenario.durationMs, scenario.sampleIntervalMs) : undefined;
  const cell = runCell(scenario, task.overrides, {
    ...(task.label !== undefined ? { label: task.label } : {}),
    ...(task.seed !== undefined ? { seed: task.seed } : {}),
    ...(task.durationMs !== undefined ? { durationMs: task.durationMs } : {}),
    ...(assertions.length > 0 ? { assertions } : {}),
    ...(series ? { sinks: [series] } : {}),
  });
  return { index: task.index, cell, series: series && cell.ok ? series.result(cell.layout.containerLimitBytes) : undefined };
}

/** The TaskManagers' per-bucket maxima of the cell's own run (the comparison's charts), in ~300 buckets. */
class SeriesSink implements TraceSink {
  private readonly bucketMs: number;
  private readonly rss: number[];
  private readonly heap: number[];
  private readonly direct: number[];

  constructor(durationMs: number, sampleIntervalMs: number) {
    this.bucketMs = Math.max(sampleIntervalMs, Math.ceil(durationMs / BUCKETS));
    const count = Math.ceil(durationMs / this.bucketMs) + 1;
    this.rss = new Array<number>(count).fill(NaN);
    this.heap = new Array<number>(count).fill(NaN);
    this.direct = new Array<number>(count).fill(NaN);
  }

  sample(atMs: number, _process: string, values: ArrayLike<number>, index: number): void {
    if (index === 0) return;
    // A run extended past the duration (an assertion's longer window) folds into the last bucket.
    const b = Math.min(this.rss.length - 1, Math.floor(atMs / this.bucketMs));
    top(this.rss, b, values[COL.rss] as number);
    top(this.heap, b, values[COL.heapUsed] as number);
    top(this.direct, b, values[COL.directUsed] as number);
  }

  event(): void {}

  result(limitBytes: number): CellSeries {
    return { bucketMs: this.bucketMs, rss: this.rss, heap: this.heap, direct: this.direct, limitBytes };
  }
}

function top(list: number[], b: number, v: number): void {
  if (!((list[b] as number) >= v)) list[b] = v;
}
