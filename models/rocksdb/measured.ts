/**
 * Every figure the RocksDB model takes from a measurement rather than from Flink's or RocksDB's code, one named constant
 * each, with where it comes from. The shapes (names, units, what each means) are fixed; the values may be replaced by
 * the calibration suite's own measurements (calibration/rocksdb/, `npm run calibrate -- rocksdb`), which says which.
 *
 * What is modelled with these: how full the shared block cache gets, how far iterators' pinned blocks and the memtables
 * go beyond their budgets, what one column family holds in unbounded mode, and what the allocators keep after a free.
 * What is not: compaction's own read/write buffers beyond `arenaPerInstanceBytes`, the OS page cache of SST files (not
 * part of the process's anonymous RSS), per-file table-reader objects beyond the index/filter estimate.
 */

// Source: `npm run calibrate -- rocksdb` (calibration/rocksdb/README.md, fixtures calibration/fixtures/rocksdb/,
// 2026-12-04): frocksdbjni 6.20.3-ververica-2.0 (Flink 1.17–1.20; 6.20.3-ververica-1.0 in 1.14–1.16) and
// 8.10.0-ververica-1.0 (Flink 2.0–2.3), as Maven resolves flink-statebackend-rocksdb, with Flink's bounded-mode settings
// (LRUCache strict_capacity_limit=false, WriteBufferManager charged to the cache, cache_index_and_filter_blocks=true),
// glibc 2.36 and jemalloc 5.3 (Debian). Each value below names the figures it comes from; the earlier measurement's
// value (issue 16's notes) is given as "was".

/**
 * The shared LRU cache settles just under its capacity (shard rounding, entry charges): 99.8 % of capacity, as a per
 * mille. Confirmed: 998 ‰ in all four 8.10.0 runs; 6.20.3 ran 1,002–1,037 ‰ (its write buffer manager's dummy entries
 * stay pinned after flushes, unevenly over the 64 shards: calibration/rocksdb/knownGaps.ts).
 */
export const CACHE_FILL_PER_MILLE = 998;

/**
 * Blocks one open iterator pins beyond what the cache would hold anyway (its current data block in each sorted run, the
 * index blocks it holds): the first 1,000 iterators at random keys of three states (an L0 file or two over the base
 * level; few iterators share a block, as over a large state) raised `rocksdb.block-cache-pinned-usage` by 8,089–10,119 B
 * each on frocksdb 6.20.3 (Flink 1.14–1.20) and 9,292–10,807 B on 8.10.0 (Flink 2.x; FLINK-35578): the mean of four
 * runs each (was 7,800 and 4,300). The next 9,000 added 4,378–4,691 B each: they share blocks with the first.
 */
export const PINNED_PER_ITERATOR_BYTES = { frocksdb6: 9_240, frocksdb8: 9_920 } as const;

/**
 * Memtables under a WriteBufferManager, at their peak while one thread writes (as one task thread writes one instance),
 * as a per mille of the manager's capacity: 750 ‰ on 6.20.3 in all four runs (three states, one 8 MiB arena block
 * each: the flush triggers at 7/8 of the mutable limit before a second block), 1,096–1,407 ‰ on 8.10.0 (immutable
 * memtables pile up while two threads flush). The value is 6.20.3's, the frocksdb of Flink 1.14–1.20 (was 1,220).
 * Flink's formula allows 150 % (RocksDBMemoryControllerUtils#calculateActualCacheCapacity).
 */
export const MEMTABLE_OVER_WBM_PER_MILLE = 750;

/**
 * Unbounded mode (state.backend.rocksdb.memory.managed: false): a state (column family) with Flink's defaults
 * (64 MiB write buffers × 2, an 8 MiB cache of its own) written 100 MB held 78.0 MiB of memtables at the peak on 6.20.3
 * and 72.0 MiB on 8.10.0 (four states each): as a per mille of write-buffer size × count, 610 and 563; the mean
 * (was 375).
 */
export const UNBOUNDED_MEMTABLE_FILL_PER_MILLE = 586;

/**
 * Bytes per entry that RocksDB stores besides the value: Flink's serialized key (key group prefix, key, namespace) and
 * RocksDB's internal key trailer (sequence number and type, 8 bytes). A typical Long key in the VoidNamespace: ~24.
 */
export const ENTRY_OVERHEAD_BYTES = 24;

/**
 * Index and filter bytes per data block of an SST file: the index entry (separator key and block handle) and, with a
 * bloom filter (10 bits a key), the filter's share of the block's keys. Used for table readers (unbounded mode:
 * outside the cache) and for the index/filter blocks that readers pin (bounded mode, partitioned-index-filters off).
 * `rocksdb.estimate-table-readers-mem` of a state of 100,000 keys of 10 B (as Flink's key group + Long key) and 1,000 B
 * values, no filter: 527,104 B (6.20.3) and 531,566 B (8.10.0) for the model's 25,000 blocks: 21 B a block (was 32).
 */
export const INDEX_BYTES_PER_BLOCK = 21;
/**
 * Bloom filter bits per key when `state.backend.rocksdb.use-bloom-filter` is true: Flink's default
 * `state.backend.rocksdb.bloom-filter.bits-per-key` (10.0, RocksDBConfigurableOptions). Not measured: the probe ran
 * without a filter.
 */
export const FILTER_BITS_PER_KEY = 10;

/** Per RocksDB instance: iterator arenas, flush and compaction buffers, table-reader objects (not in any cache). */
export const ARENA_PER_INSTANCE_BYTES = 4 * 1024 * 1024;

/**
 * What an allocator keeps resident of the memory RocksDB frees, as a per mille of the freed bytes, measured when every
 * RocksDB object was closed (RSS over the process's before, ‰ of RocksDB's peak): glibc kept 930–1,000 ‰ (1,000 in
 * three of four runs, MALLOC_ARENA_MAX=2 included: freed chunks stay in the arenas' heaps, only a heap's top is
 * trimmed), jemalloc without a background thread 971–981 ‰ still 11 s later (an idle process does not purge: decay
 * runs only on allocator calls), with `background_thread:true` 73–175 ‰ 11 s after (past dirty_decay_ms). The means
 * (were 870, 715, 40).
 */
export const RETAINED_AFTER_FREE_PER_MILLE = { glibc: 983, jemalloc: 976, jemallocBackgroundThread: 124 } as const;

/**
 * jemalloc returns dirty pages over `dirty_decay_ms` (10 s by default; `muzzy_decay_ms` 0 since 5.2, so purged pages
 * go straight back to the kernel): in a process that keeps allocating, what it holds of the freed memory is about the
 * last decay period's frees. jemalloc's documentation (opt.dirty_decay_ms).
 */
export const JEMALLOC_DIRTY_DECAY_MS = 10_000;
