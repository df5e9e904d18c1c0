/**
 * The tables BashJavaUtils logs before a process starts (1.11+): "Final TaskExecutor Memory
 * configuration:" and "Final Master Memory configuration:", with Flink's labels and indentation.
 */
import { humanReadable as hr } from '../units/memorySize';
import { add } from './byteMath';
import type { JobManagerMemory } from './jobManager';
import type { TaskManagerMemory } from './taskManager';

export function taskManagerSummary(m: TaskManagerMemory): string[] {
  return [
    'Final TaskExecutor Memory configuration:',
    `  Total Process Memory:          ${hr(m.totalProcessMemory)}`,
    `    Total Flink Memory:          ${hr(m.totalFlinkMemory)}`,
    `      Total JVM Heap Memory:     ${hr(m.jvmHeap)}`,
    `        Framework:               ${hr(m.frameworkHeap)}`,
    `        Task:                    ${hr(m.taskHeap)}`,
    `      Total Off-heap Memory:     ${hr(add(m.managed, m.jvmDirect))}`,
    `        Managed:                 ${hr(m.managed)}`,
    `        Total JVM Direct Memory: ${hr(m.jvmDirect)}`,
    `          Framework:             ${hr(m.frameworkOffHeap)}`,
    `          Task:                  ${hr(m.taskOffHeap)}`,
    `          Network:               ${hr(m.network)}`,
    `    JVM Metaspace:               ${hr(m.jvmMetaspace)}`,
    `    JVM Overhead:                ${hr(m.jvmOverhead)}`,
  ];
}

export function jobManagerSummary(m: JobManagerMemory): string[] {
  return [
    'Final Master Memory configuration:',
    `  Total Process Memory: ${hr(m.totalProcessMemory)}`,
    `    Total Flink Memory: ${hr(m.totalFlinkMemory)}`,
    `      JVM Heap:         ${hr(m.jvmHeap)}`,
    `      Off-heap:         ${hr(m.offHeap)}`,
    `    JVM Metaspace:      ${hr(m.jvmMetaspace)}`,
    `    JVM Overhead:       ${hr(m.jvmOverhead)}`,
  ];
}
