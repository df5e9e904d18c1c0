// Protects writing an edited Flink configuration back into a scenario: flat keys in order, values as
// typed (quoted where YAML would change them), the rest of the file untouched, and the result loads.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { withFlinkConfig } from '../../../src/sandbox/flinkConfigText';

const BASE = `# mine
title: Mine
duration: 2h
flink:
  version: "1.18"
  config:
    taskmanager:
      memory:
        process.size: 4g # nested form
job:
  operators:
    - { id: src, kind: source, parallelism: 1, recordsPerSecond: 10 }
events:
  - { at: 1h, do: force-gc } # keep me
`;

describe('withFlinkConfig', () => {
  it('replaces flink.config with flat keys and keeps the rest of the file', () => {
    const text = withFlinkConfig(BASE, [
      { key: 'taskmanager.memory.process.size', value: '3g' },
      { key: 'taskmanager.memory.managed.fraction', value: '0.1' },
      { key: 'taskmanager.numberOfTaskSlots', value: '04' },
    ]);
    expect(text).toContain('# mine');
    expect(text).toContain('# keep me');
    expect(text).toContain('version: "1.18"');
    const s = loadScenario(text, 'mine.yaml');
    expect(s.flink.config).toEqual({ 'taskmanager.memory.process.size': '3g', 'taskmanager.memory.managed.fraction': '0.1', 'taskmanager.numberOfTaskSlots': '04' });
    expect(s.events).toHaveLength(1);
  });

  it('adds a flink section where there is none', () => {
    const text = withFlinkConfig('title: T\nduration: 1h\njob:\n  operators:\n    - { id: s, kind: source, parallelism: 1 }\n', [{ key: 'taskmanager.memory.process.size', value: '2g' }]);
    expect(loadScenario(text, 't.yaml').flink.config).toEqual({ 'taskmanager.memory.process.size': '2g' });
  });
});
