/**
 * What `npm run calibrate -- rocksdb` asks: the releases whose RocksDB memory derivation is recorded (the oracle), the
 * grid of inputs each is asked, and the real-RocksDB runs (the probe). README.md here says why each was chosen.
 */

/**
 * Releases asked (Maven Central's flink-statebackend-rocksdb, 2026-12-04): the newest patch of each minor from 1.13
 * (the first with EmbeddedRocksDBStateBackend) on. Their frocksdbjni versions come from Maven (the resolved classpath):
 * 5.17.2-ververica-2.1 (1.13), 6.20.3-ververica-2.0 (1.14–1.20), 8.10.0-ververica-1.0 (2.x).
 */
export const ORACLE_RELEASES = [
  '1.13.6',
  '1.14.6',
  '1.15.4',
  '1.16.3',
  '1.17.2',
  '1.18.1',
  '1.19.3',
  '1.20.5',
  '2.0.2',
  '2.1.3',
  '2.2.1',
  '2.3.0',
] as const;

export interface OracleCase {
  readonly id: string;
  /** Flink configuration (keys as the release reads them; the TaskManager's configuration is the same map). */
  readonly config: Readonly<Record<string, string>>;
  /** The slot's managed memory (MemoryManager.create(managedBytes, DEFAULT_PAGE_SIZE)). */
  readonly managedBytes: number;
  /** The operator's managed memory fraction for the state backend (1 when RocksDB is the slot's only consumer). */
  readonly fraction: number;
}

const K = 'state.backend.rocksdb.memory.';
const MiB = 2 ** 20;
const ratios = (w: number, h: number) => ({ [`${K}write-buffer-ratio`]: String(w), [`${K}high-prio-pool-ratio`]: String(h) });

/** Sizes: small, an odd byte count (rounding), Flink's usual ones and one above 2^31. */
const MANAGED = [64 * MiB, 100_000_001, 512 * MiB, 1536 * MiB + 12_345, 3 * 1024 * MiB];
/** Ratio pairs that pass RocksDBMemoryConfiguration#validate (2w/(3-w) + h < 1) and the defaults (0.5, 0.1). */
const RATIOS: readonly (readonly [number, number])[] = [
  [0.25, 0.1],
  [0.5, 0.25],
  [0.75, 0.1],
  [0.1, 0.5],
  [0.3, 0.3],
];

export const ORACLE_CASES: readonly OracleCase[] = [
  ...MANAGED.flatMap((m): OracleCase[] => [
    { id: `managed-${m}-defaults`, config: {}, managedBytes: m, fraction: 1 },
    ...RATIOS.map(([w, h]) => ({ id: `managed-${m}-wbr${w}-hpr${h}`, config: ratios(w, h), managedBytes: m, fraction: 1 })),
  ]),
  // ManagedMemoryUtils#getFractionRoundedDown: 2, 3, 4 and 10 stateful operators sharing the slot get 0.5, 0.3333, 0.25, 0.1.
  ...[0.5, 0.3333, 0.25, 0.1].map((f) => ({ id: `fraction-${f}`, config: {}, managedBytes: 512 * MiB + 7, fraction: f })),
  { id: 'partitioned', config: { [`${K}partitioned-index-filters`]: 'true' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'fixed-per-slot', config: { [`${K}fixed-per-slot`]: '100mb' }, managedBytes: 512 * MiB, fraction: 1 },
  {
    id: 'fixed-per-slot-ratios',
    config: { [`${K}fixed-per-slot`]: '1gb', ...ratios(0.25, 0.1) },
    managedBytes: 512 * MiB,
    fraction: 1,
  },
  {
    id: 'fixed-per-slot-unmanaged',
    config: { [`${K}fixed-per-slot`]: '300mb', [`${K}managed`]: 'false' },
    managedBytes: 512 * MiB,
    fraction: 1,
  },
  { id: 'fixed-per-tm-unmanaged', config: { [`${K}fixed-per-tm`]: '1gb', [`${K}managed`]: 'false' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'fixed-per-tm-managed', config: { [`${K}fixed-per-tm`]: '1gb' }, managedBytes: 512 * MiB, fraction: 1 },
  {
    id: 'fixed-per-tm-and-slot',
    config: { [`${K}fixed-per-tm`]: '1gb', [`${K}fixed-per-slot`]: '200mb', [`${K}managed`]: 'false' },
    managedBytes: 512 * MiB,
    fraction: 1,
  },
  { id: 'unmanaged', config: { [`${K}managed`]: 'false' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'invalid-sum', config: ratios(0.9, 0.5), managedBytes: 512 * MiB, fraction: 1 },
  { id: 'invalid-sum-edge', config: ratios(0.7, 0.4), managedBytes: 512 * MiB, fraction: 1 },
  { id: 'invalid-wbr-one', config: { [`${K}write-buffer-ratio`]: '1.0' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'wbr-zero', config: { [`${K}write-buffer-ratio`]: '0' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'fixed-per-slot-zero', config: { [`${K}fixed-per-slot`]: '0' }, managedBytes: 512 * MiB, fraction: 1 },
  { id: 'invalid-hpr-zero', config: { [`${K}high-prio-pool-ratio`]: '0' }, managedBytes: 512 * MiB, fraction: 1 },
];

/** A real-RocksDB run (RocksDbProbe.java): which frocksdbjni, which allocator, which setup. */
export interface ProbeRun {
  readonly id: string;
  /** The release whose classpath gives the frocksdbjni jar. */
  readonly classpathOf: string;
  readonly allocator: 'glibc' | 'jemalloc';
  readonly mallocArenaMax?: number;
  readonly jemallocBackgroundThread?: boolean;
  readonly args: Readonly<Record<string, string | number>>;
}

/**
 * Bounded: 96 MiB of RocksDB memory per slot (cache 80 MiB, write buffer manager 32 MiB), 3 states: 3 arena blocks of
 * 8 MiB (write buffer 64 MiB / 8) stay under the manager's mutable limit (7/8 × 32 MiB); with 64 MiB and 4 states
 * they do not, and every write triggers a flush (RocksDB 6.20.3 wrote 130 MB in 8 minutes: the setup Flink warns
 * about, RocksDBMemoryControllerUtils#validateArenaBlockSize). 200,000 keys × 210 B per state ≈ 126 MB, more than the
 * cache, so reads fill it. 2 reader threads besides the writer (the allocator's arenas are per thread; on this shared
 * 2-core machine more threads made reads crawl while 6.20.3's cache ran over capacity: 5–140 s for the same reads).
 * Unbounded: Flink's defaults per state, 4 states × 100 MB written (more than one 64 MiB write buffer).
 */
const BOUNDED = { mode: 'bounded', totalBytes: 96 * MiB, cfs: 3, keys: 200_000, valueBytes: 200, threads: 2, iterators: '1000,10000' };
const UNBOUNDED = { mode: 'unbounded', cfs: 4, keys: 100_000, valueBytes: 1000, threads: 2, iterators: '1000' };

const allocators = (tag: string, classpathOf: string): ProbeRun[] => [
  { id: `bounded-${tag}-glibc`, classpathOf, allocator: 'glibc', args: { ...BOUNDED, closeWaitSeconds: 2 } },
  { id: `bounded-${tag}-glibc-arena2`, classpathOf, allocator: 'glibc', mallocArenaMax: 2, args: { ...BOUNDED, closeWaitSeconds: 2 } },
  { id: `bounded-${tag}-jemalloc`, classpathOf, allocator: 'jemalloc', args: { ...BOUNDED, closeWaitSeconds: 11 } },
  {
    id: `bounded-${tag}-jemalloc-bg`,
    classpathOf,
    allocator: 'jemalloc',
    jemallocBackgroundThread: true,
    args: { ...BOUNDED, closeWaitSeconds: 11 },
  },
  { id: `unbounded-${tag}-glibc`, classpathOf, allocator: 'glibc', args: { ...UNBOUNDED, closeWaitSeconds: 2 } },
];

/** RocksDB 6.20.3 (Flink 1.14–1.20, as 1.20.5 ships it) and 8.10.0 (Flink 2.x, as 2.3.0 ships it). */
export const PROBE_RUNS: readonly ProbeRun[] = [...allocators('6.20.3', '1.20.5'), ...allocators('8.10.0', '2.3.0')];
