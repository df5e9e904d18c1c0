// Protects the editor's handling of configuration entries: nothing the user gave is dropped or misfiled.
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../../models/config/configFiles';
import { parseFlinkVersion } from '../../models/config/flinkVersion';
import { JM, TM } from '../../models/config/options';
import {
  fieldKeyFor,
  fieldSource,
  otherKeys,
  removeEntry,
  setEntry,
  toFlinkConf,
  uniqueEntries,
  visibleOptions,
} from '../../src/ui/memoryModel/configEntries';

const e = (key: string, value: string, origin = 'test') => ({ key, value, origin });

describe('setEntry / removeEntry / uniqueEntries', () => {
  it('updates a key in place and appends a new one', () => {
    const entries = [e('a', '1'), e('b', '2')];
    expect(setEntry(entries, 'a', '9', 'editor')).toEqual([e('a', '9', 'editor'), e('b', '2')]);
    expect(setEntry(entries, 'c', '3', 'editor')).toEqual([...entries, e('c', '3', 'editor')]);
    expect(removeEntry(entries, 'a')).toEqual([e('b', '2')]);
  });

  it('keeps the later of repeated keys, as Flink does', () => {
    expect(uniqueEntries([e('a', '1'), e('b', '2'), e('a', '3')])).toEqual([e('b', '2'), e('a', '3')]);
  });
});

describe('fieldSource', () => {
  it('tells explicit, deprecated-key and default values apart', () => {
    expect(fieldSource(TM.networkMin, [e(TM.networkMin.key, '64m')]).kind).toBe('explicit');
    expect(fieldSource(TM.networkMin, [e('taskmanager.network.memory.min', '64m')])).toEqual({
      kind: 'deprecated',
      entry: e('taskmanager.network.memory.min', '64m'),
    });
    expect(fieldSource(TM.networkMin, []).kind).toBe('default');
  });
});

describe('visibleOptions', () => {
  it('hides options the version does not have unless they are set', () => {
    const v2 = parseFlinkVersion('2.0');
    expect(visibleOptions('taskmanager', v2, []).map((d) => d.key)).not.toContain(TM.legacyHeapSize.key);
    expect(visibleOptions('taskmanager', v2, [e(TM.legacyHeapSize.key, '1g')]).map((d) => d.key)).toContain(TM.legacyHeapSize.key);
    expect(visibleOptions('jobmanager', parseFlinkVersion('1.10'), []).map((d) => d.key)).toEqual([
      JM.legacyHeapSize.key,
      JM.legacyHeapMb.key,
    ]);
  });
});

describe('otherKeys', () => {
  it('lists every entry without a field, classified', () => {
    const entries = [
      e(TM.processSize.key, '4g'),
      e('taskmanager.network.memory.min', '64m'),
      e(JM.processSize.key, '1600m'),
      e('taskmanager.network.memory.buffers-per-channel', '2'),
      e('parallelism.default', '4'),
      e('parallelism.defualt', '4'),
    ];
    const fields = visibleOptions('taskmanager', parseFlinkVersion('1.18'), entries);
    expect(otherKeys('taskmanager', fields, entries).map((o) => [o.entry.key, o.kind])).toEqual([
      ['taskmanager.network.memory.min', 'deprecated'],
      [JM.processSize.key, 'other-process'],
      ['taskmanager.network.memory.buffers-per-channel', 'informational'],
      // a key Flink declares (CoreOptions) is known though outside the memory model; a typo is not
      ['parallelism.default', 'informational'],
      ['parallelism.defualt', 'unknown'],
    ]);
    expect(fieldKeyFor('taskmanager.network.memory.min', fields)).toBe(TM.networkMin.key);
  });
});

describe('toFlinkConf', () => {
  it('writes a file that parses back to the same entries', () => {
    const entries = [e('a.b', '4g'), e('quoted', ': tricky # value'), e('empty', ''), e('list', 'gpu;fpga')];
    const parsed = parseConfigFile(toFlinkConf(entries), 'x.yaml');
    expect(parsed.entries.map(({ key, value }) => [key, value])).toEqual(
      entries.filter((x) => x.value !== '').map(({ key, value }) => [key, value]),
    );
  });
});
