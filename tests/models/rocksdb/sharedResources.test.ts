// Protects RocksDB's budget as Flink sizes it: RocksDBMemoryControllerUtils' two formulas in Java's arithmetic, the managed
// fraction and the slot's resource created once, RocksDBSharedResourcesFactory#from's choice of mode per release, and the
// RocksDB options read (and refused) as RocksDBMemoryConfiguration reads them.
import { describe, expect, it } from 'vitest';
import { FlinkConfiguration, OptionReader } from '../../../models/config/configuration';
import { configWarnings } from '../../../models/config/configCheck';
import { FlinkError } from '../../../models/config/flinkError';
import { parseFlinkVersion } from '../../../models/config/flinkVersion';
import { readRocksDbOptions, type RocksDbOptions } from '../../../models/config/rocksdbOptions';
import { cacheCapacity, fractionRoundedDown, rocksDbMemory, writeBufferManagerCapacity } from '../../../models/rocksdb/sharedResources';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

const options = (config: Record<string, string>, version = '1.18'): RocksDbOptions =>
  readRocksDbOptions(
    new OptionReader(
      new FlinkConfiguration(Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }))),
      parseFlinkVersion(version),
    ),
  );

function refusal(config: Record<string, string>): FlinkError {
  try {
    options(config);
  } catch (e) {
    if (e instanceof FlinkError) return e;
    throw e;
  }
  throw new Error(`accepted: ${JSON.stringify(config)}`);
}

describe("RocksDBMemoryControllerUtils' formulas", () => {
  // Expected values worked by hand from the Java expressions (long) ((3 - r) * total / 3) and (long) (2 * total * r / 3):
  // each is the exact quotient truncated, e.g. 2.5 × 2^30 / 3 = 894784853.33… → 894784853.
  it.each([
    [GiB, 0.5, 894_784_853, 357_913_941],
    [GiB, 0.25, 984_263_338, 178_956_970],
    [686 * MiB, 0.5, 599_435_946, 239_774_378],
    [512 * MiB, 0.1, 518_975_214, 35_791_394],
  ])('total %d, write-buffer-ratio %d: cache %d, write buffer manager %d', (total, ratio, cache, wbm) => {
    expect(cacheCapacity(total, ratio)).toBe(cache);
    expect(writeBufferManagerCapacity(total, ratio)).toBe(wbm);
  });

  it('cache + the write buffer manager’s 50 % overshoot = the budget (the four equations of the javadoc), to a byte or two of truncation', () => {
    for (const ratio of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const total = 700 * MiB;
      const sum = cacheCapacity(total, ratio) + writeBufferManagerCapacity(total, ratio) / 2;
      expect(Math.abs(sum - total)).toBeLessThanOrEqual(2);
    }
  });

  it('fractions are rounded down to 4 decimals (ManagedMemoryUtils#getFractionRoundedDown)', () => {
    expect(fractionRoundedDown(1, 1)).toBe(1);
    expect(fractionRoundedDown(1, 2)).toBe(0.5);
    expect(fractionRoundedDown(1, 3)).toBe(0.3333);
    expect(fractionRoundedDown(2, 3)).toBe(0.6666);
    expect(fractionRoundedDown(1, 7)).toBe(0.1428);
  });
});

describe('rocksDbMemory: the shared resources of a slot or a TaskManager', () => {
  it('managed: floor(slot managed × fraction), reserved in the MemoryManager; one resource for every operator of the slot', () => {
    const slot = 686 * MiB;
    const one = rocksDbMemory({ options: options({}), slotManagedBytes: slot, statefulOperatorsInSlot: 1, fractionRoundedDown: true });
    expect(one).toMatchObject({
      mode: 'managed',
      scope: 'slot',
      totalBytes: slot,
      cacheCapacityBytes: 599_435_946,
      writeBufferManagerBytes: 239_774_378,
      managedReservationBytes: slot,
      fraction: 1,
      highPriorityPoolRatio: 0.1,
      highPriorityPoolBytes: 59_943_594,
    });
    // three keyed operators: the first to open creates the slot's resource with its fraction, 0.3333 of the slot
    const three = rocksDbMemory({ options: options({}), slotManagedBytes: slot, statefulOperatorsInSlot: 3, fractionRoundedDown: true });
    expect(three.totalBytes).toBe(Math.floor(slot * 0.3333));
    expect(three.managedReservationBytes).toBe(three.totalBytes);
    // before 1.12 the plain share
    const old = rocksDbMemory({
      options: options({}, '1.11'),
      slotManagedBytes: slot,
      statefulOperatorsInSlot: 3,
      fractionRoundedDown: false,
    });
    expect(old.totalBytes).toBe(Math.floor(slot / 3));
  });

  it('fixed-per-slot wins over managed and reserves nothing; fixed-per-tm is one resource for the TaskManager from 1.17', () => {
    const perSlot = rocksDbMemory({
      options: options({ 'state.backend.rocksdb.memory.fixed-per-slot': '300m' }),
      slotManagedBytes: GiB,
      statefulOperatorsInSlot: 1,
      fractionRoundedDown: true,
    });
    expect(perSlot).toMatchObject({ mode: 'fixed-per-slot', scope: 'slot', totalBytes: 300 * MiB, managedReservationBytes: 0 });
    const perTm = { 'state.backend.rocksdb.memory.managed': 'false', 'state.backend.rocksdb.memory.fixed-per-tm': '1g' };
    expect(options(perTm, '1.17')).toMatchObject({ mode: 'fixed-per-tm', fixedBytes: GiB });
    expect(
      rocksDbMemory({ options: options(perTm, '1.17'), slotManagedBytes: 0, statefulOperatorsInSlot: 2, fractionRoundedDown: true }),
    ).toMatchObject({ scope: 'taskmanager', totalBytes: GiB, cacheCapacityBytes: 894_784_853 });
    // 1.16 has no fixed-per-tm: managed false means every column family on its own
    expect(options(perTm, '1.16').mode).toBe('unbounded');
    // managed true wins over fixed-per-tm (RocksDBSharedResourcesFactory#from checks managed first)
    expect(options({ 'state.backend.rocksdb.memory.fixed-per-tm': '1g' }, '1.18').mode).toBe('managed');
  });

  it("unbounded: no shared budget; each column family's own cache (block.cache-size) and write buffers", () => {
    const o = options({ 'state.backend.rocksdb.memory.managed': 'false' });
    expect(o).toMatchObject({
      mode: 'unbounded',
      blockCacheBytes: 8 * MiB,
      writeBufferBytes: 64 * MiB,
      writeBufferCount: 2,
      blockSizeBytes: 4096,
    });
    expect(rocksDbMemory({ options: o, slotManagedBytes: GiB, statefulOperatorsInSlot: 1, fractionRoundedDown: true })).toMatchObject({
      scope: 'column-family',
      totalBytes: 0,
      managedReservationBytes: 0,
    });
  });
});

describe('RocksDB options per release', () => {
  it('defaults: managed, 0.5 / 0.1, no partitioned index/filters, no bloom filter, no metrics', () => {
    expect(options({})).toEqual({
      mode: 'managed',
      fixedBytes: undefined,
      writeBufferRatio: 0.5,
      highPriorityPoolRatio: 0.1,
      partitionedIndexFilters: false,
      blockCacheBytes: 8 * MiB,
      writeBufferBytes: 64 * MiB,
      writeBufferCount: 2,
      blockSizeBytes: 4096,
      bloomFilter: false,
      metrics: [],
      manualCompactionMinIntervalMs: 0,
    });
  });

  it('keys of later releases are not read by earlier ones (partitioned-index-filters 1.13, use-bloom-filter 1.15, manual compaction 1.20)', () => {
    const config = {
      'state.backend.rocksdb.memory.partitioned-index-filters': 'true',
      'state.backend.rocksdb.use-bloom-filter': 'true',
      'state.backend.rocksdb.manual-compaction.min-interval': '10 min',
    };
    expect(options(config, '1.12')).toMatchObject({ partitionedIndexFilters: false, bloomFilter: false, manualCompactionMinIntervalMs: 0 });
    expect(options(config, '1.13')).toMatchObject({ partitionedIndexFilters: true, bloomFilter: false });
    expect(options(config, '1.15')).toMatchObject({ bloomFilter: true, manualCompactionMinIntervalMs: 0 });
    expect(options(config, '1.20')).toMatchObject({ manualCompactionMinIntervalMs: 600_000 });
  });

  it('native metrics switched on are listed by name', () => {
    expect(
      options({
        'state.backend.rocksdb.metrics.block-cache-usage': 'true',
        'state.backend.rocksdb.metrics.cur-size-all-mem-tables': 'false',
      }).metrics,
    ).toEqual(['block-cache-usage']);
  });

  it("refuses what Flink's configure path refuses (validate() only, not the setters), with Flink's texts and the keys", () => {
    // RocksDBMemoryConfiguration.fromOtherAndConfiguration never calls the setters: 1.0 and 1.5 reach validate().
    const one = refusal({ 'state.backend.rocksdb.memory.write-buffer-ratio': '1.0' });
    expect(one.message).toBe('Invalid configuration: writeBufferRatio 1.0 with highPriPoolRatio 0.1');
    expect(one.keys).toEqual(['state.backend.rocksdb.memory.write-buffer-ratio', 'state.backend.rocksdb.memory.high-prio-pool-ratio']);
    expect(refusal({ 'state.backend.rocksdb.memory.high-prio-pool-ratio': '1.5' }).message).toBe(
      'Invalid configuration: writeBufferRatio 0.5 with highPriPoolRatio 1.5',
    );
    const sum = refusal({
      'state.backend.rocksdb.memory.write-buffer-ratio': '0.9',
      'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.5',
    });
    expect(sum.message).toBe('Invalid configuration: writeBufferRatio 0.9 with highPriPoolRatio 0.5');
    // Flink accepts a high-priority pool of 0 (an LRUCache without one).
    expect(options({ 'state.backend.rocksdb.memory.high-prio-pool-ratio': '0' }).highPriorityPoolRatio).toBe(0);
  });

  it('says so, naming the key, where Flink accepts a value the sandbox does not model', () => {
    const ratio = refusal({ 'state.backend.rocksdb.memory.write-buffer-ratio': '0' });
    expect(ratio.message).toMatch(
      /^state\.backend\.rocksdb\.memory\.write-buffer-ratio: 0 — Flink accepts it .* the sandbox does not model it$/,
    );
    expect(ratio.keys).toEqual(['state.backend.rocksdb.memory.write-buffer-ratio']);
    expect(refusal({ 'state.backend.rocksdb.memory.fixed-per-slot': '0' }).message).toMatch(/fixed-per-slot: 0 — Flink accepts it/);
    expect(refusal({ 'state.backend.rocksdb.memory.write-buffer-ratio': '-0.5' }).message).toMatch(/negative size/);
    expect(refusal({ 'state.backend.rocksdb.memory.managed': 'yes' }).message).toBe(
      "Could not parse value 'yes' for key 'state.backend.rocksdb.memory.managed'.",
    );
  });
});

describe('the configuration check knows the RocksDB keys', () => {
  const warnings = (config: Record<string, string>, version: string) =>
    configWarnings(
      new FlinkConfiguration(Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }))),
      parseFlinkVersion(version),
    ).map((n) => n.message);

  it('read in the releases that have them, named as not an option in the others (never as a foreign key)', () => {
    const config = { 'state.backend.rocksdb.memory.managed': 'false', 'state.backend.rocksdb.memory.fixed-per-tm': '1g' };
    expect(warnings(config, '1.17')).toEqual([]);
    expect(warnings(config, '1.16')).toEqual([
      "'state.backend.rocksdb.memory.fixed-per-tm' is not an option of Flink 1.16 and has no effect there. A fixed budget shared by all slots of the TaskManager, used when memory.managed is false (1.17+).",
    ]);
  });
});
