/**
 * The speeds the sandbox plays at, and the one a scenario opens with. Six steps a decade (1, 1.5, 2, 3, 5, 7 ×10^k)
 * from real time to 10^6×: neighbours are at most 5/3 apart, so for any run between 30 s and 10^6 × 60 s long some
 * step plays it in 30–60 s (1-2-5 steps, 2.5 apart, would miss runs of 120–150 × 10^k seconds). Issue 13: a
 * 5-day scenario at a fixed 1,000× took 7 minutes to watch.
 */
const MANTISSAS = [1, 1.5, 2, 3, 5, 7] as const;
const DECADES = 6;

/** Every speed, slowest first: 1× … 10^6×. */
export const SPEEDS: readonly number[] = [
  ...Array.from({ length: DECADES }, (_, d) => MANTISSAS.map((m) => m * 10 ** d)).flat(),
  10 ** DECADES,
];

/** The whole-run play time the default speed aims at, and the span it must land in (seconds of wall time). */
const TARGET_PLAY_S = 45;
export const PLAY_S_RANGE: readonly [number, number] = [30, 60];

/** Wall-clock seconds a run of `durationMs` takes to play at `speed`. */
export function playSeconds(durationMs: number, speed: number): number {
  return durationMs / 1000 / speed;
}

/**
 * The index in SPEEDS a run of `durationMs` opens with: the play time nearest 45 s within 30–60 s; a run too short
 * or too long for any step gets the step nearest that range (1× or 10^6×).
 */
export function defaultSpeedStep(durationMs: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  SPEEDS.forEach((speed, i) => {
    // Distance on a log scale: 90 s is as far from 45 s as 22.5 s is.
    const distance = Math.abs(Math.log(playSeconds(durationMs, speed) / TARGET_PLAY_S));
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/** The step of the speed nearest `speed` (on a log scale). */
export function speedStepOf(speed: number): number {
  return defaultSpeedStep(speed * TARGET_PLAY_S * 1000);
}
