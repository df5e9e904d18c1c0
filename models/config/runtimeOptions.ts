/**
 * The catalogue of Flink's runtime options the simulator reads (restart strategies, checkpointing, the blob
 * server, the state backend, slot spreading, exit on OOM): each key's type, its default per release and its
 * deprecated keys, as Flink declares them in RestartStrategyOptions, CheckpointingOptions
 * (ExecutionCheckpointingOptions before 1.20), StateBackendOptions, BlobServerOptions, ClusterOptions and
 * TaskManagerOptions. runtimeReader.ts reads them into one typed value; nothing else reads these keys.
 */
import { atLeast, type FlinkVersion } from './flinkVersion';
import type { DefaultValue, OptionDef, OptionType, ProcessKind } from './options';

const always = () => true;

function runtimeOption(
  key: string,
  type: OptionType,
  process: ProcessKind,
  defaultValue: (v: FlinkVersion) => DefaultValue,
  doc: string,
  extra: Partial<OptionDef> = {},
): OptionDef {
  return { key, type, process, label: key, doc, defaultValue, deprecatedKeys: [], availableIn: always, informational: true, ...extra };
}

const fixed = (value: DefaultValue) => () => value;
/** FLIP-364 (1.19) changed the exponential-delay defaults and made it the default strategy with checkpointing. */
export const hasModernRestartDefaults = (v: FlinkVersion) => atLeast(v, 1, 19);

export const RESTART = {
  // `restart-strategy.type` with the older `restart-strategy` as its deprecated key (1.17+); both are read in every
  // release here, so a configuration written for either name works everywhere.
  type: runtimeOption(
    'restart-strategy.type',
    'string',
    'jobmanager',
    fixed(undefined),
    'none | fixed-delay | failure-rate | exponential-delay',
    {
      deprecatedKeys: ['restart-strategy'],
    },
  ),
  fixedAttempts: runtimeOption('restart-strategy.fixed-delay.attempts', 'int', 'jobmanager', fixed(1), 'Restarts before the job fails.'),
  fixedDelay: runtimeOption('restart-strategy.fixed-delay.delay', 'duration', 'jobmanager', fixed(1000), 'Delay between restarts.'),
  rateMaxFailures: runtimeOption(
    'restart-strategy.failure-rate.max-failures-per-interval',
    'int',
    'jobmanager',
    fixed(1),
    'Failures per interval before the job fails.',
  ),
  rateInterval: runtimeOption(
    'restart-strategy.failure-rate.failure-rate-interval',
    'duration',
    'jobmanager',
    fixed(60_000),
    'Window in which failures are counted.',
  ),
  rateDelay: runtimeOption('restart-strategy.failure-rate.delay', 'duration', 'jobmanager', fixed(1000), 'Delay between restarts.'),
  expInitial: runtimeOption('restart-strategy.exponential-delay.initial-backoff', 'duration', 'jobmanager', fixed(1000), 'First delay.'),
  expMax: runtimeOption(
    'restart-strategy.exponential-delay.max-backoff',
    'duration',
    'jobmanager',
    (v) => (hasModernRestartDefaults(v) ? 60_000 : 300_000),
    'Highest delay: 5 min until 1.18, 1 min from 1.19 (FLIP-364).',
  ),
  expMultiplier: runtimeOption(
    'restart-strategy.exponential-delay.backoff-multiplier',
    'double',
    'jobmanager',
    (v) => (hasModernRestartDefaults(v) ? 1.5 : 2.0),
    'Factor per failure: 2.0 until 1.18, 1.5 from 1.19 (FLIP-364).',
  ),
  expReset: runtimeOption(
    'restart-strategy.exponential-delay.reset-backoff-threshold',
    'duration',
    'jobmanager',
    fixed(3_600_000),
    'Failure-free running time after which the delay starts over.',
  ),
  expJitter: runtimeOption(
    'restart-strategy.exponential-delay.jitter-factor',
    'double',
    'jobmanager',
    fixed(0.1),
    'Random share of the delay.',
  ),
  expAttempts: runtimeOption(
    'restart-strategy.exponential-delay.attempts-before-reset-backoff',
    'int',
    'jobmanager',
    fixed(2147483647),
    'Restarts allowed before the delay resets (1.19+, FLIP-364).',
    { availableIn: hasModernRestartDefaults },
  ),
} as const;

export const CHECKPOINT = {
  interval: runtimeOption(
    'execution.checkpointing.interval',
    'duration',
    'jobmanager',
    fixed(undefined),
    'Checkpointing is on when this is set.',
  ),
  timeout: runtimeOption(
    'execution.checkpointing.timeout',
    'duration',
    'jobmanager',
    fixed(600_000),
    'A checkpoint slower than this expires.',
  ),
  tolerable: runtimeOption(
    'execution.checkpointing.tolerable-failed-checkpoints',
    'int',
    'jobmanager',
    fixed(0),
    'Consecutive checkpoint failures tolerated before the job fails over.',
  ),
  // `.unaligned.enabled` with `.unaligned` as its deprecated key (1.20, FLIP-406); both read in every release.
  unaligned: runtimeOption('execution.checkpointing.unaligned.enabled', 'boolean', 'jobmanager', fixed(false), 'Unaligned checkpoints.', {
    deprecatedKeys: ['execution.checkpointing.unaligned'],
  }),
} as const;

export const STATE_BACKEND = runtimeOption(
  'state.backend.type',
  'string',
  'jobmanager',
  (v) => (atLeast(v, 1, 13) ? 'hashmap' : 'jobmanager'),
  'hashmap (heap) or rocksdb; jobmanager/filesystem before 2.0.',
  // `state.backend.type` replaced `state.backend` in 1.17 (StateBackendOptions); both read in every release.
  { deprecatedKeys: ['state.backend'] },
);

export const BLOB = {
  concurrent: runtimeOption('blob.fetch.num-concurrent', 'int', 'jobmanager', fixed(50), 'Fetches the blob server serves at once.'),
  retries: runtimeOption('blob.fetch.retries', 'int', 'taskmanager', fixed(5), 'Retries of a failed fetch.'),
  timeout: runtimeOption('blob.client.socket.timeout', 'int', 'taskmanager', fixed(300_000), 'Socket timeout of a fetch, ms.'),
} as const;

export const SPREAD_SLOTS = runtimeOption(
  'cluster.evenly-spread-out-slots',
  'boolean',
  'jobmanager',
  fixed(false),
  'Slots taken round-robin across TaskManagers.',
);

export const EXIT_ON_OOM = runtimeOption(
  'taskmanager.jvm-exit-on-oom',
  'boolean',
  'taskmanager',
  fixed(false),
  'TaskManager exits on OOM.',
);

/**
 * The scheduler (JobManagerOptions, release-1.20): `jobmanager.scheduler` (Default | Adaptive | AdaptiveBatch, no default:
 * streaming jobs get Default), `scheduler-mode` (reactive implies the adaptive scheduler) and the adaptive scheduler's
 * stabilization timeout (10 s; 0 in reactive mode, docs/deployment/elastic_scaling.md).
 */
export const SCHEDULER = {
  type: runtimeOption('jobmanager.scheduler', 'string', 'jobmanager', fixed(undefined), 'default | adaptive (streaming jobs).'),
  mode: runtimeOption(
    'scheduler-mode',
    'string',
    'jobmanager',
    fixed(undefined),
    'reactive: the adaptive scheduler on every slot there is.',
  ),
  stabilization: runtimeOption(
    'jobmanager.adaptive-scheduler.resource-stabilization-timeout',
    'duration',
    'jobmanager',
    fixed(10_000),
    'How long the adaptive scheduler waits for more slots before (re)scaling; 0 in reactive mode.',
  ),
} as const;

/**
 * JobManagerOptions.SLOT_REQUEST_TIMEOUT (default 5 min): how long the scheduler waits for a region's slots; a
 * standalone resource manager also uses it as its start-up period (`resourcemanager.standalone.start-up-time`, default
 * -1 = this timeout), after which it fails requirements it cannot fulfil at once (StandaloneResourceManager).
 */
export const SLOT_REQUEST_TIMEOUT = runtimeOption(
  'slot.request.timeout',
  'duration',
  'jobmanager',
  fixed(300_000),
  'How long slot requests wait before they fail.',
);

export const RUNTIME_OPTIONS: readonly OptionDef[] = [
  ...Object.values(RESTART),
  ...Object.values(CHECKPOINT),
  STATE_BACKEND,
  ...Object.values(BLOB),
  SPREAD_SLOTS,
  EXIT_ON_OOM,
  ...Object.values(SCHEDULER),
  SLOT_REQUEST_TIMEOUT,
];
