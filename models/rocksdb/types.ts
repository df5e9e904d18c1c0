/**
 * Types shared by the RocksDB model (models/rocksdb/): what one keyed state is, and the parts RocksDB's native memory is
 * made of. Plain data; the engine (models/engine/job/rocksdbInstances.ts) and the explanations read them.
 */

/** How a state is read: point lookups (ValueState#value, MapState#get) or iterators (MapState#entries, ListState). */
export type StateAccess = 'point' | 'iterator';

/** One keyed state of an operator: a column family in each of the operator's RocksDB instances (one per subtask). */
export interface KeyedStateSpec {
  readonly name: string;
  /** Distinct keys over all subtasks (each subtask holds its key groups' share). */
  readonly keys: number;
  /** Serialized value bytes per key. */
  readonly valueBytes: number;
  readonly access: StateAccess;
  /** Iterators a subtask keeps open at once over this state (access: iterator); 0 for point access. */
  readonly iteratorsOpen: number;
}

/**
 * RocksDB's native memory, by part, disjoint (their sum is what RocksDB adds to the process's malloc'd memory):
 * - `blockCache`: data, index and filter blocks in the cache that nothing pins (what the LRU may evict);
 * - `pinned`: blocks pinned by open iterators and readers, and index/filter blocks Flink pins (pin_l0…, the top level of
 *   partitioned ones): in the cache's usage, but never evicted, so usage can pass the capacity (the cache is not strict);
 * - `memtables`: the memtables' arena blocks (active and immutable), charged to the cache in bounded mode;
 * - `tableReaders`: index and filter blocks held by table readers outside any cache (unbounded mode, where
 *   cache_index_and_filter_blocks is false), the `rocksdb.estimate-table-readers-mem` property;
 * - `arena`: the rest RocksDB allocates (iterator arenas, flush and compaction buffers, table-reader objects).
 */
export interface RocksDbParts {
  readonly blockCache: number;
  readonly pinned: number;
  readonly memtables: number;
  readonly tableReaders: number;
  readonly arena: number;
}

export const NO_PARTS: RocksDbParts = { blockCache: 0, pinned: 0, memtables: 0, tableReaders: 0, arena: 0 };

export const partsTotal = (p: RocksDbParts): number => p.blockCache + p.pinned + p.memtables + p.tableReaders + p.arena;

export function addParts(a: RocksDbParts, b: RocksDbParts): RocksDbParts {
  return {
    blockCache: a.blockCache + b.blockCache,
    pinned: a.pinned + b.pinned,
    memtables: a.memtables + b.memtables,
    tableReaders: a.tableReaders + b.tableReaders,
    arena: a.arena + b.arena,
  };
}

/** The glibc or jemalloc malloc of the TaskManager's process (Flink's docker images preload jemalloc since 1.12). */
export type Allocator = 'glibc' | 'jemalloc';
