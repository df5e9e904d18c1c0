/**
 * Checkpoints (docs/runtime-mechanics.md §1.2, §2.5, §8): triggered every `execution.checkpointing.interval`, one at
 * a time; the heap backend writes its whole state; aligned barriers wait behind the buffers of every
 * back-pressured vertex; a checkpoint slower than `execution.checkpointing.timeout` (10 min) expires, and
 * more failures than `execution.checkpointing.tolerable-failed-checkpoints` (0) fail the job over.
 *
 * Simplified: state is written at 64 MiB/s per TaskManager in parallel; records are 1 KiB on the wire; time
 * spent in GC pauses during the last minute stretches the checkpoint by the same share.
 */
import { MiB } from '../state/jvmConstants';
import type { Sim } from '../state/sim';
import type { CheckpointConfig } from '../../config/runtimeReader';

const UPLOAD_BYTES_PER_MS = (64 * MiB) / 1000;
const RECORD_BYTES = 1024;
const BASE_MS = 200;
const SEGMENT_BYTES = 32 * 1024;
/**
 * Buffers a blocked subtask holds: 10 per output subpartition (max-buffers-per-channel) plus its input's exclusive and floating buffers.
 */
const BUFFERS_PER_SUBTASK = 10 + 2 * 2 + 8;

export type { CheckpointConfig } from '../../config/runtimeReader';

/** What a checkpoint started now would write, and how long it would take. */
function plannedCheckpoint(sim: Sim, config: CheckpointConfig): { sizeBytes: number; durationMs: number } {
  const { state, scenario } = sim;
  const ops = scenario.job.operators;
  const perTm = state.jvms.map((jvm) => (jvm.alive ? jvm.windowStateBytes : 0));
  for (const t of state.tasks) if (t.state === 'RUNNING') perTm[t.tm] = (perTm[t.tm] ?? 0) + t.stateBytes;
  let stateBytes = 0;
  let slowestUploadMs = 0;
  let gcShare = 0;
  state.jvms.forEach((jvm, tm) => {
    if (tm === 0 || !jvm.alive) return;
    const tmState = perTm[tm] ?? 0;
    stateBytes += tmState;
    slowestUploadMs = Math.max(slowestUploadMs, tmState / UPLOAD_BYTES_PER_MS);
    gcShare = Math.max(gcShare, jvm.gcMsLastMinute / 60_000);
  });
  // In-flight data: what the back-pressured vertices hold in their buffers.
  let inflightBytes = 0;
  let alignmentMs = 0;
  const throughput = state.job.throughputMicroPerMs / 1e6; // records per ms
  state.job.vertices.forEach((v, i) => {
    const op = ops[i];
    if (!op || v.backPressuredTimeMsPerSecond === 0) return;
    const held = op.parallelism * BUFFERS_PER_SUBTASK * SEGMENT_BYTES * (v.outPoolUsagePercent / 100);
    inflightBytes += held;
    if (throughput > 0) alignmentMs += held / (throughput * RECORD_BYTES);
  });
  const sizeBytes = Math.round(stateBytes + (config.unaligned ? inflightBytes : 0));
  const work = BASE_MS + slowestUploadMs + (config.unaligned ? 0 : alignmentMs);
  const stretch = 1 / (1 - Math.min(0.95, gcShare));
  return { sizeBytes, durationMs: Math.round(work * stretch) };
}

/** The interval elapsed: start a checkpoint unless one is in flight or the job is not running. */
export function triggerCheckpoint(sim: Sim, config: CheckpointConfig): void {
  const stats = sim.state.job.checkpoints;
  sim.queue.push(sim.state.nowMs + config.intervalMs, { kind: 'checkpoint-trigger' });
  if (sim.state.job.status !== 'RUNNING' || stats.pendingId >= 0 || !sim.state.tasks.every((t) => t.state === 'RUNNING')) return;
  const id = stats.nextId++;
  const plan = plannedCheckpoint(sim, config);
  stats.pendingId = id;
  stats.pendingStartMs = sim.state.nowMs;
  stats.pendingSizeBytes = plan.sizeBytes;
  if (plan.durationMs <= config.timeoutMs) {
    sim.queue.push(sim.state.nowMs + plan.durationMs, {
      kind: 'checkpoint-complete',
      id,
      sizeBytes: plan.sizeBytes,
      durationMs: plan.durationMs,
    });
  } else {
    sim.queue.push(sim.state.nowMs + config.timeoutMs, { kind: 'checkpoint-expire', id, sizeBytes: plan.sizeBytes });
  }
}

export function completeCheckpoint(sim: Sim, id: number, sizeBytes: number, durationMs: number): void {
  const stats = sim.state.job.checkpoints;
  if (stats.pendingId !== id) return;
  stats.pendingId = -1;
  stats.completed += 1;
  stats.consecutiveFailures = 0;
  stats.lastSizeBytes = sizeBytes;
  stats.lastDurationMs = durationMs;
  sim.emit({
    type: 'checkpoint.completed',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    checkpointId: id,
    sizeBytes,
    durationMs,
    message: `Completed checkpoint ${id} for job ${sim.scenario.job.name} (${sizeBytes} bytes, checkpointDuration=${durationMs} ms).`,
  });
}

/** Returns true when the failure exceeds the tolerable count: the caller fails the job over. */
export function expireCheckpoint(sim: Sim, id: number, sizeBytes: number, timeoutMs: number, tolerable: number): boolean {
  const stats = sim.state.job.checkpoints;
  if (stats.pendingId !== id) return false;
  stats.pendingId = -1;
  stats.failed += 1;
  stats.consecutiveFailures += 1;
  sim.emit({
    type: 'checkpoint.failed',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    checkpointId: id,
    sizeBytes,
    durationMs: timeoutMs,
    message: `Checkpoint ${id} of job ${sim.scenario.job.name} expired before completing.`,
  });
  return stats.consecutiveFailures > tolerable;
}

/**
 * A failover aborts the checkpoint in flight: its tasks decline it. It counts as failed in the metrics but not
 * against the tolerable failures (CheckpointFailureManager ignores failures caused by a failover).
 */
export function abortPendingCheckpoint(sim: Sim): void {
  const stats = sim.state.job.checkpoints;
  if (stats.pendingId < 0) return;
  const id = stats.pendingId;
  stats.pendingId = -1;
  stats.failed += 1;
  const durationMs = sim.state.nowMs - stats.pendingStartMs;
  sim.emit({
    type: 'checkpoint.failed',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    checkpointId: id,
    sizeBytes: stats.pendingSizeBytes,
    durationMs,
    message: `Checkpoint ${id} of job ${sim.scenario.job.name} failed: Checkpoint was declined (task failure: the job is failing over).`,
  });
}
