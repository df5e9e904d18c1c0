// Protects compare: every variant runs on the same scenario and seed, each row holds every variant's value and its difference to the first,
// and bad variant sets are refused naming the variant.
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../models/sizing/compare';
import { measureRun } from '../../../models/sizing/runMetrics';
import { applyOverrides, parseVariantSpec, VariantError } from '../../../models/sizing/variants';
import { HOUR, loadShipped } from '../../helpers/engine';

const GiB = 2 ** 30;
const leaky = loadShipped('direct-leak-on-restart');

describe('compareVariants', () => {
  const variants = [
    'baseline:',
    'bigger: -D taskmanager.memory.process.size=6g',
    'eight small: -D cluster.taskmanagers=8 -D taskmanager.memory.process.size=2g',
  ].map(parseVariantSpec);
  const result = compareVariants(leaky, variants, { durationMs: HOUR, seed: '3' });
  const row = (id: string) => result.rows.find((r) => r.id === id);

  it('runs each variant with the same seed and duration', () => {
    expect(result.variants.map((v) => [v.label, v.seed, v.simulatedMs])).toEqual([
      ['baseline', '3', HOUR],
      ['bigger', '3', HOUR],
      ['eight small', '3', HOUR],
    ]);
    // Each column is exactly the run of that variant on its own.
    const alone = measureRun(applyOverrides(leaky, variants[2]?.overrides ?? []), { durationMs: HOUR, seed: '3' });
    expect(result.variants[2]?.traceHash).toBe(alone.traceHash);
    expect(result.variants[2]?.metrics).toEqual(alone.metrics);
  });

  it('layout rows and their deltas: 4 × 4 GiB, 4 × 6 GiB (+8 GiB), 8 × 2 GiB (±0)', () => {
    expect(row('taskManagers')).toMatchObject({ values: [4, 4, 8], deltas: [null, 0, 4] });
    expect(row('processSizeBytes')).toMatchObject({
      unit: 'bytes',
      values: [4 * GiB, 6 * GiB, 2 * GiB],
      deltas: [null, 2 * GiB, -2 * GiB],
    });
    expect(row('totalProcessBytes')).toMatchObject({ values: [16 * GiB, 24 * GiB, 16 * GiB], deltas: [null, 8 * GiB, 0] });
  });

  it('every numeric delta is the value minus the baseline (to 0.01); text and missing values have none', () => {
    for (const r of result.rows) {
      const base = r.values[0];
      r.values.forEach((v, i) => {
        const expected = i === 0 || typeof v !== 'number' || typeof base !== 'number' ? null : Math.round((v - base) * 100) / 100;
        expect(r.deltas[i], `${r.id}[${i}]`).toBe(expected);
      });
    }
    expect(row('peakRssBytes')?.values.every((v) => typeof v === 'number' && v > 0)).toBe(true);
    expect(row('minRssHeadroomPercent')?.values).toEqual(result.variants.map((v) => v.metrics.minRssHeadroom?.percent));
    expect(row('firstFailurePool')?.deltas).toEqual([null, null, null]);
  });

  it('takes 2 to 4 distinct variants and names the one Flink refuses', () => {
    const v = (spec: string) => parseVariantSpec(spec);
    expect(() => compareVariants(leaky, [v('a:')])).toThrow('compare takes 2 to 4 variants (got 1)');
    expect(() => compareVariants(leaky, ['a:', 'b:', 'c:', 'd:', 'e:'].map(v))).toThrow('(got 5)');
    expect(() => compareVariants(leaky, [v('a:'), v('a: -D cluster.taskmanagers=5')])).toThrow("two variants are called 'a'");
    expect(() => compareVariants(leaky, [v('a:'), v('tiny: -D taskmanager.memory.process.size=300m')])).toThrow(VariantError);
    expect(() => compareVariants(leaky, [v('a:'), v('tiny: -D taskmanager.memory.process.size=300m')])).toThrow(
      /^variant 'tiny': flink\.config: TaskManager: TaskManager memory configuration failed: Sum of configured JVM Metaspace/,
    );
  });
});
