/**
 * Flink's restart strategies with their keys and per-version defaults (runtime-mechanics §1.2):
 * whether a failure restarts the job, and after which delay.
 */
import { atLeast, parseFlinkVersion } from '../../config/flinkVersion';

export type RestartStrategy =
  | { readonly type: 'none' }
  | { readonly type: 'fixed-delay'; readonly attempts: number; readonly delayMs: number }
  | { readonly type: 'failure-rate'; readonly maxFailures: number; readonly intervalMs: number; readonly delayMs: number }
  | {
      readonly type: 'exponential-delay';
      readonly initialMs: number;
      readonly maxMs: number;
      readonly multiplier: number;
      readonly resetThresholdMs: number;
      readonly jitter: number;
      readonly attemptsBeforeReset: number;
    };

export interface RestartHistory {
  restarts: number;
  /** Failure times inside the failure-rate interval (restart-strategy.failure-rate.failure-rate-interval). */
  failureTimesMs: number[];
  /** exponential-delay: the current backoff and the attempts since the last reset. */
  backoffMs: number;
  attemptsSinceReset: number;
  lastFailureMs: number;
}

export const newRestartHistory = (): RestartHistory => ({
  restarts: 0,
  failureTimesMs: [],
  backoffMs: 0,
  attemptsSinceReset: 0,
  lastFailureMs: -1,
});

const INT_MAX = 2147483647;

/** Flink's Duration syntax for restart options: "10 s", "1 min", "500ms", or a bare number of milliseconds. */
export function parseFlinkDuration(text: string, key: string): number {
  const m =
    /^\s*(\d+)\s*(ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|min|m|minute|minutes|h|hour|hours|d|day|days)?\s*$/i.exec(
      text,
    );
  if (!m) throw new Error(`Could not parse value '${text}' for key '${key}'.`);
  const unit = (m[2] ?? 'ms').toLowerCase();
  const factor = unit.startsWith('d')
    ? 86_400_000
    : unit.startsWith('h')
      ? 3_600_000
      : unit === 'm' || unit.startsWith('min')
        ? 60_000
        : unit.startsWith('s')
          ? 1000
          : 1;
  return Number(m[1]) * factor;
}

/** The configured strategy, or the cluster default: none without checkpointing; fixed-delay (≤ 1.18) or exponential-delay (≥ 1.19) with it. */
export function restartStrategyOf(config: Readonly<Record<string, string>>, flinkVersion: string): RestartStrategy {
  const get = (suffix: string) => config[`restart-strategy.${suffix}`];
  const duration = (suffix: string, fallback: number) => {
    const v = get(suffix);
    return v === undefined ? fallback : parseFlinkDuration(v, `restart-strategy.${suffix}`);
  };
  const number = (suffix: string, fallback: number) => {
    const v = get(suffix);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`Could not parse value '${v}' for key 'restart-strategy.${suffix}'.`);
    return n;
  };
  const modern = atLeast(parseFlinkVersion(flinkVersion), 1, 19);
  const type = (config['restart-strategy.type'] ?? config['restart-strategy'])?.toLowerCase();
  const checkpointing = config['execution.checkpointing.interval'] !== undefined;
  switch (type) {
    case 'none':
    case 'off':
    case 'disable':
      return { type: 'none' };
    case 'fixed-delay':
    case 'fixeddelay':
      return { type: 'fixed-delay', attempts: number('fixed-delay.attempts', 1), delayMs: duration('fixed-delay.delay', 1000) };
    case 'failure-rate':
    case 'failurerate':
      return {
        type: 'failure-rate',
        maxFailures: number('failure-rate.max-failures-per-interval', 1),
        intervalMs: duration('failure-rate.failure-rate-interval', 60_000),
        delayMs: duration('failure-rate.delay', 1000),
      };
    case 'exponential-delay':
    case 'exponentialdelay':
      return exponential(duration, number, modern);
    case undefined:
      if (!checkpointing) return { type: 'none' };
      return modern ? exponential(duration, number, true) : { type: 'fixed-delay', attempts: INT_MAX, delayMs: 1000 };
    default:
      throw new Error(
        `Unknown restart strategy '${type}' in 'restart-strategy.type' (none, fixed-delay, failure-rate, exponential-delay).`,
      );
  }
}

function exponential(
  duration: (s: string, d: number) => number,
  number: (s: string, d: number) => number,
  modern: boolean,
): RestartStrategy {
  return {
    type: 'exponential-delay',
    initialMs: duration('exponential-delay.initial-backoff', 1000),
    maxMs: duration('exponential-delay.max-backoff', modern ? 60_000 : 300_000),
    multiplier: number('exponential-delay.backoff-multiplier', modern ? 1.5 : 2.0),
    resetThresholdMs: duration('exponential-delay.reset-backoff-threshold', 3_600_000),
    jitter: number('exponential-delay.jitter-factor', 0.1),
    attemptsBeforeReset: number('exponential-delay.attempts-before-reset-backoff', INT_MAX),
  };
}

/** Decides on a failure at `nowMs`: the restart delay, or undefined when the strategy gives up. `draw` is a seeded uniform in [0,1). */
export function onFailure(strategy: RestartStrategy, history: RestartHistory, nowMs: number, draw: () => number): number | undefined {
  const previous = history.lastFailureMs;
  history.lastFailureMs = nowMs;
  switch (strategy.type) {
    case 'none':
      return undefined;
    case 'fixed-delay':
      if (history.restarts >= strategy.attempts) return undefined;
      history.restarts += 1;
      return strategy.delayMs;
    case 'failure-rate': {
      history.failureTimesMs = [...history.failureTimesMs.filter((t) => t > nowMs - strategy.intervalMs), nowMs];
      if (history.failureTimesMs.length > strategy.maxFailures) return undefined;
      history.restarts += 1;
      return strategy.delayMs;
    }
    case 'exponential-delay': {
      if (previous >= 0 && nowMs - previous >= strategy.resetThresholdMs) {
        history.backoffMs = 0;
        history.attemptsSinceReset = 0;
      }
      if (history.attemptsSinceReset >= strategy.attemptsBeforeReset) return undefined;
      // ExponentialDelayRestartBackoffTimeStrategy: (long)(previous × multiplier) capped at max; the jittered
      // delay is clamped into [initial, max].
      const base =
        history.backoffMs === 0 ? strategy.initialMs : Math.min(Math.floor(history.backoffMs * strategy.multiplier), strategy.maxMs);
      history.backoffMs = base;
      history.attemptsSinceReset += 1;
      history.restarts += 1;
      const jitter = Math.round(base * strategy.jitter * (2 * draw() - 1));
      return Math.min(strategy.maxMs, Math.max(strategy.initialMs, base + jitter));
    }
  }
}
