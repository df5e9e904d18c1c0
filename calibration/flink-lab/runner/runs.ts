/**
 * Every Flink lab run by id (the fixture's file name under calibration/fixtures/flink/<version>/): `npm run calibrate
 * -- flink [--only id,…]` runs them in this order. A run builds the lab, starts its own cluster on free ports, writes
 * its fixture and returns the file's path.
 */
import { runAsyncTimerClient } from './asyncTimerClient';
import { DIRECT_LEAK_VARIANTS, runDirectLeak, runDirectLeakVariant } from './directLeak';
import { runGzipLogger } from './gzipLogger';
import { runKeyedWindows } from './keyedWindows';
import { runConcurrentOpen } from './concurrentOpen';
import { runTaskManagerKill } from './taskManagerKill';
import { runJmPinnedLoaders } from './jmPinnedLoaders';

export interface LabRun {
  readonly id: string;
  readonly run: (log: (s: string) => void) => Promise<string>;
}

export const LAB_RUNS: readonly LabRun[] = [
  { id: 'direct-leak-on-restart', run: runDirectLeak },
  ...[DIRECT_LEAK_VARIANTS.gcReleased, DIRECT_LEAK_VARIANTS.gcReleasedExplicitGc, DIRECT_LEAK_VARIANTS.unsafe].map((v) => ({
    id: v.id,
    run: (log: (s: string) => void) => runDirectLeakVariant(v, log),
  })),
  { id: 'async-timer-client', run: runAsyncTimerClient },
  { id: 'gzip-logger', run: runGzipLogger },
  { id: 'keyed-windows', run: runKeyedWindows },
  { id: 'taskmanager-kill', run: runTaskManagerKill },
  { id: 'concurrent-open-overflow', run: runConcurrentOpen },
  { id: 'jm-pinned-loaders', run: runJmPinnedLoaders },
];
