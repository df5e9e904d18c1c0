/**
 * Flink's restart strategies (docs/runtime-mechanics.md §1.2): whether a failure restarts the job, and after which delay.
 * The strategy itself is read from the configuration by config/runtimeReader.ts.
 */
import { FlinkConfiguration } from '../../config/configuration';
import { parseFlinkVersion } from '../../config/flinkVersion';
import { readRuntimeOptions, type RestartStrategy } from '../../config/runtimeReader';
import type { RestartHistory } from '../state/jobState';

export type { RestartStrategy } from '../../config/runtimeReader';

/** The strategy a plain key/value configuration gives in one release, read through the one road (runtimeReader.ts). */
export function restartStrategyOf(config: Readonly<Record<string, string>>, flinkVersion: string): RestartStrategy {
  const entries = Object.entries(config).map(([key, value]) => ({ key, value, origin: 'restartStrategyOf' }));
  return readRuntimeOptions(new FlinkConfiguration(entries), parseFlinkVersion(flinkVersion)).restartStrategy;
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
