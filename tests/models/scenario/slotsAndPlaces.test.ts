// Protects two scenario checks: a job wider than the cluster's slots is refused with Flink's NoResourceAvailableException text at the
// operator's line, and a Flink option is found at its line in flink.config, flat or nested.
import { describe, expect, it } from 'vitest';
import { flinkConfigLine, loadScenario } from '../../../models/scenario/loadScenario';

const scenario = (config: string, taskmanagers: number, parallelism: number) =>
  `title: t
duration: 1h
flink:
  config:
${config}
cluster:
  taskmanagers: ${taskmanagers}
job:
  operators:
    - { id: s, kind: source, parallelism: 2, recordsPerSecond: 10 }
    - { id: m, kind: map, parallelism: ${parallelism} }
`;

const errorOf = (text: string) => {
  try {
    loadScenario(text, 'slots.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe('slots', () => {
  it('a job wider than taskmanagers × slots is refused at the operator, with the numbers and Flink’s text', () => {
    expect(errorOf(scenario('    taskmanager.numberOfTaskSlots: 2', 3, 7))).toBe(
      'slots.yaml:11: job.operators[1].parallelism: 7 subtasks need 7 slots but the cluster offers 6 (cluster.taskmanagers 3 × taskmanager.numberOfTaskSlots 2): Flink could not schedule the job (NoResourceAvailableException: Could not acquire the minimum required resources.)',
    );
  });

  it('exactly as many slots as the widest operator runs; the default is 1 slot per TaskManager, flat or nested', () => {
    expect(errorOf(scenario('    taskmanager.numberOfTaskSlots: 2', 3, 6))).toBeUndefined();
    expect(errorOf(scenario('    taskmanager: { numberOfTaskSlots: 4 }', 1, 4))).toBeUndefined();
    expect(errorOf(scenario('    parallelism.default: 1', 2, 3))).toMatch(
      /offers 2 \(cluster\.taskmanagers 2 × taskmanager\.numberOfTaskSlots 1\)/,
    );
  });

  it('a slot count Flink would refuse is left to the derivation (no second message here)', () => {
    expect(errorOf(scenario("    taskmanager.numberOfTaskSlots: '-1'", 1, 4))).toBeUndefined();
  });
});

describe('flinkConfigLine', () => {
  const text = scenario('    taskmanager.memory.process.size: 4g\n    taskmanager:\n      memory:\n        network.fraction: 0.2', 1, 1);
  it('finds flat and nested keys, and nothing for keys the scenario does not set', () => {
    expect(flinkConfigLine(text, 'taskmanager.memory.process.size')).toBe(5);
    expect(flinkConfigLine(text, 'taskmanager.memory.network.fraction')).toBe(8);
    expect(flinkConfigLine(text, 'taskmanager.memory.managed.size')).toBeUndefined();
    expect(flinkConfigLine('title: [', 'a')).toBeUndefined();
  });
});
