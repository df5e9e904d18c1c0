/**
 * Pure estimators of an incident's free parameters from observed series (issue 15, item 3): a staircase (a step per
 * restart), a linear ramp, a change point ("since when"), the allocation rate from young GCs and the live-set growth
 * from the heap after GCs. No engine here: fitIncident.ts runs the engine on what these estimate.
 */

/** 1 MiB: the smallest step a staircase is made of (smaller jumps are the pool's noise: a buffer, a class). */
const MIN_STEP_BYTES = 1_048_576;
const HOUR_MS = 3_600_000;

export interface Staircase {
  readonly stepBytes: number;
  readonly steps: number;
  readonly baseBytes: number;
  readonly stepTimesMs: readonly number[];
  readonly r2: number;
}

export interface Ramp {
  readonly bytesPerHour: number;
  readonly interceptBytes: number;
  readonly r2: number;
  readonly points: number;
}

export interface ChangePoint {
  readonly sinceMs: number;
  readonly index: number;
  /** The fit's SSE relative to one straight line's (1 = no better; small = a clear change). */
  readonly sseRatio: number;
}

/** R² of `fitted` against `values` (1 when the values do not vary and the fit is exact). */
export function rSquared(values: readonly number[], fitted: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  let ssTot = 0;
  let ssRes = 0;
  values.forEach((v, i) => {
    ssTot += (v - mean) ** 2;
    ssRes += (v - (fitted[i] ?? 0)) ** 2;
  });
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * A staircase: upward jumps of at least 1 MiB and at least half the median jump (so that a pool's wobble is not a step),
 * the step its median jump rounded to whole bytes, R² of base + step × steps-so-far against the series.
 */
export function fitStaircase(tMs: readonly number[], values: readonly number[]): Staircase | undefined {
  const jumps: { at: number; by: number }[] = [];
  for (let i = 1; i < values.length; i++) {
    const by = (values[i] as number) - (values[i - 1] as number);
    if (by >= MIN_STEP_BYTES) jumps.push({ at: i, by });
  }
  if (jumps.length < 2) return undefined;
  const typical = median(jumps.map((j) => j.by));
  const steps = jumps.filter((j) => j.by >= typical / 2);
  const stepBytes = Math.round(median(steps.map((j) => j.by)));
  const baseBytes = values[0] as number;
  const fitted: number[] = [];
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    // a jump of several steps at once (two restarts between samples) counts as that many
    const jump = steps.find((j) => j.at === i);
    if (jump) k += Math.max(1, Math.round(jump.by / stepBytes));
    fitted.push(baseBytes + k * stepBytes);
  }
  return { stepBytes, steps: k, baseBytes, stepTimesMs: steps.map((j) => tMs[j.at] as number), r2: rSquared(values, fitted) };
}

/** Least squares of value on time: bytes per hour and R². */
export function fitLinearRamp(tMs: readonly number[], values: readonly number[]): Ramp | undefined {
  const n = Math.min(tMs.length, values.length);
  if (n < 3) return undefined;
  const line = leastSquares(tMs.slice(0, n), values.slice(0, n));
  if (!line) return undefined;
  const fitted = tMs.slice(0, n).map((t) => line.intercept + line.slope * t);
  return { bytesPerHour: line.slope * HOUR_MS, interceptBytes: line.intercept, r2: rSquared(values.slice(0, n), fitted), points: n };
}

function leastSquares(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } | undefined {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * ((ys[i] as number) - my);
  });
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

function sse(xs: readonly number[], ys: readonly number[], flat: boolean): number {
  if (xs.length === 0) return 0;
  const line = flat ? undefined : leastSquares(xs, ys);
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  return ys.reduce((s, y, i) => s + (y - (line ? line.intercept + line.slope * (xs[i] as number) : my)) ** 2, 0);
}

/**
 * "Since when": the split that best explains the series as flat before and a straight line after (least total squared
 * error), over at most 400 candidate splits (evenly spaced, so that a day of 1 s samples stays fast).
 */
export function fitChangePoint(tMs: readonly number[], values: readonly number[]): ChangePoint | undefined {
  const n = Math.min(tMs.length, values.length);
  if (n < 6) return undefined;
  const whole = sse(tMs.slice(0, n), values.slice(0, n), false);
  const stride = Math.max(1, Math.floor(n / 400));
  let best: ChangePoint | undefined;
  let bestSse = Infinity;
  for (let k = 2; k <= n - 3; k += stride) {
    const total = sse(tMs.slice(0, k), values.slice(0, k), true) + sse(tMs.slice(k, n), values.slice(k, n), false);
    if (total < bestSse) {
      bestSse = total;
      best = { sinceMs: tMs[k] as number, index: k, sseRatio: whole === 0 ? 1 : total / whole };
    }
  }
  return best;
}

export interface HeapPoint {
  readonly atMs: number;
  readonly beforeBytes: number;
  readonly afterBytes: number;
  readonly kind: string;
}

/**
 * Allocation rate from consecutive collections: what was allocated between two is the heap before the second minus the
 * heap after the first; summed over the log and divided by the time it spans (bytes per second).
 */
export function allocationRate(points: readonly HeapPoint[]): { bytesPerSecond: number; points: number } | undefined {
  let bytes = 0;
  let spanMs = 0;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as HeapPoint;
    const cur = points[i] as HeapPoint;
    const allocated = cur.beforeBytes - prev.afterBytes;
    if (allocated < 0 || cur.atMs <= prev.atMs) continue;
    bytes += allocated;
    spanMs += cur.atMs - prev.atMs;
  }
  if (spanMs === 0) return undefined;
  return { bytesPerSecond: (bytes / spanMs) * 1000, points: points.length };
}

/**
 * Live-set growth: a straight line through the heap after full GCs (they leave only the live set) when there are three
 * or more, else through the heap after every collection (an upper bound of the live set).
 */
export function liveSetGrowth(points: readonly HeapPoint[]): (Ramp & { readonly from: 'full' | 'all' }) | undefined {
  const full = points.filter((p) => p.kind === 'full');
  const used = full.length >= 3 ? full : points;
  const ramp = fitLinearRamp(
    used.map((p) => p.atMs),
    used.map((p) => p.afterBytes),
  );
  return ramp ? { ...ramp, from: full.length >= 3 ? 'full' : 'all' } : undefined;
}
