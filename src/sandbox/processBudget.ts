/**
 * Each process's memory budget as Flink's derivation splits it (the boxes of Flink's memory-model figure,
 * https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_setup_tm/), in bytes, for the
 * sandbox's live figure and its configured-vs-used table. The JVM limits the process runs with (ProcessInfo's
 * heapMaxBytes, directLimitBytes, …) can differ: a JVM option of the configuration wins over Flink's sizes.
 */
import type { ScenarioMemory } from '../../models/engine/setup';

export type MemoryBudget =
  | {
      readonly kind: 'taskmanager';
      readonly frameworkHeapBytes: number;
      readonly taskHeapBytes: number;
      readonly managedBytes: number;
      readonly frameworkOffHeapBytes: number;
      readonly taskOffHeapBytes: number;
      readonly networkBytes: number;
      readonly metaspaceBytes: number;
      readonly overheadBytes: number;
    }
  | {
      readonly kind: 'jobmanager';
      readonly heapBytes: number;
      /** jobmanager.memory.off-heap.size: direct and native memory. */
      readonly offHeapBytes: number;
      readonly metaspaceBytes: number;
      readonly overheadBytes: number;
    }
  /** Flink 1.10's JobManager: only the heap is configured. */
  | { readonly kind: 'jobmanager-heap-only'; readonly heapBytes: number };

/** The TaskManager's and the JobManager's budgets; `legacyHeapBytes`: the heap a Flink 1.10 JobManager runs with. */
export function memoryBudgets(memory: ScenarioMemory, legacyHeapBytes: number): Record<'taskmanager' | 'jobmanager', MemoryBudget> {
  const tm = memory.taskManager.taskManager.memory;
  const jm = memory.jobManager.jobManager;
  return {
    taskmanager: {
      kind: 'taskmanager',
      frameworkHeapBytes: Number(tm.frameworkHeap),
      taskHeapBytes: Number(tm.taskHeap),
      managedBytes: Number(tm.managed),
      frameworkOffHeapBytes: Number(tm.frameworkOffHeap),
      taskOffHeapBytes: Number(tm.taskOffHeap),
      networkBytes: Number(tm.network),
      metaspaceBytes: Number(tm.jvmMetaspace),
      overheadBytes: Number(tm.jvmOverhead),
    },
    jobmanager:
      'memory' in jm
        ? {
            kind: 'jobmanager',
            heapBytes: Number(jm.memory.jvmHeap),
            offHeapBytes: Number(jm.memory.offHeap),
            metaspaceBytes: Number(jm.memory.jvmMetaspace),
            overheadBytes: Number(jm.memory.jvmOverhead),
          }
        : { kind: 'jobmanager-heap-only', heapBytes: legacyHeapBytes },
  };
}
