// Protects the memory model against the concrete assertions of Flink's own tests (TaskExecutorProcessUtilsTest, ProcessMemoryUtilsTestBase,
// JobManagerProcessUtilsTest) and memory docs, replayed for every Flink version each applies to.
//
// Data: tests/fixtures/flink-test-vectors.json. Each vector carries the configuration of one Flink test case
// (one base configuration of validateInAllConfigurations × the test's custom options), the versions it holds for,
// and what Flink asserts: exact bytes (`expect`, computed by hand from docs/flink-memory-model.md, arithmetic in the
// vector), the test's own relation (`expectRelation`: "network == totalFlink.multiply(0.2f)", "within [min, max]"),
// or the failure (`expectError`: unprefixed message, substrings, "Caused by" substrings). Vectors already in
// flink-memory-examples.json are not repeated here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMemory, type DeriveResult } from '../../models/memoryModel';

type Relation =
  | { kind: 'equals'; field: string; bytes: string }
  | { kind: 'within'; field: string; min: string; max: string }
  | { kind: 'fraction'; field: string; of: string; fraction: string }
  | { kind: 'number'; field: string; value: number }
  | { kind: 'contains'; field: string; text: string };

interface Vector {
  id: string;
  source: string;
  sourceRef: string;
  process: 'taskmanager' | 'jobmanager';
  keys: string[];
  flinkVersion: string[];
  deployment?: 'standalone' | 'yarn' | 'kubernetes';
  env?: Record<string, string>;
  config: Record<string, string>;
  expect?: Record<string, string | number>;
  expectRelation?: Relation[];
  expectError?: { javaClass: string; message?: string; contains: string[]; causeContains?: string[] };
  expectNotes?: string[];
  note?: string;
  arithmetic?: string;
}

const vectors: Vector[] = JSON.parse(readFileSync(new URL('../fixtures/flink-test-vectors.json', import.meta.url), 'utf8'));

function derive(v: Vector, version: string): DeriveResult {
  const entries = Object.entries(v.config).map(([key, value]) => ({ key, value, origin: v.id }));
  return deriveMemory({
    process: v.process,
    flinkVersion: version,
    entries,
    ...(v.deployment ? { deployment: v.deployment } : {}),
    ...(v.env ? { env: v.env } : {}),
  });
}

const minor = (version: string) => {
  const [major = 0, min = 0] = version.split('.').map(Number);
  return major * 100 + min;
};

/** docs/flink-memory-model.md §7.3/§8: TaskManager errors are prefixed from 1.12 on, JobManager errors in 1.12–1.20 only. */
function errorPrefix(process: Vector['process'], version: string): string {
  if (process === 'taskmanager') return minor(version) >= 112 ? 'TaskManager memory configuration failed: ' : '';
  return minor(version) >= 112 && minor(version) < 200 ? 'JobManager memory configuration failed: ' : '';
}

/** A value of the derivation by the field names the vectors use. */
function field(result: DeriveResult & { ok: true }, name: string): bigint | number | string | undefined {
  if (result.process === 'taskmanager') {
    const tm = result.taskManager;
    const extra: Record<string, bigint | number | string> = {
      jvmArgs: tm.jvmArgs,
      dynamicProperties: tm.dynamicProperties,
      cpuCores: tm.cpuCores,
      slots: tm.slots,
      networkBuffers: result.network.buffers,
      segmentSize: result.network.segmentSize,
    };
    return name in extra ? extra[name] : (tm.memory as unknown as Record<string, bigint>)[name];
  }
  const jm = result.jobManager;
  if (name === 'jvmArgs') return jm.jvmArgs;
  if (name === 'dynamicProperties') return 'dynamicProperties' in jm ? jm.dynamicProperties : undefined;
  return 'memory' in jm ? (jm.memory as unknown as Record<string, bigint>)[name] : name === 'jvmHeap' ? jm.jvmHeap : undefined;
}

/**
 * `MemorySize#multiply(double)` as the Flink tests call it with a float fraction: BigDecimal of the shortest
 * decimal of (double) fraction_f, times the bytes, truncated. Written independently of models/ on purpose.
 */
function javaMultiply(bytes: bigint, fraction: string): bigint {
  const d = Math.fround(Number(fraction));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(d));
  if (!m) throw new Error(`unexpected multiplier ${d}`);
  const [, whole = '', frac = '', exp = '0'] = m;
  const digits = BigInt(whole + frac);
  const scale = frac.length - Number(exp);
  return scale >= 0 ? (bytes * digits) / 10n ** BigInt(scale) : bytes * digits * 10n ** BigInt(-scale);
}

function checkRelation(result: DeriveResult & { ok: true }, r: Relation): void {
  const value = field(result, r.field);
  switch (r.kind) {
    case 'equals':
      expect(value, `${r.field} == ${r.bytes}`).toBe(BigInt(r.bytes));
      break;
    case 'within':
      expect(typeof value).toBe('bigint');
      expect(value as bigint, `${r.field} >= ${r.min}`).toBeGreaterThanOrEqual(BigInt(r.min));
      expect(value as bigint, `${r.field} <= ${r.max}`).toBeLessThanOrEqual(BigInt(r.max));
      break;
    case 'fraction': {
      const base = field(result, r.of);
      expect(typeof base).toBe('bigint');
      expect(value, `${r.field} == ${r.of}.multiply(${r.fraction}f)`).toBe(javaMultiply(base as bigint, r.fraction));
      break;
    }
    case 'number':
      expect(value, r.field).toBe(r.value);
      break;
    case 'contains':
      expect(String(value), `${r.field} contains ${r.text}`).toContain(r.text);
      break;
  }
}

describe.each(vectors.map((v) => [`${v.id} [${v.keys.join(', ')}]`, v] as const))('%s', (_name, v) => {
  it.each(v.flinkVersion)(`Flink %s — ${v.source}`, (version) => {
    const result = derive(v, version);

    if (v.expectError) {
      const e = v.expectError;
      if (result.ok) throw new Error(`expected Flink ${version} to refuse ${JSON.stringify(v.config)}`);
      expect(result.error.javaClass).toBe(e.javaClass);
      expect(result.error.stage).toBe('configuration');
      if (e.message !== undefined) expect(result.error.message).toBe(errorPrefix(v.process, version) + e.message);
      for (const part of e.contains) expect(result.error.message).toContain(part);
      for (const part of e.causeContains ?? []) {
        expect(
          result.error.causes.some((c) => c.includes(part)),
          `a "Caused by" containing: ${part}\ngot: ${result.error.causes.join(' | ')}`,
        ).toBe(true);
      }
      return;
    }

    if (!result.ok) throw new Error(`Flink ${version} should accept ${JSON.stringify(v.config)} but failed: ${result.error.message}`);
    for (const [name, want] of Object.entries(v.expect ?? {})) {
      expect(String(field(result, name)), name).toBe(String(want));
    }
    for (const r of v.expectRelation ?? []) checkRelation(result, r);
    for (const text of v.expectNotes ?? []) {
      expect(
        result.notes.some((n) => n.message.includes(text)),
        `a logged note containing: ${text}`,
      ).toBe(true);
    }
  });
});

describe('flink-test-vectors.json', () => {
  it('is well-formed and does not repeat flink-memory-examples.json', () => {
    const examples: Array<{ role: string; config?: Record<string, string> }> = JSON.parse(
      readFileSync(new URL('../fixtures/flink-memory-examples.json', import.meta.url), 'utf8'),
    );
    const canonical = (c: Record<string, string>) =>
      JSON.stringify(
        Object.keys(c)
          .sort()
          .map((k) => [k, c[k]]),
      );
    const known = new Set(examples.filter((e) => e.config).map((e) => `${e.role} ${canonical(e.config ?? {})}`));
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    for (const v of vectors) {
      expect(v.flinkVersion.length, v.id).toBeGreaterThan(0);
      expect(Boolean(v.expect ?? v.expectRelation) !== Boolean(v.expectError), `${v.id}: either an outcome or an error`).toBe(true);
      // The examples were computed on 2.0; the same configuration replayed on other versions only is not a repeat.
      if (!v.deployment && !v.env && v.flinkVersion.includes('2.0')) {
        expect(known.has(`${v.process} ${canonical(v.config)}`), `${v.id} duplicates an example`).toBe(false);
      }
    }
  });
});
