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
import type { JvmState } from '../state/jvmState';
import type { Sim } from '../state/sim';
import type { CheckpointConfig } from '../../config/runtimeReader';
import { jobIdOf } from '../messages';
import { windowShare } from './windows';

const UPLOAD_BYTES_PER_MS = (64 * MiB) / 1000;
const RECORD_BYTES = 1024;
const BASE_MS = 200;
const SEGMENT_BYTES = 32 * 1024;
/**
 * Buffers a blocked subtask holds: 10 per output subpartition (max-buffers-per-channel) plus its input's exclusive and floating buffers.
 */
const BUFFERS_PER_SUBTASK = 10 + 2 * 2 + 8;

/** Bytes the buffers of a back-pressured vertex hold: its subtasks' buffers, as full as its output pool. */
function heldBufferBytes(parallelism: number, outPoolUsagePercent: number): number {
  return parallelism * BUFFERS_PER_SUBTASK * SEGMENT_BYTES * (outPoolUsagePercent / 100);
}

/**
 * How long a record waits in the buffers of the back-pressured vertices (what an aligned barrier waits behind too):
 * the bytes they hold ÷ the bytes per ms the job moves; 0 without back pressure or throughput.
 */
export function bufferWaitMs(sim: Sim): number {
  const ops = sim.scenario.job.operators;
  const throughput = sim.state.job.throughputMicroPerMs / 1e6; // records per ms
  let waitMs = 0;
  sim.state.job.vertices.forEach((v, i) => {
    const op = ops[i];
    if (!op || v.backPressuredTimeMsPerSecond === 0 || throughput <= 0) return;
    waitMs += heldBufferBytes(op.parallelism, v.outPoolUsagePercent) / (throughput * RECORD_BYTES);
  });
  return waitMs;
}

export type { CheckpointConfig } from '../../config/runtimeReader';

/**
 * Heap bytes the hashmap backend holds per byte its checkpoint writes, in thousandths. The heap backend keeps Java
 * objects (CopyOnWriteStateMap entries, the key, the TimeWindow, the list and each element with its headers and
 * references); the checkpoint is their serialized form. The lab's keyed-windows runs
 * (calibration/fixtures/flink/1.20.5/keyed-windows{,-run2,-run3}.json) give Heap.Used after each collection ≈ 47 MiB
 * of framework + 1.318, 1.291 and 1.273 × the checkpointed state (least squares over the samples where heap fell,
 * state interpolated between checkpoints), and the heap ran out at 82.5–84.3 MB of checkpoint (≈ 151 MiB of heap):
 * 1.294 on average. Window state (`bytesPerRecord`) is counted in heap bytes; a checkpoint writes it ÷ 1.294.
 */
const WINDOW_HEAP_PER_CHECKPOINTED_PERMILLE = 1294;

/** The serialized size of window state held as `heapBytes` on the heap. */
export function checkpointedWindowBytes(heapBytes: number): number {
  return Math.round((heapBytes * 1000) / WINDOW_HEAP_PER_CHECKPOINTED_PERMILLE);
}

/** What a checkpoint started now would write, and how long it would take. */
function plannedCheckpoint(sim: Sim, config: CheckpointConfig): { sizeBytes: number; durationMs: number } {
  const { state, scenario } = sim;
  const ops = scenario.job.operators;
  const perTm = state.jvms.map((jvm) => (jvm.alive ? checkpointedWindowBytes(jvm.windowStateBytes) : 0));
  for (const t of state.tasks) if (t.state === 'RUNNING') perTm[t.tm] = (perTm[t.tm] ?? 0) + t.stateBytes;
  let stateBytes = 0;
  let slowestUploadMs = 0;
  let gcShare = 0;
  let exhausted = false;
  state.jvms.forEach((jvm, tm) => {
    if (tm === 0 || !jvm.alive) return;
    const tmState = perTm[tm] ?? 0;
    stateBytes += tmState;
    slowestUploadMs = Math.max(slowestUploadMs, tmState / UPLOAD_BYTES_PER_MS);
    gcShare = Math.max(gcShare, jvm.gcMsLastMinute / 60_000);
    exhausted ||= heapExhausted(jvm);
  });
  // In-flight data: what the back-pressured vertices hold in their buffers.
  let inflightBytes = 0;
  let alignmentMs = 0;
  const throughput = state.job.throughputMicroPerMs / 1e6; // records per ms
  state.job.vertices.forEach((v, i) => {
    const op = ops[i];
    if (!op || v.backPressuredTimeMsPerSecond === 0) return;
    const held = heldBufferBytes(op.parallelism, v.outPoolUsagePercent);
    inflightBytes += held;
    if (throughput > 0) alignmentMs += held / (throughput * RECORD_BYTES);
  });
  const sizeBytes = Math.round(stateBytes + (config.unaligned ? inflightBytes : 0));
  const work = BASE_MS + slowestUploadMs + (config.unaligned ? 0 : alignmentMs);
  const stretch = 1 / (1 - Math.min(0.95, gcShare));
  return { sizeBytes, durationMs: exhausted ? Number.POSITIVE_INFINITY : Math.round(work * stretch) };
}

/**
 * Live heap (old generation's live data, survivors, eden's retained part) at or above this share of -Xmx: the JVM
 * collects back to back and the snapshot's own allocations make no progress. The lab's keyed-windows run
 * (calibration/fixtures/flink/1.20.5/keyed-windows.json) had checkpoint 51 expire ("Checkpoint expired before
 * completing.", 10193 ms against a 10 s timeout) while Heap.Used stood at 151.2 of 153.6 MiB (98.4 %) through
 * consecutive samples; its checkpoints up to 78.6 MiB before had completed in 1.1–1.6 s.
 */
const EXHAUSTED_HEAP_SHARE = 0.98;

function heapExhausted(jvm: JvmState): boolean {
  const live = jvm.oldLiveBytes + jvm.survivorBytes + jvm.edenRetainedBytes;
  return live >= jvm.sizing.heapMaxBytes * EXHAUSTED_HEAP_SHARE;
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
  // the heap backend's snapshot is taken when the barrier passes (copy-on-write): the state as of the trigger
  stats.pendingWindowBytes = sim.state.tasks.map((t) => (t.state === 'RUNNING' ? windowShare(sim, t) : 0));
  stats.pendingRecords = sim.state.job.recordsProcessed;
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
  stats.completedWindowBytes = stats.pendingWindowBytes;
  stats.pendingWindowBytes = [];
  stats.completedId = id;
  stats.completedAtMs = stats.pendingStartMs;
  stats.completedRecords = stats.pendingRecords;
  sim.emit({
    type: 'checkpoint.completed',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    checkpointId: id,
    sizeBytes,
    durationMs,
    // CheckpointCoordinator#completePendingCheckpoint's line (lab fixture keyed-windows); writing the metadata
    // (finalizationTime, 1–28 ms in the lab) is not modelled
    message: `Completed checkpoint ${id} for job ${jobIdOf(sim.scenario.job.name)} (${sizeBytes} bytes, checkpointDuration=${durationMs} ms, finalizationTime=0 ms).`,
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
    // CheckpointCoordinator.CheckpointCanceller's line (flink-runtime 1.20.5); the failure's reason is
    // CheckpointFailureReason.CHECKPOINT_EXPIRED, "Checkpoint expired before completing."
    message: `Checkpoint ${id} of job ${jobIdOf(sim.scenario.job.name)} expired before completing.`,
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
    // the failover suspends the coordinator, which aborts what is in flight with CHECKPOINT_COORDINATOR_SUSPEND;
    // CheckpointFailureManager's warning and the reason as the lab's keyed-windows run logged them (checkpoint 52)
    message: `Failed to trigger or complete checkpoint ${id} for job ${jobIdOf(sim.scenario.job.name)}. (${stats.consecutiveFailures} consecutive failed attempts so far) org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint Coordinator is suspending.`,
  });
}

/**
 * A restart's new attempts restore the last completed checkpoint, whatever the tasks held when they failed: each
 * window task gets its share of that checkpoint's state; without a completed checkpoint (or with checkpointing off)
 * they start empty, and the sources read from their committed offsets (the outage's backlog only); with one, the
 * sources rewind to its offsets and read again what they had read since. The JobManager's lines are
 * CheckpointCoordinator#restoreLatestCheckpointedStateInternal's ("Restoring job {} from {}." with
 * CompletedCheckpoint#toString, and "No checkpoint found during restore."), as the lab's keyed-windows run logged
 * them; with checkpointing off there is no CheckpointCoordinator and nothing is logged.
 */
export function restoreLatestCheckpoint(sim: Sim): void {
  const stats = sim.state.job.checkpoints;
  sim.state.tasks.forEach((task, i) => {
    task.windowRestoreBytes = stats.completedWindowBytes[i] ?? 0;
  });
  if (!sim.setup.runtime.checkpoint) return;
  // the sources rewind to the checkpoint's offsets: what they read since is read again (on top of the outage's backlog)
  if (stats.completedId >= 0) {
    sim.state.job.sourceLagMicro += Math.max(0, sim.state.job.recordsProcessed - stats.completedRecords) * 1_000_000;
    // the sources are back at the checkpoint's offsets: a later restore of the same checkpoint re-reads only what they
    // read after this one (counting from the checkpoint again would add the same records to the lag twice)
    stats.completedRecords = sim.state.job.recordsProcessed;
    sim.ratesDirty = true;
  }
  const jobId = jobIdOf(sim.scenario.job.name);
  sim.emit({
    type: 'log',
    level: 'INFO',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    message:
      stats.completedId < 0
        ? 'No checkpoint found during restore.'
        : `Restoring job ${jobId} from Checkpoint ${stats.completedId} @ ${stats.completedAtMs} for ${jobId} located at <checkpoint-dir>/${jobId}/chk-${stats.completedId}.`,
  });
}
