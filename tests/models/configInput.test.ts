// Protects configuration input: flat flink-conf.yaml, nested config.yaml, -D overrides, deprecated aliases, and that unknown keys are kept
// and reported, never dropped.
import { describe, expect, it } from 'vitest';
import { ConfigFileError, parseConfigFile, parseDynamicProperty } from '../../models/config/configFiles';
import { deriveMemory } from '../../models/memoryModel';
import { derive, MB, tm } from '../helpers/derive';

const FLAT = `# Flink 1.x style
jobmanager.rpc.address: localhost
taskmanager.memory.process.size: 1728m
taskmanager.numberOfTaskSlots: 4
taskmanager.memory.network.fraction: 0.15   # a comment
`;

const NESTED = `taskmanager:
  numberOfTaskSlots: 4
  memory:
    process:
      size: 1728m
    network:
      fraction: 0.15
jobmanager:
  rpc:
    address: localhost
`;

describe('config files', () => {
  it('a flat flink-conf.yaml and a nested config.yaml give the same configuration', () => {
    const strip = (text: string, name: string) => parseConfigFile(text, name).entries.map(({ key, value }) => [key, value]);
    expect(new Set(strip(NESTED, 'config.yaml').map(String))).toEqual(new Set(strip(FLAT, 'flink-conf.yaml').map(String)));
  });

  it('keeps the text as typed (no YAML number conversion) and records file:line', () => {
    const { entries } = parseConfigFile('taskmanager.memory.managed.fraction: 0.40\ntaskmanager.memory.process.size: 0x10\n', 'conf.yaml');
    expect(entries).toEqual([
      { key: 'taskmanager.memory.managed.fraction', value: '0.40', origin: 'conf.yaml:1' },
      { key: 'taskmanager.memory.process.size', value: '0x10', origin: 'conf.yaml:2' },
    ]);
  });

  it('invalid YAML names the file and line', () => {
    expect(() => parseConfigFile('a: 1\nb: [unclosed\n', 'flink-conf.yaml')).toThrow(ConfigFileError);
    expect(() => parseConfigFile('a: 1\nb: [unclosed\n', 'flink-conf.yaml')).toThrow(/^flink-conf\.yaml:\d+: not valid YAML/);
    expect(() => parseConfigFile('- just\n- a list\n', 'x.yaml')).toThrow(
      'x.yaml:1: a Flink configuration must be a map of keys to values.',
    );
  });

  it('duplicates and empty values are reported, the later value wins', () => {
    const parsed = parseConfigFile('k: 1\nempty:\nk: 2\n', 'f.yaml');
    expect(parsed.entries.map((e) => e.value)).toEqual(['1', '2']);
    expect(parsed.warnings).toEqual([
      "f.yaml:2: 'empty' has no value and is ignored, as Flink ignores it.",
      "f.yaml:3: 'k' is set again (first on line 1); the later value wins.",
    ]);
  });

  it('-D key=value splits at the first =', () => {
    expect(parseDynamicProperty('env.java.opts=-Da=b')).toEqual({ key: 'env.java.opts', value: '-Da=b', origin: '-D' });
    expect(() => parseDynamicProperty('novalue')).toThrow(/key=value/);
  });

  it('a -D override beats the file', () => {
    const entries = [...parseConfigFile(FLAT).entries, parseDynamicProperty('taskmanager.memory.process.size=2g')];
    const r = deriveMemory({ process: 'taskmanager', entries });
    expect(r.ok && r.process === 'taskmanager' && r.taskManager.memory.totalProcessMemory).toBe(MB(2048));
  });
});

describe('keys the model does not use', () => {
  it("deprecated aliases are read, with Flink's deprecation warning", () => {
    const r = tm({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.memory.min': '300m', 'taskmanager.memory.size': '100m' });
    expect(r.taskManager.memory.network).toBe(MB(300));
    expect(r.taskManager.memory.managed).toBe(MB(100));
    expect(r.notes.map((n) => n.message)).toContain(
      "Config uses deprecated configuration key 'taskmanager.network.memory.min' instead of proper key 'taskmanager.memory.network.min'",
    );
  });

  it('the main key wins over its alias', () => {
    expect(
      tm({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.memory.min': '300m', 'taskmanager.memory.network.min': '200m' })
        .taskManager.memory.network,
    ).toBe(MB(200));
  });

  it('a typo in a memory key is kept, warned about, with a suggestion', () => {
    const r = derive('taskmanager', { 'taskmanager.memory.proces.size': '2g' });
    expect(r.ok).toBe(false);
    expect(r.notes[0]).toEqual({
      level: 'WARN',
      keys: ['taskmanager.memory.proces.size'],
      message:
        "Unknown memory option 'taskmanager.memory.proces.size' is kept but has no effect. Did you mean 'taskmanager.memory.process.size'?",
    });
    expect(r.config.raw('taskmanager.memory.proces.size')?.value).toBe('2g');
  });

  it('keys outside the memory model are listed once', () => {
    const r = tm({ 'taskmanager.memory.process.size': '2g', 'jobmanager.rpc.address': 'jm', 'state.backend.type': 'rocksdb' });
    expect(r.notes[0]?.message).toBe('Kept, not part of the memory model (no effect on sizes): jobmanager.rpc.address, state.backend.type');
  });

  it('JobManager options in 1.10 are reported as not existing there, with the release that has them', () => {
    const r = derive('jobmanager', { 'jobmanager.memory.process.size': '2g' }, { version: '1.10' });
    expect(r.notes[0]?.message).toMatch(
      /^'jobmanager.memory.process.size' is an option of Flink 1.11.0 and later; Flink 1.10 does not read it/,
    );
  });
});
