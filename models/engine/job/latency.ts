/**
 * End-to-end latency, the sandbox's estimate (Airwallex's expired windows: "the end-to-end latency for the two jobs
 * started to increase"). Not Flink's latency markers: those measure source → operator time as histograms
 * (`…latency.source_id.<id>.operator_id.<id>.…`) and gave the Flink lab's keyed-windows runs no `latency_p99`
 * (calibration/flink-lab/README.md). What teams alert on is the source's lag in time — the Kafka connector's
 * `records-lag-max` (or FLIP-33's `pendingRecords`) ÷ the input rate — and that is the first part here. A record read now
 * then waits behind the buffers of the back-pressured vertices, and a record that arrives as a stop-the-world pause
 * starts waits the whole pause: the slowest record of the last one to two minutes waits the longest pause of that time.
 *
 *   latency = source lag ÷ input rate + buffered bytes ÷ bytes moved per ms + longest GC pause on this TaskManager
 *
 * Per TaskManager (its own pauses; the lag and the buffers are the job's); the JobManager carries no records (0).
 * Processing time per record (microseconds) is left out: it is below the millisecond the column counts in.
 */
import type { JvmState } from '../state/jvmState';
import type { Sim } from '../state/sim';

/**
 * The job's part, the same for every TaskManager: time in the source's backlog plus time in the buffers (`bufferWait`,
 * checkpoints.ts bufferWaitMs, which the simulation keeps between rates refreshes), in ms.
 */
export function jobLatencyMs(sim: Sim, bufferWait: number): number {
  const job = sim.state.job;
  // both in micro-records (per ms): the backlog ÷ the rate it arrives at is how long the oldest unread record has waited
  const backlogMs = job.sourceRateMicroPerMs > 0 ? job.sourceLagMicro / job.sourceRateMicroPerMs : 0;
  return backlogMs + bufferWait;
}

/** One TaskManager's estimate in whole ms: the job's part plus its longest pause in the last one to two grid minutes. */
export function endToEndLatencyMs(jvm: JvmState, jobPartMs: number): number {
  if (jvm.sizing.kind !== 'taskmanager') return 0;
  return Math.round(jobPartMs + Math.max(jvm.gcLongestPauseMsThisMinute, jvm.gcLongestPauseMsLastMinute));
}
