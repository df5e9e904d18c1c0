/**
 * How the editor arranges a process's options: in the order of Flink's memory-model figure, in
 * groups, each option with the memory component it sizes (for its colour swatch) and the text
 * shown as its default.
 */
import type { FlinkVersion } from '../../../models/config/flinkVersion';
import { JM, TM, type OptionDef, type ProcessKind } from '../../../models/config/options';
import { javaDoubleToString, javaFloatToString, LONG_MAX } from '../../../models/units/javaNumbers';
import { memorySizeToString } from '../../../models/units/memorySize';
import type { MemoryComponentId } from '../palette';

export interface FieldGroup {
  readonly id: string;
  readonly title: string;
  readonly options: readonly OptionDef[];
  /** Legacy groups are folded away unless one of their options is set. */
  readonly legacy?: boolean;
}

const TASK_MANAGER_GROUPS: readonly FieldGroup[] = [
  { id: 'totals', title: 'Total sizes', options: [TM.processSize, TM.flinkSize] },
  { id: 'heap', title: 'JVM Heap', options: [TM.frameworkHeap, TM.taskHeap] },
  { id: 'managed', title: 'Managed Memory', options: [TM.managedSize, TM.managedFraction] },
  { id: 'direct', title: 'Direct Memory', options: [TM.frameworkOffHeap, TM.taskOffHeap] },
  { id: 'network', title: 'Network', options: [TM.networkMin, TM.networkMax, TM.networkFraction, TM.segmentSize] },
  { id: 'jvm', title: 'JVM Metaspace and Overhead', options: [TM.metaspace, TM.overheadMin, TM.overheadMax, TM.overheadFraction] },
  { id: 'resources', title: 'Slots and resources', options: [TM.slots, TM.cpuCores, TM.externalResources] },
  { id: 'legacy', title: 'Legacy options (1.x)', options: [TM.legacyHeapSize, TM.legacyHeapMb, TM.legacyNumberOfBuffers], legacy: true },
];

const JOB_MANAGER_GROUPS: readonly FieldGroup[] = [
  { id: 'totals', title: 'Total sizes', options: [JM.processSize, JM.flinkSize] },
  { id: 'heap', title: 'JVM Heap', options: [JM.heap] },
  { id: 'offheap', title: 'Off-Heap Memory', options: [JM.offHeap, JM.directLimit] },
  { id: 'jvm', title: 'JVM Metaspace and Overhead', options: [JM.metaspace, JM.overheadMin, JM.overheadMax, JM.overheadFraction] },
  { id: 'legacy', title: 'Legacy options (1.x)', options: [JM.legacyHeapSize, JM.legacyHeapMb], legacy: true },
];

export function fieldGroups(process: ProcessKind): readonly FieldGroup[] {
  return process === 'taskmanager' ? TASK_MANAGER_GROUPS : JOB_MANAGER_GROUPS;
}

const COMPONENT_OF: ReadonlyMap<string, MemoryComponentId> = new Map<string, MemoryComponentId>([
  [TM.frameworkHeap.key, 'frameworkHeap'],
  [TM.taskHeap.key, 'taskHeap'],
  [TM.managedSize.key, 'managed'],
  [TM.managedFraction.key, 'managed'],
  [TM.frameworkOffHeap.key, 'frameworkOffHeap'],
  [TM.taskOffHeap.key, 'taskOffHeap'],
  [TM.networkMin.key, 'network'],
  [TM.networkMax.key, 'network'],
  [TM.networkFraction.key, 'network'],
  [TM.segmentSize.key, 'network'],
  [TM.metaspace.key, 'jvmMetaspace'],
  [TM.overheadMin.key, 'jvmOverhead'],
  [TM.overheadMax.key, 'jvmOverhead'],
  [TM.overheadFraction.key, 'jvmOverhead'],
  [JM.heap.key, 'jobManagerHeap'],
  [JM.offHeap.key, 'jobManagerOffHeap'],
  [JM.directLimit.key, 'jobManagerOffHeap'],
  [JM.metaspace.key, 'jvmMetaspace'],
  [JM.overheadMin.key, 'jvmOverhead'],
  [JM.overheadMax.key, 'jvmOverhead'],
  [JM.overheadFraction.key, 'jvmOverhead'],
]);

/** The component an option sizes, if it sizes exactly one. */
export function componentOfOption(key: string): MemoryComponentId | undefined {
  return COMPONENT_OF.get(key);
}

/** What an option is when the user leaves it empty, as the field's placeholder. */
const NO_DEFAULT_TEXT: ReadonlyMap<string, string> = new Map([
  [TM.processSize.key, 'not set'],
  [TM.flinkSize.key, 'not set'],
  [TM.taskHeap.key, 'derived'],
  [TM.managedSize.key, 'from fraction'],
  [TM.cpuCores.key, 'number of slots'],
  [TM.externalResources.key, 'none'],
  [JM.processSize.key, 'not set'],
  [JM.flinkSize.key, 'not set'],
  [JM.heap.key, 'derived'],
]);

export function defaultText(def: OptionDef, version: FlinkVersion): string {
  const value = def.defaultValue(version);
  if (value === undefined) return NO_DEFAULT_TEXT.get(def.key) ?? 'not set';
  if (typeof value === 'bigint') {
    if (def.type !== 'memory') return String(value);
    return value === LONG_MAX ? 'unbounded' : memorySizeToString(value);
  }
  if (typeof value === 'number') {
    if (def.type === 'float') return javaFloatToString(value);
    if (def.type === 'double') return javaDoubleToString(value);
    return String(value);
  }
  return String(value);
}
