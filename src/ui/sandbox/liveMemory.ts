/**
 * The selected process's memory at the cursor, as the sandbox's live figure and table show it: Flink's
 * memory-model boxes (the memory-model room's tree, figureLayout.ts) with each measured pool's use, and the rows
 * of Flink's web UI TaskManager "Memory" card — component, configured value, metric used / max (flink-runtime-web
 * web-dashboard/src/app/pages/task-manager/metrics/task-manager-metrics.component.html, apache/flink@090e0a69).
 * A measure the JVM reports for several boxes at once (one heap, one direct memory) stays one measure here.
 */
import { COL, COLUMNS, type ColumnId, metricName } from '../../../models/engine/columns';
import type { GarbageCollector } from '../../../models/scenario/types';
import { compactSize } from '../../../models/units/memorySize';
import type { MemoryBudget } from '../../sandbox/processBudget';
import type { ProcessInfo } from '../../sandbox/protocol';
import { type FigureNode, jobManagerTree, legacyJobManagerTree, legendRows, taskManagerTree } from '../memoryModel/figureLayout';
import type { MemoryComponentId } from '../palette';

/** A column's metric name as this run's JVMs report it (the collector's MXBean name filled in). */
export function columnMetric(id: ColumnId, gc: GarbageCollector): string {
  const column = COLUMNS.find((c) => c.id === id);
  return column ? metricName(column, gc) : id;
}

/** Flink's memory-model tree for a process's budget (the same boxes the memory-model room draws). */
export function budgetTree(b: MemoryBudget): FigureNode {
  const n = (bytes: number) => BigInt(bytes);
  if (b.kind === 'jobmanager-heap-only') return legacyJobManagerTree(n(b.heapBytes));
  if (b.kind === 'jobmanager') {
    const flink = b.heapBytes + b.offHeapBytes;
    return jobManagerTree({
      jvmHeap: n(b.heapBytes),
      offHeap: n(b.offHeapBytes),
      jvmMetaspace: n(b.metaspaceBytes),
      jvmOverhead: n(b.overheadBytes),
      totalFlinkMemory: n(flink),
      totalProcessMemory: n(flink + b.metaspaceBytes + b.overheadBytes),
    });
  }
  const heap = b.frameworkHeapBytes + b.taskHeapBytes;
  const direct = b.frameworkOffHeapBytes + b.taskOffHeapBytes + b.networkBytes;
  const flink = heap + direct + b.managedBytes;
  return taskManagerTree({
    frameworkHeap: n(b.frameworkHeapBytes),
    taskHeap: n(b.taskHeapBytes),
    managed: n(b.managedBytes),
    frameworkOffHeap: n(b.frameworkOffHeapBytes),
    taskOffHeap: n(b.taskOffHeapBytes),
    network: n(b.networkBytes),
    jvmMetaspace: n(b.metaspaceBytes),
    jvmOverhead: n(b.overheadBytes),
    jvmHeap: n(heap),
    jvmDirect: n(direct),
    totalFlinkMemory: n(flink),
    totalProcessMemory: n(flink + b.metaspaceBytes + b.overheadBytes),
  });
}

/** One measured pool drawn over the boxes it fills: one level across all of `leaves`. */
export interface PoolFill {
  readonly leaves: readonly MemoryComponentId[];
  /** The metric's value at the cursor; NaN while the process is down. */
  readonly usedBytes: number;
  /** The boxes' configured bytes together (Flink's budget, not the JVM's limit). */
  readonly budgetBytes: number;
  readonly metric: string;
  /** Why the fill spans several boxes. */
  readonly note?: string;
}

const HEAP_NOTE = 'The JVM reports one heap: the fill spans framework and task heap (Flink does not measure them apart).';
const DIRECT_NOTE =
  'The JVM reports one direct memory: the fill spans framework off-heap, task off-heap and network (all network buffers are allocated at start).';

export function poolFills(info: ProcessInfo, latest: readonly number[], gc: GarbageCollector): PoolFill[] {
  const b = info.budget;
  const used = (id: ColumnId) => latest[COL[id]] ?? Number.NaN;
  const fill = (leaves: MemoryComponentId[], id: ColumnId, budgetBytes: number, note?: string): PoolFill => ({
    leaves,
    usedBytes: used(id),
    budgetBytes,
    metric: columnMetric(id, gc),
    ...(note ? { note } : {}),
  });
  if (b.kind === 'jobmanager-heap-only') return [fill(['jobManagerHeap'], 'heapUsed', b.heapBytes)];
  if (b.kind === 'jobmanager')
    return [
      fill(['jobManagerHeap'], 'heapUsed', b.heapBytes),
      fill(['jobManagerOffHeap'], 'directUsed', b.offHeapBytes, 'Direct memory only: native allocations are not a JVM metric.'),
      fill(['jvmMetaspace'], 'metaspaceUsed', b.metaspaceBytes),
    ];
  return [
    fill(['frameworkHeap', 'taskHeap'], 'heapUsed', b.frameworkHeapBytes + b.taskHeapBytes, HEAP_NOTE),
    fill(['managed'], 'managedUsed', b.managedBytes),
    fill(
      ['frameworkOffHeap', 'taskOffHeap', 'network'],
      'directUsed',
      b.frameworkOffHeapBytes + b.taskOffHeapBytes + b.networkBytes,
      DIRECT_NOTE,
    ),
    fill(['jvmMetaspace'], 'metaspaceUsed', b.metaspaceBytes),
  ];
}

/** A metric against its maximum, as the web UI's progress cells show it ("used / max"). */
export interface Measure {
  readonly metric: string;
  readonly usedBytes: number;
  readonly maxBytes: number;
  /** What the maximum is (`Status.JVM.Memory.Heap.Max`, `-XX:MaxDirectMemorySize`, …). */
  readonly maxName: string;
}

export interface MemoryRow {
  readonly id: string;
  readonly label: string;
  /** A box of the figure (its colour); undefined for a sum row. */
  readonly component?: MemoryComponentId;
  readonly configuredBytes: number;
  /** The option or JVM flag that sets it. */
  readonly configuredBy: string;
  /** The measure cell: a measure, or why there is none; undefined where an earlier row's cell spans this one. */
  readonly cell?: { readonly measure?: Measure; readonly none?: string; readonly span: number };
  readonly sum: boolean;
  /** A part of that box's memory (RocksDB's parts of the managed memory), shown indented under it; not a box of its own. */
  readonly within?: MemoryComponentId;
}

/** Flink's web UI text for boxes it has no metric for (task-manager-metrics.component.html). */
const NOT_MONITORED = 'Cannot be monitored: Flink does not have full control over this memory.';

/**
 * The web UI's "Memory" card for `info` at the cursor: each box of Flink's memory model with its configured value and
 * its metric, then the sums the JVM and the container enforce (-XX:MaxDirectMemorySize, the container limit).
 */
export function memoryRows(info: ProcessInfo, latest: readonly number[], gc: GarbageCollector): MemoryRow[] {
  const v = (id: ColumnId) => latest[COL[id]] ?? Number.NaN;
  const m = (id: ColumnId) => columnMetric(id, gc);
  const heap: Measure = { metric: m('heapUsed'), usedBytes: v('heapUsed'), maxBytes: v('heapMax'), maxName: m('heapMax') };
  const direct: Measure = {
    metric: m('directUsed'),
    usedBytes: v('directUsed'),
    maxBytes: info.directLimitBytes,
    maxName: directLimitName(info),
  };
  const cells: Partial<Record<MemoryComponentId, MemoryRow['cell'] | null>> = cellsFor(info, v, m, heap, direct);
  const parts = legendRows(budgetTree(info.budget)).map(({ node }): MemoryRow => {
    const id = node.id as MemoryComponentId;
    const cell = cells[id];
    return {
      id,
      label: node.label,
      component: id,
      configuredBytes: Number(node.bytes),
      configuredBy: node.key ?? '',
      ...(cell ? { cell } : {}),
      sum: false,
    };
  });
  const managedAt = parts.findIndex((r) => r.id === 'managed');
  if (info.rocksdb && managedAt >= 0) parts.splice(managedAt + 1, 0, ...rocksDbRows(info, info.rocksdb, v, m));
  const sums: MemoryRow[] = [];
  if (info.budget.kind === 'taskmanager')
    sums.push({
      id: 'jvmDirect',
      label: 'JVM Direct Memory (framework off-heap + task off-heap + network)',
      configuredBytes: info.directLimitBytes,
      configuredBy: '-XX:MaxDirectMemorySize',
      cell: { measure: direct, span: 1 },
      sum: true,
    });
  // Standalone: nothing enforces a limit on RSS; it is shown against the process size Flink sized for.
  const limited = info.containerLimitBytes > 0;
  const rss: Measure = {
    metric: m('rss'),
    usedBytes: v('rss'),
    maxBytes: limited ? info.containerLimitBytes : info.processSizeBytes,
    maxName: limited ? `the container limit (${m('containerLimit')})` : 'Total Process Memory (standalone: no container limit)',
  };
  sums.push({
    id: 'totalProcess',
    label: 'Total Process Memory',
    configuredBytes: info.processSizeBytes,
    configuredBy: info.budget.kind === 'jobmanager-heap-only' ? 'heap + 512 MiB (the sandbox assumes)' : 'process size',
    cell: { measure: rss, span: 1 },
    sum: true,
  });
  return [...parts, ...sums];
}

/**
 * RocksDB's parts under the managed memory box: each of Flink's RocksDB native metrics at the cursor (summed over the
 * TaskManager's instances), against what Flink sized for it — the block cache's and the write buffer manager's capacity per
 * slot times the slots in bounded mode — and the parts nothing budgets (pinned blocks, table readers, what malloc keeps)
 * against the whole managed budget, which RocksDB's native memory as a whole should stay within.
 */
function rocksDbRows(info: ProcessInfo, r: NonNullable<ProcessInfo['rocksdb']>, v: Value, m: Name): MemoryRow[] {
  const shares = r.scope === 'taskmanager' ? 1 : Math.max(1, info.slots);
  const per = r.scope === 'slot' ? `× ${shares} slot${shares === 1 ? '' : 's'}` : 'per TaskManager';
  // Outside managed memory (fixed-per-slot, fixed-per-tm), the fixed budget; else the managed memory.
  const budget = r.mode === 'fixed-per-slot' || r.mode === 'fixed-per-tm' ? r.totalBytes * shares : info.managedBudgetBytes;
  const row = (
    id: ColumnId,
    label: string,
    configuredBytes: number,
    configuredBy: string,
    maxBytes: number,
    maxName: string,
  ): MemoryRow => ({
    id,
    label,
    configuredBytes,
    configuredBy,
    cell: { measure: { metric: m(id), usedBytes: v(id), maxBytes, maxName }, span: 1 },
    sum: false,
    within: 'managed',
  });
  const managedMax = 'the managed memory budget (Status.Flink.Memory.Managed.Total)';
  if (r.mode === 'unbounded')
    return [
      row('rocksdbBlockCache', 'RocksDB block cache', 0, 'per column family (state.backend.rocksdb.block.cache-size)', budget, managedMax),
      row('rocksdbMemtables', 'RocksDB memtables', 0, 'write buffers per column family (writebuffer.size × count)', budget, managedMax),
      row('rocksdbTableReaders', 'RocksDB table readers', 0, 'index/filter blocks outside the cache', budget, managedMax),
      row('rocksdbPinned', 'RocksDB pinned blocks', 0, 'pinned by iterators', budget, managedMax),
      row('mallocRetained', 'malloc retained', 0, `${info.allocator.name}: freed, still resident`, budget, managedMax),
    ];
  const cache = r.cacheCapacityBytes * shares;
  const wbm = r.writeBufferManagerBytes * shares;
  return [
    row(
      'rocksdbBlockCache',
      'RocksDB block cache',
      cache,
      `cache capacity ${per} (the memtables' charge included)`,
      cache,
      `the cache capacity (${per})`,
    ),
    row(
      'rocksdbMemtables',
      'RocksDB memtables',
      wbm,
      `write buffer manager ${per}, charged to the cache`,
      wbm,
      `the write buffer manager's capacity (${per})`,
    ),
    row('rocksdbTableReaders', 'RocksDB table readers', 0, 'not budgeted: index/filter blocks outside the cache', budget, managedMax),
    row('rocksdbPinned', 'RocksDB pinned blocks', 0, 'not budgeted: the cache cannot evict them', budget, managedMax),
    row('mallocRetained', 'malloc retained', 0, `not budgeted: ${info.allocator.name} keeps freed memory`, budget, managedMax),
  ];
}

/**
 * What bounds direct memory: -XX:MaxDirectMemorySize, which Flink always sets for a TaskManager; a JobManager gets it
 * only with jobmanager.memory.enable-jvm-direct-memory-limit (JobManagerProcessUtils), else the JVM's default, -Xmx.
 */
function directLimitName(info: ProcessInfo): string {
  const b = info.budget;
  if (b.kind === 'taskmanager' || (b.kind === 'jobmanager' && info.directLimitBytes === b.offHeapBytes)) return '-XX:MaxDirectMemorySize';
  return 'the JVM default: -Xmx (no -XX:MaxDirectMemorySize)';
}

type Value = (id: ColumnId) => number;
type Name = (id: ColumnId) => string;

/** The measure cell of each box; `null`: covered by the cell of the row above. */
function cellsFor(
  info: ProcessInfo,
  v: Value,
  m: Name,
  heap: Measure,
  direct: Measure,
): Partial<Record<MemoryComponentId, MemoryRow['cell'] | null>> {
  const metaspace: Measure = {
    metric: m('metaspaceUsed'),
    usedBytes: v('metaspaceUsed'),
    maxBytes: v('metaspaceMax'),
    maxName: m('metaspaceMax'),
  };
  const b = info.budget;
  if (b.kind === 'jobmanager-heap-only') return { jobManagerHeap: { measure: heap, span: 1 } };
  if (b.kind === 'jobmanager')
    return {
      jobManagerHeap: { measure: heap, span: 1 },
      jobManagerOffHeap: { measure: direct, span: 1 },
      jvmMetaspace: { measure: metaspace, span: 1 },
      jvmOverhead: { none: NOT_MONITORED, span: 1 },
    };
  // Flink's NettyShuffleMetricFactory: UsedMemory = used segments × segment size, TotalMemory = all segments × segment size.
  const segment = info.segmentSizeBytes;
  const network: Measure = {
    metric: 'Status.Shuffle.Netty.UsedMemory',
    usedBytes: v('networkSegmentsUsed') * segment,
    maxBytes: v('networkSegmentsTotal') * segment,
    maxName: 'Status.Shuffle.Netty.TotalMemory',
  };
  return {
    frameworkHeap: { measure: heap, span: 2 },
    taskHeap: null,
    managed: {
      measure: {
        metric: m('managedUsed'),
        usedBytes: v('managedUsed'),
        maxBytes: b.managedBytes,
        maxName: 'Status.Flink.Memory.Managed.Total',
      },
      span: 1,
    },
    frameworkOffHeap: { none: `${NOT_MONITORED} Both are in JVM Direct Memory below.`, span: 2 },
    taskOffHeap: null,
    network: { measure: network, span: 1 },
    jvmMetaspace: { measure: metaspace, span: 1 },
    jvmOverhead: { none: NOT_MONITORED, span: 1 },
  };
}

/** One metric of the web UI's "Advanced" cards (JVM memory, outside-JVM memory, Netty buffers, GC) and the container's view. */
export interface MetricRow {
  readonly section: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: 'bytes' | 'ms' | 'count';
  /** Where the number comes from when Flink has no such metric (columns.ts `source`). */
  readonly source?: string;
}

const SECTIONS: readonly (readonly [section: string, ids: readonly ColumnId[]])[] = [
  ['JVM (Heap/Non-Heap) Memory', ['heapCommitted', 'heapUsed', 'heapMax', 'metaspaceUsed', 'metaspaceMax']],
  ['Outside JVM Memory', ['directUsed', 'directCapacity']],
  ['Netty Shuffle Buffers', ['networkSegmentsUsed', 'networkSegmentsTotal']],
  ['Garbage Collection', ['gcYoungCount', 'gcYoungTime', 'gcOldCount', 'gcOldTime']],
  ['Threads and classes', ['threads', 'classesLoaded', 'classesUnloaded']],
  ['Process (not Flink metrics)', ['unsafe', 'native', 'rss', 'containerLimit']],
];

/** Flink's RocksDB native metrics (state.backend.rocksdb.metrics.*), summed over the TaskManager's instances, and the allocator. */
const ROCKSDB_SECTION: readonly [string, readonly ColumnId[]] = [
  'RocksDB native (state.backend.rocksdb.metrics.*, summed per TaskManager)',
  ['rocksdbBlockCache', 'rocksdbPinned', 'rocksdbMemtables', 'rocksdbTableReaders', 'mallocRetained'],
];

/**
 * Every metric of the process at the cursor, grouped as the web UI's cards group them (no `Mapped`: the model has no mapped
 * buffers); `rocksdb`: the process keeps state in RocksDB, whose native metrics come last.
 */
export function metricRows(latest: readonly number[], gc: GarbageCollector, rocksdb = false): MetricRow[] {
  return (rocksdb ? [...SECTIONS, ROCKSDB_SECTION] : SECTIONS).flatMap(([section, ids]) =>
    ids.map((id): MetricRow => {
      const column: { unit: MetricRow['unit']; source?: string } = COLUMNS[COL[id]] ?? { unit: 'count' };
      return {
        section,
        metric: columnMetric(id, gc),
        value: latest[COL[id]] ?? Number.NaN,
        unit: column.unit,
        ...(column.source ? { source: column.source } : {}),
      };
    }),
  );
}

/** A byte count as the figure and table print it ("1.5 GiB"); a dash while the process is down (NaN). */
export function sizeText(bytes: number): string {
  return Number.isFinite(bytes) ? compactSize(BigInt(Math.max(0, Math.round(bytes)))) : '—';
}
