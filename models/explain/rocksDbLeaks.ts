/**
 * A container kill with a known RocksDB leak across restarts in it (models/rocksdb/knownLeaks.ts, applied by
 * models/engine/job/rocksDbLeaks.ts): what switches the leak off in this release — the ticker metrics (FLINK-39923),
 * manual compaction (FLINK-39753) — and the release that fixes it. Offered only when the leak's memory is in the native
 * profile at the kill: its site, or for releases whose finalizer frees it, the malloc'd memory awaiting a GC.
 */
import type { FailureDiagnostics } from '../engine/diagnostics';
import { activeRocksDbLeaks, pinnedCacheSite, STATISTICS_SITE } from '../engine/job/rocksDbLeaks';
import { freedByFinalizer, TICKER_METRIC_KEYS, type KnownRocksDbLeak } from '../rocksdb/knownLeaks';
import { parseFlinkVersion } from '../config/flinkVersion';
import type { Scenario } from '../scenario/types';
import { size } from './format';
import type { RocksDbContext } from './rocksdb';
import type { Suggestion } from './types';

const AWAITING_GC_SITE = 'malloc (unreachable, awaiting a GC)';

/** The bytes of `leak` in the native profile at the kill. */
function leakedBytes(leak: KnownRocksDbLeak, d: FailureDiagnostics, finalizer: boolean): number {
  const sites = leak.leaks === 'statistics' ? [STATISTICS_SITE] : [pinnedCacheSite(leak), ...(finalizer ? [AWAITING_GC_SITE] : [])];
  return d.nativeProfile.filter((s) => sites.includes(s.site)).reduce((sum, s) => sum + s.bytes, 0);
}

export function rocksDbLeakSuggestions(
  r: RocksDbContext | undefined,
  d: FailureDiagnostics | undefined,
  scenario: Scenario,
  config: Readonly<Record<string, string>>,
): Suggestion[] {
  if (!r || !d) return [];
  const finalizer = freedByFinalizer(parseFlinkVersion(scenario.flink.version));
  return activeRocksDbLeaks({ scenario, setup: r.setup }).flatMap((leak): Suggestion[] => {
    const bytes = leakedBytes(leak, d, finalizer);
    if (bytes <= 0) return [];
    const fixed = `Flink ${leak.fixedIn.join(', ')}`;
    const what = `${leak.id} (${leak.title}): ${size(bytes)} of it at the kill`;
    if (leak.trigger === 'ticker-metrics') {
      const on = TICKER_METRIC_KEYS.filter((k) => config[k]?.trim().toLowerCase() === 'true');
      const text = `Set ${on.map((k) => `${k}: true → false`).join(', ')}: without a ticker metric RocksDB gets no Statistics, and no rebuild leaks one — ${what}; or run ${fixed}, which closes it.`;
      return [
        { text, changes: on.map((key) => ({ key, from: config[key], to: 'false' })), postponesOnly: false, newLimitBytes: undefined },
      ];
    }
    if (leak.trigger === 'manual-compaction') {
      const key = 'state.backend.rocksdb.manual-compaction.min-interval';
      const text = `Set ${key}: ${config[key]} → 0: no manual compaction of small SST files, so no ColumnFamilyOptions copy keeps an old block cache — ${what}; or upgrade to ${fixed}, which closes the copy.`;
      return [{ text, changes: [{ key, from: config[key], to: '0' }], postponesOnly: false, newLimitBytes: undefined }];
    }
    const text = `Upgrade to ${fixed}: the release closes the ColumnFamilyOptions copy, so restarts no longer leave the old block caches for a GC to free — ${what}.`;
    return [{ text, changes: [], postponesOnly: false, newLimitBytes: undefined }];
  });
}
