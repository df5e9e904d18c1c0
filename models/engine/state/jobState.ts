/**
 * The job's per-subsystem state, as plain data inside SimState: back pressure per vertex (job/backPressure.ts),
 * checkpoint statistics (job/checkpoints.ts) and the restart strategy's history (job/restartStrategy.ts).
 */
export type BackPressureLevel = 'OK' | 'LOW' | 'HIGH';

export interface VertexMetrics {
  busyTimeMsPerSecond: number;
  idleTimeMsPerSecond: number;
  backPressuredTimeMsPerSecond: number;
  /** Shuffle.Netty.Output.Buffers.outPoolUsage / Input…inPoolUsage, in percent. */
  outPoolUsagePercent: number;
  inPoolUsagePercent: number;
  level: BackPressureLevel;
}

export const idleVertex = (): VertexMetrics => ({
  busyTimeMsPerSecond: 0,
  idleTimeMsPerSecond: 1000,
  backPressuredTimeMsPerSecond: 0,
  outPoolUsagePercent: 0,
  inPoolUsagePercent: 0,
  level: 'OK',
});

export interface CheckpointStats {
  completed: number;
  failed: number;
  /** Failures since the last completed checkpoint (the tolerable count applies to these). */
  consecutiveFailures: number;
  lastSizeBytes: number;
  lastDurationMs: number;
  /** The checkpoint in flight (-1 when none), when it started and its planned size. */
  pendingId: number;
  pendingStartMs: number;
  pendingSizeBytes: number;
  nextId: number;
  /**
   * Window state per task (by index into SimState.tasks) in the checkpoint in flight and in the last completed one,
   * and that one's id (-1: none yet): a restart restores exactly this (CheckpointCoordinator#restoreLatestCheckpointedState).
   */
  pendingWindowBytes: number[];
  completedWindowBytes: number[];
  completedId: number;
  /** When the last completed checkpoint was triggered (its timestamp in the restore line), ms from the start. */
  completedAtMs: number;
  /** Records the sources had read at the trigger of the checkpoint in flight / the last completed one (their offsets). */
  pendingRecords: number;
  completedRecords: number;
}

export const newCheckpointStats = (): CheckpointStats => ({
  completed: 0,
  failed: 0,
  consecutiveFailures: 0,
  lastSizeBytes: 0,
  lastDurationMs: 0,
  pendingId: -1,
  pendingStartMs: 0,
  pendingSizeBytes: 0,
  nextId: 1,
  pendingWindowBytes: [],
  completedWindowBytes: [],
  completedId: -1,
  completedAtMs: 0,
  pendingRecords: 0,
  completedRecords: 0,
});

export interface RestartHistory {
  restarts: number;
  /** Failure times inside the failure-rate interval (restart-strategy.failure-rate.failure-rate-interval). */
  failureTimesMs: number[];
  /** exponential-delay: the current backoff and the attempts since the last reset. */
  backoffMs: number;
  attemptsSinceReset: number;
  lastFailureMs: number;
}

export const newRestartHistory = (): RestartHistory => ({
  restarts: 0,
  failureTimesMs: [],
  backoffMs: 0,
  attemptsSinceReset: 0,
  lastFailureMs: -1,
});
