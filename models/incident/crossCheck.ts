/**
 * The log's JVM limits next to what the scenario's configuration derives (models/derivation through the engine's
 * setup): a difference is named, with its likely causes (an -XX flag in env.java.opts, another Flink version's rules).
 * Flink passes the derived limits as -Xmx/-Xms, -XX:MaxDirectMemorySize and -XX:MaxMetaspaceSize
 * (flink-runtime/src/main/java/org/apache/flink/runtime/util/bash/BashJavaUtils.java, ProcessMemoryUtils.generateJvmParametersStr).
 */
import type { FlinkLogReading } from '../artefacts/flinkLogTypes';
import type { Note } from '../config/note';
import { deriveScenarioMemory } from '../engine/setup';
import { mib } from '../fit/fitParameters';
import type { Scenario } from '../scenario/types';

const FLAGS = [
  { flag: '-Xmx', pattern: /^-Xmx(\d+)([kKmMgG]?)$/, pick: 'jvmHeap', key: 'taskmanager.memory.task.heap.size' },
  {
    flag: '-XX:MaxDirectMemorySize=',
    pattern: /^-XX:MaxDirectMemorySize=(\d+)([kKmMgG]?)$/,
    pick: 'jvmDirect',
    key: 'taskmanager.memory.task.off-heap.size',
  },
  {
    flag: '-XX:MaxMetaspaceSize=',
    pattern: /^-XX:MaxMetaspaceSize=(\d+)([kKmMgG]?)$/,
    pick: 'jvmMetaspace',
    key: 'taskmanager.memory.jvm-metaspace.size',
  },
] as const;

const UNIT: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1_048_576, g: 1_073_741_824 };

/** The last value of a JVM flag among the options (the JVM takes the last). */
function flagBytes(options: readonly string[], pattern: RegExp): number | undefined {
  let found: number | undefined;
  for (const o of options) {
    const m = pattern.exec(o);
    if (m) found = Number(m[1]) * (UNIT[(m[2] ?? '').toLowerCase()] ?? 1);
  }
  return found;
}

export function crossCheck(scenario: Scenario, log: FlinkLogReading | undefined, logFile: string): Note[] {
  if (log?.process !== 'taskmanager') return [];
  const options = [...(log.banner?.jvmOptions ?? []), ...log.jvmParams];
  let derived: ReturnType<typeof deriveScenarioMemory>;
  try {
    derived = deriveScenarioMemory(scenario);
  } catch (error) {
    return [
      { level: 'WARN', message: `this configuration does not derive: ${error instanceof Error ? error.message : String(error)}`, keys: [] },
    ];
  }
  if (!derived.taskManager.ok) return [];
  const memory = derived.taskManager.taskManager.memory as unknown as Record<string, bigint>;
  const notes: Note[] = [];
  for (const f of FLAGS) {
    const shown = flagBytes(options, f.pattern);
    const want = memory[f.pick];
    if (shown === undefined || want === undefined) continue;
    const printed = `${f.flag}${shown}`;
    if (BigInt(shown) === want)
      notes.push({
        level: 'INFO',
        message: `${logFile}: ${printed} (${mib(shown)}) agrees with this configuration's derivation`,
        keys: [f.key],
      });
    else
      notes.push({
        level: 'WARN',
        message: `the log shows ${printed} (${mib(shown)}) but this configuration derives ${mib(Number(want))}: an env.java.opts flag or another version (the scenario uses Flink ${scenario.flink.version})?`,
        keys: [f.key],
      });
  }
  return notes;
}
