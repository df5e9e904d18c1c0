// Protects the model's invariants for any input: parts add up to totals, the JVM flags follow from the parts, and arbitrary keys/values
// give a result or a named Flink error — never a raw exception, NaN or negative size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { editableOptions } from '../../models/config/options';
import { deriveMemory } from '../../models/memoryModel';
import { parseMemorySize, MemorySizeParseError, humanReadable } from '../../models/units/memorySize';

// A fixed seed: CI must not fail on a case it happened to draw today (raise numRuns to explore more).
fc.configureGlobal({ seed: 20261121 });

const MiB = 1048576n;
const sizeMb = (min: number, max: number) => fc.integer({ min, max }).map((n) => `${n}m`);
const fraction = fc.integer({ min: 0, max: 99 }).map((n) => `0.${String(n).padStart(2, '0')}`);

/** Configurations Flink usually accepts: one basis, optional fine tuning. */
const derivableTaskManager = fc.record(
  {
    'taskmanager.memory.process.size': sizeMb(1024, 65536),
    'taskmanager.memory.managed.fraction': fc.integer({ min: 0, max: 60 }).map((n) => `0.${String(n).padStart(2, '0')}`),
    'taskmanager.memory.network.fraction': fc.integer({ min: 1, max: 30 }).map((n) => `0.${String(n).padStart(2, '0')}`),
    'taskmanager.memory.task.off-heap.size': sizeMb(0, 256),
    'taskmanager.memory.jvm-metaspace.size': sizeMb(64, 512),
    'taskmanager.numberOfTaskSlots': fc.integer({ min: 1, max: 32 }).map(String),
  },
  { requiredKeys: ['taskmanager.memory.process.size'] },
);

const version = fc.constantFrom(...SELECTABLE_VERSIONS);
const entriesOf = (config: Record<string, string>) => Object.entries(config).map(([key, value]) => ({ key, value, origin: 'property' }));

describe('TaskManager invariants', () => {
  it('components add up, -Xmx is the heap parts, MaxDirectMemorySize the direct parts', () => {
    fc.assert(
      fc.property(derivableTaskManager, version, (config, v) => {
        const r = deriveMemory({ process: 'taskmanager', flinkVersion: v, entries: entriesOf(config) });
        if (!r.ok) return; // some combinations are legitimately refused; the next property covers those
        if (r.process !== 'taskmanager') throw new Error('wrong process');
        const m = r.taskManager.memory;
        expect(m.frameworkHeap + m.taskHeap + m.frameworkOffHeap + m.taskOffHeap + m.network + m.managed).toBe(m.totalFlinkMemory);
        expect(m.totalFlinkMemory + m.jvmMetaspace + m.jvmOverhead).toBe(m.totalProcessMemory);
        expect(m.jvmHeap).toBe(m.frameworkHeap + m.taskHeap);
        expect(m.jvmDirect).toBe(m.frameworkOffHeap + m.taskOffHeap + m.network);
        expect(m.totalProcessMemory).toBe(parseMemorySize(config['taskmanager.memory.process.size']));
        expect(r.taskManager.jvmArgs).toBe(
          `-Xmx${m.jvmHeap} -Xms${m.jvmHeap} -XX:MaxDirectMemorySize=${m.jvmDirect} -XX:MaxMetaspaceSize=${m.jvmMetaspace}`,
        );
        expect(BigInt(r.network.buffers)).toBe(m.network / r.network.segmentSize);
        for (const value of Object.values(m)) expect(value >= 0n).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('most default-ish process sizes of 1g and more derive', () => {
    fc.assert(
      fc.property(sizeMb(1024, 1 << 20), (size) => {
        expect(deriveMemory({ process: 'taskmanager', entries: entriesOf({ 'taskmanager.memory.process.size': size }) }).ok).toBe(true);
      }),
    );
  });
});

describe('JobManager invariants', () => {
  it('heap + off-heap = total Flink; + metaspace + overhead = total process', () => {
    fc.assert(
      fc.property(sizeMb(700, 65536), fc.option(sizeMb(16, 512), { nil: undefined }), version, (process, offHeap, v) => {
        const config: Record<string, string> = { 'jobmanager.memory.process.size': process };
        if (offHeap) config['jobmanager.memory.off-heap.size'] = offHeap;
        const r = deriveMemory({ process: 'jobmanager', flinkVersion: v, entries: entriesOf(config) });
        if (!r.ok || r.process !== 'jobmanager' || !('memory' in r.jobManager)) return;
        const m = r.jobManager.memory;
        expect(m.jvmHeap + m.offHeap).toBe(m.totalFlinkMemory);
        expect(m.totalFlinkMemory + m.jvmMetaspace + m.jvmOverhead).toBe(m.totalProcessMemory);
        expect(m.totalProcessMemory).toBe(parseMemorySize(process));
      }),
      { numRuns: 300 },
    );
  });
});

describe('arbitrary input never crashes the model', () => {
  const keys = [...editableOptions('taskmanager'), ...editableOptions('jobmanager')].map((o) => o.key);
  const anyValue = fc.oneof(
    fc.string(),
    sizeMb(0, 100000),
    fraction,
    fc.constantFrom('-1', '1.5', 'NaN', '1e400', '9223372036854775807', '8388608t', '0', 'true', ' 12 KB ', '1.5 gb', ''),
    fc.bigInt({ min: 0n, max: 1n << 64n }).map(String),
  );
  const anyConfig = fc.dictionary(
    fc.oneof(
      fc.constantFrom(...keys, 'taskmanager.network.memory.min', 'taskmanager.heap.size', 'taskmanager.network.numberOfBuffers'),
      fc.string(),
    ),
    anyValue,
    { maxKeys: 8 },
  );

  it('returns a result or a named error, with no NaN and no negative size', () => {
    fc.assert(
      fc.property(
        anyConfig,
        fc.constantFrom('taskmanager' as const, 'jobmanager' as const),
        version,
        fc.constantFrom('standalone' as const, 'yarn' as const),
        (config, process, v, deployment) => {
          const r = deriveMemory({ process, flinkVersion: v, entries: entriesOf(config), deployment });
          if (!r.ok) {
            expect(r.error.message.length).toBeGreaterThan(0);
            expect(r.error.javaClass).toMatch(/^[A-Z][A-Za-z]+(Exception|Error)$/);
            // The user's own text appears quoted ('NaN' is a fine value to quote); nothing else may be NaN or undefined.
            expect(r.error.message.replace(/'[^']*'/g, "''")).not.toMatch(/NaN|undefined|\[object/);
            return;
          }
          const memory =
            r.process === 'taskmanager'
              ? r.taskManager.memory
              : 'memory' in r.jobManager
                ? r.jobManager.memory
                : { heap: r.jobManager.jvmHeap ?? 0n };
          for (const value of Object.values(memory)) {
            expect(typeof value).toBe('bigint');
            expect(value >= 0n).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('size text parses to a non-negative exact integer or fails with MemorySizeParseError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.bigInt({ min: 0n, max: 1n << 70n }), fc.constantFrom('', 'b', ' kb', 'M', 'gibibytes', 'tb', 'x'))
            .map(([n, u]) => `${n}${u}`),
        ),
        (text) => {
          try {
            const bytes = parseMemorySize(text);
            expect(bytes >= 0n && bytes <= 9223372036854775807n).toBe(true);
            expect(humanReadable(bytes)).toMatch(/^(\d+ bytes|\d+\.\d{3}(kb|mb|gb|tb) \(\d+ bytes\))$/);
          } catch (e) {
            expect(e).toBeInstanceOf(MemorySizeParseError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

it('MiB constant sanity', () => expect(MiB).toBe(1n << 20n));
