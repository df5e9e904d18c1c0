/**
 * Axis ticks engineers read at a glance: simulated time in whole minutes, hours or days ("6h",
 * "1d 12h"), and sizes on binary steps (256 MiB, 1 GiB), as Flink's sizes are binary.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [
  1000,
  5000,
  15_000,
  30_000,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
];

function ticks(max: number, step: number): number[] {
  const out: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) out.push(t);
  return out;
}

export function timeTicks(durationMs: number, target = 6): number[] {
  return visibleTimeTicks([0, durationMs], target);
}

/** Ticks for a zoomed span: whole steps of its length, from the first at or after its start. */
export function visibleTimeTicks([fromMs, toMs]: readonly [number, number], target = 6): number[] {
  const span = toMs - fromMs;
  const step = TIME_STEPS.find((s) => span / s <= target) ?? Math.ceil(span / target / DAY) * DAY;
  const first = Math.ceil(fromMs / step) * step;
  return ticks(toMs - first, step).map((t) => t + first);
}

export function formatTimeTick(ms: number): string {
  if (ms === 0) return '0';
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  const s = Math.floor((ms % MINUTE) / 1000);
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].filter(Boolean);
  return parts.join(' ');
}

/** Binary steps (…, 64 MiB, 128 MiB, 256 MiB, …) giving at most `target` intervals up to `max`. */
export function byteTicks(max: number, target = 4): number[] {
  let step = 1024;
  while (max / step > target) step *= 2;
  return ticks(max, step);
}

/** The axis top: the first tick at or above `max`. */
export function byteAxisTop(max: number, target = 4): number {
  const t = byteTicks(max, target);
  const last = t[t.length - 1] as number;
  return last >= max ? last : last + (t[1] ?? last);
}
