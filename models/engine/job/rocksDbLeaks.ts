/**
 * The RocksDB leaks across restarts a scenario's release has (models/rocksdb/knownLeaks.ts), in the running job. Each
 * keyed-backend rebuild in a TaskManager JVM — every open() of a keyed operator's subtask on RocksDB, the first and
 * every restart — goes through them when the release is affected and the trigger is set:
 * - FLINK-39923 (`statistics`): a rocksdb::Statistics made in open() (native memory, `statisticsBytes`, measured). As an
 *   implicit open-time native leak of the operator (joined to its declared leaks by injectedLeaks.ts#leaksOf): never
 *   freed on frocksdbjni 8.10 (Flink 2.x), dropped at close() for a GC on 6.20 (1.16–1.20: the finalizer closes it once
 *   a GC finds the wrapper, old by then), freed at close() where the release closes it (the fix).
 * - FLINK-21986 and FLINK-39753 (`block-cache`): at close(), the ColumnFamilyOptions copy nobody closed keeps the slot's
 *   block cache — and the blocks in it — alive after the backend is gone: its bytes stay as malloc'd native memory
 *   ("RocksDB block cache pinned by …"), on top of the new cache the next attempt fills. On frocksdbjni 8.10 for good; on
 *   5.17 and 6.20 (Flink ≤ 1.20) until the next GC (the copy is dropped as soon as made: a young GC finds it and its
 *   finalizer frees the cache; measured: calibration/rocksdb-leaks, `dropped`).
 * A copy pins what the cache holds when the backend closes (its blocks; measured, a pinned full 64 MiB cache kept
 * 0.96–1.03 × its capacity: knownLeaks.ts PINNED_CACHE_PER_MILLE_OF_CAPACITY).
 * Flink's RocksDB metrics (`rocksdb.block-cache-usage`, the rocksdbBlockCache column) read the live instances' caches:
 * an orphaned cache is in none of them — only RSS and the native profile show it, as on a real TaskManager.
 * One cache per slot (bounded): pinned with the slot's first keyed operator; per TaskManager (fixed-per-tm): its share
 * per slot; unbounded: every keyed instance pins its own column families' caches.
 * The allocator model (rocksdbInstances.ts) is still told the closed instance's cache was freed: on glibc its retained
 * bytes (capped) may count a cache that is in fact pinned — a double count of at most that cap.
 * Not modelled: the few KB of the ColumnFamilyOptions copy itself per compaction (FLINK-39753 leaks one per manual
 * compaction; only the cache it pins matters), the Finalizer thread's delay after the GC.
 */
import { parseFlinkVersion } from '../../config/flinkVersion';
import {
  freedByFinalizer,
  isAffected,
  isTriggered,
  KNOWN_ROCKSDB_LEAKS,
  knownLeak,
  PINNED_CACHE_PER_MILLE_OF_CAPACITY,
  statisticsBytes,
  TICKER_METRIC_KEYS,
  type KnownRocksDbLeak,
  type LeakTriggers,
} from '../../rocksdb/knownLeaks';
import type { LeakSpec, Scenario } from '../../scenario/types';
import { allocateLeak, siteKey } from '../jvm/leakAllocation';
import type { Sim } from '../state/sim';
import type { TaskRuntime } from '../state/simState';
import { rocksDbOptionsFor, sharedMemory } from './rocksdbInstances';

/** The site a leaked Statistics shows in the native profile and in an OOM's cause. */
export const STATISTICS_SITE = 'RocksDB Statistics not closed (FLINK-39923)';
/** The site of a Statistics the release closes (present while the backend runs). */
export const STATISTICS_CLOSED_SITE = 'RocksDB Statistics (ticker metrics)';
/** The site of a block cache a leaked ColumnFamilyOptions copy keeps alive. */
export const pinnedCacheSite = (leak: KnownRocksDbLeak): string => `RocksDB block cache pinned by a ColumnFamilyOptions copy (${leak.id})`;

/** The triggers the scenario's Flink configuration sets. */
function leakTriggers(scenario: Scenario, manualCompactionMinIntervalMs: number): LeakTriggers {
  const config = scenario.flink.config;
  return {
    tickerMetrics: TICKER_METRIC_KEYS.some((key) => config[key]?.trim().toLowerCase() === 'true'),
    manualCompactionMinIntervalMs,
  };
}

/** The known leaks of the scenario's release whose trigger its configuration sets (none without RocksDB). */
export function activeRocksDbLeaks(sim: Pick<Sim, 'scenario' | 'setup'>): readonly KnownRocksDbLeak[] {
  const options = sim.setup.runtime.rocksdb;
  if (sim.setup.runtime.stateBackend !== 'rocksdb' || !options) return [];
  const version = parseFlinkVersion(sim.scenario.flink.version);
  const triggers = leakTriggers(sim.scenario, options.manualCompactionMinIntervalMs);
  return KNOWN_ROCKSDB_LEAKS.filter((leak) => isAffected(leak, version) && isTriggered(leak, triggers));
}

const specsCache = new WeakMap<Scenario, ReadonlyArray<readonly LeakSpec[]>>();
const declaredCache = new WeakMap<Scenario, ReadonlyArray<readonly LeakSpec[]>>();

/** An operator's declared leaks, then its implicit RocksDB ones (one array per operator for the run). */
export function declaredLeaks(sim: Sim, operator: number): readonly LeakSpec[] {
  let all = declaredCache.get(sim.scenario);
  if (!all) {
    all = sim.scenario.job.operators.map((op, i) => {
      const implicit = rocksDbLeakSpecs(sim, i);
      return implicit.length === 0 ? op.leaks : [...op.leaks, ...implicit];
    });
    declaredCache.set(sim.scenario, all);
  }
  return all[operator] ?? [];
}

/**
 * The implicit open-time leaks of operator `operator` (FLINK-39923's Statistics, or the closed Statistics of a fixed
 * release): positions after the operator's declared leaks, before injected ones, fixed for the run.
 */
function rocksDbLeakSpecs(sim: Sim, operator: number): readonly LeakSpec[] {
  let all = specsCache.get(sim.scenario);
  if (!all) {
    all = sim.scenario.job.operators.map((op) => (rocksDbOptionsFor(sim, op) ? statisticsSpecs(sim) : []));
    specsCache.set(sim.scenario, all);
  }
  return all[operator] ?? [];
}

function statisticsSpecs(sim: Sim): LeakSpec[] {
  const options = sim.setup.runtime.rocksdb;
  if (!options) return [];
  const version = parseFlinkVersion(sim.scenario.flink.version);
  const leak = knownLeak('FLINK-39923');
  const triggers = leakTriggers(sim.scenario, options.manualCompactionMinIntervalMs);
  // RocksDB Statistics as metrics came with FLINK-24786 in 1.16 (the first of the affected releases).
  const hasStatistics = version.major > 1 || version.minor >= 16;
  if (!hasStatistics || !isTriggered(leak, triggers)) return [];
  const affected = isAffected(leak, version);
  return [
    {
      kind: 'native',
      bytes: statisticsBytes(version),
      at: 'open',
      release: !affected ? 'close' : freedByFinalizer(version) ? 'gc' : 'never',
      classes: 0,
      threads: 0,
      site: affected ? STATISTICS_SITE : STATISTICS_CLOSED_SITE,
    },
  ];
}

/**
 * Bytes of block cache the closing attempt leaves pinned by `leak`'s copy (0 when this task pins none): what the cache
 * holds now (rocksdbInstances.ts's `blockCache` + `pinned` parts of the TaskManager: the blocks, not the write buffer
 * manager's charges for memtables, which go with the instance). Bounded: the slot's cache, pinned once per slot by the
 * first keyed operator's subtask — the TaskManager's parts over the slots with an open instance (fixed-per-tm: its
 * share of the one cache); unbounded: this instance's own caches, the parts over the open instances.
 */
function pinnedCacheBytes(sim: Sim, task: TaskRuntime, leak: KnownRocksDbLeak): number {
  const ops = sim.scenario.job.operators;
  const options = rocksDbOptionsFor(sim, ops[task.operator]);
  const jvm = sim.state.jvms[task.tm];
  if (!options || !task.rocksdb || !jvm) return 0;
  // FLINK-39753: the copy is made by a manual compaction, the first one min-interval after the backend starts.
  if (leak.trigger === 'manual-compaction' && sim.state.nowMs - task.rocksdb.openedAtMs < options.manualCompactionMinIntervalMs) return 0;
  const open = sim.state.tasks.filter((t) => t.rocksdb && t.tm === task.tm && t.instance === jvm.instance);
  const cached = Math.floor(((jvm.rocksdb.blockCache + jvm.rocksdb.pinned) * PINNED_CACHE_PER_MILLE_OF_CAPACITY) / 1000);
  if (sharedMemory(sim, options).scope === 'column-family') return Math.floor(cached / Math.max(1, open.length));
  const first = ops.findIndex((o) => rocksDbOptionsFor(sim, o) !== undefined);
  if (first !== task.operator) return 0;
  return Math.floor(cached / Math.max(1, new Set(open.map((t) => t.subtask)).size));
}

/**
 * close() of a keyed subtask on RocksDB, before its instance is closed (rocksdbInstances.closeRocksDb): the caches the
 * release's leaks keep alive stay as native memory — for good, or until the next GC where a finalizer frees them.
 * Returns the bytes kept, which RocksDB's close therefore does not free (nor hand to the allocator).
 */
export function pinCachesOnClose(sim: Sim, task: TaskRuntime): number {
  const jvm = sim.state.jvms[task.tm];
  if (!jvm?.alive || jvm.instance !== task.instance || !task.rocksdb) return 0;
  let kept = 0;
  const version = parseFlinkVersion(sim.scenario.flink.version);
  for (const leak of activeRocksDbLeaks(sim)) {
    if (leak.leaks !== 'block-cache') continue;
    const bytes = pinnedCacheBytes(sim, task, leak);
    if (bytes <= 0) continue;
    kept += bytes;
    const site = pinnedCacheSite(leak);
    allocateLeak(
      sim,
      jvm,
      { kind: 'native', bytes, at: 'open', release: 'never', classes: 0, threads: 0, site },
      `${site} in ${task.name} close()`,
    );
    if (freedByFinalizer(version)) {
      // The copy was dropped young: the next GC finds it, its finalizer closes it and the cache goes.
      jvm.nativeReachableBytes -= bytes;
      jvm.nativeUnreachableYoungBytes += bytes;
      const key = siteKey('native', site);
      jvm.siteBytes[key] = Math.max(0, (jvm.siteBytes[key] ?? 0) - bytes);
    }
  }
  return kept;
}
