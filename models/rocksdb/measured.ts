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

// Source of the first values: an earlier measurement on this project's machine (issue 16's notes), frocksdbjni
// 6.20.3-ververica-2.0 (Flink 1.14–1.20) and 8.10.0-ververica-1.0 (Flink 2.0+) with Flink's bounded-mode settings
// (LRUCache strict_capacity_limit=false, WriteBufferManager charged to the cache, cache_index_and_filter_blocks=true),
// glibc 2.36 and jemalloc 5.3 (Debian). The calibration suite (calibration/rocksdb/) replaces them with its own.

/** The shared LRU cache settles just under its capacity (shard rounding, entry charges): 99.8 % of capacity, as a per mille. */
export const CACHE_FILL_PER_MILLE = 998;

/**
 * Blocks one open iterator pins beyond what the cache would hold anyway (its current data block, its index handles,
 * the iterator's arena): 10,000 open iterators raised the cache usage to 104–106 % of capacity — ~7.8 KB each on
 * frocksdb 6.20.3 (Flink ≤ 1.17), ~4.1–4.4 KB on 8.10.0 (Flink 1.18+, FLINK-32326 upgraded frocksdb).
 */
export const PINNED_PER_ITERATOR_BYTES = { frocksdb6: 7_800, frocksdb8: 4_300 } as const;

/**
 * Memtables under a WriteBufferManager reached ~122 % of its capacity on 6.20.3 (arena blocks allocated before the
 * flush triggers at 7/8 of the mutable limit, immutable memtables still being flushed): as a per mille of the capacity.
 * Flink's formula allows 150 % (RocksDBMemoryControllerUtils#calculateActualCacheCapacity).
 */
export const MEMTABLE_OVER_WBM_PER_MILLE = 1_220;

/**
 * Unbounded mode (state.backend.rocksdb.memory.managed: false): one state (column family) with Flink's defaults
 * (64 MiB write buffers × 2, an 8 MiB cache of its own) held ~56 MiB once written to steadily. The memtable part of
 * that — 56 MiB less the 8 MiB cache — as a per mille of write-buffer size × count (48 / 128 MiB).
 */
export const UNBOUNDED_MEMTABLE_FILL_PER_MILLE = 375;

/**
 * Bytes per entry that RocksDB stores besides the value: Flink's serialized key (key group prefix, key, namespace) and
 * RocksDB's internal key trailer (sequence number and type, 8 bytes). A typical Long key in the VoidNamespace: ~24.
 */
export const ENTRY_OVERHEAD_BYTES = 24;

/**
 * Index and filter bytes per data block of an SST file: the index entry (separator key and block handle, ~32 bytes) and,
 * with a bloom filter (10 bits a key), the filter's share of the block's keys. Used for table readers (unbounded mode:
 * outside the cache) and for the index/filter blocks that readers pin (bounded mode, partitioned-index-filters off).
 */
export const INDEX_BYTES_PER_BLOCK = 32;
export const FILTER_BITS_PER_KEY = 10;

/** Per RocksDB instance: iterator arenas, flush and compaction buffers, table-reader objects (not in any cache). */
export const ARENA_PER_INSTANCE_BYTES = 4 * 1024 * 1024;

/**
 * What an allocator keeps resident of the memory RocksDB frees, as a per mille of the freed bytes: glibc kept 73–100 %
 * (freed chunks stay in the arena's heaps; only the top of a heap is trimmed), jemalloc without a background thread
 * 62–81 % at the moment of the free (dirty pages purged only as the decay time passes and the allocator is used), with
 * a background thread ~4 %. The model takes the middle of each range.
 */
export const RETAINED_AFTER_FREE_PER_MILLE = { glibc: 870, jemalloc: 715, jemallocBackgroundThread: 40 } as const;

/**
 * jemalloc returns dirty pages over `dirty_decay_ms` (10 s by default; `muzzy_decay_ms` 0 since 5.2, so purged pages
 * go straight back to the kernel): in a process that keeps allocating, what it holds of the freed memory is about the
 * last decay period's frees. jemalloc's documentation (opt.dirty_decay_ms).
 */
export const JEMALLOC_DIRTY_DECAY_MS = 10_000;
