// Protects what RocksDB holds by part (models/rocksdb/footprint.ts): in bounded mode the cache's usage stays at its capacity until
// what it cannot evict (pinned blocks, the memtables' charge) passes it; memtables stop at the write buffer manager's measured
// overshoot; unbounded mode grows with every column family; iterators pin per frocksdb release; the data fills with records.
import { describe, expect, it } from 'vitest';
import { FlinkConfiguration, OptionReader } from '../../../models/config/configuration';
import { parseFlinkVersion } from '../../../models/config/flinkVersion';
import { readRocksDbOptions } from '../../../models/config/rocksdbOptions';
import { footprint, frocksDbLine, type InstanceInput } from '../../../models/rocksdb/footprint';
import {
  ARENA_PER_INSTANCE_BYTES,
  CACHE_FILL_PER_MILLE,
  ENTRY_OVERHEAD_BYTES,
  FILTER_BITS_PER_KEY,
  INDEX_BYTES_PER_BLOCK,
  MEMTABLE_OVER_WBM_PER_MILLE,
  PINNED_PER_ITERATOR_BYTES,
  UNBOUNDED_MEMTABLE_FILL_PER_MILLE,
} from '../../../models/rocksdb/measured';
import { rocksDbMemory } from '../../../models/rocksdb/sharedResources';
import { partsTotal } from '../../../models/rocksdb/types';

const MiB = 1024 ** 2;
const options = (config: Record<string, string> = {}) =>
  readRocksDbOptions(
    new OptionReader(
      new FlinkConfiguration(Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }))),
      parseFlinkVersion('1.18'),
    ),
  );
const memoryOf = (o: ReturnType<typeof options>, slot = 686 * MiB) =>
  rocksDbMemory({ options: o, slotManagedBytes: slot, statefulOperatorsInSlot: 1, fractionRoundedDown: true });

/** One subtask of a keyed operator with two point-read states (2.2 GiB on disk), after `records` records. */
const instance = (records: number, extra: Partial<InstanceInput> = {}): InstanceInput => ({
  states: [
    { name: 'profiles', keys: 40_000_000, valueBytes: 200, access: 'point', iteratorsOpen: 0 },
    { name: 'counters', keys: 40_000_000, valueBytes: 16, access: 'point', iteratorsOpen: 0 },
  ],
  parallelism: 4,
  recordsPerSecond: 5000,
  recordsSinceOpen: records,
  ...extra,
});

describe('bounded mode', () => {
  const o = options();
  const memory = memoryOf(o);
  const fill = Math.floor((memory.cacheCapacityBytes * CACHE_FILL_PER_MILLE) / 1000);

  it('empty at open(): only the arenas; the restored data is in files', () => {
    const f = footprint({ memory, options: o, instances: [instance(0)], frocksdb: 'frocksdb6' });
    expect(f.parts).toEqual({ blockCache: 0, pinned: 0, memtables: 0, tableReaders: 0, arena: ARENA_PER_INSTANCE_BYTES });
  });

  it("full: blocks + pinned + memtables = the cache filled to 99.8 % of its capacity; memtables at the write buffer manager's measured peak, at most write-buffer size × count per state", () => {
    const f = footprint({ memory, options: o, instances: [instance(10_000_000)], frocksdb: 'frocksdb6' });
    const { blockCache, pinned, memtables, tableReaders } = f.parts;
    // the manager's measured peak, 75 % of 228.69 MiB (171.5 MiB), binds before two states × 2 × 64 MiB = 256 MiB
    expect(MEMTABLE_OVER_WBM_PER_MILLE).toBe(750);
    expect(memtables).toBe(Math.floor((memory.writeBufferManagerBytes * MEMTABLE_OVER_WBM_PER_MILLE) / 1000));
    expect(memtables).toBeLessThan(256 * MiB);
    // and the states' own limit binds when the manager's peak is above it: one state, 2 × 64 MiB
    const one = footprint({
      memory,
      options: o,
      instances: [
        instance(10_000_000, { states: [{ name: 'profiles', keys: 40_000_000, valueBytes: 200, access: 'point', iteratorsOpen: 0 }] }),
      ],
      frocksdb: 'frocksdb6',
    });
    expect(one.parts.memtables).toBe(128 * MiB);
    expect(blockCache + pinned + memtables).toBe(fill);
    expect(tableReaders).toBe(0);
    expect(f.blockCacheUsageBytes).toBe(fill);
    expect(f.blockCacheCapacityBytes).toBe(memory.cacheCapacityBytes);
    // and within Flink's budget for the slot
    expect(partsTotal(f.parts)).toBeLessThan(memory.totalBytes);
  });

  it("memtables stop at the write buffer manager's measured peak (MEMTABLE_OVER_WBM_PER_MILLE of its capacity) when the states' own limits are higher", () => {
    const many = instance(10_000_000, {
      states: Array.from({ length: 8 }, (_, i) => ({
        name: `s${i}`,
        keys: 1_000_000,
        valueBytes: 100,
        access: 'point' as const,
        iteratorsOpen: 0,
      })),
    });
    const f = footprint({ memory, options: o, instances: [many], frocksdb: 'frocksdb6' });
    expect(f.parts.memtables).toBe(Math.floor((memory.writeBufferManagerBytes * MEMTABLE_OVER_WBM_PER_MILLE) / 1000));
  });

  it('pinned blocks are not evicted: past the capacity the cache keeps no unpinned block and its usage passes the capacity', () => {
    const scan = instance(10_000_000, {
      states: [{ name: 'sessions', keys: 120_000_000, valueBytes: 60, access: 'iterator', iteratorsOpen: 60_000 }],
      parallelism: 8,
    });
    const f = footprint({ memory: memoryOf(o, 343 * MiB), options: o, instances: [scan], frocksdb: 'frocksdb6' });
    expect(f.parts.pinned).toBeGreaterThanOrEqual(60_000 * PINNED_PER_ITERATOR_BYTES.frocksdb6);
    expect(f.parts.blockCache).toBe(0);
    expect(f.blockCacheUsageBytes).toBeGreaterThan(f.blockCacheCapacityBytes);
    // partitioned index/filters: the index and filter blocks no longer pinned whole, only the iterators' data blocks
    const partitioned = options({
      'state.backend.rocksdb.memory.partitioned-index-filters': 'true',
      'state.backend.rocksdb.use-bloom-filter': 'true',
    });
    const bloom = options({ 'state.backend.rocksdb.use-bloom-filter': 'true' });
    const withBloom = footprint({ memory: memoryOf(bloom, 343 * MiB), options: bloom, instances: [scan], frocksdb: 'frocksdb6' });
    const part = footprint({ memory: memoryOf(partitioned, 343 * MiB), options: partitioned, instances: [scan], frocksdb: 'frocksdb6' });
    // 15,000,000 keys a subtask of 60 + ENTRY_OVERHEAD_BYTES: a 10-bit filter of 18.75 MB and an index of 1.26 GB ÷ 4 KiB ×
    // INDEX_BYTES_PER_BLOCK (21 B: 6.5 MB), pinned whole without partitioning; with it, one top-level entry per 4 KiB
    // partition (~129 KB) — so ~25 MB less is pinned
    const keys = 15_000_000;
    const indexFilter =
      Math.ceil((keys * (60 + ENTRY_OVERHEAD_BYTES)) / 4096) * INDEX_BYTES_PER_BLOCK + Math.ceil((keys * FILTER_BITS_PER_KEY) / 8);
    const topLevel = Math.ceil(indexFilter / 4096) * INDEX_BYTES_PER_BLOCK;
    expect(withBloom.parts.pinned - part.parts.pinned).toBe(indexFilter - topLevel);
    expect(withBloom.parts.pinned - part.parts.pinned).toBeGreaterThan(23 * MiB);
    expect(withBloom.parts.pinned - part.parts.pinned).toBeLessThan(25 * MiB);
  });

  it('an iterator pins PINNED_PER_ITERATOR_BYTES by frocksdb line: 6.20.3 (Flink ≤ 1.20) and 8.10.0 (Flink 2.0+)', () => {
    expect(frocksDbLine(parseFlinkVersion('1.20'))).toBe('frocksdb6');
    expect(frocksDbLine(parseFlinkVersion('2.0'))).toBe('frocksdb8');
    const scan = instance(1, { states: [{ name: 's', keys: 1000, valueBytes: 10, access: 'iterator', iteratorsOpen: 10_000 }] });
    const six = footprint({ memory, options: o, instances: [scan], frocksdb: 'frocksdb6' }).parts.pinned;
    const eight = footprint({ memory, options: o, instances: [scan], frocksdb: 'frocksdb8' }).parts.pinned;
    expect(six - eight).toBe(10_000 * (PINNED_PER_ITERATOR_BYTES.frocksdb6 - PINNED_PER_ITERATOR_BYTES.frocksdb8));
  });

  it('fills with records, monotonically, and frees (flushes, evictions) only once full', () => {
    let last = -1;
    for (const records of [0, 1000, 100_000, 1_000_000, 10_000_000]) {
      const f = footprint({ memory, options: o, instances: [instance(records)], frocksdb: 'frocksdb6' });
      const total = partsTotal(f.parts);
      expect(total).toBeGreaterThanOrEqual(last);
      last = total;
      if (records === 1000) expect(f.flushedPerMinuteBytes).toBe(0);
      if (records === 10_000_000) expect(f.flushedPerMinuteBytes).toBeGreaterThan(0);
    }
  });
});

describe('unbounded mode', () => {
  const o = options({ 'state.backend.rocksdb.memory.managed': 'false' });
  const memory = memoryOf(o);

  it('per column family: its own cache, memtables filled to the measured UNBOUNDED_MEMTABLE_FILL_PER_MILLE of 2 × 64 MiB, index and filter in table readers', () => {
    const f = footprint({ memory, options: o, instances: [instance(10_000_000)], frocksdb: 'frocksdb6' });
    expect(f.columnFamilies).toBe(2);
    expect(f.parts.memtables).toBe(2 * Math.floor((128 * MiB * UNBOUNDED_MEMTABLE_FILL_PER_MILLE) / 1000));
    expect(f.parts.blockCache).toBe(2 * Math.floor((8 * MiB * CACHE_FILL_PER_MILLE) / 1000));
    expect(f.parts.tableReaders).toBeGreaterThan(0);
    expect(f.blockCacheCapacityBytes).toBe(16 * MiB);
  });

  it('grows with every state: twelve states hold six times what two do (no shared budget)', () => {
    const states = (n: number) =>
      instance(10_000_000, {
        states: Array.from({ length: n }, (_, i) => ({
          name: `s${i}`,
          keys: 20_000_000,
          valueBytes: 64,
          access: 'point' as const,
          iteratorsOpen: 0,
        })),
      });
    const two = footprint({ memory, options: o, instances: [states(2)], frocksdb: 'frocksdb6' });
    const twelve = footprint({ memory, options: o, instances: [states(12)], frocksdb: 'frocksdb6' });
    expect(twelve.parts.memtables).toBe(6 * two.parts.memtables);
    expect(twelve.parts.blockCache).toBe(6 * two.parts.blockCache);
  });
});
