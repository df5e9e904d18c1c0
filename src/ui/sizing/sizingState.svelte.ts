/**
 * The sizing room's state: the scenario, seed and run length; the variants of a comparison or the
 * parameters of a sweep; the results. Cells run in a pool of Web Workers (src/sizing), each exactly
 * as `flink-mem compare` / `flink-mem sweep` runs it, so the results are the CLI's, byte for byte.
 */
import { parseCondition, type Assertion } from '../../../models/sizing/assertions';
import { checkVariants, deltaRows, MAX_VARIANTS, type CompareRow } from '../../../models/sizing/compare';
import {
  checkParams,
  checkValues,
  parseParam,
  smallestSurviving,
  sweepGrid,
  type SweepCell,
  type SweepResult,
} from '../../../models/sizing/sweep';
import { parseOverride, type Override } from '../../../models/sizing/variants';
import { loadScenario } from '../../../models/scenario/loadScenario';
import type { Scenario } from '../../../models/scenario/types';
import { parseDuration } from '../../../models/units/duration';
import type { CellOutcome, CellTask } from '../../sizing/cellTask';
import type { CellWorker } from '../../sizing/workerPool';
import { WorkerPool } from '../../sizing/workerPool';

export interface VariantInput {
  name: string;
  /** One `key=value` per line. */
  overrides: string;
}

export class SizingState {
  mode = $state<'compare' | 'sweep'>('sweep');
  seed = $state('');
  /** A duration ("4h"); empty = the scenario's. */
  duration = $state('');
  variants = $state<VariantInput[]>([
    { name: 'as shipped', overrides: '' },
    { name: 'bigger TaskManagers', overrides: 'taskmanager.memory.process.size=6g' },
  ]);
  /** One parameter per line: `key=values`. */
  params = $state('taskmanager.memory.process.size=2g..4g step 512m\ncluster.taskmanagers=2,3,4');
  /** One assertion per line; empty = `no failure`. */
  assertions = $state('no failure');

  running = $state(false);
  progress = $state({ done: 0, total: 0 });
  problem = $state<string | undefined>();
  compared = $state.raw<{ outcomes: readonly CellOutcome[]; rows: readonly CompareRow[] } | undefined>();
  swept = $state.raw<SweepResult | undefined>();
  /** The scenario text and file name the last results were computed from (for "open as run"). */
  ran = $state.raw<{ yamlText: string; fileName: string; seed: string; durationMs: number | undefined } | undefined>();

  constructor(private readonly createWorker: () => CellWorker) {}

  async compare(yamlText: string, fileName: string): Promise<void> {
    await this.guard(async () => {
      const { scenario, durationMs, assertionTexts } = this.inputs(yamlText, fileName);
      const variants = this.variants.map((v, index) => ({
        label: v.name.trim() || `variant ${index + 1}`,
        overrides: overridesOf(v.overrides),
      }));
      checkVariants(variants);
      const tasks = variants.map(
        (v, index): CellTask => ({ index, yamlText, fileName, ...v, ...this.common(durationMs, assertionTexts), series: true }),
      );
      const outcomes = await this.pool(tasks);
      const ok = outcomes.map((o) => o.cell).filter((c): c is typeof c & { ok: true } => c.ok);
      this.compared = { outcomes, rows: ok.length > 0 ? deltaRows(ok) : [] };
      this.ran = { yamlText, fileName, seed: this.seed.trim() || scenario.seed, durationMs };
    });
  }

  async sweep(yamlText: string, fileName: string): Promise<void> {
    await this.guard(async () => {
      const { scenario, durationMs, assertions, assertionTexts } = this.inputs(yamlText, fileName);
      const params = this.params
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map(parseParam);
      checkParams(params);
      checkValues(scenario, params);
      const grid = sweepGrid(params);
      const outcomes = await this.pool(
        grid.map(
          (overrides, index): CellTask => ({
            index,
            yamlText,
            fileName,
            overrides,
            ...this.common(durationMs, assertionTexts),
            series: false,
          }),
        ),
      );
      const cells: SweepCell[] = outcomes.map((o, index) => ({ ...o.cell, index, values: (grid[index] ?? []).map((v) => v.value) }));
      // The same object `flink-mem sweep --json` prints (models/sizing/sweep.ts runSweep).
      this.swept = {
        scenario: scenario.id,
        seed: this.seed.trim() || scenario.seed,
        params,
        assertions: assertions.map((a) => a.text),
        cells,
        smallestSurviving: smallestSurviving(cells),
      };
      this.ran = { yamlText, fileName, seed: this.seed.trim() || scenario.seed, durationMs };
    });
  }

  addVariant(): void {
    if (this.variants.length < MAX_VARIANTS) this.variants.push({ name: `variant ${this.variants.length + 1}`, overrides: '' });
  }

  private inputs(
    yamlText: string,
    fileName: string,
  ): { scenario: Scenario; durationMs: number | undefined; assertions: Assertion[]; assertionTexts: string[] } {
    const scenario = loadScenario(yamlText, fileName);
    const durationMs = this.duration.trim() === '' ? undefined : parseDuration(this.duration.trim());
    const assertionTexts = this.assertions
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const assertions = (assertionTexts.length > 0 ? assertionTexts : ['no failure']).flatMap((t) => parseCondition(t));
    return { scenario, durationMs, assertions, assertionTexts };
  }

  private common(durationMs: number | undefined, assertions: string[]) {
    return { ...(this.seed.trim() ? { seed: this.seed.trim() } : {}), ...(durationMs !== undefined ? { durationMs } : {}), assertions };
  }

  private async pool(tasks: readonly CellTask[]): Promise<CellOutcome[]> {
    const size = Math.min(4, Math.max(1, (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2) || 2), tasks.length);
    const pool = new WorkerPool(this.createWorker, size);
    this.progress = { done: 0, total: tasks.length };
    try {
      return await pool.run(tasks, (done, total) => (this.progress = { done, total }));
    } finally {
      pool.terminate();
    }
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.problem = undefined;
    try {
      await work();
    } catch (e) {
      this.problem = e instanceof Error ? e.message : String(e);
    } finally {
      this.running = false;
    }
  }
}

function overridesOf(text: string): Override[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => parseOverride(l));
}
