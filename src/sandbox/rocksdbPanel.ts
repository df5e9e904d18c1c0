/**
 * The dashboard's RocksDB panel (issue 16): a TaskManager's RocksDB native memory over time, stacked by part — block cache,
 * blocks pinned beyond it, memtables, table readers (index and filter blocks outside the cache) and what the allocator
 * keeps of freed memory — against the managed memory Flink budgets for RocksDB (per slot, times the slots), the RSS and
 * the container limit. The parts are the engine's columns (models/engine/columns.ts), named in tooltips by Flink's RocksDB
 * native metrics (`rocksdb.block-cache-usage`, … enabled by `state.backend.rocksdb.metrics.*`). This module says what is
 * stacked and how a moment reads as a sentence; RocksDbPanel.svelte draws it. Pure.
 */
import { COL, COLUMNS, type ColumnId, type ColumnSpec } from '../../models/engine/columns';
import { compactSize } from '../../models/units/memorySize';
import type { ChartKey } from './chartColumns';
import type { ProcessInfo } from './protocol';

export interface RocksDbPart {
  readonly key: ChartKey & ColumnId;
  readonly label: string;
  /** What the part is, in a Flink engineer's words. */
  readonly means: string;
  readonly colour: string;
}

/**
 * The parts, bottom of the stack first: what the budget pays for (cache, memtables) at the bottom, what goes beyond it on top,
 * so the part that crosses the budget line is the one to act on. Colours: Paul Tol's "light" scheme (colour-blind safe), the
 * block cache in the managed memory's green of the memory-model figure (palette.ts), what the allocator keeps in grey.
 */
export const ROCKSDB_PARTS: readonly RocksDbPart[] = [
  {
    key: 'rocksdbBlockCache',
    label: 'Block cache',
    means: 'data blocks cached in the slot’s shared LRU cache (its capacity comes from the managed memory)',
    colour: '#117733',
  },
  {
    key: 'rocksdbMemtables',
    label: 'Memtables',
    means: 'write buffers, charged to the cache through the write buffer manager (bounded mode)',
    colour: '#44BB99',
  },
  {
    key: 'rocksdbTableReaders',
    label: 'Table readers',
    means: 'index and filter blocks of open SST files held outside the cache',
    colour: '#BBCC33',
  },
  {
    key: 'rocksdbPinned',
    label: 'Pinned blocks',
    means: 'blocks pinned by open iterators and readers: the cache cannot evict them, so they grow past its capacity',
    colour: '#EE8866',
  },
  {
    key: 'mallocRetained',
    label: 'malloc retained',
    means: 'memory RocksDB freed that the allocator keeps resident (glibc arenas, jemalloc dirty pages)',
    colour: '#AAAAAA',
  },
];

/**
 * Drawn on top of the parts: the process's native memory outside them (`nativeBytes` minus the parts) — what RocksDB leaks
 * hold beyond its metrics (a `Statistics` never closed, a cache kept alive past close), and the JVM's own malloc. Small on a
 * healthy TaskManager; a staircase when RocksDB leaks across restarts.
 */
export const OTHER_NATIVE = {
  label: 'Other native',
  means:
    'nativeBytes outside RocksDB’s metrics: what leaked RocksDB objects hold (an unclosed Statistics, a cache kept past close), the JVM’s own malloc',
  colour: 'light-dark(#c4c4c4, #626870)',
} as const;

/** The engine's column behind a part: Flink's metric name, and where the number comes from. */
export function partMetric(part: RocksDbPart): { readonly metric: string; readonly source: string | undefined } {
  const c = COLUMNS[COL[part.key]] as ColumnSpec;
  return { metric: c.metric, source: c.source };
}

/**
 * Whether Flink reports a part's metric for this run: its RocksDB native metrics are off unless
 * `state.backend.rocksdb.metrics.<name>` is true (RocksDBNativeMetricOptions); `mallocRetainedBytes` is no Flink metric at all
 * (jemalloc's or glibc's own statistics). The text says which option switches it on.
 */
export function partReported(part: RocksDbPart, enabled: readonly string[]): { readonly reported: boolean; readonly note: string } {
  const { metric } = partMetric(part);
  if (!metric.startsWith('rocksdb.')) return { reported: false, note: 'not a Flink metric: the allocator’s own statistics' };
  const name = metric.slice('rocksdb.'.length);
  return enabled.includes(name)
    ? { reported: true, note: `reported: state.backend.rocksdb.metrics.${name} is on` }
    : { reported: false, note: `not reported: state.backend.rocksdb.metrics.${name} is off (the default)` };
}

/** The part values of one moment (NaN: the process is down). */
export type PartValues = Readonly<Record<RocksDbPart['key'], number>>;

export const partsTotal = (v: PartValues): number => ROCKSDB_PARTS.reduce((s, p) => s + (Number.isFinite(v[p.key]) ? v[p.key] : 0), 0);

/** A sample row (engine column order) as part values. */
export function partsOf(latest: readonly number[]): PartValues {
  return Object.fromEntries(ROCKSDB_PARTS.map((p) => [p.key, latest[COL[p.key]] ?? Number.NaN])) as PartValues;
}

/**
 * What RocksDB is budgeted on one TaskManager: in managed mode each slot's share of the managed memory (its operators'
 * fraction of it), times the slots; with fixed-per-slot the fixed size times the slots; with fixed-per-tm the one fixed size;
 * unbounded, nothing (every column family sizes its own). `shares` 0: no budget.
 */
export interface RocksDbBudget {
  readonly shares: number;
  readonly perShareBytes: number;
  readonly totalBytes: number;
  /** What sets it, as the chart's line says it ("managed budget", "fixed-per-slot budget"); undefined when unbounded. */
  readonly name: string | undefined;
}

export function rocksDbBudget(info: Pick<ProcessInfo, 'slots' | 'rocksdb'>): RocksDbBudget {
  const r = info.rocksdb;
  if (!r || r.mode === 'unbounded' || r.totalBytes <= 0) return { shares: 0, perShareBytes: 0, totalBytes: 0, name: undefined };
  const shares = r.scope === 'slot' ? Math.max(1, info.slots) : 1;
  const name = r.mode === 'managed' ? 'managed budget' : `${r.mode} budget`;
  return { shares, perShareBytes: r.totalBytes, totalBytes: r.totalBytes * shares, name };
}

const size = (b: number) => compactSize(BigInt(Math.max(0, Math.round(b))));

/** "512 MiB (2 slots × 256 MiB)", "1 GiB (per TaskManager)" */
export function budgetText(b: RocksDbBudget, scope: 'slot' | 'taskmanager' | 'column-family' = 'slot'): string {
  if (b.shares === 0) return 'none (unbounded)';
  if (scope === 'taskmanager') return `${size(b.totalBytes)} (per TaskManager)`;
  return b.shares === 1 ? `${size(b.totalBytes)} (1 slot)` : `${size(b.totalBytes)} (${b.shares} slots × ${size(b.perShareBytes)})`;
}

/**
 * One moment of one TaskManager as the panel's headline says it: what RocksDB holds against its budget, what the allocator
 * keeps of what RocksDB freed (`allocator`'s name), how far the two together go beyond the budget, and the RSS against the
 * container limit — the signature of a RocksDB kill is RocksDB's native memory beyond its budget and RSS at 100 %.
 */
export function momentText(
  parts: PartValues,
  rssBytes: number,
  budget: RocksDbBudget,
  containerLimitBytes: number,
  allocator: string,
): { readonly rocksdb: string; readonly rss: string; readonly overBudget: boolean; readonly atLimit: boolean } {
  const total = partsTotal(parts);
  const retained = Number.isFinite(parts.mallocRetained) ? parts.mallocRetained : 0;
  const held = total - retained;
  const kept = retained > 0 ? ` + ${size(retained)} freed but kept by ${allocator}` : '';
  const over = total - budget.totalBytes;
  const rocksdb =
    budget.totalBytes > 0
      ? `RocksDB ${size(held)} = ${Math.round((held / budget.totalBytes) * 100)} % of its ${budget.name} ${budgetText(budget)}${kept}${over > 0 ? `: ${size(over)} beyond it` : ''}`
      : `RocksDB ${size(held)}${kept}, unbounded: no budget caps it (a cache and write buffers per column family)`;
  const limited = containerLimitBytes > 0 && Number.isFinite(rssBytes);
  const rss = !Number.isFinite(rssBytes)
    ? 'the process is down'
    : limited
      ? `RSS ${size(rssBytes)} of the ${size(containerLimitBytes)} container limit (${Math.round((rssBytes / containerLimitBytes) * 100)} %)`
      : `RSS ${size(rssBytes)} (no container limit)`;
  // Within 1 % of the limit: a cgroup kills at the limit, so a killed process's last sample sits just under it.
  return { rocksdb, rss, overBudget: budget.totalBytes > 0 && over > 0, atLimit: limited && rssBytes >= containerLimitBytes * 0.99 };
}

/** The shortest span the panel shows unzoomed: a few minutes of RocksDB filling up read as a slope, not as a wall. */
const MIN_SPAN_MS = 10 * 60_000;

/**
 * Where the panel's time axis ends when nobody zoomed: just after the last moment RocksDB held memory (a run whose job
 * failed after half an hour shows that half hour, not two hours of an idle TaskManager after it), or the whole run when
 * RocksDB lasts into its last fifth. `lastDataMs` ≤ 0: nothing yet, the whole run. The other panels keep the whole run;
 * a zoom applies to this one as to them.
 */
export function activeSpanEnd(lastDataMs: number, durationMs: number): number {
  if (!(lastDataMs > 0)) return durationMs;
  // On a whole minute, as the time ticks are.
  const end = Math.ceil(Math.max(lastDataMs * 1.15, MIN_SPAN_MS) / 60_000) * 60_000;
  return end >= durationMs * 0.8 ? durationMs : end;
}

/** Per pixel column: x, and the cumulative top of each part (parts in ROCKSDB_PARTS order; NaN where the process was down). */
export interface Stack {
  readonly x: Float64Array;
  readonly tops: readonly Float64Array[];
}

/**
 * Stacks folded part columns (each one max per pixel column, as chartPaths.foldBuckets makes them; all folded over the same
 * buckets, so their x agree). A part's top is the sum of its maximum and the maxima below it: within one pixel column the
 * parts may peak at different buckets, so the top can stand a little above the true highest sum — never below it (a peak
 * is never hidden), and equal to it wherever the parts change slower than a pixel column spans (minutes, here).
 */
export function stackColumns(folded: readonly { readonly x: Float64Array; readonly hi: Float64Array }[]): Stack {
  const x = folded[0]?.x ?? new Float64Array(0);
  const tops: Float64Array[] = [];
  let below: Float64Array | undefined;
  for (const f of folded) {
    const top = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const v = f.hi[i] as number;
      const base = below ? (below[i] as number) : 0;
      top[i] = Number.isNaN(v) || Number.isNaN(base) ? NaN : base + Math.max(0, v);
    }
    tops.push(top);
    below = top;
  }
  return { x, tops };
}

/** SVG path data of the area between `lower` (undefined: 0) and `upper`, broken where there is no data. */
export function areaPath(x: Float64Array, upper: Float64Array, lower: Float64Array | undefined, y: (v: number) => number): string {
  const parts: string[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    for (let i = start; i < end; i++) parts.push(`${i === start ? 'M' : 'L'}${x[i]},${y(upper[i] as number).toFixed(1)}`);
    for (let i = end - 1; i >= start; i--) parts.push(`L${x[i]},${y(lower ? (lower[i] as number) : 0).toFixed(1)}`);
    parts.push('Z');
    start = -1;
  };
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(upper[i] as number)) close(i);
    else if (start < 0) start = i;
  }
  close(x.length);
  return parts.join('');
}
