/**
 * Every figure the RocksDB calibration compares, with its tolerance and why (calibration/README.md's rule: exact for
 * what does not depend on load, ±25 % for resident memory). The oracle's fields (Flink's own derivation) are all exact:
 * they are arithmetic on the configuration, not measurements.
 */
export type Tolerance =
  | { readonly kind: 'exact' }
  /** |model − measured| ≤ fraction × measured. */
  | { readonly kind: 'relative'; readonly fraction: number }
  /** |model − measured| ≤ amount, in the figure's unit. */
  | { readonly kind: 'absolute'; readonly amount: number };

export interface ProbeFigureSpec {
  readonly label: string;
  readonly unit: 'bytes' | '‰';
  readonly tolerance: Tolerance;
  readonly why: string;
}

export const PROBE_FIGURES = {
  cacheFillPerMille: {
    label: 'block cache usage after the reads, ‰ of capacity',
    unit: '‰',
    tolerance: { kind: 'absolute', amount: 15 },
    why: "where the LRU settles is set by its shards (64 at this size) and the blocks' charges, not by load: ±1.5 % of the capacity",
  },
  pinnedPerIteratorBytes: {
    label: 'pinned bytes per open iterator (the first 1,000: few share a block)',
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.2 },
    why: 'a data block per sorted run the iterator is positioned in (2–4 runs here) and the index blocks it holds; blocks vary around the 4 KiB block size: ±20 %',
  },
  cacheUsageAt10kIteratorsPerMille: {
    label: 'block cache usage with 10,000 iterators open, ‰ of capacity',
    unit: '‰',
    tolerance: { kind: 'relative', fraction: 0.1 },
    why: "the cache is not strict: pinned blocks and the write buffer manager's charge take it past capacity; ±10 % of what it reached",
  },
  memtablePeakPerMilleOfWbm: {
    label: "memtables' peak while writing, ‰ of the write buffer manager's capacity",
    unit: '‰',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: "how far memtables pass the manager's limit is a race between one writer and two flush threads: ±25 %, as resident memory",
  },
  rssPerIteratorBytes: {
    label: 'resident memory per open iterator',
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: 'resident memory (±25 %, as for the JVM): the pinned block plus what the iterator itself allocates',
  },
  rssAtPeakBytes: {
    label: "resident memory RocksDB added at its peak (10,000 iterators), over the process's before",
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: 'resident memory (±25 %, as for the JVM)',
  },
  retainedAfterClosePerMille: {
    label: 'resident memory kept after every RocksDB object was closed, ‰ of what RocksDB had added at its peak',
    unit: '‰',
    tolerance: { kind: 'absolute', amount: 150 },
    why: "what an allocator keeps depends on which arena or size class each free lands in; ±15 % of RocksDB's peak",
  },
  memtablesPerStateBytes: {
    label: "one state's memtables at their peak (unbounded, 100 MB written)",
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: 'resident memory (±25 %): the active memtable plus the one being flushed, a race with the flush thread',
  },
  cachePerStateBytes: {
    label: "one state's own block cache after the reads (unbounded)",
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.05 },
    why: 'an 8 MiB LRU filled by misses settles within a few blocks of its capacity',
  },
  tableReadersPerStateBytes: {
    label: "one state's index blocks in table readers (unbounded, rocksdb.estimate-table-readers-mem)",
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: 'index entries are delta-encoded separator keys: their size depends on the keys, ±25 %',
  },
  rssPerStateBytes: {
    label: 'resident memory per state at the peak (unbounded)',
    unit: 'bytes',
    tolerance: { kind: 'relative', fraction: 0.25 },
    why: 'resident memory (±25 %, as for the JVM)',
  },
} as const satisfies Record<string, ProbeFigureSpec>;

export type ProbeFigure = keyof typeof PROBE_FIGURES;

export function within(t: Tolerance, model: number, measured: number): boolean {
  switch (t.kind) {
    case 'exact':
      return model === measured;
    case 'relative':
      return Math.abs(model - measured) <= t.fraction * Math.abs(measured);
    case 'absolute':
      return Math.abs(model - measured) <= t.amount;
  }
}
