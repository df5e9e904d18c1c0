/**
 * Reading a scenario file: YAML text → validated `Scenario`. Any problem — invalid YAML, a
 * wrong type, an unknown key, a dangling reference — becomes a `ScenarioError` listing every
 * problem with its file, line and field, e.g.
 * `direct.yaml:14: job.operators[1].kind: must be one of source, map, … (got 'mapper')`.
 */
import { scenarioSchema } from './scenarioSchema';
import type { Scenario } from './types';
import { loadYamlFile } from './yamlFile';

export { formatIssue, formatPath, ScenarioError, type ScenarioIssue } from './yamlFile';

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
