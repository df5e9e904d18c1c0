/**
 * What the sandbox tells the page about a process's native memory setup (protocol.ts AllocatorInfo, RocksDbInfo): the
 * allocator the JVM runs with and, on a TaskManager whose state backend is RocksDB, how Flink shares its managed memory out
 * to RocksDB. The figures come from the model (models/rocksdb); this only names them for the page.
 */
import type { SimSetup } from '../../models/engine/state/sim';
import type { Scenario } from '../../models/scenario/types';
import type { AllocatorInfo, RocksDbInfo } from './protocol';

export function allocatorInfo(_scenario: Scenario): AllocatorInfo {
  return { name: 'glibc', arenaMax: undefined, why: 'TODO' };
}

export function rocksDbInfo(_scenario: Scenario, _setup: SimSetup): RocksDbInfo | undefined {
  return undefined;
}
