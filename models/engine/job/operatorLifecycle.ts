/**
 * What an operator does to its TaskManager's memory when an attempt starts and ends: `open()`
 * loads the job's classes (once per TaskManager: the user-code class loader is per job and reused
 * across failovers since 1.11), restores state on the heap and takes its `at: open` leaks (declared,
 * or injected by a per-restart `leak` event); `close()` runs on failure and cancellation in the same JVM and gives back what it should.
 */
import type { LeakSpec } from '../../scenario/types';
import { leaksOf } from '../injectedLeaks';
import { releaseHeap } from '../jvm/heap';
import { BASELINE } from '../state/jvmConstants';
import { allocateLeak, classLoad, heapAllocation, siteKey, type AllocationFailure } from '../jvm/leakAllocation';
import { releaseLoader } from '../jvm/metaspace';
import { releaseOffHeap } from '../jvm/offHeap';
import type { JvmState } from '../state/jvmState';
import type { TaskRuntime } from '../state/simState';
import type { Sim } from '../state/sim';
import { closeRocksDb, openRocksDb, rocksDbOptionsFor } from './rocksdbInstances';
import { pinCachesOnClose } from './rocksDbLeaks';
import { closeWindowState, restoreWindowState } from './windows';

type OpenFailure = AllocationFailure;

/** setup → initializeState → open. Returns the OOM that stopped it, if any. */
export function openOperator(sim: Sim, task: TaskRuntime): OpenFailure | undefined {
  const jvm = sim.state.jvms[task.tm];
  const op = sim.scenario.job.operators[task.operator];
  if (!jvm || !op) return undefined;
  // A new attempt holds nothing yet: what an earlier attempt took died with its JVM (or was given back by its close()),
  // so an open() that fails early must not leave the old attempt's bookings for this attempt's close() to release.
  task.opened = [];
  task.stateBytes = 0;
  task.managedBytes = 0;
  task.rocksdb = undefined;
  const failure = loadJobClasses(sim, jvm, task);
  if (failure) return failure;
  if (rocksDbOptionsFor(sim, op)) {
    // Keyed state in RocksDB (rocksdbInstances.ts): the instance reserves its slot's share once per slot and fills up
    // as records come; what it holds is native memory.
    openRocksDb(sim, task);
  } else if (sim.setup.runtime.stateBackend === 'rocksdb' && op.kind === 'window') {
    // RocksDB reserves its share of the slot's managed budget (block cache + write buffers) when it opens; state lives
    // there. The share is the operator's fraction of its slot-sharing group's STATE_BACKEND use: Flink splits the slot
    // evenly among the group's stateful operators (StreamingJobGraphGenerator#setManagedMemoryFraction,
    // ManagedMemoryUtils#getFractionRoundedDown); every operator here shares one group, so two window operators in a
    // slot each get half, never the whole slot each.
    const consumers = sim.scenario.job.operators.filter((o) => o.kind === 'window' || (o.keyedState?.length ?? 0) > 0).length;
    task.managedBytes = Math.floor(sim.setup.managedPerSlotBytes / Math.max(1, consumers));
    jvm.managedUsedBytes += task.managedBytes;
  } else if (op.eventTimeWindow) {
    const restored = restoreWindowState(sim, task, jvm);
    if (restored > 0) {
      const failure = heapAllocation(sim, jvm, restored, `${task.name} window state restore`);
      if (failure) return failure;
    }
  } else if (op.stateBytes > 0) {
    task.stateBytes = op.stateBytes;
    const failure = heapAllocation(sim, jvm, op.stateBytes, `${task.name} state restore`);
    if (failure) return failure;
  }
  return openLeaksFrom(sim, task, 0);
}

/**
 * open()'s leaks from position `from` of the operator's leaks on: where a direct reservation's retries succeeded,
 * open() goes on with the next one (directRetry.ts).
 */
export function openLeaksFrom(sim: Sim, task: TaskRuntime, from: number): OpenFailure | undefined {
  const jvm = sim.state.jvms[task.tm];
  if (!jvm) return undefined;
  const leaks = leaksOf(sim, task.operator);
  for (let index = from; index < leaks.length; index++) {
    const leak = leaks[index] as LeakSpec;
    if (leak.at !== 'open') continue;
    const failure = openLeak(sim, jvm, task, leak);
    if (failure) return { ...failure, openLeak: index };
    task.opened.push({ leak: index, bytes: leak.bytes });
  }
  return undefined;
}

/**
 * The job's user-code class loader on this TaskManager: once per job since 1.11; before, once per attempt, the
 * previous attempt's classes becoming unloadable (freed by the next full or mixed GC).
 */
function loadJobClasses(sim: Sim, jvm: JvmState, task: TaskRuntime): OpenFailure | undefined {
  const loaded = sim.state.jobLoaderAttempt[task.tm] ?? -1;
  if (loaded === task.attempt || (loaded >= 0 && !sim.setup.classLoaderPerAttempt)) return undefined;
  if (loaded >= 0) releaseLoader(jvm, BASELINE.jobClasses);
  sim.state.jobLoaderAttempt[task.tm] = task.attempt;
  return classLoad(sim, jvm, BASELINE.jobClasses, 'user-code classes of the job');
}

function openLeak(sim: Sim, jvm: JvmState, task: TaskRuntime, leak: LeakSpec): OpenFailure | undefined {
  const failure = allocateLeak(sim, jvm, leak, `${leak.site} in ${task.name} open()`);
  if (leak.kind !== 'heap' && leak.kind !== 'metaspace') jvm.threadsMicro += leak.threads * 1_000_000;
  return failure;
}

/** close(): restored state becomes garbage; open-time leaks are freed, dropped for a GC, or kept, as declared. */
export function closeOperator(sim: Sim, task: TaskRuntime): void {
  const jvm = sim.state.jvms[task.tm];
  const op = sim.scenario.job.operators[task.operator];
  if (!jvm?.alive || jvm.instance !== task.instance || !op) return;
  if (task.stateBytes > 0) releaseHeap(jvm, task.stateBytes);
  task.stateBytes = 0;
  closeWindowState(sim, task);
  // Before the instance goes: what the release's RocksDB leaks keep of it (rocksDbLeaks.ts).
  closeRocksDb(sim, task, pinCachesOnClose(sim, task));
  jvm.managedUsedBytes -= task.managedBytes;
  task.managedBytes = 0;
  const leaks = leaksOf(sim, task.operator);
  for (const opened of task.opened) {
    const leak = leaks[opened.leak];
    if (!leak) continue;
    const key = siteKey(leak.kind, leak.site);
    if (leak.kind !== 'metaspace' && leak.release !== 'never') jvm.siteBytes[key] = Math.max(0, (jvm.siteBytes[key] ?? 0) - opened.bytes);
    // Dropped, not freed: the memory stays its site's until a GC finds the owner (the task held it, so it is old by now).
    if (leak.kind !== 'heap' && leak.kind !== 'metaspace' && leak.release === 'gc')
      jvm.siteAwaitingGcBytes[key] = (jvm.siteAwaitingGcBytes[key] ?? 0) + opened.bytes;
    if (leak.kind === 'heap') {
      if (leak.release !== 'never') releaseHeap(jvm, opened.bytes);
    } else if (leak.kind !== 'metaspace') {
      releaseOffHeap(jvm, leak.kind, opened.bytes, leak.release);
      if (leak.release !== 'never') jvm.threadsMicro -= leak.threads * 1_000_000;
    }
  }
  task.opened = [];
  sim.ratesDirty = true;
}
