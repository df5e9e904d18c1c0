/**
 * A per-restart direct leak estimated without metrics: the log shows the task's attempts failing and the first
 * `OutOfMemoryError: Direct buffer memory` at attempt n, so n opens fitted under -XX:MaxDirectMemorySize next to the
 * network buffers (allocated as direct memory when the TaskManager starts) and the (n+1)-th did not. The smallest step
 * for which that holds is (limit − network) / (n + 1); Flink's own few MiB of direct buffers make it tip over.
 */
import { stringify } from 'yaml';
import { deriveScenarioMemory } from '../engine/setup';
import type { LeakModel, RestartSchedule } from '../fit/fitParameters';
import { mib } from '../fit/fitParameters';
import type { FittedParameter } from '../fit/types';
import { loadScenario } from '../scenario/loadScenario';
import type { ObservedFailure } from './types';

export function leakFromOom(
  object: Record<string, unknown>,
  failures: readonly ObservedFailure[],
  restarts: RestartSchedule | undefined,
): { leak: LeakModel; parameter: FittedParameter } | undefined {
  const oom = failures.find((f) => f.kind === 'oom-direct' && f.process.startsWith('taskmanager-'));
  if (!oom || !restarts || restarts.restarts < 1) return undefined;
  let derived: ReturnType<typeof deriveScenarioMemory>['taskManager'];
  try {
    derived = deriveScenarioMemory(loadScenario(stringify(object), 'oom-estimate.yaml')).taskManager;
  } catch {
    return undefined;
  }
  if (!derived.ok) return undefined;
  const limit = Number(derived.taskManager.memory.jvmDirect);
  const network = derived.network.buffers * Number(derived.network.segmentSize);
  const opens = restarts.restarts + 1;
  const bytes = Math.floor((limit - network) / opens);
  if (bytes <= 0) return undefined;
  return {
    leak: { pool: 'direct', shape: 'per-restart', bytes, sinceMs: 0, process: oom.process },
    parameter: {
      name: 'leak.direct.perRestart',
      value: bytes,
      unit: 'bytes/restart',
      method: 'oom-restart-count',
      points: restarts.restarts,
      drives: 'the scenario’s leak',
      text: `direct memory of ${oom.process} grew about ${mib(bytes)} per restart (the ${mib(limit)} limit less ${mib(network)} of network buffers over the ${opens} opens until the OOM at restart ${restarts.restarts}; no metrics to fit)`,
    },
  };
}
