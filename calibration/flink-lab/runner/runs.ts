/**
 * Every Flink lab run by id (the fixture's file name under calibration/fixtures/flink/<version>/): `npm run calibrate
 * -- flink [--only id,…]` runs them in this order. A run builds the lab, starts its own cluster on free ports, writes
 * its fixture and returns the file's path.
 */
import { runDirectLeak } from './directLeak';
import { runJmPinnedLoaders } from './jmPinnedLoaders';

export interface LabRun {
  readonly id: string;
  readonly run: (log: (s: string) => void) => Promise<string>;
}

export const LAB_RUNS: readonly LabRun[] = [
  { id: 'direct-leak-on-restart', run: runDirectLeak },
  { id: 'jm-pinned-loaders', run: runJmPinnedLoaders },
];
