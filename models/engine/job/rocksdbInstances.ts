/**
 * RocksDB in the running job: one instance per keyed operator (an operator with `keyedState`) per subtask, opened in
 * open() and closed in close() when the state backend is RocksDB. What the instances hold (models/rocksdb/footprint.ts)
 * is summed per TaskManager into `jvm.rocksdb` (native memory, in RSS) and what the allocator keeps of their frees into
 * `jvm.mallocRetainedBytes` (models/rocksdb/allocator.ts); in managed mode each slot's shared resources reserve the slot's
 * share in Flink's MemoryManager (`Status.Flink.Memory.Managed.Used`) — bookkeeping, not memory: `jvm.rocksdbReservedBytes`.
 *
 * The parts change in steps: when an instance opens or closes, and on the minute grid, when the records processed in the
 * last minute are counted (so a limit crossed by RocksDB's growth is found at the grid minute that shows it).
 * Not modelled: options factories (a job's own RocksDBOptionsFactory), several slot-sharing groups (every operator is in
 * one group, as elsewhere in the engine), state TTL compaction filters, incremental checkpoints' hard links (files).
 */
import type { RocksDbOptions } from '../../config/rocksdbOptions';
import { BACKGROUND_THREADS, retainedAfter, THREADS_PER_INSTANCE } from '../../rocksdb/allocator';
import { footprint, type InstanceInput } from '../../rocksdb/footprint';
import { rocksDbMemory, type RocksDbMemory } from '../../rocksdb/sharedResources';
import { addParts, NO_PARTS, partsTotal, type RocksDbParts } from '../../rocksdb/types';
import type { OperatorSpec } from '../../scenario/types';
import type { JvmState } from '../state/jvmState';
import type { Sim } from '../state/sim';
import type { TaskRuntime } from '../state/simState';

/** The RocksDB options when this operator keeps keyed state in RocksDB, else undefined. */
export function rocksDbOptionsFor(sim: Sim, op: OperatorSpec | undefined): RocksDbOptions | undefined {
  if (!op || sim.setup.runtime.stateBackend !== 'rocksdb' || !op.keyedState || op.keyedState.length === 0) return undefined;
  return sim.setup.runtime.rocksdb;
}

/**
 * Operators of the (single) slot-sharing group that use the slot's STATE_BACKEND managed memory: keyed operators, and
 * windows (keyed) — each gets an equal fraction (StreamingJobGraphGenerator#setManagedMemoryFraction).
 */
function statefulOperators(sim: Pick<Sim, 'scenario'>): number {
  return sim.scenario.job.operators.filter((o) => (o.keyedState?.length ?? 0) > 0 || o.kind === 'window').length;
}

/** The slot's (or, with fixed-per-tm, the TaskManager's) shared resources. */
export function sharedMemory(sim: Pick<Sim, 'scenario' | 'setup'>, options: RocksDbOptions): RocksDbMemory {
  return rocksDbMemory({
    options,
    slotManagedBytes: sim.setup.managedPerSlotBytes,
    statefulOperatorsInSlot: statefulOperators(sim),
    fractionRoundedDown: sim.setup.rocksdb.fractionRoundedDown,
  });
}

/** open(): the instance starts empty in memory (its restored files are on disk). */
export function openRocksDb(sim: Sim, task: TaskRuntime): void {
  const jvm = sim.state.jvms[task.tm];
  if (!jvm || !rocksDbOptionsFor(sim, sim.scenario.job.operators[task.operator])) return;
  task.rocksdb = { openedAtMs: sim.state.nowMs, records: 0, countedAtMs: sim.state.nowMs };
  updateTaskManager(sim, task.tm, 0);
}

/**
 * close(): RocksDB frees what the instance held (the allocator may keep it); the slot's reservation goes with its last
 * instance. `keptBytes`: what a leak keeps alive of it (rocksDbLeaks.pinCachesOnClose) — not freed, so not the allocator's.
 */
export function closeRocksDb(sim: Sim, task: TaskRuntime, keptBytes = 0): void {
  if (!task.rocksdb) return;
  const jvm = sim.state.jvms[task.tm];
  task.rocksdb = undefined;
  if (!jvm?.alive || jvm.instance !== task.instance) return;
  const before = partsTotal(jvm.rocksdb);
  updateTaskManager(sim, task.tm, 0);
  updateTaskManager(sim, task.tm, Math.max(0, before - partsTotal(jvm.rocksdb) - keptBytes));
}

/** Records per second one subtask of operator `index` processes now: the job's throughput × the selectivities before it. */
function recordsPerSecond(sim: Sim, index: number): number {
  const ops = sim.scenario.job.operators;
  let reach = 1;
  for (let i = 1; i < index; i++) reach *= ops[i]?.selectivity ?? 1;
  const op = ops[index];
  if (!op) return 0;
  return ((sim.state.job.throughputMicroPerMs / 1000) * reach) / op.parallelism;
}

/** The minute grid: count the records each open instance processed, then recompute every TaskManager's RocksDB memory. */
export function onGridRocksDb(sim: Sim): void {
  if (sim.setup.runtime.stateBackend !== 'rocksdb') return;
  let any = false;
  for (const task of sim.state.tasks) {
    if (!task.rocksdb) continue;
    const rate = recordsPerSecond(sim, task.operator);
    task.rocksdb.records += Math.floor((rate * (sim.state.nowMs - task.rocksdb.countedAtMs)) / 1000);
    task.rocksdb.countedAtMs = sim.state.nowMs;
    any = true;
  }
  if (!any) return;
  sim.state.jvms.forEach((jvm, index) => {
    if (index === 0 || !jvm.alive) return;
    const f = updateTaskManager(sim, index, -1);
    // glibc keeps a share of each minute's flushes (allocator.ts); jemalloc what the last decay period's leave
    setRetained(sim, jvm, f.flushed, f.flushed);
  });
}

/** The open instances on this JVM (this instance of it). */
function openInstances(sim: Sim, tm: number, jvm: JvmState): TaskRuntime[] {
  return sim.state.tasks.filter((t) => t.rocksdb && t.tm === tm && t.instance === jvm.instance);
}

/**
 * Recomputes one TaskManager's RocksDB parts and its slots' reservations. `freedBytes` ≥ 0: freed at once (a close), fed
 * to the allocator now; -1: the caller feeds the allocator. Returns the bytes RocksDB frees per minute now (and flushes).
 */
function updateTaskManager(sim: Sim, tm: number, freedBytes: number): { freed: number; flushed: number } {
  const jvm = sim.state.jvms[tm];
  const options = sim.setup.runtime.rocksdb;
  if (!jvm?.alive || !options) return { freed: 0, flushed: 0 };
  const open = openInstances(sim, tm, jvm);
  const memory = sharedMemory(sim, options);
  // one budget per slot (slot sharing: subtask i of every operator shares slot i), or one for the TaskManager
  const groups = new Map<number, TaskRuntime[]>();
  for (const t of open) {
    const key = memory.scope === 'taskmanager' ? 0 : t.subtask;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  let parts: RocksDbParts = NO_PARTS;
  let freedPerMinute = 0;
  let flushedPerMinute = 0;
  let reserved = 0;
  for (const tasks of groups.values()) {
    const instances = tasks.map((t): InstanceInput => {
      const op = sim.scenario.job.operators[t.operator] as OperatorSpec;
      return {
        states: op.keyedState ?? [],
        parallelism: op.parallelism,
        recordsPerSecond: recordsPerSecond(sim, t.operator),
        recordsSinceOpen: t.rocksdb?.records ?? 0,
      };
    });
    const f = footprint({ memory, options, instances, frocksdb: sim.setup.rocksdb.frocksdb });
    parts = addParts(parts, f.parts);
    freedPerMinute += f.freedPerMinuteBytes;
    flushedPerMinute += f.flushedPerMinuteBytes;
    reserved += memory.managedReservationBytes;
  }
  jvm.managedUsedBytes += reserved - jvm.rocksdbReservedBytes;
  jvm.rocksdbReservedBytes = reserved;
  jvm.rocksdb = parts;
  jvm.rocksdbPeakBytes = Math.max(jvm.rocksdbPeakBytes, partsTotal(parts));
  if (freedBytes >= 0) setRetained(sim, jvm, freedBytes, flushedPerMinute);
  return { freed: freedPerMinute, flushed: flushedPerMinute };
}

function setRetained(sim: Sim, jvm: JvmState, freedBytes: number, flushedPerMinute: number): void {
  const instances = openInstances(sim, sim.state.jvms.indexOf(jvm), jvm).length;
  jvm.mallocRetainedBytes = retainedAfter(
    {
      allocator: sim.setup.rocksdb.allocator,
      mallocArenaMax: sim.setup.rocksdb.mallocArenaMax,
      allocatingThreads: Math.max(1, instances) * THREADS_PER_INSTANCE + BACKGROUND_THREADS,
      peakBytes: jvm.rocksdbPeakBytes,
    },
    jvm.mallocRetainedBytes,
    freedBytes,
    flushedPerMinute,
  );
}
