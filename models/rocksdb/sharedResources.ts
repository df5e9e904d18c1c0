/**
 * RocksDB's memory budget as Flink sizes it (bounded mode): one LRU block cache and one write buffer manager shared by
 * every RocksDB instance of a slot (or, with `fixed-per-tm`, of the whole TaskManager).
 *
 * Modelled exactly, from Flink's sources (flink-state-backends/flink-statebackend-rocksdb, package
 * org.apache.flink.contrib.streaming.state, org.apache.flink.state.rocksdb from 2.0):
 * - RocksDBSharedResourcesFactory#from: fixed-per-slot wins, then managed memory, then fixed-per-tm (1.17+), else no
 *   shared resources (every column family sizes its own cache and memtables: unbounded);
 * - MemoryManager#getSharedMemoryResourceForManagedMemory: the slot's resource is created once, by the first RocksDB
 *   instance that opens, with floor(slot managed memory × that operator's fraction) bytes; later instances of the slot
 *   share it (so with two stateful operators of fraction 0.5 each, the shared cache is half the slot);
 * - ManagedMemoryUtils#getFractionRoundedDown (1.12+): an operator's fraction is its weight's share rounded down to 4
 *   decimals; before 1.12, the plain share;
 * - RocksDBMemoryControllerUtils#calculateActualCacheCapacity: (long) ((3 - writeBufferRatio) * total / 3), and
 *   #calculateWriteBufferManagerCapacity: (long) (2 * total * writeBufferRatio / 3) — Java's arithmetic, in the same
 *   order, on doubles (exact for sizes below 2^53);
 * - #createCache: new LRUCache(capacity, -1, false, highPriorityPoolRatio): num_shard_bits -1 (RocksDB picks), not
 *   strict (strict_capacity_limit false: pinned blocks may take it past its capacity), the high-priority pool for index
 *   and filter blocks.
 * Not modelled here: what RocksDB does with the budget (footprint.ts), options factories that replace Flink's settings.
 */
import type { RocksDbMemoryMode, RocksDbOptions } from '../config/rocksdbOptions';

export interface RocksDbMemoryInput {
  readonly options: RocksDbOptions;
  /** The slot's managed memory: the TaskManager's managed memory ÷ slots (integer division, as MemorySize#divide). */
  readonly slotManagedBytes: number;
  /** Stateful (keyed) operators of the slot-sharing group sharing the slot's STATE_BACKEND managed memory. */
  readonly statefulOperatorsInSlot: number;
  /** ManagedMemoryUtils#getFractionRoundedDown exists (1.12+, FLIP-141). */
  readonly fractionRoundedDown: boolean;
}

/** The shared cache and write buffer manager of one scope (a slot or the TaskManager); undefined scope when unbounded. */
export interface RocksDbMemory {
  readonly mode: RocksDbMemoryMode;
  /** What one shared resource serves: every RocksDB instance of a slot, or of the TaskManager (fixed-per-tm). */
  readonly scope: 'slot' | 'taskmanager' | 'column-family';
  /** The budget the resource was created with (bytes); 0 when unbounded. */
  readonly totalBytes: number;
  readonly cacheCapacityBytes: number;
  readonly writeBufferManagerBytes: number;
  readonly highPriorityPoolRatio: number;
  /** The part of the cache's capacity kept for index and filter blocks (cache capacity × ratio, as LRUCache splits it). */
  readonly highPriorityPoolBytes: number;
  /** Managed memory the resource reserves in the slot's MemoryManager (managed mode only; fixed budgets reserve nothing). */
  readonly managedReservationBytes: number;
  /** The operator fraction the slot's resource was created with (managed mode), as Flink computes it. */
  readonly fraction: number;
}

/** ManagedMemoryUtils#getFractionRoundedDown: BigDecimal division to 4 decimals, RoundingMode.DOWN. */
export function fractionRoundedDown(dividend: number, divisor: number): number {
  if (divisor <= 0) return 0;
  return Math.floor((dividend * 10_000) / divisor) / 10_000;
}

/** RocksDBMemoryControllerUtils#calculateActualCacheCapacity. */
export function cacheCapacity(totalBytes: number, writeBufferRatio: number): number {
  return Math.trunc(((3 - writeBufferRatio) * totalBytes) / 3);
}

/** RocksDBMemoryControllerUtils#calculateWriteBufferManagerCapacity. */
export function writeBufferManagerCapacity(totalBytes: number, writeBufferRatio: number): number {
  return Math.trunc((2 * totalBytes * writeBufferRatio) / 3);
}

/** The shared resources one RocksDB scope gets (per slot, or per TaskManager for fixed-per-tm), or none (unbounded). */
export function rocksDbMemory(input: RocksDbMemoryInput): RocksDbMemory {
  const { options } = input;
  const operators = Math.max(1, input.statefulOperatorsInSlot);
  const fraction = input.fractionRoundedDown ? fractionRoundedDown(1, operators) : 1 / operators;
  let total = 0;
  let reservation = 0;
  switch (options.mode) {
    case 'managed':
      // MemoryManager#computeMemorySize: (long) Math.floor(totalMemorySize * fraction)
      total = Math.floor(input.slotManagedBytes * fraction);
      reservation = total;
      break;
    case 'fixed-per-slot':
    case 'fixed-per-tm':
      total = options.fixedBytes ?? 0;
      break;
    case 'unbounded':
      break;
  }
  if (options.mode === 'unbounded')
    return {
      mode: 'unbounded',
      scope: 'column-family',
      totalBytes: 0,
      cacheCapacityBytes: options.blockCacheBytes,
      writeBufferManagerBytes: 0,
      highPriorityPoolRatio: 0,
      highPriorityPoolBytes: 0,
      managedReservationBytes: 0,
      fraction: 0,
    };
  const cache = cacheCapacity(total, options.writeBufferRatio);
  return {
    mode: options.mode,
    scope: options.mode === 'fixed-per-tm' ? 'taskmanager' : 'slot',
    totalBytes: total,
    cacheCapacityBytes: cache,
    writeBufferManagerBytes: writeBufferManagerCapacity(total, options.writeBufferRatio),
    highPriorityPoolRatio: options.highPriorityPoolRatio,
    highPriorityPoolBytes: Math.trunc(cache * options.highPriorityPoolRatio),
    managedReservationBytes: reservation,
    fraction: options.mode === 'managed' ? fraction : 0,
  };
}
