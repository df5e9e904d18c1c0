// Protects the browser's sizing cells: a cell run by the worker code equals the CLI's (models/sizing),
// and the pool returns results in grid order whatever order the workers finish in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../../../models/sizing/assertions';
import { parseParam, runSweep, sweepGrid } from '../../../models/sizing/sweep';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { runTask, type CellTask } from '../../../src/sizing/cellTask';
import { WorkerPool, type CellReply, type CellWorker } from '../../../src/sizing/workerPool';

const ROOT = join(import.meta.dirname, '../../..');
const file = 'pod-limit-mismatch.yaml';
const yamlText = readFileSync(join(ROOT, 'scenarios', file), 'utf8');
const params = [parseParam('taskmanager.memory.process.size=2g,3584m'), parseParam('cluster.taskmanagers=2,3')];
const assertion = 'no failure for 2h';
const tasks: CellTask[] = sweepGrid(params).map((overrides, index) => ({
  index,
  yamlText,
  fileName: file,
  overrides,
  durationMs: 2 * 3_600_000,
  assertions: [assertion],
  series: false,
}));

/** Runs tasks synchronously, answering in reverse order of arrival per batch. */
class FakeWorker implements CellWorker {
  onmessage: ((e: MessageEvent<CellReply>) => void) | null = null;
  postMessage(task: CellTask): void {
    const outcome = runTask(task);
    setTimeout(() => this.onmessage?.({ data: { ok: true, outcome } } as MessageEvent<CellReply>), (tasks.length - task.index) * 3);
  }
  terminate(): void {}
}

describe('sizing cells in workers', () => {
  it('give the cells of the CLI sweep, in grid order, whatever the finishing order', async () => {
    const cli = runSweep(loadScenario(yamlText, file), params, { durationMs: 2 * 3_600_000, assertions: parseCondition(assertion) });
    const progress: number[] = [];
    const outcomes = await new WorkerPool(() => new FakeWorker(), 3).run(tasks, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(outcomes.map((o) => o.cell)).toEqual(cli.cells.map(({ index: _i, values: _v, ...cell }) => cell));
  });

  it('records the TaskManagers’ per-bucket maxima for a comparison', () => {
    const outcome = runTask({ ...tasks[0]!, series: true });
    expect(outcome.series?.rss.length).toBeGreaterThan(100);
    expect(outcome.series?.limitBytes).toBe(3584 * 2 ** 20);
    expect(Math.max(...(outcome.series?.rss ?? []).filter(Number.isFinite))).toBeGreaterThan(512 * 2 ** 20);
  });
});
