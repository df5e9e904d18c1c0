/**
 * Figures that do not meet their tolerance, with the measured gap. The calibration test checks that each is still
 * a gap (so the list cannot go stale when the model improves), and README.md's "What is modelled" lists them.
 */
export interface KnownGap {
  readonly jdk: number;
  readonly experiment: string;
  readonly figure: string;
  readonly measured: string;
  readonly simulated: string;
  readonly why: string;
}

export const KNOWN_GAPS: readonly KnownGap[] = [];
