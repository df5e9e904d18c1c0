/** The state a run starts from, at t = 0: no process yet, every task CREATED in its slot, nothing measured. */
import type { Scenario } from '../scenario/types';
import { createTasks } from './job/tasks';
import { newBlobState } from './state/blobState';
import { idleVertex, newCheckpointStats, newRestartHistory } from './state/jobState';
import type { SimSetup } from './state/sim';
import type { SimState } from './state/simState';
import { HASH_SEED } from './traceHash';

/** The grid: once a simulated minute, GC time per minute is measured and the sources draw new noise. */
export const GRID_MS = 60_000;

export function initialState(scenario: Scenario, setup: SimSetup): SimState {
  const ops = scenario.job.operators;
  return {
    nowMs: 0,
    jvms: [],
    tasks: createTasks(scenario, setup.slotsPerTaskManager, setup.runtime.spreadSlots),
    job: {
      status: 'INITIALIZING',
      history: newRestartHistory(),
      restarts: 0,
      sourceLagMicro: 0,
      throughputMicroPerMs: 0,
      recordsProcessed: 0,
      recordsProcessedRemainderMicro: 0,
      sourceRateMicroPerMs: 0,
      pendingRestartDelayMs: 0,
      vertices: ops.map(() => idleVertex()),
      checkpoints: newCheckpointStats(),
    },
    traffic: { noise: ops.map(() => 1), spikeFactor: 1, slowFactor: ops.map(() => 1), stormPerSec: 0, watermarkFrozen: false },
    nextSampleAtMs: 0,
    nextGridAtMs: GRID_MS,
    pidCounter: 0,
    jobLoaderAttempt: [],
    exits: [],
    blob: newBlobState(),
    injectedLeaks: { operators: [], ramps: [] },
    hashA: HASH_SEED.a,
    hashB: HASH_SEED.b,
    eventCount: 0,
  };
}
