/**
 * Keys the user wrote that the chosen Flink version will not read the way they may expect:
 * deprecated aliases, options of another version, typos, and keys outside the memory model.
 * Nothing is dropped: every such key stays in the configuration and is reported here.
 */
import type { FlinkConfiguration } from './configuration';
import { formatFlinkVersion, type FlinkVersion } from './flinkVersion';
import { ALL_OPTIONS, optionForKey } from './options';
import type { Note } from './note';
import { isJvmOptionsKey } from './jvmCommandLine';

const MEMORY_NAMESPACES = [
  'taskmanager.memory.',
  'jobmanager.memory.',
  'taskmanager.network.memory.',
  'taskmanager.heap',
  'jobmanager.heap',
];

export function configWarnings(config: FlinkConfiguration, version: FlinkVersion): Note[] {
  const notes: Note[] = [];
  const outside: string[] = [];
  for (const key of config.keys()) {
    const def = optionForKey(key);
    if (def && !def.availableIn(version)) {
      notes.push(warn(`'${key}' is not an option of Flink ${formatFlinkVersion(version)} and has no effect there. ${def.doc}`, key));
    } else if (def && def.key !== key) {
      notes.push(warn(`Config uses deprecated configuration key '${key}' instead of proper key '${def.key}'`, key));
    } else if (!def && isMemoryNamespace(key)) {
      const suggestion = closestOptionKey(key);
      notes.push(
        warn(`Unknown memory option '${key}' is kept but has no effect.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`, key),
      );
    } else if (!def && !key.startsWith('external-resource.') && !isJvmOptionsKey(key)) {
      // env.java.*opts* reach the JVM's command line after Flink's flags (jvmCommandLine.ts shows them): not "no effect".
      outside.push(key);
    }
  }
  if (outside.length > 0) {
    notes.push({
      level: 'WARN',
      message: `Kept but not part of the memory model (no effect on sizes): ${outside.join(', ')}`,
      keys: outside,
    });
  }
  return notes;
}

/** Keys under the memory namespaces (`taskmanager.memory.`, …): an unknown one there is most likely a typo. */
export const isMemoryNamespace = (key: string): boolean => MEMORY_NAMESPACES.some((ns) => key.startsWith(ns));

const warn = (message: string, key: string): Note => ({ level: 'WARN', message, keys: [key] });

/** The known option key closest to `key` (edit distance below 4), for "did you mean". */
export function closestOptionKey(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const def of ALL_OPTIONS) {
    const d = editDistance(key, def.key);
    if (d < bestDistance) [best, bestDistance] = [def.key, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
