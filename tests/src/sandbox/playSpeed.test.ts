// Protects the default play speed (issue 13): every shipped scenario opens at a speed that plays the whole run in
// 30–60 s, the ladder keeps real time and 10^6× at its ends, and any run length a step can serve gets one in range.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { defaultSpeedStep, PLAY_S_RANGE, playSeconds, SPEEDS, speedStepOf } from '../../../src/sandbox/playSpeed';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const [LOW_S, HIGH_S] = PLAY_S_RANGE;

describe('play speed', () => {
  it('opens every shipped scenario at a speed that plays it in 30–60 s', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const { durationMs } = loadScenario(readFileSync(join(SCENARIOS, file), 'utf8'), file);
      const seconds = playSeconds(durationMs, SPEEDS[defaultSpeedStep(durationMs)] as number);
      expect({ file, seconds }).toEqual({ file, seconds: expect.toSatisfy((s: number) => s >= LOW_S && s <= HIGH_S) });
    }
  });

  it('runs from real time to 10^6×, slowest first, each step at most 5/3 of the last', () => {
    expect(SPEEDS[0]).toBe(1);
    expect(SPEEDS.at(-1)).toBe(1_000_000);
    for (let i = 1; i < SPEEDS.length; i++) {
      const ratio = (SPEEDS[i] as number) / (SPEEDS[i - 1] as number);
      expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThanOrEqual(5 / 3 + 1e-9);
    }
  });

  it('finds a step in 30–60 s for any run from 30 s to 10^6 minutes, and the nearest end beyond', () => {
    // Run lengths spread log-uniformly over the whole span (deterministic: a fixed ratio between them).
    for (let s = LOW_S; s <= HIGH_S * 1e6; s *= 1.037) {
      const play = playSeconds(s * 1000, SPEEDS[defaultSpeedStep(s * 1000)] as number);
      expect(play).toBeGreaterThanOrEqual(LOW_S);
      expect(play).toBeLessThanOrEqual(HIGH_S);
    }
    expect(defaultSpeedStep(5_000)).toBe(0);
    expect(defaultSpeedStep(1e12)).toBe(SPEEDS.length - 1);
  });

  it('maps a speed to its own step (what setSpeedExp uses)', () => {
    expect(SPEEDS[speedStepOf(1000)]).toBe(1000);
    expect(SPEEDS[speedStepOf(1e9)]).toBe(1e6);
    expect(SPEEDS[speedStepOf(0.01)]).toBe(1);
  });
});
