/**
 * What RocksDB holds in native memory, part by part (types.ts `RocksDbParts`), for the instances that share one budget:
 * the RocksDB instances (one per keyed operator per subtask) of a slot, or of a TaskManager with fixed-per-tm, or one
 * instance's column families each on their own in unbounded mode.
 *
 * Modelled:
 * - bounded mode (managed, fixed-per-slot, fixed-per-tm): Flink gives every column family the shared LRUCache with
 *   cache_index_and_filter_blocks=true, cache_index_and_filter_blocks_with_high_priority=true and
 *   pin_l0_filter_and_index_blocks_in_cache=true, and with partitioned-index-filters a two-level index, partitioned
 *   filters and pin_top_level_index_and_filter (RocksDBResourceContainer#getColumnOptions / RocksDBOperationUtils).
 *   The write buffer manager charges the memtables' arena to the cache (WriteBufferManager(capacity, cache)), so the
 *   cache's usage is memtables + pinned + unpinned blocks; LRU eviction keeps it at the capacity until what cannot be
 *   evicted (pinned blocks and the memtables' charge) alone passes it — the cache is not strict, so then usage does;
 *   memtables reach MEMTABLE_OVER_WBM_PER_MILLE of the manager's capacity (measured), at most write-buffer size × count
 *   per column family;
 * - unbounded mode: per column family its own cache (block.cache-size: a new BlockBasedTableConfig per column family,
 *   DefaultConfigurableOptionsFactory), write-buffer size × count memtables filled to UNBOUNDED_MEMTABLE_FILL_PER_MILLE,
 *   and index and filter blocks in table readers outside the cache (RocksDB's default, cache_index_and_filter_blocks
 *   false): `rocksdb.estimate-table-readers-mem`;
 * - pinned blocks: iterators pin their current data block (PINNED_PER_ITERATOR_BYTES each, measured per frocksdb
 *   release); an iterator-read state without partitioned index/filters keeps its whole index and filter blocks pinned
 *   (each open iterator holds the index block of the file it is in; spread over the key space, every file's); L0's
 *   index and filter blocks are pinned by Flink's setting;
 * - filling up: memtables fill with the records' writes (every record writes every state once), the cache with their
 *   reads (a block per point read, the entry for an iterator's next); the data restored at open() is in files, not memory;
 * - what is freed per minute (for the allocator, allocator.ts): flushed memtables (every byte written, once memtables
 *   are at their size), freed a whole memtable at once, and evicted blocks (every miss, once the cache is full), each
 *   followed at once by the allocation of the block read in its place.
 * Not modelled: compaction's and flush's own buffers beyond ARENA_PER_INSTANCE_BYTES, the OS page cache of SST files
 * (file-backed, not anonymous RSS), per-iterator read-ahead buffers, block compression (blocks are cached as stored).
 */
import { atLeast, type FlinkVersion } from '../config/flinkVersion';
import type { RocksDbOptions } from '../config/rocksdbOptions';
import {
  ARENA_PER_INSTANCE_BYTES,
  CACHE_FILL_PER_MILLE,
  ENTRY_OVERHEAD_BYTES,
  FILTER_BITS_PER_KEY,
  INDEX_BYTES_PER_BLOCK,
  MEMTABLE_OVER_WBM_PER_MILLE,
  PINNED_PER_ITERATOR_BYTES,
  UNBOUNDED_MEMTABLE_FILL_PER_MILLE,
} from './measured';
import type { RocksDbMemory } from './sharedResources';
import { NO_PARTS, type KeyedStateSpec, type RocksDbParts } from './types';

/** The frocksdb release a Flink release ships (its pom's frocksdbjni): 6.20.3 for 1.14–1.20, 8.10.0 from 2.0 (FLINK-35578). */
export type FrocksDbLine = keyof typeof PINNED_PER_ITERATOR_BYTES;

/**
 * Flink's frocksdbjni by release: 5.17.2 (1.10–1.13, no measurement here: 6.20.3's figures stand in), 6.20.3 (1.14–1.20),
 * 8.10.0 from 2.0 (FLINK-35578, PR #26033/#26067).
 */
export function frocksDbLine(version: FlinkVersion): FrocksDbLine {
  return atLeast(version, 2, 0) ? 'frocksdb8' : 'frocksdb6';
}

/** One RocksDB instance: a keyed operator's backend in one subtask. */
export interface InstanceInput {
  readonly states: readonly KeyedStateSpec[];
  /** The operator's parallelism: each subtask holds keys ÷ parallelism of every state. */
  readonly parallelism: number;
  /** Records this subtask processes per second now (each reads and writes every state once). */
  readonly recordsPerSecond: number;
  /** Records processed since open(): what filled its memtables and the cache. Iterators are open once it processed one. */
  readonly recordsSinceOpen: number;
}

export interface FootprintInput {
  readonly memory: RocksDbMemory;
  readonly options: RocksDbOptions;
  readonly instances: readonly InstanceInput[];
  readonly frocksdb: FrocksDbLine;
}

export interface Footprint {
  readonly parts: RocksDbParts;
  /** Bytes RocksDB frees per minute at this point: flushed memtables (whole arenas at once) and evicted blocks. */
  readonly freedPerMinuteBytes: number;
  /** Of them, the memtables' arena blocks freed by flushes: freed in bursts, allocated again only as the next memtable fills. */
  readonly flushedPerMinuteBytes: number;
  /** `rocksdb.block-cache-usage` as RocksDB reports it (bounded: pinned + memtables' charge + unpinned blocks). */
  readonly blockCacheUsageBytes: number;
  /** `rocksdb.block-cache-capacity`: the shared cache's (bounded) or the sum of the column families' caches. */
  readonly blockCacheCapacityBytes: number;
  /** Column families (states × instances). */
  readonly columnFamilies: number;
}

/** What one state of one instance holds on disk and in index/filter blocks, and how fast it is used. */
interface StateShape {
  readonly dataBytes: number;
  readonly indexFilterBytes: number;
  /** Index and filter blocks of L0 files (at most 4 memtables' worth of data: level0_file_num_compaction_trigger). */
  readonly l0IndexFilterBytes: number;
  readonly iterators: number;
  /** Bytes written and read per record, and per minute at the current rate. */
  readonly writeBytesPerRecord: number;
  readonly readBytesPerRecord: number;
  readonly writeBytesPerMinute: number;
  readonly readBytesPerMinute: number;
  readonly records: number;
}

function shapeOf(state: KeyedStateSpec, instance: InstanceInput, options: RocksDbOptions): StateShape {
  const keys = Math.ceil(state.keys / Math.max(1, instance.parallelism));
  const entry = state.valueBytes + ENTRY_OVERHEAD_BYTES;
  const dataBytes = keys * entry;
  const block = Math.max(1, options.blockSizeBytes);
  const indexFilter = (data: number, keyCount: number) =>
    Math.ceil(data / block) * INDEX_BYTES_PER_BLOCK + (options.bloomFilter ? Math.ceil((keyCount * FILTER_BITS_PER_KEY) / 8) : 0);
  const l0Data = Math.min(dataBytes, 4 * options.writeBufferBytes);
  const perMinute = instance.recordsPerSecond * 60;
  // a point read misses into one block; an iterator's next() reads on through the block it pinned
  const read = state.access === 'point' ? block : entry;
  return {
    dataBytes,
    indexFilterBytes: indexFilter(dataBytes, keys),
    l0IndexFilterBytes: indexFilter(l0Data, Math.floor(l0Data / entry)),
    iterators: state.access === 'iterator' ? state.iteratorsOpen : 0,
    writeBytesPerRecord: entry,
    readBytesPerRecord: read,
    writeBytesPerMinute: Math.round(perMinute * entry),
    readBytesPerMinute: Math.round(perMinute * read),
    records: instance.recordsSinceOpen,
  };
}

/** `perRecord` bytes for each of `records`, up to `cap`. */
const filled = (perRecord: number, records: number, cap: number) => Math.min(cap, Math.floor(perRecord * records));

/** The RocksDB instances of one budget (or unbounded column families), at their ages. */
export function footprint(input: FootprintInput): Footprint {
  const { memory, options } = input;
  const shapes = input.instances.flatMap((i) => i.states.map((s) => shapeOf(s, i, options)));
  const arena = input.instances.length * ARENA_PER_INSTANCE_BYTES;
  if (shapes.length === 0)
    return {
      parts: NO_PARTS,
      freedPerMinuteBytes: 0,
      flushedPerMinuteBytes: 0,
      blockCacheUsageBytes: 0,
      blockCacheCapacityBytes: 0,
      columnFamilies: 0,
    };
  const perIterator = PINNED_PER_ITERATOR_BYTES[input.frocksdb];
  return memory.mode === 'unbounded'
    ? unbounded(shapes, options, perIterator, arena)
    : bounded(shapes, memory, options, perIterator, arena);
}

function bounded(
  shapes: readonly StateShape[],
  memory: RocksDbMemory,
  options: RocksDbOptions,
  perIterator: number,
  arena: number,
): Footprint {
  const perCfMemtables = options.writeBufferBytes * options.writeBufferCount;
  const memtableCap = Math.min(
    Math.floor((memory.writeBufferManagerBytes * MEMTABLE_OVER_WBM_PER_MILLE) / 1000),
    shapes.length * perCfMemtables,
  );
  // Memtables fill from the writes of every column family, each at most its size × count.
  const memtables = Math.min(
    memtableCap,
    shapes.reduce((sum, s) => sum + filled(s.writeBytesPerRecord, s.records, perCfMemtables), 0),
  );
  const pinned = shapes.reduce((sum, s) => {
    if (s.records <= 0) return sum;
    const iterators = s.iterators * perIterator;
    // Without partitioning, iterators spread over the key space hold every file's index and filter block; with it, the
    // pinned top level is one index entry per partition (a metadata block of block size).
    const indexFilter =
      s.iterators > 0
        ? options.partitionedIndexFilters
          ? Math.ceil(s.indexFilterBytes / Math.max(1, options.blockSizeBytes)) * INDEX_BYTES_PER_BLOCK
          : s.indexFilterBytes
        : s.l0IndexFilterBytes;
    return sum + iterators + indexFilter;
  }, 0);
  const fill = Math.floor((memory.cacheCapacityBytes * CACHE_FILL_PER_MILLE) / 1000);
  const cachable = shapes.reduce((sum, s) => sum + s.dataBytes + s.indexFilterBytes, 0);
  const read = shapes.reduce((sum, s) => sum + filled(s.readBytesPerRecord, s.records, s.dataBytes + s.indexFilterBytes), 0);
  const blockCache = Math.max(0, Math.min(fill - pinned - memtables, cachable, read));
  const writes = shapes.reduce((sum, s) => sum + s.writeBytesPerMinute, 0);
  const reads = shapes.reduce((sum, s) => sum + s.readBytesPerMinute, 0);
  // Once memtables are at their size every byte written is freed again at a flush; once the cache is full every miss
  // evicts a block (misses: the share of the data not cached).
  const memtablesFull = memtables >= memtableCap;
  const cacheFull = blockCache + pinned + memtables >= fill;
  const missShare = cachable > 0 ? Math.max(0, cachable - blockCache) / cachable : 0;
  const flushed = memtablesFull ? writes : 0;
  return {
    parts: { blockCache, pinned, memtables, tableReaders: 0, arena },
    freedPerMinuteBytes: flushed + (cacheFull ? Math.round(reads * missShare) : 0),
    flushedPerMinuteBytes: flushed,
    blockCacheUsageBytes: blockCache + pinned + memtables,
    blockCacheCapacityBytes: memory.cacheCapacityBytes,
    columnFamilies: shapes.length,
  };
}

function unbounded(shapes: readonly StateShape[], options: RocksDbOptions, perIterator: number, arena: number): Footprint {
  const perCfMemtables = Math.floor((options.writeBufferBytes * options.writeBufferCount * UNBOUNDED_MEMTABLE_FILL_PER_MILLE) / 1000);
  const fill = Math.floor((options.blockCacheBytes * CACHE_FILL_PER_MILLE) / 1000);
  let blockCache = 0;
  let pinned = 0;
  let memtables = 0;
  let tableReaders = 0;
  let freed = 0;
  let flushed = 0;
  for (const s of shapes) {
    const m = filled(s.writeBytesPerRecord, s.records, perCfMemtables);
    const p = s.records > 0 ? s.iterators * perIterator : 0;
    const c = Math.max(0, Math.min(fill - p, s.dataBytes, filled(s.readBytesPerRecord, s.records, s.dataBytes)));
    memtables += m;
    pinned += p;
    blockCache += c;
    // Table readers open every SST file of the restored state at open(): their index and filter blocks are resident then.
    tableReaders += s.indexFilterBytes;
    const missShare = s.dataBytes > 0 ? Math.max(0, s.dataBytes - c) / s.dataBytes : 0;
    const f = m >= perCfMemtables ? s.writeBytesPerMinute : 0;
    flushed += f;
    freed += f + (c + p >= fill ? Math.round(s.readBytesPerMinute * missShare) : 0);
  }
  return {
    parts: { blockCache, pinned, memtables, tableReaders, arena },
    freedPerMinuteBytes: freed,
    flushedPerMinuteBytes: flushed,
    blockCacheUsageBytes: blockCache + pinned,
    blockCacheCapacityBytes: shapes.length * options.blockCacheBytes,
    columnFamilies: shapes.length,
  };
}
