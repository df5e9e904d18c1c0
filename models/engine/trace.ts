/**
 * What a run produces: metric samples named as Flink reports them, and an event log whose
 * messages are the real texts. Every event says when, what, which process, and — for failures —
 * which allocation hit which limit with which numbers.
 */
import type { GarbageCollector } from '../scenario/types';

export type Pool = 'heap' | 'direct' | 'metaspace';
export type GcKind = 'young' | 'mixed' | 'full';

interface Base {
  readonly atMs: number;
  /** `jobmanager`, `taskmanager-1`, … */
  readonly process: string;
  readonly message: string;
}

/** Which allocation met which limit, with the numbers (for explanations). */
export interface FailureCause {
  readonly allocation: string;
  readonly requestedBytes: number;
  readonly usedBytes: number;
  readonly limitBytes: number;
  readonly limit: string;
}

export type TraceEvent =
  | (Base & { readonly type: 'process.started'; readonly instance: number })
  | (Base & { readonly type: 'process.registered'; readonly instance: number })
  | (Base & { readonly type: 'process.exited'; readonly exitCode: number; readonly instance: number })
  | (Base & {
      readonly type: 'container.killed';
      readonly reason: 'yarn-pmem' | 'k8s-oomkilled' | 'injected';
      readonly exitCode: number;
      readonly rssBytes: number;
      readonly limitBytes: number;
      readonly instance: number;
    })
  | (Base & {
      readonly type: 'jvm.oom';
      readonly pool: Pool;
      readonly task: string | undefined;
      readonly cause: FailureCause /** What the JVM itself said, before Flink rewrote it. */;
      readonly jdkMessage: string;
    })
  | (Base & {
      readonly type: 'gc';
      readonly collector: string;
      readonly kind: GcKind;
      readonly pauseMs: number;
      readonly gcCause: string;
      readonly heapBeforeBytes: number;
      readonly heapAfterBytes: number;
    })
  | (Base & { readonly type: 'task.state'; readonly task: string; readonly attempt: number; readonly from: string; readonly to: string })
  | (Base & { readonly type: 'job.status'; readonly from: string; readonly to: string })
  | (Base & { readonly type: 'job.restart'; readonly attempt: number; readonly delayMs: number })
  | (Base & { readonly type: 'fault.injected'; readonly action: string; readonly target: string })
  | (Base & { readonly type: 'blob.fetch.failed'; readonly attempt: number })
  | (Base & {
      readonly type: 'checkpoint.completed';
      readonly checkpointId: number;
      readonly sizeBytes: number;
      readonly durationMs: number;
    })
  | (Base & { readonly type: 'checkpoint.failed'; readonly checkpointId: number; readonly sizeBytes: number; readonly durationMs: number })
  | (Base & {
      readonly type: 'backpressure.level';
      readonly vertex: string;
      readonly level: 'OK' | 'LOW' | 'HIGH';
      readonly from: 'OK' | 'LOW' | 'HIGH';
      readonly backPressuredTimeMsPerSecond: number;
    })
  | (Base & { readonly type: 'log'; readonly level: 'INFO' | 'WARN' | 'ERROR' });

export type TraceEventType = TraceEvent['type'];

/** Collector MXBean names as the JVM reports them (young, old). */
export function collectorNames(gc: GarbageCollector): readonly [young: string, old: string] {
  switch (gc) {
    case 'G1':
      return ['G1 Young Generation', 'G1 Old Generation'];
    case 'Parallel':
      return ['PS Scavenge', 'PS MarkSweep'];
    case 'Serial':
      return ['Copy', 'MarkSweepCompact'];
  }
}

/** The columns of a sample, in order: Flink metric names, then the container's view. */
export function metricNames(gc: GarbageCollector): string[] {
  const [young, old] = collectorNames(gc);
  return [
    'Status.JVM.Memory.Heap.Used',
    'Status.JVM.Memory.Heap.Committed',
    'Status.JVM.Memory.Heap.Max',
    'Status.JVM.Memory.Direct.MemoryUsed',
    'Status.JVM.Memory.Direct.TotalCapacity',
    'Status.JVM.Memory.Metaspace.Used',
    'Status.JVM.Memory.Metaspace.Max',
    'Status.Flink.Memory.Managed.Used',
    'Status.Shuffle.Netty.TotalMemorySegments',
    'Status.Shuffle.Netty.UsedMemorySegments',
    `Status.JVM.GarbageCollector.${young}.Count`,
    `Status.JVM.GarbageCollector.${young}.Time`,
    `Status.JVM.GarbageCollector.${old}.Count`,
    `Status.JVM.GarbageCollector.${old}.Time`,
    'Status.JVM.Threads.Count',
    'Status.JVM.ClassLoader.ClassesLoaded',
    'Status.JVM.ClassLoader.ClassesUnloaded',
    'unsafeBytes',
    'nativeBytes',
    'rssBytes',
    'containerLimitBytes',
  ];
}

/** Receives the trace as it is produced (a CSV writer, a chart buffer, a hash). */
export interface TraceSink {
  /** `index`: the process's position (0 = JobManager, n = taskmanager-n), stable for a run. */
  sample(atMs: number, process: string, values: ArrayLike<number>, index: number): void;
  event(event: TraceEvent): void;
}
