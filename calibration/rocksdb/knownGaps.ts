/**
 * Where models/rocksdb does not meet the RocksDB calibration (compare.ts), and why. The test checks that each is still
 * a gap, so the list cannot go stale when the model improves; everything not listed must pass.
 */
import { ORACLE_RELEASES } from './cases';

/** An oracle field of one case (on the releases listed), or a probe figure of one probe. */
export type RocksdbGap =
  | { readonly kind: 'oracle'; readonly case: string; readonly field: string; readonly releases: readonly string[]; readonly why: string }
  | { readonly kind: 'probe'; readonly probe: string; readonly figure: string; readonly why: string };

/**
 * Values Flink's configure path accepts (it never runs RocksDBMemoryConfiguration's setters' range checks, only
 * validate()) but the sandbox does not model: models/config/rocksdbOptions.ts#readRocksDbOptions refuses them in its own
 * words ("… Flink accepts it …; the sandbox does not model it").
 */
const NOT_MODELLED =
  "Flink's configure path (RocksDBMemoryConfiguration.fromOtherAndConfiguration) never runs the setters' range checks, only validate(), so Flink accepts it; the model refuses it, saying Flink accepts it and the sandbox does not model it";

const everyRelease = [...ORACLE_RELEASES];

const BOUNDED = ['6.20.3', '8.10.0'].flatMap((v) => ['glibc', 'glibc-arena2', 'jemalloc', 'jemalloc-bg'].map((a) => `bounded-${v}-${a}`));
const probeGaps = (probes: readonly string[], figure: string, why: string): RocksdbGap[] =>
  probes.map((probe) => ({ kind: 'probe', probe, figure, why }));

/** What an open iterator allocates besides the blocks it pins: not in any cache, not in the model. */
const ITERATOR_OBJECTS =
  "10,000 open iterators cost 9.7–16.3 KB of resident memory each, of which 4.7–5.3 KB are pinned blocks: the rest is the iterator itself (DBIter, its arena's first block, the merging iterator and a block iterator per sorted run, the superversion it references), malloc'd outside the cache; the model has pinned blocks only";

export const ROCKSDB_KNOWN_GAPS: readonly RocksdbGap[] = [
  {
    kind: 'oracle',
    case: 'wbr-zero',
    field: 'outcome',
    releases: everyRelease,
    why: `${NOT_MODELLED}: write-buffer-ratio 0 (the whole budget is cache, WriteBufferManager(0) — disabled: memtables bounded per column family only)`,
  },
  {
    kind: 'oracle',
    case: 'fixed-per-slot-zero',
    field: 'outcome',
    releases: everyRelease,
    why: `${NOT_MODELLED}: fixed-per-slot 0 (SLOT_SHARED_UNMANAGED with a 0-byte cache and a disabled write buffer manager)`,
  },
  ...probeGaps(
    ['bounded-6.20.3-glibc'],
    'cacheFillPerMille',
    "6.20.3's write buffer manager keeps its 256 KiB dummy entries in the cache after the memtables are flushed (70 MiB pinned at rest here), unevenly over the cache's 64 shards: a shard whose dummies pass its capacity runs over it, so the cache settled at 1,002–1,037 ‰ over the four 6.20.3 runs (8.10.0 releases them: 998 ‰ in all four); the model has one fill, 998 ‰",
  ),
  ...probeGaps(
    BOUNDED,
    'cacheUsageAt10kIteratorsPerMille',
    "10,000 iterators over ~33,000 blocks share blocks (the 9,000 after the first 1,000 pinned 4.4–4.7 KB each, half the first's), and 8.10.0's cache at rest holds no memtable charge once flushed; the model counts PINNED_PER_ITERATOR_BYTES for every iterator and the memtables' charge always, so it overshoots (1,410–1,491 ‰ against 983–1,271 ‰)",
  ),
  ...probeGaps(
    BOUNDED.filter((p) => p.includes('8.10.0')),
    'memtablePeakPerMilleOfWbm',
    "8.10.0 lets immutable memtables pile up past the write buffer manager while two threads flush (1,096–1,407 ‰ of its capacity); 6.20.3 flushed at 7/8 of the limit with one 8 MiB arena block per state (750 ‰ in all four runs); MEMTABLE_OVER_WBM_PER_MILLE is one value, 6.20.3's (Flink 1.14–1.20)",
  ),
  ...probeGaps(BOUNDED, 'rssPerIteratorBytes', ITERATOR_OBJECTS),
  ...probeGaps(
    BOUNDED.filter((p) => p !== 'bounded-6.20.3-jemalloc-bg'),
    'rssAtPeakBytes',
    `RocksDB's peak (10,000 iterators open) was 163–271 MB of resident memory against the model's 122–129 MB of parts: ${ITERATOR_OBJECTS}; and each cached block costs its malloc chunk besides its charge`,
  ),
  ...probeGaps(
    BOUNDED.filter((p) => p.includes('glibc')),
    'retainedAfterClosePerMille',
    "glibc gave nothing back when everything was closed (1,000 ‰ in three of four runs, 930 ‰ in one; MALLOC_ARENA_MAX=2 too): freed chunks sit below live ones in the arenas' heaps and only a heap's top is trimmed; the model caps what the arenas keep at RocksDB's peak × (A − 1) / A (750 ‰ for its 4 allocating threads, 500 ‰ with 2 arenas)",
  ),
];
