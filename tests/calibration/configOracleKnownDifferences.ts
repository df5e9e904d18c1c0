/**
 * Where the product differs from Flink's own classes today (configuration oracle, calibration/config-oracle/): one row
 * per release, case, process and field, Flink's value and ours. Written by scripts/config-oracle-differences.ts; every
 * row is a bug or a missing feature to fix (issue 14), not a tolerance. 0 rows: {}.
 */
import type { Difference } from '../../calibration/config-oracle/replay';

export const KNOWN_DIFFERENCES: readonly Difference[] = [];
