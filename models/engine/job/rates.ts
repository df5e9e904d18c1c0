/**
 * Flows while nothing discrete happens: how many records the sources offer and the job can
 * process (the slowest operator bounds the throughput; the rest waits as source lag), what
 * every running task allocates per record, per exception and per call on its TaskManager (its
 * declared and injected leaks), and the injected ramps.
 * Rates are rounded to integers per millisecond once here, so sums over any step are exact.
 */
import type { LeakSpec, OperatorSpec } from '../../scenario/types';
import { addRampFlows, leaksOf } from '../injectedLeaks';
import { BASELINE } from '../state/jvmConstants';
import { siteKey } from '../jvm/leakAllocation';
import { NO_RATES, type JvmRates } from '../state/jvmState';
import type { Sim } from '../state/sim';
import { scheduleWindowExpiry } from './windows';
import { updateBackPressure } from './backPressure';
import { usedBuffers } from './networkBuffers';

/**
 * Records per second a source offers in the minute starting at `minuteStartMs` (diurnal sine, minute noise, spikes),
 * rounded: transcendental results never enter state unrounded, and the rate is the same wherever in the minute it is asked.
 */
function offeredRate(op: OperatorSpec, minuteStartMs: number, noise: number, spike: number): number {
  let factor = 1;
  if (op.profile.kind === 'diurnal') {
    const hour = (minuteStartMs / 3_600_000) % 24;
    const wave = (1 + Math.cos((2 * Math.PI * (hour - op.profile.peakHour)) / 24)) / 2;
    factor = op.profile.troughFraction + (1 - op.profile.troughFraction) * wave;
  }
  return Math.round(op.recordsPerSecond * factor * noise * spike);
}

/** Recomputes throughput, lag flow and every JVM's rates from the current state. */
export function refreshRates(sim: Sim): void {
  const { state, scenario } = sim;
  const ops = scenario.job.operators;
  const running = ops.map(() => 0);
  // A task thread sleeping in Bits.reserveMemory's retries processes nothing: the pipeline waits for it.
  for (const task of state.tasks)
    if (task.state === 'RUNNING' && task.directRetryAttempt !== task.attempt) running[task.operator] = (running[task.operator] ?? 0) + 1;
  const minuteStart = state.nextGridAtMs - 60_000;
  const offered = ops.reduce(
    (sum, op, i) =>
      op.kind === 'source' ? sum + offeredRate(op, minuteStart, state.traffic.noise[i] ?? 1, state.traffic.spikeFactor) : sum,
    0,
  );
  const jobRunning = state.job.status === 'RUNNING' && running.every((n) => n > 0);
  // Input per source record reaching operator i, and the throughput each operator allows.
  let reach = 1;
  let capacity = Infinity;
  const reachOf: number[] = [];
  const costUs: number[] = [];
  ops.forEach((op, i) => {
    reachOf.push(reach);
    const cost = op.costPerRecordUs * (state.traffic.slowFactor[i] ?? 1);
    costUs.push(cost);
    if (cost > 0) capacity = Math.min(capacity, ((running[i] ?? 0) * 1e6) / cost / reach);
    reach *= i === 0 && op.kind === 'source' ? 1 : op.selectivity;
  });
  const catchingUp = state.job.sourceLagMicro > 0;
  const throughput = !jobRunning ? 0 : catchingUp ? Math.min(capacity, offered * 10) : Math.min(offered, capacity);
  state.job.sourceRateMicroPerMs = Math.round(offered * 1000);
  state.job.throughputMicroPerMs = Math.round(throughput * 1000);
  if (jobRunning) updateBackPressure(sim, { throughput, reachOf, running, costUs });
  for (const jvm of state.jvms) {
    const base = BASELINE[jvm.sizing.kind].garbageBytesPerMs;
    jvm.rates = { ...NO_RATES, heapGarbage: base };
    jvm.siteRates = [];
  }
  if (sim.placementDirty) {
    deployedResources(sim);
    sim.placementDirty = false;
  }
  if (throughput > 0 || state.traffic.stormPerSec > 0) taskFlows(sim, throughput, reachOf, running);
  addRampFlows(sim);
  scheduleWindowExpiry(sim);
}

/** What every running task allocates per record, per exception and per call, summed per TaskManager. */
function taskFlows(sim: Sim, throughput: number, reachOf: readonly number[], running: readonly number[]): void {
  const { state, scenario } = sim;
  const ops = scenario.job.operators;
  const perTm = state.jvms.map(() => newAccumulator());
  const perTmSites = state.jvms.map(() => new Map<string, number>());
  const runningTasks = running.reduce((a, b) => a + b, 0);
  const storm = state.traffic.stormPerSec / Math.max(1, runningTasks);
  const timeouts = ops.map((op, i) => timeoutsPerRecord(op, throughput * (reachOf[i] ?? 1)));
  for (const task of state.tasks) {
    if (task.state !== 'RUNNING' || task.directRetryAttempt === task.attempt) continue;
    const op = ops[task.operator];
    const acc = perTm[task.tm];
    if (!op || !acc) continue;
    const records = (throughput * (reachOf[task.operator] ?? 1)) / (running[task.operator] ?? 1);
    const exceptions = records * (op.exceptionsPerRecord + (timeouts[task.operator] ?? 0)) + storm;
    acc.exceptionsMicro += exceptions * 1_000_000;
    const leaks = leaksOf(sim, task.operator);
    accumulate(acc, op, leaks, records, exceptions);
    keptSites(perTmSites[task.tm], leaks, records, exceptions);
  }
  state.jvms.forEach((jvm, i) => {
    const acc = perTm[i];
    if (acc && jvm.alive) jvm.rates = toRates(acc, jvm.rates.heapGarbage);
    jvm.siteRates = [...(perTmSites[i] ?? new Map<string, number>())]
      .map(([site, perSec]): [string, number] => [site, perMs(perSec)])
      .filter(([, r]) => r > 0);
  });
}

/**
 * Timed-out dependency calls per record of `op` when it processes `recordsPerSec` over all its subtasks: the service
 * answers `capacityPerSecond` calls in time and every call beyond it times out, each one an exception the operator
 * throws (and its logger logs). The share is the job's, so every subtask sees the same share of its own records:
 * fewer subtasks (a rescale onto fewer TaskManagers) means more records, and more exceptions, per subtask.
 */
export function timeoutsPerRecord(op: OperatorSpec, recordsPerSec: number): number {
  const dep = op.dependency;
  if (!dep || dep.callsPerRecord === 0 || recordsPerSec <= 0) return 0;
  const calls = recordsPerSec * dep.callsPerRecord;
  return calls <= dep.capacityPerSecond ? 0 : ((calls - dep.capacityPerSecond) / calls) * dep.callsPerRecord;
}

/**
 * Threads and network buffers of the tasks deployed on each TaskManager: an input gate takes 2 exclusive
 * buffers per channel + 8 floating, an output partition at least one per subpartition + 1 (docs/runtime-mechanics.md §2.1).
 */
function deployedResources(sim: Sim): void {
  const { state, scenario } = sim;
  const ops = scenario.job.operators;
  for (const jvm of state.jvms) {
    jvm.taskThreads = 0;
    jvm.usedSegments = 0;
  }
  for (const task of state.tasks) {
    const jvm = state.jvms[task.tm];
    if (!jvm || !(task.state === 'INITIALIZING' || task.state === 'RUNNING' || task.state === 'CANCELING')) continue;
    jvm.taskThreads += BASELINE.threadsPerTask;
    jvm.usedSegments += usedBuffers(ops, task.operator);
  }
  for (const jvm of state.jvms) jvm.usedSegments = Math.min(jvm.usedSegments, jvm.sizing.networkSegments);
}

type Accumulator = Record<keyof JvmRates, number>;
const newAccumulator = (): Accumulator => ({ ...NO_RATES });

/** Per second, summed as floats; rounded to per-ms integers once in toRates. */
function accumulate(acc: Accumulator, op: OperatorSpec, leaks: readonly LeakSpec[], recordsPerSec: number, exceptionsPerSec: number): void {
  acc.heapGarbage += recordsPerSec * op.heapBytesPerRecord;
  if (op.eventTimeWindow) acc.windowRetain += recordsPerSec * op.eventTimeWindow.bytesPerRecord;
  for (const leak of leaks) {
    const perSec = occurrencesPerSec(leak, recordsPerSec, exceptionsPerSec);
    if (perSec > 0) addLeak(acc, leak, perSec);
  }
}

/** How often a leak happens: per record or async call (one call per record), per exception; open() leaks are not flows. */
function occurrencesPerSec(leak: LeakSpec, recordsPerSec: number, exceptionsPerSec: number): number {
  return leak.at === 'record' || leak.at === 'call' ? recordsPerSec : leak.at === 'exception' ? exceptionsPerSec : 0;
}

/** Kept (never released) per-record/exception/call leaks by `kind:site`, bytes per second. */
function keptSites(
  sites: Map<string, number> | undefined,
  leaks: readonly LeakSpec[],
  recordsPerSec: number,
  exceptionsPerSec: number,
): void {
  if (!sites) return;
  for (const leak of leaks) {
    if (leak.release !== 'never' || leak.kind === 'metaspace') continue;
    const perSec = occurrencesPerSec(leak, recordsPerSec, exceptionsPerSec);
    const key = siteKey(leak.kind, leak.site);
    if (perSec > 0) sites.set(key, (sites.get(key) ?? 0) + perSec * leak.bytes);
  }
}

function addLeak(acc: Accumulator, leak: LeakSpec, perSec: number): void {
  const bytes = perSec * leak.bytes;
  // Per record/exception/call, `close` means released right after use: only garbage remains.
  const kept = leak.release === 'never';
  switch (leak.kind) {
    case 'heap':
      if (kept) acc.heapRetained += bytes;
      else acc.heapGarbage += bytes;
      break;
    case 'direct':
      if (kept) acc.directReachable += bytes;
      else if (leak.release === 'gc') acc.directUnreachable += bytes;
      break;
    case 'unsafe':
      if (kept) acc.unsafeReachable += bytes;
      break;
    case 'native':
      if (kept) acc.nativeReachable += bytes;
      else if (leak.release === 'gc') acc.nativeUnreachable += bytes;
      break;
    case 'metaspace':
      break;
  }
  if (kept && leak.threads > 0) acc.threadsMicro += perSec * leak.threads * 1_000_000;
}

const perMs = (perSec: number): number => Math.round(perSec / 1000);

function toRates(acc: Accumulator, baseGarbage: number): JvmRates {
  const windowRetain = perMs(acc.windowRetain);
  return {
    heapGarbage: baseGarbage + perMs(acc.heapGarbage),
    heapRetained: perMs(acc.heapRetained) + windowRetain,
    windowRetain,
    directReachable: perMs(acc.directReachable),
    directUnreachable: perMs(acc.directUnreachable),
    unsafeReachable: perMs(acc.unsafeReachable),
    nativeReachable: perMs(acc.nativeReachable),
    nativeUnreachable: perMs(acc.nativeUnreachable),
    threadsMicro: perMs(acc.threadsMicro),
    exceptionsMicro: perMs(acc.exceptionsMicro),
  };
}
