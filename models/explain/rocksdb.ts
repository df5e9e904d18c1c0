/**
 * A container kill with RocksDB in it, attributed to RocksDB's parts (models/rocksdb): what RocksDB held natively at the
 * kill (block cache, pinned blocks, memtables, table readers, arenas) against the budget Flink gave it, what the
 * allocator kept of what RocksDB freed, and what would have avoided the kill — bound RocksDB (memory.managed), stop
 * pinned index/filter blocks (partitioned-index-filters), or change the allocator; room for the overshoot as JVM overhead
 * is the container suggestion's (suggestions.ts), given the overshoot as what grew.
 * The figures come from the diagnostics captured at the kill (residentParts) and Flink's derivation of the budget.
 */
import { atLeast, parseFlinkVersion } from '../config/flinkVersion';
import type { FailureDiagnostics } from '../engine/diagnostics';
import { sharedMemory } from '../engine/job/rocksdbInstances';
import { createSetup, SetupError } from '../engine/setup';
import type { SimSetup } from '../engine/state/sim';
import { arenasInUse, BACKGROUND_THREADS, THREADS_PER_INSTANCE } from '../rocksdb/allocator';
import type { RocksDbMemory } from '../rocksdb/sharedResources';
import type { Scenario } from '../scenario/types';
import { listText, size } from './format';
import type { ConfigChange, Filler, Suggestion } from './types';

/** What explain needs of a RocksDB run: the options, the budget of one scope and how many scopes a TaskManager has. */
export interface RocksDbContext {
  readonly setup: SimSetup;
  readonly memory: RocksDbMemory;
  /** Slots of a TaskManager that run a RocksDB instance (each one budget), 1 for a TaskManager-wide budget. */
  readonly scopes: number;
  readonly instancesPerTaskManager: number;
}

/** The RocksDB side of a scenario's run, or undefined when no operator keeps keyed state in RocksDB. */
export function rocksDbContext(scenario: Scenario): RocksDbContext | undefined {
  let setup: SimSetup;
  try {
    setup = createSetup(scenario);
  } catch (e) {
    if (e instanceof SetupError) return undefined;
    throw e;
  }
  const options = setup.runtime.rocksdb;
  const keyed = scenario.job.operators.filter((o) => (o.keyedState?.length ?? 0) > 0);
  if (!options || keyed.length === 0) return undefined;
  const memory = sharedMemory({ scenario, setup }, options);
  const slots = Math.min(setup.slotsPerTaskManager, Math.max(...keyed.map((o) => o.parallelism)));
  return { setup, memory, scopes: memory.scope === 'taskmanager' ? 1 : slots, instancesPerTaskManager: slots * keyed.length };
}

const parts = (d: FailureDiagnostics): string => {
  const r = d.resident.rocksdb;
  return listText(
    [
      [r.blockCache, 'block cache'],
      [r.pinned, 'pinned blocks'],
      [r.memtables, 'memtables'],
      [r.tableReaders, 'table readers (index and filter blocks outside the cache)'],
      [r.arena, 'iterator, flush and compaction arenas'],
    ]
      .filter(([bytes]) => (bytes as number) > 0)
      .map(([bytes, what]) => `${what} ${size(bytes as number)}`),
  );
};

/** The budget RocksDB was given on one TaskManager (bytes), 0 when unbounded. */
const budgetOf = (r: RocksDbContext): number => r.memory.totalBytes * r.scopes;

/** How far RocksDB went past its budget (bounded), or all of it (unbounded). */
const rocksDbOvershoot = (r: RocksDbContext, d: FailureDiagnostics): number => Math.max(0, d.resident.rocksdbBytes - budgetOf(r));

function budgetText(r: RocksDbContext): string {
  const m = r.memory;
  if (m.mode === 'unbounded') {
    const o = r.setup.runtime.rocksdb;
    return `no budget: state.backend.rocksdb.memory.managed is false, so each column family sizes its own memtables (up to ${o?.writeBufferCount ?? 2} × ${size(o?.writeBufferBytes ?? 0)}) and its own ${size(o?.blockCacheBytes ?? 0)} block cache`;
  }
  const where =
    m.mode === 'managed'
      ? `the slot's managed memory${m.fraction < 1 ? ` × ${m.fraction} (the first keyed operator's fraction)` : ''}`
      : m.mode === 'fixed-per-slot'
        ? 'state.backend.rocksdb.memory.fixed-per-slot'
        : 'state.backend.rocksdb.memory.fixed-per-tm';
  const per = m.scope === 'taskmanager' ? 'for the TaskManager' : `per slot × ${r.scopes} slots`;
  return `a budget of ${size(m.totalBytes)} ${per} (${where}): a shared cache of ${size(m.cacheCapacityBytes)} with a write buffer manager of ${size(m.writeBufferManagerBytes)}, not strict — pinned blocks and memtables can take it past its capacity`;
}

/** Whether Flink reported these parts: its RocksDB native metrics are off unless switched on one by one. */
function metricsText(r: RocksDbContext): string {
  const on = r.setup.runtime.rocksdb?.metrics ?? [];
  if (on.length === 0)
    return '. Flink reported none of this: its RocksDB native metrics are off by default (state.backend.rocksdb.metrics.block-cache-usage, .block-cache-pinned-usage, .cur-size-all-mem-tables, .estimate-table-readers-mem: true)';
  return `. Flink reported ${listText(on.map((m) => `rocksdb.${m}`))}`;
}

/** The RocksDB filler of a container kill: its parts, against its budget. */
export function rocksDbFiller(r: RocksDbContext | undefined, d: FailureDiagnostics): Filler | undefined {
  const bytes = d.resident.rocksdbBytes;
  if (bytes <= 0) return undefined;
  const over = r && r.memory.mode !== 'unbounded' ? rocksDbOvershoot(r, d) : 0;
  const budget = r ? `; ${budgetText(r)}${over > 0 ? ` — ${size(over)} over it` : ''}${metricsText(r)}` : '';
  return {
    what: 'RocksDB (native)',
    bytes,
    occurrences: undefined,
    bytesEach: undefined,
    byAttempt: undefined,
    detail: `${parts(d)}${budget}`,
  };
}

/** What the allocator kept of what RocksDB freed. */
export function allocatorFiller(r: RocksDbContext | undefined, d: FailureDiagnostics): Filler | undefined {
  const bytes = d.resident.mallocRetainedBytes;
  if (bytes <= 0 || !r) return undefined;
  const a = r.setup.rocksdb;
  const threads = r.instancesPerTaskManager * THREADS_PER_INSTANCE + BACKGROUND_THREADS;
  const arenas = arenasInUse({ allocator: a.allocator, mallocArenaMax: a.mallocArenaMax, allocatingThreads: threads, peakBytes: 0 });
  const detail =
    a.allocator === 'glibc'
      ? `memory RocksDB freed (flushed memtables) that glibc's malloc keeps in its ${arenas} arenas (${threads} threads allocate${a.mallocArenaMax !== undefined ? `, MALLOC_ARENA_MAX=${a.mallocArenaMax}` : ', MALLOC_ARENA_MAX unset'}): freed chunks stay resident for each arena's own later allocations`
      : "jemalloc's dirty pages: memory RocksDB freed in the last decay period (dirty_decay_ms 10 s), not yet returned";
  return {
    what: a.allocator === 'glibc' ? 'freed memory glibc kept' : 'freed memory jemalloc has not returned yet',
    bytes,
    occurrences: undefined,
    bytesEach: undefined,
    byAttempt: undefined,
    detail,
  };
}

/**
 * The thing that grew past what Flink planned for: the allocator's kept memory when it is larger than RocksDB's
 * overshoot, else RocksDB (all of it when unbounded, what is past its budget when bounded).
 */
export function rocksDbDriver(
  r: RocksDbContext | undefined,
  d: FailureDiagnostics | undefined,
  fillers: readonly Filler[],
): Filler | undefined {
  if (!r || !d || d.resident.rocksdbBytes <= 0) return undefined;
  const rocks = fillers.find((f) => f.what === 'RocksDB (native)');
  const kept = fillers.find((f) => f.what.startsWith('freed memory'));
  const over = r.memory.mode === 'unbounded' ? d.resident.rocksdbBytes : rocksDbOvershoot(r, d);
  if (kept && kept.bytes > over) return kept;
  if (!rocks || over <= 0) return kept;
  return { ...rocks, what: r.memory.mode === 'unbounded' ? 'RocksDB (native)' : 'RocksDB beyond its budget', bytes: over };
}

/** What would have kept RocksDB's part within the pod: the RocksDB setting that addresses the driver. */
export function rocksDbSuggestions(
  r: RocksDbContext | undefined,
  d: FailureDiagnostics | undefined,
  scenario: Scenario,
  config: Readonly<Record<string, string>>,
): Suggestion[] {
  if (!r || !d || d.resident.rocksdbBytes <= 0) return [];
  const out: Suggestion[] = [];
  const set = (changes: ConfigChange[], text: string): void => {
    out.push({ text, changes, postponesOnly: false, newLimitBytes: undefined });
  };
  const key = (k: string) => ({ key: k, from: config[k] });
  const a = r.setup.rocksdb;
  if (d.resident.mallocRetainedBytes > rocksDbOvershoot(r, d) && a.allocator === 'glibc') {
    set(
      [{ key: 'cluster.allocator', from: 'glibc', to: 'jemalloc' }],
      `Set cluster.allocator: glibc → jemalloc (Flink's docker image preloads it; unset DISABLE_JEMALLOC): jemalloc reuses freed blocks and returns the flushed memtables' pages within its 10 s decay, where glibc kept ${size(d.resident.mallocRetainedBytes)}.`,
    );
    set(
      [{ key: 'cluster.mallocArenaMax', from: a.mallocArenaMax === undefined ? undefined : String(a.mallocArenaMax), to: '2' }],
      `Or set MALLOC_ARENA_MAX=2 (containerized.taskmanager.env.MALLOC_ARENA_MAX; here cluster.mallocArenaMax: 2): with 2 arenas a freed chunk is reused by the next allocation half the time, so glibc keeps at most half of RocksDB's peak instead of most of it.`,
    );
    return out;
  }
  if (r.memory.mode === 'unbounded') {
    set(
      [{ ...key('state.backend.rocksdb.memory.managed'), to: 'true' }],
      `Set state.backend.rocksdb.memory.managed: ${config['state.backend.rocksdb.memory.managed'] ?? 'false'} → true: the column families then share one cache and write buffer manager per slot sized from its managed memory (${size(Math.floor(r.setup.managedPerSlotBytes))} a slot here), instead of ${size(d.resident.rocksdbBytes)} that grows with every state and slot.`,
    );
    return out;
  }
  const options = r.setup.runtime.rocksdb;
  if (
    d.resident.rocksdb.pinned > 0 &&
    options &&
    !options.partitionedIndexFilters &&
    atLeast(parseFlinkVersion(scenario.flink.version), 1, 13)
  )
    set(
      [{ ...key('state.backend.rocksdb.memory.partitioned-index-filters'), to: 'true' }],
      `Set state.backend.rocksdb.memory.partitioned-index-filters: false → true: only the top level of each file's index and filter stays pinned, not the whole blocks the open iterators hold; and close iterators (MapState#entries/keys) as soon as the record is done — ${size(d.resident.rocksdb.pinned)} were pinned, which the cache cannot evict.`,
    );
  return out;
}
