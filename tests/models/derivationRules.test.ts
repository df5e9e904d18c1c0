// Protects the derivation rules of docs/flink-memory-model.md §3–§5 and §9 that the reference vectors do not pin: worked
// examples, docs examples (following the code where they disagree), evaluation order and every error of
// docs/flink-memory-model.md §8.
import { describe, expect, it } from 'vitest';
import { failure, jm, MB, tm } from '../helpers/derive';

describe('worked examples (docs/flink-memory-model.md §4.8, §5)', () => {
  it('taskmanager.memory.process.size 2g', () => {
    const m = tm({ 'taskmanager.memory.process.size': '2g' }).taskManager.memory;
    expect([m.jvmOverhead, m.totalFlinkMemory, m.managed, m.network, m.taskHeap]).toEqual([
      214748368n,
      1664299824n,
      665719939n,
      166429984n,
      563714445n,
    ]);
  });

  it('jobmanager.memory.process.size 1600m: overhead raised to its 192m minimum', () => {
    const r = jm({ 'jobmanager.memory.process.size': '1600m' });
    expect(r.jobManager.jvmArgs).toBe('-Xmx1073741824 -Xms1073741824 -XX:MaxMetaspaceSize=268435456');
    expect(r.notes.map((n) => n.message)).toContain(
      'The derived from fraction jvm overhead memory (160.000mb (167772162 bytes)) is less than its min value 192.000mb (201326592 bytes), min value will be used instead',
    );
  });
});

describe('docs examples vs code (docs/flink-memory-model.md §9)', () => {
  it('mem_setup.md capped fractionated components: process 1000m, overhead [64m,128m] → 104857601 (float fraction adds a byte)', () => {
    const m = tm({
      'taskmanager.memory.process.size': '1000m',
      'taskmanager.memory.jvm-overhead.min': '64m',
      'taskmanager.memory.jvm-overhead.max': '128m',
    }).taskManager.memory;
    expect(m.jvmOverhead).toBe(104857601n);
  });

  it('mem_setup.md: overhead [128m,256m] → the 128m minimum', () => {
    const m = tm({
      'taskmanager.memory.process.size': '1000m',
      'taskmanager.memory.jvm-overhead.min': '128m',
      'taskmanager.memory.jvm-overhead.max': '256m',
    }).taskManager.memory;
    expect(m.jvmOverhead).toBe(MB(128));
  });

  it('mem_setup.md third example: task heap alone does not make overhead the rest; network as the rest fails (E10 ← E11)', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.process.size': '1000m',
      'taskmanager.memory.task.heap.size': '100m',
      'taskmanager.memory.jvm-overhead.min': '64m',
      'taskmanager.memory.jvm-overhead.max': '256m',
    });
    expect(e.message).toMatch(
      /^TaskManager memory configuration failed: If Total Flink, Task Heap and \(or\) Managed Memory sizes are explicitly configured/,
    );
    expect(e.causes.at(-1)).toBe(
      'IllegalConfigurationException: Derived Network Memory size (30.400mb (31876706 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 8388608.000tb (9223372036854775807 bytes)].',
    );
  });

  it('the JobManager analogue (heap 100m) does take overhead as the rest, and fails with E4', () => {
    const e = failure('jobmanager', {
      'jobmanager.memory.process.size': '1000m',
      'jobmanager.memory.heap.size': '100m',
      'jobmanager.memory.jvm-overhead.min': '64m',
      'jobmanager.memory.jvm-overhead.max': '256m',
    });
    expect(e.message).toBe(
      'Derived JVM Overhead size (516.000mb (541065216 bytes)) is not in configured JVM Overhead range [64.000mb (67108864 bytes), 256.000mb (268435456 bytes)].',
    );
  });

  it('1.10 docs network example: task heap 100m with flink 1000m, network [64m,256m] → network is the rest 255852538, managed 419430406', () => {
    const m = tm(
      {
        'taskmanager.memory.flink.size': '1000m',
        'taskmanager.memory.task.heap.size': '100m',
        'taskmanager.memory.network.min': '64m',
        'taskmanager.memory.network.max': '256m',
      },
      { version: '1.10' },
    ).taskManager.memory;
    expect([m.network, m.managed]).toEqual([255852538n, 419430406n]);
  });

  it.each([
    ['64m', '128m', 104857601n],
    ['128m', '256m', MB(128)],
  ])('1.10 docs: flink 1000m, network [%s, %s] & 0.1 → %s', (min, max, network) => {
    const m = tm(
      { 'taskmanager.memory.flink.size': '1000m', 'taskmanager.memory.network.min': min, 'taskmanager.memory.network.max': max },
      { version: '1.10' },
    ).taskManager.memory;
    expect(m.network).toBe(network);
  });
});

describe('float fractions and truncation (docs/flink-memory-model.md §3)', () => {
  it('1280m × 0.4 = 536870920, not 536870912 (the fraction is binary32 0.4000000059604645)', () => {
    expect(tm({ 'taskmanager.memory.flink.size': '1280m' }).taskManager.memory.managed).toBe(536870920n);
  });

  it('a fraction written as 4e-1 or .4f is the same float', () => {
    for (const text of ['4e-1', '.4f', ' 0.4 ']) {
      expect(tm({ 'taskmanager.memory.flink.size': '1280m', 'taskmanager.memory.managed.fraction': text }).taskManager.memory.managed).toBe(
        536870920n,
      );
    }
  });

  it('the inverse fraction makes network ≈ 10% of the resulting total Flink memory (fine-grained)', () => {
    const m = tm({ 'taskmanager.memory.task.heap.size': '1g', 'taskmanager.memory.managed.size': '1g' }).taskManager.memory;
    const others = MB(128) * 2n + MB(1024) * 2n;
    expect(m.network).toBe((others * 11111111295076065n) / 100000000000000000n);
  });
});

describe('evaluation order decides which error is raised (docs/flink-memory-model.md §4.7)', () => {
  it('process 200m, metaspace 100m, flink 150m: the Flink-internal E9 comes before E3', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.process.size': '200m',
      'taskmanager.memory.jvm-metaspace.size': '100m',
      'taskmanager.memory.flink.size': '150m',
    });
    expect(e.message).toBe(
      'TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (60.000mb (62914560 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (150.000mb (157286400 bytes)).',
    );
  });

  it('flink.size + task heap + an invalid network range reports the E10 wrapper around E7', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.flink.size': '1280m',
      'taskmanager.memory.task.heap.size': '100m',
      'taskmanager.memory.network.min': '500m',
      'taskmanager.memory.network.max': '100m',
    });
    expect(e.message).toContain('but the derived Network Memory is inconsistent with its configuration.');
    expect(
      e.causes.some((c) =>
        c.startsWith("IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.network.fraction'"),
      ),
    ).toBe(true);
  });

  it('mode 3 validates the overhead range before the managed fraction', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.process.size': '1g',
      'taskmanager.memory.jvm-overhead.fraction': '1',
      'taskmanager.memory.managed.fraction': '2',
    });
    expect(e.message).toContain("Key: 'taskmanager.memory.jvm-overhead.fraction'");
  });

  it('in mode 2 the managed fraction is validated before the network range', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.flink.size': '1g',
      'taskmanager.memory.managed.fraction': '-1',
      'taskmanager.memory.network.fraction': '-1',
    });
    expect(e.message).toContain("Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-1.0)");
  });
});

describe('the error catalogue (docs/flink-memory-model.md §8)', () => {
  it('E1 names the options with their descriptions', () => {
    expect(failure('taskmanager', {}).message).toBe(
      "TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    );
    expect(failure('jobmanager', {}).message).toBe(
      "Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    );
  });

  it('E2: metaspace + overhead above the process size', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '300m' });
    expect(e.message).toBe(
      'TaskManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (300.000mb (314572800 bytes)).',
    );
    expect(e.keys).toContain('taskmanager.memory.jvm-metaspace.size');
  });

  it('E4: overhead as the rest outside its range', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '4g', 'taskmanager.memory.flink.size': '2g' });
    expect(e.message).toBe(
      'TaskManager memory configuration failed: Derived JVM Overhead size (1.750gb (1879048192 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 1024.000mb (1073741824 bytes)].',
    );
  });

  it('E6: an unparsable size names the option, with the parse failure as cause', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '4 gigs' });
    expect(e.message).toBe(
      "TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'.",
    );
    expect(e.causes.slice(1)).toEqual([
      "IllegalArgumentException: Could not parse value '4 gigs' for key 'taskmanager.memory.process.size'.",
      "IllegalArgumentException: Memory size unit 'gigs' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
    ]);
    expect(e.keys).toEqual(['taskmanager.memory.process.size']);
  });

  it('a bad fraction string is a plain IllegalArgumentException, not wrapped or prefixed', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '4g', 'taskmanager.memory.network.fraction': 'ten percent' });
    expect(e.javaClass).toBe('IllegalArgumentException');
    expect(e.message).toBe("Could not parse value 'ten percent' for key 'taskmanager.memory.network.fraction'.");
  });

  it('E8: fine-grained parts above flink.size', () => {
    const e = failure('taskmanager', {
      'taskmanager.memory.flink.size': '1g',
      'taskmanager.memory.task.heap.size': '1g',
      'taskmanager.memory.managed.size': '1g',
    });
    expect(e.message).toBe(
      'TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (1024.000mb (1073741824 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (1024.000mb (1073741824 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)).',
    );
  });

  it('E14/E15/E16 of the JobManager', () => {
    expect(failure('jobmanager', { 'jobmanager.memory.flink.size': '1g', 'jobmanager.memory.heap.size': '2g' }).message).toBe(
      'The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    );
    expect(failure('jobmanager', { 'jobmanager.memory.flink.size': '128m' }).message).toBe(
      'The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    );
  });

  it('E17: non-positive CPU cores, checked after the memory', () => {
    expect(failure('taskmanager', { 'taskmanager.memory.process.size': '2g', 'taskmanager.cpu.cores': '0' }).message).toBe(
      'TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
    );
  });

  it.each([
    ['2k', 'Invalid configuration value for taskmanager.memory.segment-size : 2048 - Minimum memory segment size is 4096'],
    ['48k', 'Invalid configuration value for taskmanager.memory.segment-size : 49152 - Memory segment size must be a power of 2.'],
  ])('E18: segment size %s fails at TaskManager start-up', (segment, message) => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.segment-size': segment });
    expect([e.message, e.stage]).toEqual([message, 'startup']);
  });

  it('E19: more buffers than MAX_INT', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.process.size': '1000t', 'taskmanager.memory.segment-size': '4k' });
    expect(e.message).toMatch(/^The given number of memory bytes \(\d+\) corresponds to more than MAX_INT pages\.$/);
  });

  it('sums beyond 2^63−1 fail with "long overflow", never a wrong number', () => {
    const e = failure('taskmanager', { 'taskmanager.memory.task.heap.size': '8000000t', 'taskmanager.memory.managed.size': '8000000t' });
    expect([e.javaClass, e.message]).toEqual(['ArithmeticException', 'long overflow']);
  });
});

describe('results (docs/flink-memory-model.md §4.6, §6)', () => {
  it('the JobManager gets -XX:MaxDirectMemorySize only with the limit enabled', () => {
    expect(jm({ 'jobmanager.memory.process.size': '1600m' }).jobManager.jvmArgs).not.toContain('MaxDirectMemorySize');
    expect(
      jm({ 'jobmanager.memory.process.size': '1600m', 'jobmanager.memory.enable-jvm-direct-memory-limit': 'TRUE' }).jobManager.jvmArgs,
    ).toContain('-XX:MaxDirectMemorySize=134217728');
  });

  it('JobManager dynamic properties in Java HashMap order', () => {
    expect(jm({ 'jobmanager.memory.process.size': '1600m' }).jobManager).toMatchObject({
      dynamicProperties:
        '-D jobmanager.memory.off-heap.size=134217728b -D jobmanager.memory.jvm-overhead.min=201326592b -D jobmanager.memory.jvm-metaspace.size=268435456b -D jobmanager.memory.heap.size=1073741824b -D jobmanager.memory.jvm-overhead.max=201326592b',
    });
  });

  it('the JobManager warns below the recommended 128m heap', () => {
    const r = jm({ 'jobmanager.memory.flink.size': '200m' });
    expect(r.notes).toContainEqual({
      level: 'WARN',
      keys: ['jobmanager.memory.heap.size'],
      message:
        'The configured or derived JVM heap memory size (72.000mb (75497472 bytes)) is less than its recommended minimum value (128.000mb (134217728 bytes))',
    });
  });

  it('the JobManager logs that a derived off-heap ignores the default', () => {
    const r = jm({ 'jobmanager.memory.flink.size': '1g', 'jobmanager.memory.heap.size': '800m' });
    expect(r.jobManager.jvmArgs).toBe('-Xmx838860800 -Xms838860800 -XX:MaxMetaspaceSize=268435456');
    expect(r.notes.map((n) => n.message)).toContain(
      'The Off-Heap Memory size (224.000mb (234881024 bytes)) is derived the configured Total Flink Memory size (1024.000mb (1073741824 bytes)) minus the configured JVM Heap Memory size (800.000mb (838860800 bytes)). The default Off-Heap Memory size (128.000mb (134217728 bytes)) is ignored.',
    );
  });

  it('network as the rest with an explicit fraction logs the mismatch', () => {
    const r = tm({
      'taskmanager.memory.flink.size': '1280m',
      'taskmanager.memory.task.heap.size': '300m',
      'taskmanager.memory.network.fraction': '0.2',
    });
    expect(
      r.notes.some((n) => n.message.startsWith('The derived Network Memory size (') && n.message.includes('(0.20000000298023224)')),
    ).toBe(true);
  });
});
