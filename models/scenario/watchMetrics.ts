/**
 * The metrics a scenario or a lesson step can name under `watch:` (issue 13): each is one dashboard panel in the
 * sandbox, named by Flink's metric (or, where Flink has none, by the engine column's name, models/engine/columns.ts).
 * A panel draws its metric for every process (scope `process`) or once for the job (scope `job`).
 *
 * Flink's names: https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/metrics/ — `Status.JVM.*` and
 * `Status.Flink.Memory.Managed.*`, `Status.Shuffle.Netty.*` (TaskManager/JobManager scope); `lastCheckpointSize`,
 * `lastCheckpointDuration`, `numRestarts` (job scope); `rocksdbNativeBytes` stands for Flink's RocksDB native metrics
 * (`rocksdb.block-cache-usage`, `rocksdb.block-cache-pinned-usage`, `rocksdb.cur-size-all-mem-tables`,
 * `rocksdb.estimate-table-readers-mem`, summed per TaskManager) with what the allocator keeps (`mallocRetainedBytes`); `backPressuredTimeMsPerSecond`, `numRecordsInPerSecond` (task
 * scope); `pendingRecords` (FLIP-33's standard source metric, the Kafka source's backlog). GC panels stand for
 * `Status.JVM.GarbageCollector.<Collector>.Count`/`.Time` of both collectors.
 */
type WatchScope = 'process' | 'job';

export interface WatchMetric {
  readonly id: string;
  readonly scope: WatchScope;
  readonly unit: 'bytes' | 'ms' | 'count' | 'per-second';
}

export const WATCH_METRICS = [
  { id: 'Status.JVM.Memory.Heap.Used', scope: 'process', unit: 'bytes' },
  { id: 'Status.JVM.Memory.Direct.MemoryUsed', scope: 'process', unit: 'bytes' },
  { id: 'Status.JVM.Memory.Metaspace.Used', scope: 'process', unit: 'bytes' },
  { id: 'Status.JVM.ClassLoader.ClassesLoaded', scope: 'process', unit: 'count' },
  { id: 'Status.Flink.Memory.Managed.Used', scope: 'process', unit: 'bytes' },
  { id: 'Status.Shuffle.Netty.UsedMemorySegments', scope: 'process', unit: 'count' },
  { id: 'unsafeBytes', scope: 'process', unit: 'bytes' },
  { id: 'nativeBytes', scope: 'process', unit: 'bytes' },
  { id: 'rocksdbNativeBytes', scope: 'process', unit: 'bytes' },
  { id: 'rssBytes', scope: 'process', unit: 'bytes' },
  { id: 'Status.JVM.GarbageCollector.Count', scope: 'process', unit: 'count' },
  { id: 'Status.JVM.GarbageCollector.Time', scope: 'process', unit: 'ms' },
  { id: 'Status.JVM.Threads.Count', scope: 'process', unit: 'count' },
  { id: 'exceptionsLogged', scope: 'process', unit: 'count' },
  { id: 'blobServerConnections', scope: 'process', unit: 'count' },
  { id: 'blobServerBacklog', scope: 'process', unit: 'count' },
  { id: 'endToEndLatencyMs', scope: 'process', unit: 'ms' },
  { id: 'lastCheckpointSize', scope: 'job', unit: 'bytes' },
  { id: 'lastCheckpointDuration', scope: 'job', unit: 'ms' },
  { id: 'backPressuredTimeMsPerSecond', scope: 'job', unit: 'ms' },
  { id: 'numRecordsInPerSecond', scope: 'job', unit: 'per-second' },
  { id: 'pendingRecords', scope: 'job', unit: 'count' },
  { id: 'numRestarts', scope: 'job', unit: 'count' },
] as const satisfies readonly WatchMetric[];

export type WatchMetricId = (typeof WATCH_METRICS)[number]['id'];

const IDS: ReadonlySet<string> = new Set(WATCH_METRICS.map((m) => m.id));

export function isWatchMetric(id: string): id is WatchMetricId {
  return IDS.has(id);
}
