/**
 * The context every mechanism acts through: the scenario, what was derived from it once (SimSetup), the state,
 * the queue, the random streams, and where events go. The kernel (simulation.ts) implements it.
 */
import type { RuntimeOptions } from '../../config/runtimeReader';
import type { FrocksDbLine } from '../../rocksdb/footprint';
import type { Allocator } from '../../rocksdb/types';
import type { DeriveResult } from '../../memoryModel';
import type { Scenario } from '../../scenario/types';
import type { EventQueue } from '../eventQueue';
import type { RandomStreams } from '../rng';
import type { TraceEvent } from '../trace';
import type { TaskLogFormat } from '../messages';
import type { JvmSizing } from './jvmState';
import type { QueuedAction } from './queuedAction';
import type { SimState } from './simState';

/** Flink's derivation of both processes from the scenario's configuration (models/engine/setup.ts deriveScenarioMemory). */
export interface ScenarioMemory {
  /** The configuration the processes start with: the shipped defaults under the scenario's flink.config. */
  readonly config: Readonly<Record<string, string>>;
  readonly taskManager: DeriveResult & { ok: true; process: 'taskmanager' };
  readonly jobManager: DeriveResult & { ok: true; process: 'jobmanager' };
}

/** Fixed for a run: derived once from the scenario. */
export interface SimSetup {
  /** The derivation the sizes below come from (the sandbox shows it box by box). */
  readonly memory: ScenarioMemory;
  readonly taskManagerSizing: JvmSizing;
  readonly jobManagerSizing: JvmSizing;
  readonly slotsPerTaskManager: number;
  /** Each slot's share of managed memory (managed / slots). */
  readonly managedPerSlotBytes: number;
  /** Flink < 1.11 loads the job's classes again for every attempt. */
  readonly classLoaderPerAttempt: boolean;
  /** How this release names task attempts in its logs (messages.ts taskStateMessage). */
  readonly taskLog: TaskLogFormat;
  /** TaskManagerRunner's exit code for a fatal error: RUNTIME_FAILURE_RETURN_CODE 2 until 1.12, FAILURE_EXIT_CODE 1 from 1.13. */
  readonly taskManagerFatalExitCode: number;
  /** Flink's runtime options (restart strategy, checkpointing, blob server, state backend, …), read once by config/runtimeReader.ts. */
  readonly runtime: RuntimeOptions;
  readonly metricNames: readonly string[];
  /** RocksDB's model (engine/job/rocksdbInstances.ts): the release's traits and the TaskManagers' allocator. */
  readonly rocksdb: RocksDbSetup;
}

interface RocksDbSetup {
  /** The frocksdb release the Flink release ships (models/rocksdb/footprint.ts). */
  readonly frocksdb: FrocksDbLine;
  /** ManagedMemoryUtils#getFractionRoundedDown exists (1.12+). */
  readonly fractionRoundedDown: boolean;
  readonly allocator: Allocator;
  readonly mallocArenaMax: number | undefined;
}

export interface Sim {
  readonly scenario: Scenario;
  readonly setup: SimSetup;
  state: SimState;
  queue: EventQueue<QueuedAction>;
  rng: RandomStreams;
  emit(event: TraceEvent): void;
  /** Set whenever something changes a flow; the loop recomputes rates before advancing. */
  ratesDirty: boolean;
  /** Set when tasks move or JVMs come and go: threads and network buffers per TaskManager are recounted. */
  placementDirty: boolean;
}
