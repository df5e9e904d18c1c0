// Protects per-version behaviour (docs/flink-memory-model.md §1, §5, §7): defaults, legacy options, message prefixes and wording, dynamic
// properties from 1.10 to 2.3, and which picker entry and note a release gets.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VERSION,
  parseFlinkVersion,
  SELECTABLE_VERSIONS,
  selectableVersion,
  UnsupportedVersionError,
  VERSION_NOTES,
} from '../../models/config/flinkVersion';
import { derive, failure, jm, MB, tm } from '../helpers/derive';

describe('defaults per version', () => {
  it('network.max: 1g until 1.16, unbounded from 1.17 (FLINK-30472) — process.size 16g', () => {
    expect(tm({ 'taskmanager.memory.process.size': '16g' }, { version: '1.16' }).taskManager.memory.network).toBe(MB(1024));
    expect(tm({ 'taskmanager.memory.process.size': '16g' }, { version: '1.17' }).taskManager.memory.network).toBe(1583769214n);
  });

  it('metaspace: 96m in 1.10.0, 256m from 1.10.1 (FLINK-16406); the shipped 1568m and 1728m both give 1280m of Flink memory', () => {
    const old = tm({ 'taskmanager.memory.process.size': '1568m' }, { version: '1.10.0' }).taskManager;
    const newer = tm({ 'taskmanager.memory.process.size': '1728m' }, { version: '1.10' }).taskManager;
    expect(old.jvmArgs).toBe('-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=100663296');
    expect(old.memory.totalFlinkMemory).toBe(newer.memory.totalFlinkMemory);
  });

  it('patch versions map to their minor line', () => {
    expect(parseFlinkVersion('1.18.1')).toEqual({ major: 1, minor: 18, patch: 1 });
    expect(tm({ 'taskmanager.memory.process.size': '16g' }, { version: '1.16.3' }).taskManager.memory.network).toBe(MB(1024));
  });

  it.each(['0.9', '1.9', '3.0', 'latest', ''])('rejects version %j with a message naming the supported range', (v) => {
    expect(() => parseFlinkVersion(v)).toThrow(UnsupportedVersionError);
  });
});

describe('error prefixes and wording', () => {
  const tooSmall = { 'taskmanager.memory.process.size': '300m' };
  it('TaskManager errors are prefixed from 1.12 on', () => {
    expect(failure('taskmanager', tooSmall, { version: '1.11' }).message).toMatch(/^Sum of configured JVM Metaspace/);
    expect(failure('taskmanager', tooSmall, { version: '1.12' }).message).toMatch(/^TaskManager memory configuration failed: Sum of/);
  });

  it('JobManager errors are prefixed in 1.12–1.20, not in 2.0', () => {
    const cfg = { 'jobmanager.memory.process.size': '300m' };
    expect(failure('jobmanager', cfg, { version: '1.11' }).message).toMatch(/^Sum of/);
    expect(failure('jobmanager', cfg, { version: '1.20' }).message).toMatch(/^JobManager memory configuration failed: Sum of/);
    expect(failure('jobmanager', cfg, { version: '2.0' }).message).toMatch(/^Sum of/);
  });

  it('1.10 names plain keys when nothing is configured', () => {
    expect(failure('taskmanager', {}, { version: '1.10' }).message).toBe(
      'Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    );
  });

  it('1.10 had no E3 guard: the subtraction itself fails', () => {
    const cfg = { 'taskmanager.memory.process.size': '1g', 'taskmanager.memory.flink.size': '1g' };
    expect(failure('taskmanager', cfg, { version: '1.10' })).toMatchObject({
      javaClass: 'IllegalArgumentException',
      message: 'bytes must be >= 0',
    });
    expect(failure('taskmanager', cfg, { version: '1.11' }).message).toMatch(/^The configured Total Process Memory size \(1024\.000mb/);
  });

  it("1.10.0's min-capping log says 'min value will be used instead' (the 'max' typo was only in pre-release snapshots)", () => {
    const notes = tm({ 'taskmanager.memory.process.size': '1728m' }, { version: '1.10.0' }).notes.map((n) => n.message);
    expect(notes.some((m) => m.endsWith('is less than its min value 192.000mb (201326592 bytes), min value will be used instead'))).toBe(
      true,
    );
  });

  it('the overhead-mismatch log wording per version', () => {
    const cfg = {
      'taskmanager.memory.process.size': '2g',
      'taskmanager.memory.flink.size': '1600m',
      'taskmanager.memory.jvm-overhead.fraction': '0.05',
    };
    const text = (v: string) =>
      tm(cfg, { version: v })
        .notes.map((n) => n.message)
        .find((m) => m.startsWith('The derived JVM Overhead size'));
    expect(text('1.11')).toMatch(/does not match the configured JVM Overhead fraction .* The derived JVM OVerhead size will be used\.$/);
    expect(text('1.12')).toMatch(/configured or default JVM Overhead fraction .* OVerhead size/);
    expect(text('1.18')).toMatch(/configured or default JVM Overhead fraction .* The derived JVM Overhead size will be used\.$/);
  });
});

describe('JobManager across versions', () => {
  it('1.10 has no JobManager model: -Xms/-Xmx in whole MiB from jobmanager.heap.size (Xms first)', () => {
    expect(jm({ 'jobmanager.heap.size': '1500m' }, { version: '1.10' }).jobManager).toMatchObject({
      mode: 'legacy-heap',
      jvmArgs: '-Xms1500m -Xmx1500m',
      jvmHeap: MB(1500),
    });
    expect(jm({ 'jobmanager.heap.size': '1073741825' }, { version: '1.10' }).jobManager.jvmArgs).toBe('-Xms1024m -Xmx1024m');
  });

  it('1.10 standalone without jobmanager.heap.size: jobmanager.heap.mb, else no heap flags at all', () => {
    expect(jm({ 'jobmanager.heap.mb': '2048' }, { version: '1.10' }).jobManager.jvmArgs).toBe('-Xms2048m -Xmx2048m');
    expect(jm({}, { version: '1.10' }).jobManager.jvmArgs).toBe('');
    expect(jm({}, { version: '1.10', deployment: 'yarn' }).jobManager.jvmArgs).toBe('-Xms1024m -Xmx1024m');
    expect(jm({ 'jobmanager.heap.size': '1g' }, { version: '1.10', env: { FLINK_JM_HEAP: '3g' } }).jobManager.jvmArgs).toBe(
      '-Xms3072m -Xmx3072m',
    );
  });

  it('FLINK-18993: 1.11.0/1.11.1 refuse heap + off-heap + flink.size even when consistent', () => {
    const cfg = { 'jobmanager.memory.flink.size': '1g', 'jobmanager.memory.heap.size': '896m', 'jobmanager.memory.off-heap.size': '128m' };
    expect(failure('jobmanager', cfg, { version: '1.11.1' }).message).toBe(
      'Sum of the configured JVM Heap Memory (896.000mb (939524096 bytes)) and the configured Off-heap Memory (1024.000mb (1073741824 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    );
    expect(jm(cfg, { version: '1.11' }).jobManager.jvmArgs).toBe('-Xmx939524096 -Xms939524096 -XX:MaxMetaspaceSize=268435456');
  });

  it('1.11 prints no JobManager dynamic properties; 1.12+ does', () => {
    expect(jm({ 'jobmanager.memory.process.size': '1600m' }, { version: '1.11' }).jobManager).toMatchObject({ dynamicProperties: '' });
    expect(jm({ 'jobmanager.memory.process.size': '1600m' }, { version: '1.12' }).jobManager).toMatchObject({
      dynamicProperties: expect.stringContaining('-D jobmanager.memory.heap.size=1073741824b'),
    });
  });
});

describe('legacy options (1.10–1.20, removed in 2.0)', () => {
  it('taskmanager.heap.size maps to flink.size for standalone, process.size for YARN/Kubernetes', () => {
    const standalone = tm({ 'taskmanager.heap.size': '2g' }, { version: '1.15' });
    expect([standalone.taskManager.mode, standalone.taskManager.memory.totalFlinkMemory]).toEqual(['total-flink', MB(2048)]);
    expect(standalone.notes.map((n) => n.message)).toContain(
      "'taskmanager.memory.flink.size' is not specified, use the configured deprecated task manager heap value (2.000gb (2147483648 bytes)) for it.",
    );
    const yarn = tm({ 'taskmanager.heap.mb': '2048' }, { version: '1.15', deployment: 'yarn' });
    expect([yarn.taskManager.mode, yarn.taskManager.memory.totalProcessMemory]).toEqual(['total-process', MB(2048)]);
  });

  it('FLINK_TM_HEAP wins over the keys; a bad one fails with the legacy-mapping prefix', () => {
    expect(
      tm({ 'taskmanager.heap.size': '2g' }, { version: '1.15', env: { FLINK_TM_HEAP: '3g' } }).taskManager.memory.totalFlinkMemory,
    ).toBe(MB(3072));
    expect(failure('taskmanager', {}, { version: '1.15', env: { FLINK_TM_HEAP: 'lots' } }).message).toBe(
      'TaskManager failed to map legacy JVM heap option to the new one: Cannot read total process memory size from environment variable value lots.',
    );
  });

  it('a negative taskmanager.heap.mb is refused', () => {
    expect(failure('taskmanager', { 'taskmanager.heap.mb': '-1' }, { version: '1.11' }).message).toBe(
      'Configured total process memory size (-1MB) must not be less than 0.',
    );
  });

  it('legacy options are ignored (with a warning) in 2.0', () => {
    const r = derive('taskmanager', { 'taskmanager.heap.size': '2g' }, { version: '2.0' });
    expect(r.ok).toBe(false);
    expect(r.notes[0]?.message).toMatch(
      /^'taskmanager.heap.size' was removed in Flink 2.0.0 \(last in 1.20.5\); Flink 2.0 does not read it/,
    );
  });

  it('jobmanager.heap.size maps to jobmanager.memory.heap.size (standalone) in 1.11–1.20', () => {
    expect(jm({ 'jobmanager.heap.size': '1g' }, { version: '1.14' }).jobManager).toMatchObject({ memory: { jvmHeap: MB(1024) } });
    expect(jm({ 'jobmanager.heap.size': '2g' }, { version: '1.14', deployment: 'kubernetes' }).jobManager).toMatchObject({
      memory: { totalProcessMemory: MB(2048) },
    });
  });

  it('taskmanager.network.numberOfBuffers sizes the network when no new network option is set', () => {
    expect(
      tm({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.numberOfBuffers': '4096' }, { version: '1.15' }).taskManager.memory
        .network,
    ).toBe(MB(128));
    expect(
      tm(
        { 'taskmanager.memory.process.size': '2g', 'taskmanager.network.numberOfBuffers': '4096', 'taskmanager.memory.network.min': '64m' },
        { version: '1.15' },
      ).taskManager.memory.network,
    ).toBe(166429984n);
    expect(
      tm({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.numberOfBuffers': '4096' }, { version: '2.0' }).taskManager.memory
        .network,
    ).toBe(166429984n);
  });

  it('with network as the rest, the legacy count must match exactly (E13)', () => {
    const e = failure(
      'taskmanager',
      {
        'taskmanager.memory.flink.size': '1280m',
        'taskmanager.memory.task.heap.size': '300m',
        'taskmanager.network.numberOfBuffers': '100',
      },
      { version: '1.15' },
    );
    expect(e.causes.at(-1)).toMatch(
      /^IllegalConfigurationException: Derived Network Memory size \(.*\) does not match configured Network Memory size \(3\.125mb \(3276800 bytes\)\)\.$/,
    );
  });
});

describe('dynamic properties (docs/flink-memory-model.md §6)', () => {
  const cfg = { 'taskmanager.memory.process.size': '1728m' };
  it('1.11/1.12: eight keys in Java HashMap order, 1.10 and 1.11 with a trailing space', () => {
    const order = (v: string) =>
      tm(cfg, { version: v })
        .taskManager.dynamicProperties.split('-D ')
        .filter(Boolean)
        .map((p) => p.split('=')[0]);
    const expected = [
      'taskmanager.memory.framework.off-heap.size',
      'taskmanager.memory.network.max',
      'taskmanager.memory.network.min',
      'taskmanager.memory.framework.heap.size',
      'taskmanager.memory.managed.size',
      'taskmanager.cpu.cores',
      'taskmanager.memory.task.heap.size',
      'taskmanager.memory.task.off-heap.size',
    ];
    expect(order('1.12')).toEqual(expected);
    expect(tm(cfg, { version: '1.10' }).taskManager.dynamicProperties.endsWith('b ')).toBe(true);
    expect(tm(cfg, { version: '1.12' }).taskManager.dynamicProperties.endsWith('b')).toBe(true);
  });

  it('external resources: quoted list from 1.15, amounts added', () => {
    const withGpu = { ...cfg, 'external-resources': 'gpu;fpga', 'external-resource.gpu.amount': '2', 'external-resource.fpga.amount': '1' };
    expect(tm(withGpu, { version: '1.14' }).taskManager.dynamicProperties).toContain('-D external-resources=gpu;fpga');
    expect(tm(withGpu, { version: '1.15' }).taskManager.dynamicProperties).toContain('-D external-resources="gpu;fpga"');
    expect(tm(withGpu, { version: '1.15' }).taskManager.dynamicProperties).toContain('-D external-resource.gpu.amount=2');
  });

  it('CPU cores fall back to the slot count, printed as a Java double', () => {
    expect(tm({ ...cfg, 'taskmanager.numberOfTaskSlots': '4' }).taskManager.dynamicProperties).toContain('-D taskmanager.cpu.cores=4.0');
    expect(tm({ ...cfg, 'taskmanager.cpu.cores': '2.5' }).taskManager.dynamicProperties).toContain('-D taskmanager.cpu.cores=2.5');
  });
});

describe('selectableVersion', () => {
  const pick = (t: string) => selectableVersion(parseFlinkVersion(t));
  it('picks the entry whose behaviour band holds a version', () => {
    expect(['1.18', '1.18.1', '1.11.0', '1.11.1', '1.11.3', '1.10.0', '1.10.2', '2.0.1'].map(pick)).toEqual([
      '1.18',
      '1.18',
      '1.11.1',
      '1.11.1',
      '1.11',
      '1.10.0',
      '1.10',
      '2.0',
    ]);
  });

  it('2.1, 2.2 and 2.3 are entries of their own (each patch release the oracle ran maps to its minor), not 2.0', () => {
    expect(['2.1', '2.1.0', '2.1.3', '2.2', '2.2.1', '2.3', '2.3.0'].map(pick)).toEqual(['2.1', '2.1', '2.1', '2.2', '2.2', '2.3', '2.3']);
    expect(parseFlinkVersion('2.3.0')).toEqual({ major: 2, minor: 3, patch: 0 });
    expect(parseFlinkVersion('2.2.1-SNAPSHOT')).toEqual({ major: 2, minor: 2, patch: 1 });
  });

  it('a 2.x newer than 2.3 maps to 2.3 and its derivation says it was not checked; 2.1–2.3 get no such note', () => {
    expect(pick('2.4.0')).toBe('2.3');
    const note = (v: string) =>
      derive('taskmanager', { 'taskmanager.memory.process.size': '4g' }, { version: v }).notes.map((n) => n.message);
    expect(note('2.4')).toContain("Flink 2.4 is derived with the 2.3 rules: releases after 2.3 were not checked against Flink's code.");
    for (const v of ['2.1', '2.2.1', '2.3']) expect(note(v).join('\n')).not.toMatch(/derived with the .* rules/);
  });

  it('the picker lists 2.3, 2.2, 2.1 first (newest first), each with a note; the default is the newest checked release', () => {
    expect(SELECTABLE_VERSIONS.slice(0, 4)).toEqual(['2.3', '2.2', '2.1', '2.0']);
    expect(DEFAULT_VERSION).toBe('2.3');
    for (const v of ['2.1', '2.2', '2.3']) expect(VERSION_NOTES[v]).toMatch(/as 2\.0/);
  });

  it('2.1–2.3 derive as 2.0 (the oracle found no difference in their classes): one configuration, four releases', () => {
    const cfg = { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '2' };
    const of = (v: string) => tm(cfg, { version: v }).taskManager;
    for (const v of ['2.1', '2.2', '2.3']) {
      expect(of(v).jvmArgs).toBe(of('2.0').jvmArgs);
      expect(of(v).dynamicProperties).toBe(of('2.0').dynamicProperties);
    }
    expect(derive('taskmanager', cfg, { version: '2.3' }).flinkVersion).toBe('2.3');
  });
});
