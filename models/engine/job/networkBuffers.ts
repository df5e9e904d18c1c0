/**
 * What a task takes from its TaskManager's network buffer pool when it sets up (docs/runtime-mechanics.md §2.1):
 * its input gate's exclusive buffers (2 per channel, one channel per upstream subtask) and its result
 * partition's minimum (one per subpartition + 1); floating buffers (8 per gate) are optional. If the pool
 * cannot give the required ones, the deployment fails with Flink's IOException.
 */
import type { OperatorSpec } from '../../scenario/types';
import type { TaskRuntime } from '../state/simState';
import type { Sim } from '../state/sim';

const EXCLUSIVE_PER_CHANNEL = 2;
const FLOATING_PER_GATE = 8;

function requiredBuffers(ops: readonly OperatorSpec[], operator: number): number {
  const upstream = ops[operator - 1];
  const downstream = ops[operator + 1];
  return (upstream ? upstream.parallelism * EXCLUSIVE_PER_CHANNEL : 0) + (downstream ? downstream.parallelism + 1 : 0);
}

/** Required plus the floating buffers a busy gate also holds. */
export function usedBuffers(ops: readonly OperatorSpec[], operator: number): number {
  return requiredBuffers(ops, operator) + (operator > 0 ? FLOATING_PER_GATE : 0);
}

const deployed = (t: TaskRuntime) => t.state === 'INITIALIZING' || t.state === 'RUNNING' || t.state === 'CANCELING';

/** The IOException text when the pool cannot give `task` its required buffers, else undefined. */
export function insufficientBuffers(sim: Sim, task: TaskRuntime): string | undefined {
  const jvm = sim.state.jvms[task.tm];
  const ops = sim.scenario.job.operators;
  if (!jvm) return undefined;
  const required = requiredBuffers(ops, task.operator);
  const taken = sim.state.tasks.reduce(
    (sum, t) => (t !== task && t.tm === task.tm && deployed(t) ? sum + requiredBuffers(ops, t.operator) : sum),
    0,
  );
  const total = jvm.sizing.networkSegments;
  const available = Math.max(0, total - taken);
  if (required <= available) return undefined;
  return `java.io.IOException: Insufficient number of network buffers: required ${required}, but only ${available} available. The total number of network buffers is currently set to ${total} of ${jvm.sizing.segmentSizeBytes} bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.`;
}
