// Protects edits of a scenario's text: the Flink configuration written back as flat keys in order,
// values as typed, annotations appended; the rest of the file untouched, and the result loads.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { withAnnotation, withConfigChanges, withFlinkConfig, withOverrides, withoutAnnotation } from '../../../src/sandbox/scenarioText';

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
    expect(s.flink.config).toEqual({
      'taskmanager.memory.process.size': '3g',
      'taskmanager.memory.managed.fraction': '0.1',
      'taskmanager.numberOfTaskSlots': '04',
    });
    expect(s.events).toHaveLength(1);
  });

  it('adds a flink section where there is none', () => {
    const text = withFlinkConfig('title: T\nduration: 1h\njob:\n  operators:\n    - { id: s, kind: source, parallelism: 1 }\n', [
      { key: 'taskmanager.memory.process.size', value: '2g' },
    ]);
    expect(loadScenario(text, 't.yaml').flink.config).toEqual({ 'taskmanager.memory.process.size': '2g' });
  });
});

describe('withAnnotation', () => {
  it('pins notes to moments, in a list it creates, and they load', () => {
    const once = withAnnotation(BASE, 3_600_000 + 13 * 60_000, 'the first OOM: the map in open() again');
    const twice = withAnnotation(once, 60_000, 'sink starts timing out');
    expect(twice).toContain('# keep me');
    expect(loadScenario(twice, 'mine.yaml').annotations).toEqual([
      { atMs: 3_600_000 + 13 * 60_000, text: 'the first OOM: the map in open() again' },
      { atMs: 60_000, text: 'sink starts timing out' },
    ]);
    expect(loadScenario(withoutAnnotation(twice, 0), 'mine.yaml').annotations).toEqual([{ atMs: 60_000, text: 'sink starts timing out' }]);
    expect(() => withoutAnnotation(twice, 5)).toThrow('the scenario has no annotation 6');
  });
});

describe('withOverrides', () => {
  it('writes a sizing variant into the scenario: cluster fields and Flink keys', () => {
    const text = withOverrides(
      BASE.replace(
        '    taskmanager:\n      memory:\n        process.size: 4g # nested form\n',
        '    taskmanager.memory.process.size: 4g\n',
      ),
      [
        { key: 'cluster.taskmanagers', value: '3' },
        { key: 'cluster.containerLimit', value: '5g' },
        { key: 'taskmanager.memory.process.size', value: '5g' },
        { key: 'cluster.allocator', value: 'glibc' },
        { key: 'cluster.mallocArenaMax', value: '2' },
      ],
    );
    const s = loadScenario(text, 'mine.yaml');
    expect(s.cluster.taskManagers).toBe(3);
    expect(s.cluster.taskManagerContainerLimitBytes).toBe(5 * 2 ** 30);
    expect(s.flink.config['taskmanager.memory.process.size']).toBe('5g');
    // A sizing cell on the allocator opens as a run with that allocator (cluster.allocator, cluster.mallocArenaMax).
    expect([s.cluster.allocator, s.cluster.mallocArenaMax]).toEqual(['glibc', 2]);
  });
});

describe('withConfigChanges', () => {
  it('sets a key where flink.config has it (flat or nested), adds a new one flat, and a cluster field in cluster:', () => {
    const text = withConfigChanges(`${BASE}cluster:\n  containerLimit: 4g # the pod\n`, [
      { key: 'taskmanager.memory.process.size', to: '5g' },
      { key: 'taskmanager.memory.task.off-heap.size', to: '576m' },
      { key: 'cluster.containerLimit', to: '6g' },
    ]);
    expect(text).toContain('process.size: 5g # nested form');
    expect(text).toContain('containerLimit: 6g # the pod');
    expect(text).toContain('# keep me');
    const s = loadScenario(text, 'mine.yaml');
    // Not set twice (flat beside nested), which the loader would refuse.
    expect(s.flink.config).toEqual({ 'taskmanager.memory.process.size': '5g', 'taskmanager.memory.task.off-heap.size': '576m' });
    expect(s.cluster.taskManagerContainerLimitBytes).toBe(6 * 1024 ** 3);
  });

  it('writes the allocator suggestions into cluster:, MALLOC_ARENA_MAX as the number the schema reads', () => {
    const text = withConfigChanges(`${BASE}cluster:\n  deployment: kubernetes\n`, [
      { key: 'cluster.allocator', to: 'glibc' },
      { key: 'cluster.mallocArenaMax', to: '2' },
    ]);
    expect(text).toContain('mallocArenaMax: 2\n');
    const s = loadScenario(text, 'mine.yaml');
    expect(s.flink.config['cluster.mallocArenaMax']).toBeUndefined();
    expect(s.cluster).toMatchObject({ allocator: 'glibc', mallocArenaMax: 2 });
  });

  it('creates flink.config where there is none', () => {
    const text = withConfigChanges('title: T\nduration: 1h\njob:\n  operators:\n    - { id: s, kind: source, parallelism: 1 }\n', [
      { key: 'jobmanager.memory.jvm-metaspace.size', to: '464m' },
    ]);
    expect(loadScenario(text, 't.yaml').flink.config).toEqual({ 'jobmanager.memory.jvm-metaspace.size': '464m' });
  });
});
