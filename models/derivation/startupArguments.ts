/**
 * What the start scripts hand to the JVM (docs/flink-memory-model.md §6): the `-Xmx … -XX:MaxMetaspaceSize=…`
 * line and the `-D key=value` dynamic properties BashJavaUtils prints.
 */
import {
  type FlinkVersion,
  hasExtendedDynamicProperties,
  hasMetaspaceOverheadDynamicProperties,
  hasFlink110Wording,
  hasJobManagerDynamicProperties,
  hasJobManagerMemoryModel,
  quotesExternalResources,
} from '../config/flinkVersion';
import { TM, JM } from '../config/options';
import type { Bytes } from '../units/memorySize';
import { javaDoubleToString } from '../units/javaNumbers';
import { javaHashMapOrder } from './javaHashMap';

export function jvmArgs(heap: Bytes, direct: Bytes | undefined, metaspace: Bytes): string {
  const directPart = direct === undefined ? '' : ` -XX:MaxDirectMemorySize=${direct}`;
  return `-Xmx${heap} -Xms${heap}${directPart} -XX:MaxMetaspaceSize=${metaspace}`;
}

export interface TaskManagerSpec {
  readonly cpuCores: number;
  readonly slots: number;
  readonly frameworkHeap: Bytes;
  readonly frameworkOffHeap: Bytes;
  readonly taskHeap: Bytes;
  readonly taskOffHeap: Bytes;
  readonly network: Bytes;
  readonly managed: Bytes;
  readonly jvmMetaspace: Bytes;
  readonly jvmOverhead: Bytes;
  readonly externalResources: ReadonlyArray<readonly [name: string, amount: string]>;
}

/** `TaskExecutorProcessUtils#generateDynamicConfigsStr`: pins every derived size so the TaskManager re-derives the same. */
export function taskManagerDynamicProperties(spec: TaskManagerSpec, version: FlinkVersion): string {
  const props: Array<[string, string]> = [
    ['taskmanager.cpu.cores', javaDoubleToString(spec.cpuCores)],
    [TM.frameworkHeap.key, `${spec.frameworkHeap}b`],
    [TM.frameworkOffHeap.key, `${spec.frameworkOffHeap}b`],
    [TM.taskHeap.key, `${spec.taskHeap}b`],
    [TM.taskOffHeap.key, `${spec.taskOffHeap}b`],
    [TM.networkMin.key, `${spec.network}b`],
    [TM.networkMax.key, `${spec.network}b`],
    [TM.managedSize.key, `${spec.managed}b`],
  ];
  if (hasMetaspaceOverheadDynamicProperties(version))
    props.push(
      [TM.metaspace.key, `${spec.jvmMetaspace}b`],
      [TM.overheadMin.key, `${spec.jvmOverhead}b`],
      [TM.overheadMax.key, `${spec.jvmOverhead}b`],
    );
  if (hasExtendedDynamicProperties(version)) props.push([TM.slots.key, String(spec.slots)], ...externalResourceProperties(spec, version));
  return assemble(props, hasFlink110Wording(version) || !hasJobManagerDynamicProperties(version));
}

function externalResourceProperties(spec: TaskManagerSpec, version: FlinkVersion): Array<[string, string]> {
  if (spec.externalResources.length === 0) return [['external-resources', 'none']];
  const list = spec.externalResources.map(([name]) => name).join(';');
  return [
    ['external-resources', quotesExternalResources(version) ? `"${list}"` : list],
    ...spec.externalResources.map(([name, amount]): [string, string] => [`external-resource.${name}.amount`, amount]),
  ];
}

export interface JobManagerSpec {
  readonly jvmHeap: Bytes;
  readonly offHeap: Bytes;
  readonly jvmMetaspace: Bytes;
  readonly jvmOverhead: Bytes;
}

/** `JobManagerProcessUtils#generateDynamicConfigsStr` (1.12+); empty before, as 1.11 printed only the JVM line. */
export function jobManagerDynamicProperties(spec: JobManagerSpec, version: FlinkVersion): string {
  if (!hasJobManagerMemoryModel(version) || !hasJobManagerDynamicProperties(version)) return '';
  return assemble(
    [
      [JM.heap.key, `${spec.jvmHeap}b`],
      [JM.offHeap.key, `${spec.offHeap}b`],
      [JM.metaspace.key, `${spec.jvmMetaspace}b`],
      [JM.overheadMin.key, `${spec.jvmOverhead}b`],
      [JM.overheadMax.key, `${spec.jvmOverhead}b`],
    ],
    false,
  );
}

/** "-D k=v" joined by single spaces in HashMap order (1.10/1.11 built the string with a trailing space). */
function assemble(props: ReadonlyArray<readonly [string, string]>, trailingSpace: boolean): string {
  const values = new Map(props);
  const joined = javaHashMapOrder(props.map(([key]) => key))
    .map((key) => `-D ${key}=${values.get(key) ?? ''}`)
    .join(' ');
  return trailingSpace ? `${joined} ` : joined;
}
