/**
 * Flink's RocksDB options that decide RocksDB's memory, read for one release: RocksDBOptions (the memory settings of
 * FLIP-49/FLINK-14484 and later) and RocksDBConfigurableOptions (what one column family gets when memory is not
 * bounded). Each key exists from the release that introduced it; a key written for a release without it is not read
 * (configCheck.ts names it), and the release's default applies. Values Flink refuses are refused with its texts
 * (RocksDBMemoryConfiguration#validate: the configure path never calls the setters, as the oracle of 12 releases shows);
 * values Flink accepts that the sandbox does not model are refused in the sandbox's own words.
 *
 * Sources (apache/flink, flink-state-backends/flink-statebackend-rocksdb/src/main/java/org/apache/flink/contrib/
 * streaming/state/, org/apache/flink/state/rocksdb/ from 2.0): RocksDBOptions.java, RocksDBConfigurableOptions.java,
 * RocksDBMemoryConfiguration.java, RocksDBSharedResourcesFactory.java.
 */
import { FlinkError } from './flinkError';
import type { OptionReader } from './configuration';
import { atLeast, type FlinkVersion } from './flinkVersion';
import type { DefaultValue, OptionDef, OptionType } from './options';

const MiB = 1024 * 1024;

function rocksOption(
  key: string,
  type: OptionType,
  defaultValue: (v: FlinkVersion) => DefaultValue,
  doc: string,
  availableIn: (v: FlinkVersion) => boolean = () => true,
): OptionDef {
  return { key, type, process: 'taskmanager', label: key, doc, defaultValue, deprecatedKeys: [], availableIn, informational: true };
}

const fixed = (value: DefaultValue) => () => value;

/** FLINK-20496 (PR #14341, merged after 1.12's feature freeze): partitioned index and filters, from 1.13. */
const hasPartitionedIndexFilters = (v: FlinkVersion): boolean => atLeast(v, 1, 13);
/** FLINK-29928: RocksDB memory shared by all slots of a TaskManager (`fixed-per-tm`), from 1.17. */
const hasFixedPerTm = (v: FlinkVersion): boolean => atLeast(v, 1, 17);
/** FLINK-24148: `state.backend.rocksdb.use-bloom-filter`, from 1.15 (before, only an options factory sets a filter). */
const hasBloomFilterOption = (v: FlinkVersion): boolean => atLeast(v, 1, 15);
/** Periodic manual compaction of small SST files (Flink 1.20 release notes, "Manually Compact Small SST Files"): 1.20+, as the scanned option keys say. */
const hasManualCompaction = (v: FlinkVersion): boolean => atLeast(v, 1, 20);

export const ROCKSDB = {
  managed: rocksOption(
    'state.backend.rocksdb.memory.managed',
    'boolean',
    fixed(true),
    "RocksDB's block cache and write buffers are bounded by the slot's managed memory (default true since 1.10).",
  ),
  fixedPerSlot: rocksOption(
    'state.backend.rocksdb.memory.fixed-per-slot',
    'memory',
    fixed(undefined),
    'A fixed memory budget for all RocksDB instances of a slot; wins over memory.managed.',
  ),
  fixedPerTm: rocksOption(
    'state.backend.rocksdb.memory.fixed-per-tm',
    'memory',
    fixed(undefined),
    'A fixed budget shared by all slots of the TaskManager, used when memory.managed is false (1.17+).',
    hasFixedPerTm,
  ),
  writeBufferRatio: rocksOption(
    'state.backend.rocksdb.memory.write-buffer-ratio',
    'double',
    fixed(0.5),
    'Share of the bounded budget for write buffers (memtables), in (0, 1).',
  ),
  highPriorityPoolRatio: rocksOption(
    'state.backend.rocksdb.memory.high-prio-pool-ratio',
    'double',
    fixed(0.1),
    'Share of the cache for index and filter blocks (high priority), in (0, 1).',
  ),
  partitionedIndexFilters: rocksOption(
    'state.backend.rocksdb.memory.partitioned-index-filters',
    'boolean',
    fixed(false),
    'Two-level index and partitioned filters: only the top level stays pinned (1.13+).',
    hasPartitionedIndexFilters,
  ),
  blockCacheSize: rocksOption(
    'state.backend.rocksdb.block.cache-size',
    'memory',
    fixed(BigInt(8 * MiB)),
    // DefaultConfigurableOptionsFactory#createColumnOptions sets it only when configured; otherwise RocksJava's
    // BlockBasedTableConfig default (8 MiB) makes each column family's table factory create an LRU cache of its own.
    "Each column family's own block cache when memory is not bounded (8 MiB, RocksJava's BlockBasedTableConfig default).",
  ),
  writeBufferSize: rocksOption(
    'state.backend.rocksdb.writebuffer.size',
    'memory',
    fixed(BigInt(64 * MiB)),
    'Size of one memtable of a column family (64 MiB).',
  ),
  writeBufferCount: rocksOption(
    'state.backend.rocksdb.writebuffer.count',
    'int',
    fixed(2),
    'Memtables a column family may hold, active and immutable (max_write_buffer_number, 2).',
  ),
  blockSize: rocksOption(
    'state.backend.rocksdb.block.blocksize',
    'memory',
    fixed(BigInt(4 * 1024)),
    'Data block size of SST files (4 KiB).',
  ),
  bloomFilter: rocksOption(
    'state.backend.rocksdb.use-bloom-filter',
    'boolean',
    fixed(false),
    'A bloom filter per SST file (10 bits a key) (1.15+).',
    hasBloomFilterOption,
  ),
  manualCompactionMinInterval: rocksOption(
    'state.backend.rocksdb.manual-compaction.min-interval',
    'duration',
    fixed(0),
    'Periodic manual compaction of small SST files (1.20+); 0 disables it.',
    hasManualCompaction,
  ),
} as const;

/** The RocksDB option a key names, if the model reads it (configCheck.ts). */
export function rocksDbOptionForKey(key: string): OptionDef | undefined {
  return Object.values(ROCKSDB).find((d) => d.key === key);
}

/** `state.backend.rocksdb.metrics.*` keys that switch on a native metric the model fills (RocksDBNativeMetricOptions). */
const ROCKSDB_METRIC_KEYS = [
  'state.backend.rocksdb.metrics.block-cache-usage',
  'state.backend.rocksdb.metrics.block-cache-pinned-usage',
  'state.backend.rocksdb.metrics.cur-size-all-mem-tables',
  'state.backend.rocksdb.metrics.estimate-table-readers-mem',
  'state.backend.rocksdb.metrics.block-cache-capacity',
] as const;

/** How RocksDB's memory is shared, as RocksDBSharedResourcesFactory#from decides it. */
export type RocksDbMemoryMode =
  /** SLOT_SHARED_MANAGED: one cache and write buffer manager per slot, sized from the slot's managed memory. */
  | 'managed'
  /** SLOT_SHARED_UNMANAGED: per slot, `fixed-per-slot` bytes, outside managed memory. */
  | 'fixed-per-slot'
  /** TM_SHARED_UNMANAGED: one cache and write buffer manager for the whole TaskManager, `fixed-per-tm` bytes (1.17+). */
  | 'fixed-per-tm'
  /** Neither: every column family has its own cache and memtables (RocksDB's and Flink's column-family defaults). */
  | 'unbounded';

export interface RocksDbOptions {
  readonly mode: RocksDbMemoryMode;
  /** The budget per slot (fixed-per-slot) or per TaskManager (fixed-per-tm); undefined for managed (the slot's share) and unbounded. */
  readonly fixedBytes: number | undefined;
  readonly writeBufferRatio: number;
  readonly highPriorityPoolRatio: number;
  readonly partitionedIndexFilters: boolean;
  /** Unbounded mode's per-column-family settings. */
  readonly blockCacheBytes: number;
  readonly writeBufferBytes: number;
  readonly writeBufferCount: number;
  readonly blockSizeBytes: number;
  readonly bloomFilter: boolean;
  /** Native metrics switched on (`state.backend.rocksdb.metrics.<name>: true`), by metric name (`block-cache-usage`). */
  readonly metrics: readonly string[];
  /** 0: off. */
  readonly manualCompactionMinIntervalMs: number;
}

function keyOf(r: OptionReader, def: OptionDef): string {
  return r.config.lookup(def)?.entry.key ?? def.key;
}

/** An option read only in the releases that have it; the default elsewhere. */
function inRelease<T>(r: OptionReader, def: OptionDef, read: () => T | undefined): T | undefined {
  return def.availableIn(r.version) ? read() : (def.defaultValue(r.version) as T | undefined);
}

const bytes = (value: bigint | undefined): number | undefined => (value === undefined ? undefined : Number(value));

/**
 * Reads the RocksDB options of one release; throws a FlinkError with Flink's text for a value Flink refuses, and one that
 * says so for a value Flink accepts but the sandbox does not model.
 */
export function readRocksDbOptions(r: OptionReader): RocksDbOptions {
  const managed = r.boolean(ROCKSDB.managed) ?? true;
  const perSlot = bytes(r.memory(ROCKSDB.fixedPerSlot));
  const perTm = bytes(inRelease(r, ROCKSDB.fixedPerTm, () => r.memory(ROCKSDB.fixedPerTm)));
  const writeBufferRatio = r.double(ROCKSDB.writeBufferRatio) ?? 0.5;
  const highPriorityPoolRatio = r.double(ROCKSDB.highPriorityPoolRatio) ?? 0.1;
  // The TaskManager never calls RocksDBMemoryConfiguration's setters (their "must be in (0, 1)" checks):
  // EmbeddedRocksDBStateBackend#configure → RocksDBMemoryConfiguration.fromOtherAndConfiguration assigns the fields, and
  // only #validate (FLINK-15512, 1.10.0) refuses: the write buffer manager's share of the cache plus the high-priority
  // pool must leave room for data blocks. Measured on Flink's classes of 12 releases (calibration/rocksdb, the oracle).
  if ((2 * writeBufferRatio) / (3 - writeBufferRatio) + highPriorityPoolRatio >= 1.0)
    throw new FlinkError(
      'IllegalArgumentException',
      `Invalid configuration: writeBufferRatio ${javaDouble(writeBufferRatio)} with highPriPoolRatio ${javaDouble(highPriorityPoolRatio)}`,
      [keyOf(r, ROCKSDB.writeBufferRatio), keyOf(r, ROCKSDB.highPriorityPoolRatio)],
    );
  // What Flink accepts but the sandbox does not model, said as such (not in Flink's words): write-buffer-ratio 0 and
  // fixed-per-slot 0 disable the write buffer manager (WriteBufferManager(0): memtables bounded only per column family,
  // a path of footprint.ts that bounded mode does not have); out-of-range values that slip past validate() (a negative
  // ratio, a ratio past 3) give RocksDB negative sizes.
  const unmodelled = (def: OptionDef, value: string, what: string) =>
    new FlinkError('IllegalArgumentException', `${keyOf(r, def)}: ${value} — ${what}; the sandbox does not model it`, [keyOf(r, def)]);
  if (perSlot !== undefined && perSlot <= 0)
    throw unmodelled(ROCKSDB.fixedPerSlot, String(perSlot), 'Flink accepts it (a 0-byte cache and no write buffer manager)');
  if (writeBufferRatio === 0)
    throw unmodelled(
      ROCKSDB.writeBufferRatio,
      '0',
      'Flink accepts it (no write buffer manager: memtables bounded only per column family); use a ratio in (0, 1)',
    );
  if (!(writeBufferRatio > 0 && writeBufferRatio < 1))
    throw unmodelled(ROCKSDB.writeBufferRatio, javaDouble(writeBufferRatio), 'RocksDB would get a negative size; use a ratio in (0, 1)');
  if (!(highPriorityPoolRatio >= 0 && highPriorityPoolRatio < 1))
    throw unmodelled(ROCKSDB.highPriorityPoolRatio, javaDouble(highPriorityPoolRatio), 'out of range; use a ratio in [0, 1)');
  // RocksDBSharedResourcesFactory#from: fixed-per-slot, else managed, else fixed-per-tm (> 0), else per column family.
  const mode: RocksDbMemoryMode =
    perSlot !== undefined ? 'fixed-per-slot' : managed ? 'managed' : perTm !== undefined && perTm > 0 ? 'fixed-per-tm' : 'unbounded';
  const metrics = ROCKSDB_METRIC_KEYS.filter((key) => {
    const entry = r.config.raw(key);
    return entry !== undefined && entry.value.trim().toLowerCase() === 'true';
  }).map((key) => key.slice('state.backend.rocksdb.metrics.'.length));
  return {
    mode,
    fixedBytes: mode === 'fixed-per-slot' ? perSlot : mode === 'fixed-per-tm' ? perTm : undefined,
    writeBufferRatio,
    highPriorityPoolRatio,
    partitionedIndexFilters: inRelease(r, ROCKSDB.partitionedIndexFilters, () => r.boolean(ROCKSDB.partitionedIndexFilters)) ?? false,
    blockCacheBytes: bytes(r.memory(ROCKSDB.blockCacheSize)) ?? 8 * MiB,
    writeBufferBytes: bytes(r.memory(ROCKSDB.writeBufferSize)) ?? 64 * MiB,
    writeBufferCount: r.int(ROCKSDB.writeBufferCount) ?? 2,
    blockSizeBytes: bytes(r.memory(ROCKSDB.blockSize)) ?? 4096,
    bloomFilter: inRelease(r, ROCKSDB.bloomFilter, () => r.boolean(ROCKSDB.bloomFilter)) ?? false,
    metrics,
    manualCompactionMinIntervalMs:
      inRelease(r, ROCKSDB.manualCompactionMinInterval, () => r.durationMs(ROCKSDB.manualCompactionMinInterval)) ?? 0,
  };
}

/** Java's Double.toString for the ratios in Flink's texts (0.5, 0.1, 1.0): a whole number keeps its ".0". */
function javaDouble(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
