// Protects the editor's layout: every memory option of a process has exactly one field, with its default shown right.
import { describe, expect, it } from 'vitest';
import { parseFlinkVersion } from '../../models/config/flinkVersion';
import { editableOptions, TM, JM } from '../../models/config/options';
import { defaultText, fieldGroups } from '../../src/ui/memoryModel/fieldGroups';

describe('fieldGroups', () => {
  it.each(['taskmanager', 'jobmanager'] as const)('gives every %s option exactly one field', (process) => {
    const grouped = fieldGroups(process).flatMap((g) => g.options.map((o) => o.key));
    expect([...grouped].sort()).toEqual(
      editableOptions(process)
        .map((o) => o.key)
        .sort(),
    );
  });
});

describe('defaultText', () => {
  it('shows the version default the way Flink prints it', () => {
    expect(defaultText(TM.frameworkHeap, parseFlinkVersion('2.0'))).toBe('128 mb');
    expect(defaultText(TM.metaspace, parseFlinkVersion('1.10.0'))).toBe('96 mb');
    expect(defaultText(TM.networkMax, parseFlinkVersion('1.16'))).toBe('1 gb');
    expect(defaultText(TM.networkMax, parseFlinkVersion('1.17'))).toBe('unbounded');
    expect(defaultText(TM.managedFraction, parseFlinkVersion('2.0'))).toBe('0.4');
    expect(defaultText(TM.taskHeap, parseFlinkVersion('2.0'))).toBe('derived');
    expect(defaultText(JM.directLimit, parseFlinkVersion('2.0'))).toBe('false');
    expect(defaultText(TM.slots, parseFlinkVersion('2.0'))).toBe('1');
  });
});
