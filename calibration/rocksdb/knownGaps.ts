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
 * The TaskManager never calls RocksDBMemoryConfiguration's setters: EmbeddedRocksDBStateBackend#configure →
 * RocksDBMemoryConfiguration.fromOtherAndConfiguration assigns the configured values to the fields directly, so the
 * setters' checks (ratios in (0, 1), fixed-per-slot > 0) never run on a configuration; only validate() does
 * (2·w / (3 − w) + h ≥ 1 is refused). models/config/rocksdbOptions.ts#readRocksDbOptions applies the setters' checks
 * first (h-rmodel's file).
 */
const SETTERS_NOT_CALLED =
  "Flink's configure path (RocksDBMemoryConfiguration.fromOtherAndConfiguration) assigns fields directly and never runs the setters' range checks, only validate(); the model applies the setters' checks to configuration values";

const everyRelease = [...ORACLE_RELEASES];

export const ROCKSDB_KNOWN_GAPS: readonly RocksdbGap[] = [
  {
    kind: 'oracle',
    case: 'invalid-wbr-one',
    field: 'outcome',
    releases: everyRelease,
    why: `${SETTERS_NOT_CALLED}: Flink refuses write-buffer-ratio 1.0 with validate()'s text ("Invalid configuration: writeBufferRatio 1.0 with highPriPoolRatio 0.1"), the model with the setter's ("must be in (0, 1)")`,
  },
  {
    kind: 'oracle',
    case: 'wbr-zero',
    field: 'outcome',
    releases: everyRelease,
    why: `${SETTERS_NOT_CALLED}: Flink accepts write-buffer-ratio 0 (the whole budget is cache, WriteBufferManager(0) — disabled: memtables unbounded), the model refuses it`,
  },
  {
    kind: 'oracle',
    case: 'invalid-hpr-zero',
    field: 'outcome',
    releases: everyRelease,
    why: `${SETTERS_NOT_CALLED}: Flink accepts high-prio-pool-ratio 0 (LRUCache without a high-priority pool), the model refuses it`,
  },
  {
    kind: 'oracle',
    case: 'fixed-per-slot-zero',
    field: 'outcome',
    releases: everyRelease,
    why: `${SETTERS_NOT_CALLED}: Flink accepts fixed-per-slot 0 (SLOT_SHARED_UNMANAGED with a 0-byte cache and a disabled write buffer manager), the model refuses it ("Total memory per slot must be > 0")`,
  },
];
