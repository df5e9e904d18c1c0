/**
 * RocksDB native leaks across restarts in one TaskManager JVM that a Flink release has: which releases, what sets them
 * off, and what each keyed-backend rebuild leaves behind. Pure data and predicates; the engine applies them in
 * models/engine/job/rocksDbLeaks.ts.
 *
 * Affected and fixed releases were read in the classes of flink-statebackend-rocksdb of every release named below
 * (Maven Central jars, `javap -c`), not taken from the JIRA fix versions; the figures come from
 * calibration/rocksdb-leaks/ (measurements.jsonl, README.md).
 */
import { atLeast, type FlinkVersion } from '../config/flinkVersion';

export type RocksDbLeakId = 'FLINK-21986' | 'FLINK-39753' | 'FLINK-39923';

/** What sets a leak off: every keyed backend, the periodic manual compaction of small SST files, or ticker metrics. */
type RocksDbLeakTrigger = 'always' | 'manual-compaction' | 'ticker-metrics';

/**
 * What a rebuild leaves: `block-cache`, a ColumnFamilyOptions copy nobody closes that keeps the shared_ptr to the
 * slot's block cache (BlockBasedTableFactory → BlockBasedTableOptions → LRUCache), so the whole cache and its blocks
 * outlive the backend; `statistics`, one rocksdb::Statistics (its per-core ticker and histogram arrays).
 */
type RocksDbLeakedObject = 'block-cache' | 'statistics';

type Patch = readonly [major: number, minor: number, patch: number];

interface ReleaseRange {
  readonly from: Patch;
  /** Inclusive. */
  readonly to: Patch;
}

export interface KnownRocksDbLeak {
  readonly id: RocksDbLeakId;
  readonly title: string;
  readonly jira: string;
  /** The pull requests that fixed it (apache/flink). */
  readonly fixes: readonly string[];
  readonly affected: readonly ReleaseRange[];
  /** The first release of each line that has the fix ('2.4' for FLINK-39923: on master, not released). */
  readonly fixedIn: readonly string[];
  /** How affected and fixed releases were checked. */
  readonly verified: string;
  readonly trigger: RocksDbLeakTrigger;
  /** What the trigger is in Flink's configuration. */
  readonly triggerText: string;
  readonly leaks: RocksDbLeakedObject;
  /** Where in Flink the object is made and not closed. */
  readonly site: string;
}

/** The eleven `state.backend.rocksdb.metrics.*` ticker options (RocksDBNativeMetricOptions#isStatisticsEnabled: any on). */
export const TICKER_METRIC_KEYS = [
  'state.backend.rocksdb.metrics.block-cache-hit',
  'state.backend.rocksdb.metrics.block-cache-miss',
  'state.backend.rocksdb.metrics.bloom-filter-useful',
  'state.backend.rocksdb.metrics.bloom-filter-full-positive',
  'state.backend.rocksdb.metrics.bloom-filter-full-true-positive',
  'state.backend.rocksdb.metrics.bytes-read',
  'state.backend.rocksdb.metrics.bytes-written',
  'state.backend.rocksdb.metrics.compaction-read-bytes',
  'state.backend.rocksdb.metrics.compaction-write-bytes',
  'state.backend.rocksdb.metrics.iter-bytes-read',
  'state.backend.rocksdb.metrics.stall-micros',
] as const;

const MANUAL_COMPACTION_MIN_INTERVAL_KEY = 'state.backend.rocksdb.manual-compaction.min-interval';

export const KNOWN_ROCKSDB_LEAKS: readonly KnownRocksDbLeak[] = [
  {
    id: 'FLINK-21986',
    title: 'ColumnFamilyOptions not closed after a job restart',
    jira: 'https://issues.apache.org/jira/browse/FLINK-21986',
    fixes: ['https://github.com/apache/flink/pull/15619'],
    affected: [
      { from: [1, 11, 0], to: [1, 11, 3] },
      // 1.12.3 is not on Maven Central: not read; counted affected (the fix is first seen in 1.12.4's classes).
      { from: [1, 12, 0], to: [1, 12, 3] },
    ],
    fixedIn: ['1.11.4', '1.12.4', '1.13.0'],
    verified:
      'RocksDBOperationUtils#addColumnFamilyOptionsToCloseLater calls ColumnFamilyHandle#getDescriptor() twice in flink-statebackend-rocksdb_2.11 1.11.3 and 1.12.2, once in 1.11.4, 1.12.4 (_2.12), 1.12.5 and 1.13.0',
    trigger: 'always',
    triggerText: 'every RocksDB keyed backend (one copy per state registered)',
    leaks: 'block-cache',
    site: 'RocksDBOperationUtils.addColumnFamilyOptionsToCloseLater: getDescriptor() copy of ColumnFamilyOptions',
  },
  {
    id: 'FLINK-39753',
    title: 'Compactor leaks ColumnFamilyOptions that pin the shared block cache',
    jira: 'https://issues.apache.org/jira/browse/FLINK-39753',
    fixes: [
      'https://github.com/apache/flink/pull/28251',
      'https://github.com/apache/flink/pull/28271',
      'https://github.com/apache/flink/pull/28280',
      'https://github.com/apache/flink/pull/28281',
    ],
    affected: [
      { from: [1, 20, 0], to: [1, 20, 4] },
      { from: [2, 0, 0], to: [2, 0, 99] },
      { from: [2, 1, 0], to: [2, 1, 99] },
      // The release-2.2 backport (#28281) is merged; no 2.2 release after 2.2.1 is on Maven Central to read.
      { from: [2, 2, 0], to: [2, 2, 1] },
    ],
    fixedIn: ['1.20.5', '2.2.2', '2.3.0'],
    verified:
      'sstmerge.Compactor#compact closes no ColumnFamilyOptions in 1.20.0, 1.20.4, 2.0.0, 2.0.2, 2.1.3, 2.2.0 and 2.2.1 and closes the getDescriptor() copy in 1.20.5 and 2.3.0 (2.2.2: backport merged, jar not read)',
    trigger: 'manual-compaction',
    triggerText: `${MANUAL_COMPACTION_MIN_INTERVAL_KEY} > 0 (default 0: off), a compaction of small SST files running in the backend`,
    leaks: 'block-cache',
    site: 'sstmerge.Compactor.compact: getDescriptor().getOptions().numLevels(), the copy never closed',
  },
  {
    id: 'FLINK-39923',
    title: 'RocksDB Statistics not closed when ticker metrics are enabled',
    jira: 'https://issues.apache.org/jira/browse/FLINK-39923',
    fixes: ['https://github.com/apache/flink/pull/28489'],
    affected: [
      { from: [1, 16, 0], to: [1, 20, 99] },
      { from: [2, 0, 0], to: [2, 3, 99] },
    ],
    fixedIn: ['2.4'],
    verified:
      'RocksDBResourceContainer makes a new Statistics() when a ticker metric is on; no class of flink-statebackend-rocksdb calls Statistics#close in 1.16.0, 1.19.3, 1.20.0–1.20.5, 2.0.0–2.3.0 (1.15.4 has no Statistics); fix merged to master 2026-06-19',
    trigger: 'ticker-metrics',
    triggerText: 'any of the 11 state.backend.rocksdb.metrics.<ticker> options true (block-cache-hit, bytes-read, stall-micros, …)',
    leaks: 'statistics',
    site: 'RocksDBResourceContainer: new Statistics(), RocksDBNativeMetricMonitor.close() only nulls it',
  },
];

/**
 * The newest patch of each minor line on Maven Central (org.apache.flink:flink-statebackend-rocksdb[_2.11|_2.12]
 * maven-metadata.xml): what a version without a patch ("1.20") means — the latest release of its line.
 */
const LATEST_PATCH: Readonly<Record<string, number>> = {
  '1.10': 3,
  '1.11': 6,
  '1.12': 7,
  '1.13': 6,
  '1.14': 6,
  '1.15': 4,
  '1.16': 3,
  '1.17': 2,
  '1.18': 1,
  '1.19': 3,
  '1.20': 5,
  '2.0': 2,
  '2.1': 3,
  '2.2': 1,
  '2.3': 0,
};

/** The release a version names: its patch, or the newest of its line (a line not listed: .0). */
export function releaseOf(v: FlinkVersion): Patch {
  return [v.major, v.minor, v.patch ?? LATEST_PATCH[`${v.major}.${v.minor}`] ?? 0];
}

const cmp = (a: Patch, b: Patch): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const inRange = (r: ReleaseRange, p: Patch): boolean => cmp(r.from, p) <= 0 && cmp(p, r.to) <= 0;

export function isAffected(leak: KnownRocksDbLeak, v: FlinkVersion): boolean {
  const p = releaseOf(v);
  return leak.affected.some((r) => inRange(r, p));
}

/** The leaks a release has (whatever their trigger). */
export const leaksOfRelease = (v: FlinkVersion): KnownRocksDbLeak[] => KNOWN_ROCKSDB_LEAKS.filter((l) => isAffected(l, v));

export const knownLeak = (id: RocksDbLeakId): KnownRocksDbLeak => KNOWN_ROCKSDB_LEAKS.find((l) => l.id === id) as KnownRocksDbLeak;

/** What of the configuration sets the leaks off. */
export interface LeakTriggers {
  readonly tickerMetrics: boolean;
  readonly manualCompactionMinIntervalMs: number;
}

export function isTriggered(leak: KnownRocksDbLeak, t: LeakTriggers): boolean {
  if (leak.trigger === 'ticker-metrics') return t.tickerMetrics;
  if (leak.trigger === 'manual-compaction') return t.manualCompactionMinIntervalMs > 0;
  return true;
}

/**
 * Whether the release's frocksdbjni frees a dropped native object when a GC finds its Java wrapper:
 * AbstractNativeReference#finalize() calls close() in frocksdbjni 5.17.2-artisans-2.0 (Flink 1.10–1.13) and
 * 6.20.3-ververica (1.14–1.20); 8.10.0-ververica-1.0 (2.0+) has no finalize() (RocksDB commit 99d86252), so an object
 * nobody closes stays until the process ends (javap on the three jars; measured: calibration/rocksdb-leaks).
 */
export const freedByFinalizer = (v: FlinkVersion): boolean => !atLeast(v, 2, 0);

/**
 * Native bytes of one rocksdb::Statistics (StatisticsImpl's per-core arrays, made in its constructor), VmRSS per
 * object over 400 made and kept (calibration/rocksdb-leaks/measurements.jsonl, `statistics-objects`, glibc; jemalloc
 * 490 752 and 425 687). StatisticsImpl keeps one ticker and histogram block per core (CoreLocalArray): the size grows
 * with the CPUs the process sees — these are 2. By frocksdbjni: 8.10 for Flink 2.x, 6.20 for 1.16–1.20.
 */
export const STATISTICS_BYTES = { frocksdb8: 485_407, frocksdb6: 420_465 } as const;

/**
 * A leaked ColumnFamilyOptions copy keeps the whole cache: (VmRSS per restart leaking − per restart fixed) / cache
 * capacity, 64 MiB cache over 100 MB of data read through it (calibration/rocksdb-leaks/measurements.jsonl, cfoptions):
 * 0.964 (8.10, glibc), 0.991 (8.10, jemalloc), 1.008 (6.20, glibc), 1.016 (6.20, jemalloc), 1.032 (5.17, glibc),
 * 1.005 (5.17, jemalloc). The model pins what the cache holds at close, × this: within 4 % of each.
 */
export const PINNED_CACHE_PER_MILLE_OF_CAPACITY = 1000;

/** Bytes one Statistics leaks in this release. */
export const statisticsBytes = (v: FlinkVersion): number => (atLeast(v, 2, 0) ? STATISTICS_BYTES.frocksdb8 : STATISTICS_BYTES.frocksdb6);

/** The picker's note on the leaks of a minor line's releases: "RocksDB leaks: FLINK-39753 in 1.20.0–1.20.4 (fixed in 1.20.5)". */
export function leakNote(major: number, minor: number): string {
  const latest = LATEST_PATCH[`${major}.${minor}`] ?? 0;
  const parts = KNOWN_ROCKSDB_LEAKS.flatMap((leak) => {
    const patches = Array.from({ length: latest + 1 }, (_, patch) => patch).filter((patch) =>
      leak.affected.some((r) => inRange(r, [major, minor, patch])),
    );
    if (patches.length === 0) return [];
    const first = patches[0] as number;
    const last = patches[patches.length - 1] as number;
    const span = first === last ? `${major}.${minor}.${first}` : `${major}.${minor}.${first}–${major}.${minor}.${last}`;
    // the fix of this line, else the first minor release after it that has the fix
    const own = leak.fixedIn.find((f) => f.startsWith(`${major}.${minor}.`));
    const later = leak.fixedIn.find((f) => /^\d+\.\d+(\.0)?$/.test(f) && cmp(releaseOf(parseRelease(f)), [major, minor, latest]) > 0);
    const fix = own ? ` (fixed in ${own})` : later ? ` (no fix in ${major}.${minor}; fixed in ${later})` : '';
    // frocksdb 5.17/6.20 (≤ 1.20): the object waits for a GC, whose finalizer frees it
    const gc = freedByFinalizer({ major, minor, patch: undefined }) ? ' until a GC' : '';
    return [`${leak.id} in ${span}${gc}${fix}`];
  });
  return parts.length === 0 ? '' : `RocksDB leaks: ${parts.join('; ')}`;
}

function parseRelease(text: string): FlinkVersion {
  const [major, minor, patch] = text.split('.').map(Number);
  return { major: major as number, minor: minor as number, patch };
}
