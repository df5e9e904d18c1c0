// Protects the user's own scenarios in the browser: saved, replaced, removed, and a damaged store
// or a full one handled with a message instead of a crash.
import { describe, expect, it } from 'vitest';
import { BLANK_SCENARIO, BLANK_SCENARIO_FILE } from '../../../src/sandbox/blankScenario';
import {
  choiceSource,
  listSaved,
  removeScenario,
  savedChoice,
  saveScenario,
  scenarioFileName,
  type TextStore,
} from '../../../src/sandbox/savedScenarios';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { createSetup } from '../../../models/engine/setup';

function memoryStore(initial: Record<string, string> = {}): TextStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
}

describe('saved scenarios', () => {
  it('saves, replaces and removes by file name', () => {
    const store = memoryStore();
    saveScenario(store, 'a.yaml', 'title: A');
    saveScenario(store, 'b.yaml', 'title: B');
    expect(saveScenario(store, 'a.yaml', 'title: A2')).toEqual({ 'a.yaml': 'title: A2', 'b.yaml': 'title: B' });
    expect(removeScenario(store, 'a.yaml')).toEqual({ 'b.yaml': 'title: B' });
    expect(listSaved(store)).toEqual({ 'b.yaml': 'title: B' });
  });

  it('reads a damaged store as empty and says why a full one refused', () => {
    expect(listSaved(memoryStore({ 'flink-memory-sandbox.scenarios': '{not json' }))).toEqual({});
    const full: TextStore = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveScenario(full, 'a.yaml', 'x')).toThrow(/did not keep it \(QuotaExceededError\); download the YAML instead/);
  });

  it('turns a picker choice into a scenario file: a library id or a saved one', async () => {
    const library = async (id: string) => `title: ${id}`;
    await expect(choiceSource('gc-under-load', {}, library)).resolves.toEqual({
      yamlText: 'title: gc-under-load',
      fileName: 'gc-under-load.yaml',
    });
    await expect(choiceSource(savedChoice('mine.yaml'), { 'mine.yaml': 'title: M' }, library)).resolves.toEqual({
      yamlText: 'title: M',
      fileName: 'mine.yaml',
    });
    await expect(choiceSource(savedChoice('gone.yaml'), {}, library)).rejects.toThrow('gone.yaml is no longer kept in this browser');
  });

  it('makes a file name of what the user typed', () => {
    expect(scenarioFileName(' My cluster / v2.yml ')).toBe('My-cluster-v2.yaml');
    expect(scenarioFileName('***')).toBe('scenario.yaml');
  });
});

describe('the blank cluster', () => {
  it('is a valid scenario Flink can size', () => {
    const scenario = loadScenario(BLANK_SCENARIO, BLANK_SCENARIO_FILE);
    expect(scenario.id).toBe('my-cluster');
    expect(createSetup(scenario).taskManagerSizing.processSizeBytes).toBe(1728 * 2 ** 20);
  });
});
