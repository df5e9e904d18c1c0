// Protects how the JVM line, dynamic properties and the container-fit numbers are taken apart for display.
import { describe, expect, it } from 'vitest';
import { deriveMemory } from '../../models/memoryModel';
import { fitBar, processSizeValue, slotShares } from '../../src/ui/memoryModel/containerFitView';
import { taskManagerTree } from '../../src/ui/memoryModel/figureLayout';
import { explainJvmArgs, networkPool, splitDynamicProperties } from '../../src/ui/memoryModel/startupView';

const r = deriveMemory({ process: 'taskmanager', entries: [{ key: 'taskmanager.memory.process.size', value: '1728m', origin: 't' }] });
if (!r.ok || r.process !== 'taskmanager') throw new Error('derivation failed');
const tm = r.taskManager;

describe('explainJvmArgs', () => {
  it('names each flag and its bytes', () => {
    expect(explainJvmArgs(tm.jvmArgs, 'taskmanager').map((f) => [f.name, f.bytes])).toEqual([
      ['-Xmx', tm.memory.jvmHeap],
      ['-Xms', tm.memory.jvmHeap],
      ['-XX:MaxDirectMemorySize', tm.memory.jvmDirect],
      ['-XX:MaxMetaspaceSize', tm.memory.jvmMetaspace],
    ]);
    expect(explainJvmArgs('-Xms1024m -Xmx1024m', 'jobmanager').map((f) => [f.name, f.bytes])).toEqual([
      ['-Xms', 1024n << 20n],
      ['-Xmx', 1024n << 20n],
    ]);
  });
});

describe('splitDynamicProperties', () => {
  it('splits one property per line and joins back to Flink’s line', () => {
    const lines = splitDynamicProperties(tm.dynamicProperties);
    expect(lines.length).toBe(13);
    expect(lines.every((l) => l.startsWith('-D '))).toBe(true);
    expect(lines.join(' ')).toBe(tm.dynamicProperties);
  });
});

describe('networkPool', () => {
  it('counts the bytes that do not fill a segment', () => {
    expect(networkPool(tm.memory.network, r.network.segmentSize, r.network.buffers)).toEqual({
      buffers: 4096,
      segmentSize: 32768n,
      network: 134217730n,
      unused: 2n,
    });
  });
});

describe('container fit view', () => {
  it('shares per slot and places the limit on the bar', () => {
    expect(slotShares(tm.memory, 4).find((s) => s.component === 'managed')?.perSlot).toBe(tm.memory.managed / 4n);
    const bar = fitBar(taskManagerTree(tm.memory), tm.memory.totalProcessMemory * 2n);
    expect(bar.limitAt).toBe(1);
    expect(bar.segments.at(-1)?.start).toBeCloseTo(0.5 - Number(tm.memory.jvmOverhead) / Number(tm.memory.totalProcessMemory * 2n), 9);
    expect(processSizeValue(3072n << 20n)).toBe('3072m');
    expect(processSizeValue(1000n)).toBe('1000b');
  });
});
