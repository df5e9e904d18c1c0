// Protects sweeps: exact range values (decimal strings, sizes), refused ranges, the grid's order, the smallest surviving cell (the
// consolidation answer) and determinism — a sweep twice, or its cells run one by one as browser workers would, give identical results.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/cli/json';
import { RangeSyntaxError, parseValues, sizeText } from '../../../models/sizing/ranges';
import {
  checkParams,
  checkValues,
  parseParam,
  runCell,
  runSweep,
  smallestSurviving,
  sweepGrid,
  type CellResult,
} from '../../../models/sizing/sweep';
import { VariantError, type Layout } from '../../../models/sizing/variants';
import type { RunMetrics } from '../../../models/sizing/runMetrics';
import { parseCondition } from '../../../models/sizing/assertions';
import { HOUR, loadShipped } from '../../helpers/engine';

describe('ranges', () => {
  it.each([
    ['1..8', ['1', '2', '3', '4', '5', '6', '7', '8']],
    ['2..9 step 3', ['2', '5', '8']],
    ['4..4', ['4']],
    ['0.1..0.4 step 0.1', ['0.1', '0.2', '0.3', '0.4']],
    ['0.1..0.9 step 0.1', ['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9']],
    ['0.05..0.2 step 0.05', ['0.05', '0.1', '0.15', '0.2']],
    ['0..1 step 0.25', ['0', '0.25', '0.5', '0.75', '1']],
    ['0.10 .. 0.30 STEP 0.10', ['0.1', '0.2', '0.3']],
    ['1g..4g step 512m', ['1g', '1536m', '2g', '2560m', '3g', '3584m', '4g']],
    ['1g..2g step 300m', ['1g', '1324m', '1624m', '1924m']],
    ['512m..1g step 256m', ['512m', '768m', '1g']],
    ['2g, 3g ,4g', ['2g', '3g', '4g']],
    ['1728m', ['1728m']],
  ])('%s → %j', (spec, values) => {
    expect(parseValues(spec)).toEqual(values);
  });

  it('decimal values are exact: no accumulated float error anywhere in a long range', () => {
    const values = parseValues('0.01..0.99 step 0.01');
    expect(values).toHaveLength(99);
    expect(values.every((v, i) => v === String(Number(((i + 1) / 100).toFixed(2))))).toBe(true);
    expect(values.some((v) => v.length > 4)).toBe(false);
  });

  it.each([
    ['4g..1g step 1g', /an empty range \(the end is below the start\)/],
    ['8..1', /an empty range/],
    ['1..8 step 0', /the step must be above 0/],
    ['0.1..0.4', /a decimal range needs a step/],
    ['1g..4g', /a size range needs a step, e\.g\. 1g\.\.4g step 512m/],
    ['1g..4x step 1g', /'4x' is neither a number nor a size: Memory size unit 'x'/],
    ['2g,,3g', /an empty item in the list/],
    ['2g,3g,2g', /'2g' is listed twice/],
    ['1..1000', /gives 1000 values \(at most 100\)/],
    ['', /no values/],
  ])('refuses %j', (spec, message) => {
    expect(() => parseValues(spec)).toThrow(RangeSyntaxError);
    expect(() => parseValues(spec)).toThrow(message);
  });

  it('prints sizes in the largest unit that divides them', () => {
    expect([sizeText(0n), sizeText(1000n), sizeText(2048n), sizeText(3n << 30n), sizeText(1536n << 20n), sizeText(2n << 40n)]).toEqual([
      '0',
      '1000',
      '2k',
      '3g',
      '1536m',
      '2t',
    ]);
  });
});

describe('the grid', () => {
  it('varies the first parameter slowest, values in the order given', () => {
    const grid = sweepGrid([parseParam('cluster.taskmanagers=2,4'), parseParam('taskmanager.memory.process.size=1g..2g step 512m')]);
    expect(grid.map((cell) => cell.map((o) => o.value).join(' '))).toEqual(['2 1g', '2 1536m', '2 2g', '4 1g', '4 1536m', '4 2g']);
    expect(grid[0]).toEqual([
      { key: 'cluster.taskmanagers', value: '2' },
      { key: 'taskmanager.memory.process.size', value: '1g' },
    ]);
    expect(sweepGrid([parseParam('a=1,2'), parseParam('b=1..3'), parseParam('c=x,y')])).toHaveLength(12);
  });

  it('takes 1 to 3 distinct parameters and at most 1000 cells', () => {
    expect(() => checkParams([])).toThrow('a sweep takes 1 to 3 parameters (got 0)');
    expect(() => checkParams(['a=1', 'b=1', 'c=1', 'd=1'].map(parseParam))).toThrow('(got 4)');
    expect(() => checkParams(['a=1,2', 'a=3'].map(parseParam))).toThrow('the parameter a is given twice');
    expect(() => checkParams(['a=1..11', 'b=1..11', 'c=1..11'].map(parseParam))).toThrow('the grid has 1331 cells (at most 1000)');
    expect(() => parseParam('1g..2g step 1g')).toThrow('a parameter is key=values');
  });

  it("checks every value with Flink's parse messages before running", () => {
    expect(() => checkValues(loadShipped('hello-memory-model'), [parseParam('taskmanager.memory.process.size=1g,2q')])).toThrow(
      VariantError,
    );
    expect(() => checkValues(loadShipped('hello-memory-model'), [parseParam('taskmanager.memory.process.size=1g,2q')])).toThrow(
      "Could not parse value '2q' for key 'taskmanager.memory.process.size'.",
    );
  });
});

const layout = (taskManagers: number, processGiB: number): Layout => ({
  taskManagers,
  slotsPerTaskManager: 2,
  processSizeBytes: processGiB * 2 ** 30,
  containerLimitBytes: 0,
  totalProcessBytes: taskManagers * processGiB * 2 ** 30,
});
const cell = (passed: boolean, l: Layout): CellResult => ({
  label: '',
  overrides: [],
  ok: true,
  layout: l,
  seed: '1',
  simulatedMs: 0,
  traceHash: '',
  metrics: {} as RunMetrics,
  assertions: [],
  passed,
});

describe('smallest surviving', () => {
  it('the least total TaskManager memory among passing cells; ties to fewer TaskManagers, then grid order', () => {
    expect(
      smallestSurviving([cell(false, layout(1, 2)), cell(true, layout(2, 4)), cell(true, layout(4, 2)), cell(true, layout(2, 3))]),
    ).toBe(3);
    // 8 GiB both: 2 × 4 GiB beats 4 × 2 GiB (fewer JVMs), whichever comes first.
    expect(smallestSurviving([cell(true, layout(4, 2)), cell(true, layout(2, 4))])).toBe(1);
    expect(smallestSurviving([cell(true, layout(2, 4)), cell(true, layout(2, 4))])).toBe(0);
    expect(
      smallestSurviving([cell(false, layout(1, 1)), { label: '', overrides: [], ok: false, error: 'refused', passed: false }]),
    ).toBeNull();
    expect(smallestSurviving([])).toBeNull();
  });

  it('pod-limit-mismatch for 4h: 2 × 2.5 GiB survives where 4 one-slot TaskManagers need 6 GiB and 2 × 1.5 GiB run out of heap', () => {
    const params = ['cluster.taskmanagers=2,4', 'taskmanager.numberOfTaskSlots=1,2', 'taskmanager.memory.process.size=1536m,2560m'].map(
      parseParam,
    );
    const result = runSweep(loadShipped('pod-limit-mismatch'), params, { durationMs: 4 * HOUR });
    const outcome = result.cells.map(
      (c) => `${c.values.join('/')} ${c.ok ? (c.passed ? 'pass' : `fail:${c.metrics.firstFailurePool}`) : 'invalid'}`,
    );
    expect(outcome).toEqual([
      '2/1/1536m invalid', // 2 × 1 slot < parallelism 4
      '2/1/2560m invalid',
      '2/2/1536m fail:heap', // two subtasks per TaskManager: 1.5 GiB is too small a heap for the windows
      '2/2/2560m pass',
      '4/1/1536m pass', // one subtask per TaskManager
      '4/1/2560m pass',
      '4/2/1536m fail:heap', // slots filled TaskManager by TaskManager: two busy, two idle
      '4/2/2560m pass',
    ]);
    expect(result.smallestSurviving).toBe(3);
    const best = result.cells[3];
    expect(best?.ok && best.layout).toEqual({
      taskManagers: 2,
      slotsPerTaskManager: 2,
      processSizeBytes: 2560 * 2 ** 20,
      containerLimitBytes: 3584 * 2 ** 20,
      totalProcessBytes: 5 * 2 ** 30,
    });
    expect(result.assertions).toEqual(['no failure']);
  });
});

describe('determinism', () => {
  const hello = loadShipped('hello-memory-model');
  const params = ['taskmanager.memory.process.size=1g,1728m', 'taskmanager.memory.managed.fraction=0.1..0.3 step 0.2'].map(parseParam);
  const options = { durationMs: 20 * 60_000, seed: '42', assertions: parseCondition('no OOM and GC time < 5%') };

  it('the same sweep twice gives byte-identical JSON', () => {
    expect(toJson(runSweep(hello, params, options))).toBe(toJson(runSweep(hello, params, options)));
  });

  it('cells run one by one (as Web Workers would, in any order) equal the sweep cells', () => {
    const sweep = runSweep(hello, params, options);
    const grid = sweepGrid(params);
    const reversed = [...grid.keys()].reverse().map((i) => [i, runCell(hello, grid[i] ?? [], options)] as const);
    for (const [i, single] of reversed) {
      const { index, values, ...fromSweep } = sweep.cells[i] ?? { index: -1, values: [] };
      expect([index, values]).toEqual([i, grid[i]?.map((o) => o.value)]);
      expect(toJson(single)).toBe(toJson(fromSweep));
    }
    expect(sweep.cells.map((c) => c.ok && c.seed)).toEqual(['42', '42', '42', '42']);
  });
});
