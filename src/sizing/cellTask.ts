/**
 * One cell of a comparison or a sweep as a Web Worker runs it (sizingWorker.ts is only its wiring, so
 * Node tests run this): the scenario text, the overrides, seed, duration and assertions in; the cell's
 * result (models/sizing runCell: the same figures `flink-mem compare`/`sweep` print) out, and for a
 * comparison the per-bucket maxima over the TaskManagers that its charts draw.
 */
import { Simulation } from '../../models/engine/simulation';
import { parseCondition } from '../../models/sizing/assertions';
import { runCell, type CellResult } from '../../models/sizing/sweep';
import { prepareVariant, VariantError, type Override } from '../../models/sizing/variants';
import { loadScenario } from '../../models/scenario/loadScenario';
import type { Scenario } from '../../models/scenario/types';

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
export interface CellSeries {
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
// Engine sample columns (models/engine/trace.ts metricNames).
const HEAP = 0;
const DIRECT = 3;
const RSS = 19;

export function runTask(task: CellTask): CellOutcome {
  const scenario = loadScenario(task.yamlText, task.fileName);
  const assertions = task.assertions.flatMap((text) => parseCondition(text));
  const cell = runCell(scenario, task.overrides, {
    ...(task.label !== undefined ? { label: task.label } : {}),
    ...(task.seed !== undefined ? { seed: task.seed } : {}),
    ...(task.durationMs !== undefined ? { durationMs: task.durationMs } : {}),
    ...(assertions.length > 0 ? { assertions } : {}),
  });
  return { index: task.index, cell, series: task.series && cell.ok ? seriesOf(scenario, task) : undefined };
}

function seriesOf(base: Scenario, task: CellTask): CellSeries | undefined {
  let scenario: Scenario;
  try {
    scenario = prepareVariant(base, { label: task.label ?? '', overrides: task.overrides }).scenario;
  } catch (e) {
    if (e instanceof VariantError) return undefined;
    throw e;
  }
  const durationMs = task.durationMs ?? scenario.durationMs;
  const bucketMs = Math.max(scenario.sampleIntervalMs, Math.ceil(durationMs / BUCKETS));
  const count = Math.ceil(durationMs / bucketMs) + 1;
  const rss = new Array<number>(count).fill(NaN);
  const heap = new Array<number>(count).fill(NaN);
  const direct = new Array<number>(count).fill(NaN);
  const top = (list: number[], b: number, v: number) => void (!(list[b]! >= v) && (list[b] = v));
  const sim = new Simulation(
    { ...scenario, durationMs },
    {
      ...(task.seed !== undefined ? { seed: task.seed } : {}),
      checkpointEveryMs: Infinity,
      sinks: [
        {
          sample(atMs, _process, values, index) {
            if (index === 0) return;
            const b = Math.min(count - 1, Math.floor(atMs / bucketMs));
            top(rss, b, values[RSS] as number);
            top(heap, b, values[HEAP] as number);
            top(direct, b, values[DIRECT] as number);
          },
          event: () => undefined,
        },
      ],
    },
  );
  sim.advanceTo(durationMs);
  return { bucketMs, rss, heap, direct, limitBytes: sim.state.jvms[1]?.sizing.containerLimitBytes ?? 0 };
}
