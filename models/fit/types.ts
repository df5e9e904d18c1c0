/**
 * What fitting an incident reports (issue 15, item 3): the fitted parameters, each with the sentence an explanation
 * quotes, the divergence of the simulated series from the observed ones, and the first failure observed vs simulated.
 */

export interface FittedParameter {
  /** `leak.direct.perRestart`, `leak.heap.perHour`, `allocation.rate`, `liveSet.growth`, `leak.since`. */
  readonly name: string;
  readonly value: number;
  /** 'bytes/restart', 'bytes/hour', 'bytes/s', 'ms'. */
  readonly unit: string;
  /** 'staircase', 'linear-ramp', 'change-point', 'gc-frequency', 'heap-after-gc'. */
  readonly method: string;
  readonly r2?: number;
  /** How many points (restarts, samples, collections) the fit used. */
  readonly points: number;
  /** What an explanation quotes: "direct memory grew 16 MiB per restart (fit over 11 restarts, R² 0.99)". */
  readonly text: string;
  /** What the figure set in the fitted scenario ("the scenario’s leak", "the job’s allocation rate"); absent when it is
   *  only named: a pool that also grew, but not the one the symptoms chose. */
  readonly drives?: string;
}

export interface SeriesDivergence {
  readonly process: string;
  readonly metric: string;
  /** The pool's limit the RMSE is relative to (bytes), and the RMSE itself. */
  readonly limitBytes: number;
  readonly rmseBytes: number;
  /** rmseBytes / limitBytes. */
  readonly rmseRelative: number;
  readonly points: number;
}

export interface FirstFailureComparison {
  readonly observedMs: number | undefined;
  readonly simulatedMs: number | undefined;
  readonly process: string;
  readonly kind: string;
}

export interface FitReport {
  readonly parameters: readonly FittedParameter[];
  readonly series: readonly SeriesDivergence[];
  readonly firstFailure: FirstFailureComparison | undefined;
  readonly summary: readonly string[];
  /** The simulated first failure's explanation (models/explain), quoting the fitted figures of its pool. */
  readonly explanation?: string;
}
