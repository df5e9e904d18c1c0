/**
 * Reads Flink's runtime options (runtimeOptions.ts) once, for one release, into the typed value the engine
 * uses: parse errors come from OptionReader with Flink's "Could not parse value …" texts, and values Flink
 * refuses are refused here with the texts of the class that refuses them. The engine reads only this value.
 */
import { FlinkError } from './flinkError';
import { type FlinkConfiguration, OptionReader } from './configuration';
import { atLeast, type FlinkVersion } from './flinkVersion';
import type { OptionDef } from './options';
import { readRocksDbOptions, type RocksDbOptions } from './rocksdbOptions';
import {
  BLOB,
  CHECKPOINT,
  EXIT_ON_OOM,
  hasModernRestartDefaults,
  RESTART,
  SCHEDULER,
  SLOT_REQUEST_TIMEOUT,
  SPREAD_SLOTS,
  STATE_BACKEND,
} from './runtimeOptions';

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

export interface CheckpointConfig {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly tolerableFailures: number;
  readonly unaligned: boolean;
}

interface BlobConfig {
  readonly concurrent: number;
  readonly retries: number;
  /** 0: no timeout (a socket timeout of 0 is infinite in Java). */
  readonly timeoutMs: number;
}

export interface RuntimeOptions {
  /** Heap keyed state (hashmap; jobmanager/filesystem before 2.0) or RocksDB in managed memory. */
  readonly stateBackend: 'hashmap' | 'rocksdb';
  /** RocksDB's memory options (rocksdbOptions.ts), read only when the state backend is RocksDB (as Flink validates them then). */
  readonly rocksdb: RocksDbOptions | undefined;
  readonly spreadSlots: boolean;
  readonly exitOnOom: boolean;
  /** Undefined when checkpointing is off (no `execution.checkpointing.interval`). */
  readonly checkpoint: CheckpointConfig | undefined;
  readonly blob: BlobConfig;
  readonly restartStrategy: RestartStrategy;
  readonly scheduler: SchedulerConfig;
  /** slot.request.timeout: a region waits this long for its slots (and a standalone resource manager's start-up period). */
  readonly slotRequestTimeoutMs: number;
}

/** Which scheduler runs the streaming job (adaptiveScheduler.ts for the adaptive one). */
interface SchedulerConfig {
  readonly kind: 'default' | 'adaptive';
  readonly reactive: boolean;
  readonly stabilizationMs: number;
}

const INT_MAX = 2147483647;
/** CheckpointConfig.MINIMAL_CHECKPOINT_TIME: the smallest interval and timeout Flink accepts. */
export const MINIMAL_CHECKPOINT_TIME_MS = 10;

/** Throws a FlinkError (Flink's class and text, with the keys involved) for anything Flink refuses. */
export function readRuntimeOptions(config: FlinkConfiguration, version: FlinkVersion): RuntimeOptions {
  const r = new OptionReader(config, version);
  const checkpoint = checkpointConfig(r);
  const backend = stateBackend(r, version);
  return {
    stateBackend: backend,
    rocksdb: backend === 'rocksdb' ? readRocksDbOptions(r) : undefined,
    spreadSlots: r.boolean(SPREAD_SLOTS) ?? false,
    exitOnOom: r.boolean(EXIT_ON_OOM) ?? false,
    checkpoint,
    blob: blobConfig(r),
    restartStrategy: restartStrategy(r, version, checkpoint !== undefined),
    scheduler: schedulerConfig(r),
    slotRequestTimeoutMs: r.durationMs(SLOT_REQUEST_TIMEOUT) ?? 300_000,
  };
}

/**
 * SchedulerType's names match case-insensitively (ConfigOption of an enum); AdaptiveBatch applies to batch jobs only,
 * so a streaming job runs on Default with it. Reactive mode picks the adaptive scheduler whatever the type says
 * (DefaultSlotPoolServiceSchedulerFactory#getJobSchedulerType) and makes the stabilization timeout 0 unless set.
 */
function schedulerConfig(r: OptionReader): SchedulerConfig {
  const reactive = (r.string(SCHEDULER.mode) ?? '').toLowerCase() === 'reactive';
  const adaptive = reactive || (r.string(SCHEDULER.type) ?? '').toLowerCase() === 'adaptive';
  const explicit = r.config.lookup(SCHEDULER.stabilization) !== undefined;
  const stabilizationMs = reactive && !explicit ? 0 : (r.durationMs(SCHEDULER.stabilization) ?? 10_000);
  return { kind: adaptive ? 'adaptive' : 'default', reactive, stabilizationMs };
}

/** The key the user wrote for an option (or its main key), for the error's highlighted keys. */
function keyOf(r: OptionReader, def: OptionDef): string {
  return r.config.lookup(def)?.entry.key ?? def.key;
}

/** `Preconditions#checkArgument` as Flink's constructors use it. */
function require(condition: boolean, message: string, keys: readonly string[]): void {
  if (!condition) throw new FlinkError('IllegalArgumentException', message, keys);
}

/**
 * StateBackendLoader#loadUnwrappedStateBackendFromConfig: the shortcut names, else a factory class name; one that
 * cannot be loaded fails with DynamicCodeLoadingException. 'hashmap' arrived in 1.13 (FLIP-142); 'jobmanager' and
 * 'filesystem' (both heap state) were removed in 2.0; 'forst' (2.0, FLIP-423) is RocksDB's fork, in managed memory.
 */
function stateBackend(r: OptionReader, version: FlinkVersion): 'hashmap' | 'rocksdb' {
  const name = r.string(STATE_BACKEND) ?? 'hashmap';
  const heap = [...(atLeast(version, 1, 13) ? ['hashmap'] : []), ...(atLeast(version, 2, 0) ? [] : ['jobmanager', 'filesystem'])];
  const managed = ['rocksdb', ...(atLeast(version, 2, 0) ? ['forst'] : [])];
  const lower = name.toLowerCase();
  if (heap.includes(lower)) return 'hashmap';
  if (managed.includes(lower)) return 'rocksdb';
  throw new FlinkError('DynamicCodeLoadingException', `Cannot find configured state backend factory class: ${name}`, [
    keyOf(r, STATE_BACKEND),
  ]);
}

/** CheckpointConfig#configure → setCheckpointInterval / setCheckpointTimeout / setTolerableCheckpointFailureNumber. */
function checkpointConfig(r: OptionReader): CheckpointConfig | undefined {
  if (!r.isExplicit(CHECKPOINT.interval)) return undefined;
  const intervalMs = r.durationMs(CHECKPOINT.interval) ?? 0;
  // Every release from 1.10 to 2.0 refuses an explicit interval below 10 ms (0 included) with this text: the
  // configured value goes through setCheckpointInterval; only the absent key means "checkpointing off".
  require(intervalMs >=
    MINIMAL_CHECKPOINT_TIME_MS, `Checkpoint interval must be larger than or equal to ${MINIMAL_CHECKPOINT_TIME_MS} ms`, [
    keyOf(r, CHECKPOINT.interval),
  ]);
  const timeoutMs = r.durationMs(CHECKPOINT.timeout) ?? 600_000;
  require(timeoutMs >= MINIMAL_CHECKPOINT_TIME_MS, `Checkpoint timeout must be larger than or equal to ${MINIMAL_CHECKPOINT_TIME_MS} ms`, [
    keyOf(r, CHECKPOINT.timeout),
  ]);
  const tolerableFailures = r.int(CHECKPOINT.tolerable) ?? 0;
  require(tolerableFailures >= 0, 'The tolerable failure checkpoint number must be non-negative.', [keyOf(r, CHECKPOINT.tolerable)]);
  return { intervalMs, timeoutMs, tolerableFailures, unaligned: r.boolean(CHECKPOINT.unaligned) ?? false };
}

/**
 * BlobServer falls back to the default (50) for fewer than 1 concurrent fetches and BlobClient to no retries for a
 * negative count, each with a WARN; a negative socket timeout fails in java.net.Socket#setSoTimeout.
 */
function blobConfig(r: OptionReader): BlobConfig {
  const concurrent = r.int(BLOB.concurrent) ?? 50;
  const retries = r.int(BLOB.retries) ?? 5;
  const timeoutMs = r.int(BLOB.timeout) ?? 300_000;
  require(timeoutMs >= 0, "timeout can't be negative", [keyOf(r, BLOB.timeout)]);
  return { concurrent: concurrent < 1 ? 50 : concurrent, retries: Math.max(0, retries), timeoutMs };
}

/**
 * RestartBackoffTimeStrategyFactoryLoader: the configured strategy, else none without checkpointing, else
 * fixed-delay (Integer.MAX_VALUE attempts, 1 s) until 1.18 and exponential-delay with its option defaults
 * (not the configured exponential keys) from 1.19.
 */
function restartStrategy(r: OptionReader, version: FlinkVersion, checkpointing: boolean): RestartStrategy {
  const name = r.string(RESTART.type);
  if (name === undefined) {
    if (!checkpointing) return { type: 'none' };
    return hasModernRestartDefaults(version) ? exponentialDefaults(r) : { type: 'fixed-delay', attempts: INT_MAX, delayMs: 1000 };
  }
  switch (name.trim().toLowerCase()) {
    case 'none':
    case 'off':
    case 'disable':
      return { type: 'none' };
    case 'fixed-delay':
    case 'fixeddelay':
      return fixedDelay(r);
    case 'failure-rate':
    case 'failurerate':
      return failureRate(r);
    case 'exponential-delay':
    case 'exponentialdelay':
      return exponential(r, version);
    default:
      throw new FlinkError('IllegalArgumentException', `Unknown restart strategy ${name}.`, [keyOf(r, RESTART.type)]);
  }
}

/** FixedDelayRestartBackoffTimeStrategy's checks (a Duration is never negative, so only the attempts). */
function fixedDelay(r: OptionReader): RestartStrategy {
  const attempts = r.int(RESTART.fixedAttempts) ?? 1;
  require(attempts >= 0, 'Maximum number of restart attempts must be at least 0.', [keyOf(r, RESTART.fixedAttempts)]);
  return { type: 'fixed-delay', attempts, delayMs: r.durationMs(RESTART.fixedDelay) ?? 1000 };
}

/** FailureRateRestartBackoffTimeStrategy's checks. */
function failureRate(r: OptionReader): RestartStrategy {
  const maxFailures = r.int(RESTART.rateMaxFailures) ?? 1;
  require(maxFailures > 0, 'Maximum number of restart attempts per time unit must be greater than 0.', [keyOf(r, RESTART.rateMaxFailures)]);
  const intervalMs = r.durationMs(RESTART.rateInterval) ?? 60_000;
  require(intervalMs > 0, 'Failures interval must be greater than 0 ms.', [keyOf(r, RESTART.rateInterval)]);
  return { type: 'failure-rate', maxFailures, intervalMs, delayMs: r.durationMs(RESTART.rateDelay) ?? 1000 };
}

function exponentialDefaults(r: OptionReader): RestartStrategy {
  const d = (def: OptionDef) => def.defaultValue(r.version) as number;
  return {
    type: 'exponential-delay',
    initialMs: d(RESTART.expInitial),
    maxMs: d(RESTART.expMax),
    multiplier: d(RESTART.expMultiplier),
    resetThresholdMs: d(RESTART.expReset),
    jitter: d(RESTART.expJitter),
    attemptsBeforeReset: d(RESTART.expAttempts),
  };
}

/**
 * ExponentialDelayRestartBackoffTimeStrategy's constructor checks. They also bound the delays: at least 1 ms and at
 * most max-backoff whatever the multiplier (an infinite multiplier reaches max-backoff at the second failure).
 */
function exponential(r: OptionReader, version: FlinkVersion): RestartStrategy {
  const key = (def: OptionDef) => [keyOf(r, def)];
  const initialMs = r.durationMs(RESTART.expInitial) ?? 1000;
  const maxMs = r.durationMs(RESTART.expMax) ?? 0;
  const multiplier = r.double(RESTART.expMultiplier) ?? 0;
  const resetThresholdMs = r.durationMs(RESTART.expReset) ?? 0;
  const jitter = r.double(RESTART.expJitter) ?? 0;
  require(initialMs >= 1, 'Initial backoff must be at least 1.', key(RESTART.expInitial));
  require(maxMs >= 1, 'Maximum backoff must be at least 1.', key(RESTART.expMax));
  require(initialMs <= maxMs, 'Initial backoff cannot be higher than maximum backoff.', [
    ...key(RESTART.expInitial),
    ...key(RESTART.expMax),
  ]);
  require(multiplier > 1, 'Backoff multiplier must be greater than 1.', key(RESTART.expMultiplier));
  require(resetThresholdMs >= 1, 'Threshold duration for exponential backoff reset must be at least 1.', key(RESTART.expReset));
  require(jitter >= 0 && jitter <= 1, 'Jitter factor must be >= 0 and <= 1.', key(RESTART.expJitter));
  // The attempts option exists from 1.19 (FLIP-364); before, exponential-delay restarted without limit.
  const attemptsBeforeReset = hasModernRestartDefaults(version) ? (r.int(RESTART.expAttempts) ?? INT_MAX) : INT_MAX;
  require(attemptsBeforeReset >= 1, 'The attemptsBeforeResetBackoff must be at least 1.', key(RESTART.expAttempts));
  return { type: 'exponential-delay', initialMs, maxMs, multiplier, resetThresholdMs, jitter, attemptsBeforeReset };
}
