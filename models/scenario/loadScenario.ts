/**
 * Reading a scenario file: YAML text → validated `Scenario`. Any problem — invalid YAML, a
 * wrong type, an unknown key, a dangling reference — becomes a `ScenarioError` listing every
 * problem with its file, line and field, e.g.
 * `direct.yaml:14: job.operators[1].kind: must be one of source, map, … (got 'mapper')`.
 */
import { isMap, isScalar, type Node } from 'yaml';
import { parseGuardedYaml } from '../yaml/guardedYaml';
import { scenarioSchema } from './scenarioSchema';
import type { Scenario } from './types';
import { loadYamlFile } from './yamlFile';

export { ScenarioError, type ScenarioIssue } from './yamlFile';

/** The scenario id: the file name without directories and without `.yaml`/`.yml`. */
export function scenarioId(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.ya?ml$/i, '');
}

/**
 * Parses and validates a scenario file. `fileName` names the file in messages and gives the id
 * (`scenarios/direct-staircase.yaml` → `direct-staircase`). Throws only `ScenarioError`.
 */
export function loadScenario(text: string, fileName: string): Scenario {
  const fields = loadYamlFile(text, fileName, scenarioSchema, 'a scenario needs at least title, duration and job');
  return { id: scenarioId(fileName), ...fields };
}

/**
 * The 1-based line of a Flink option in a scenario's `flink.config`, written flat
 * (`taskmanager.memory.process.size: 4g`) or nested (`taskmanager: { memory: … }`), for messages that
 * point at the offending key; undefined when the scenario does not set it (or the text does not parse).
 */
export function flinkConfigLine(text: string, key: string): number | undefined {
  let parsed: ReturnType<typeof parseGuardedYaml>;
  try {
    parsed = parseGuardedYaml(text);
  } catch {
    return undefined;
  }
  const { doc, lineCounter } = parsed;
  const config = doc.getIn(['flink', 'config'], true);
  const find = (node: unknown, rest: string): Node | undefined => {
    if (!isMap(node)) return undefined;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (name === rest) return pair.key;
      const deeper = rest.startsWith(`${name}.`) ? find(pair.value, rest.slice(name.length + 1)) : undefined;
      if (deeper) return deeper;
    }
    return undefined;
  };
  const found = find(config, key);
  return found?.range ? lineCounter.linePos(found.range[0]).line : undefined;
}
