// Protects the fit's pure estimators: a staircase's step and count, a ramp's slope, a change point, the allocation rate
// and the live-set growth come out of series built with known figures (and a flat or noisy series gives no staircase).
import { describe, expect, it } from 'vitest';
import { allocationRate, fitChangePoint, fitLinearRamp, fitStaircase, liveSetGrowth, rSquared } from '../../../models/fit/estimators';

const MiB = 1_048_576;

describe('fitStaircase', () => {
  it('finds a 16 MiB step per restart over 7 restarts, with repeated samples between steps', () => {
    const tMs = Array.from({ length: 30 }, (_, i) => i * 1500);
    const values = tMs.map((_, i) => 68 * MiB + Math.min(7, Math.floor((i + 1) / 2)) * 16 * MiB);
    const fit = fitStaircase(tMs, values);
    expect(fit).toMatchObject({ stepBytes: 16 * MiB, steps: 7, baseBytes: 68 * MiB });
    expect(fit?.r2).toBeCloseTo(1, 6);
  });

  it('counts a double jump (two restarts between samples) as two steps', () => {
    const values = [0, 10, 10, 30, 40, 40].map((v) => v * MiB);
    expect(fitStaircase([0, 1, 2, 3, 4, 5], values)).toMatchObject({ stepBytes: 10 * MiB, steps: 4 });
  });

  it('gives nothing for a flat series or jumps under 1 MiB', () => {
    expect(fitStaircase([0, 1, 2, 3], [5, 5, 5, 5])).toBeUndefined();
    expect(fitStaircase([0, 1, 2, 3], [0, 1000, 2000, 3000])).toBeUndefined();
  });
});

describe('fitLinearRamp and fitChangePoint', () => {
  it('a ramp of 100 MiB per hour sampled every minute', () => {
    const tMs = Array.from({ length: 61 }, (_, i) => i * 60_000);
    const ramp = fitLinearRamp(
      tMs,
      tMs.map((t) => 500 * MiB + (100 * MiB * t) / 3_600_000),
    );
    expect(ramp?.bytesPerHour).toBeCloseTo(100 * MiB, 0);
    expect(ramp?.r2).toBeCloseTo(1, 9);
  });

  it('flat for 30 minutes, then growing: the change point is at 30 minutes (± one sample)', () => {
    const tMs = Array.from({ length: 61 }, (_, i) => i * 60_000);
    const values = tMs.map((t) => 500 * MiB + Math.max(0, t - 1_800_000) * 0.05);
    const change = fitChangePoint(tMs, values);
    expect(Math.abs((change?.sinceMs ?? 0) - 1_800_000)).toBeLessThanOrEqual(60_000);
    expect(change?.sseRatio).toBeLessThan(0.2);
  });

  it('R² is 1 for an exact fit and ≤ 0 for a fit no better than the mean', () => {
    expect(rSquared([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(rSquared([1, 2, 3], [2, 2, 2])).toBe(0);
  });
});

describe('allocation rate and live set from GCs', () => {
  it('100 MiB allocated between young GCs one second apart: 100 MiB/s', () => {
    const points = [0, 1000, 2000, 3000].map((atMs) => ({ atMs, beforeBytes: 150 * MiB, afterBytes: 50 * MiB, kind: 'young' }));
    expect(allocationRate(points)?.bytesPerSecond).toBeCloseTo(100 * MiB, 0);
  });

  it('live set from full GCs only when there are three or more: 10 MiB more after each hourly full GC', () => {
    const fulls = [0, 1, 2, 3].map((h) => ({
      atMs: h * 3_600_000,
      beforeBytes: 900 * MiB,
      afterBytes: (200 + 10 * h) * MiB,
      kind: 'full',
    }));
    const young = [{ atMs: 1_000, beforeBytes: 900 * MiB, afterBytes: 800 * MiB, kind: 'young' }];
    const live = liveSetGrowth([...fulls, ...young].sort((a, b) => a.atMs - b.atMs));
    expect(live?.from).toBe('full');
    expect(live?.bytesPerHour).toBeCloseTo(10 * MiB, 0);
  });
});
