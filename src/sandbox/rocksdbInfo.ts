/**
 * What the sandbox tells the page about a process's native memory setup (protocol.ts AllocatorInfo, RocksDbInfo): the
 * allocator the TaskManagers run with and, on a TaskManager whose job keeps keyed state in RocksDB, how Flink shares
 * memory out to RocksDB. The figures come from the model (models/rocksdb, models/engine/setup.ts); this names them.
 */
import type { SimSetup } from '../../models/engine/state/sim';
import { rocksDbMemory } from '../../models/rocksdb/sharedResources';
import type { Scenario } from '../../models/scenario/types';
import type { AllocatorInfo, RocksDbInfo } from './protocol';

/** The TaskManagers' malloc (the JobManager runs the same image or host), and why it is that one. */
export function allocatorInfo(scenario: Scenario, setup: SimSetup): AllocatorInfo {
  const { allocator, mallocArenaMax } = setup.rocksdb;
  const why =
    scenario.cluster.allocator !== undefined
      ? 'the scenario sets cluster.allocator'
      : allocator === 'jemalloc'
        ? `Flink ${scenario.flink.version}'s docker image on Kubernetes preloads jemalloc (since 1.12; DISABLE_JEMALLOC=true opts out)`
        : scenario.cluster.deployment === 'kubernetes'
          ? `Flink ${scenario.flink.version}'s docker image predates jemalloc (1.12): the system's glibc malloc`
          : `a ${scenario.cluster.deployment} process runs the system's glibc malloc`;
  return { name: allocator, arenaMax: allocator === 'glibc' ? mallocArenaMax : undefined, why };
}

/**
 * RocksDB's memory on a TaskManager: the shared resources of a slot (or of the TaskManager, fixed-per-tm) as
 * models/rocksdb/sharedResources.ts computes them — the operators that share the slot's managed memory for state are the
 * keyed ones and the windows (as models/engine/job/rocksdbInstances.ts counts them) — or undefined when no operator keeps
 * keyed state in RocksDB.
 */
export function rocksDbInfo(scenario: Scenario, setup: SimSetup): RocksDbInfo | undefined {
  const options = setup.runtime.rocksdb;
  const keyed = scenario.job.operators.filter((o) => (o.keyedState?.length ?? 0) > 0);
  if (setup.runtime.stateBackend !== 'rocksdb' || !options || keyed.length === 0) return undefined;
  const memory = rocksDbMemory({
    options,
    slotManagedBytes: setup.managedPerSlotBytes,
    statefulOperatorsInSlot: scenario.job.operators.filter((o) => (o.keyedState?.length ?? 0) > 0 || o.kind === 'window').length,
    fractionRoundedDown: setup.rocksdb.fractionRoundedDown,
  });
  const config = scenario.flink.config;
  const setting = (key: string, fallback: string) => `${key}: ${config[key] ?? `${fallback} (default)`}`;
  const settings =
    memory.mode === 'unbounded'
      ? [
          setting('state.backend.rocksdb.memory.managed', 'true'),
          setting('state.backend.rocksdb.block.cache-size', '8 mb'),
          setting('state.backend.rocksdb.writebuffer.size', '64 mb'),
          setting('state.backend.rocksdb.writebuffer.count', '2'),
        ]
      : [
          setting('taskmanager.memory.managed.fraction', '0.4'),
          setting('state.backend.rocksdb.memory.write-buffer-ratio', '0.5'),
          setting('state.backend.rocksdb.memory.high-prio-pool-ratio', '0.1'),
          setting('state.backend.rocksdb.memory.partitioned-index-filters', 'false'),
          ...(memory.mode === 'managed' ? [] : [setting(`state.backend.rocksdb.memory.${memory.mode}`, '—')]),
        ];
  return {
    mode: memory.mode,
    scope: memory.scope,
    totalBytes: memory.totalBytes,
    cacheCapacityBytes: memory.cacheCapacityBytes,
    writeBufferManagerBytes: memory.writeBufferManagerBytes,
    settings,
    metrics: options.metrics,
  };
}
