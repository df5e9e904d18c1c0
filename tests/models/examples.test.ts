// Protects exactness against the reference vectors: every entry of flink-memory-examples.json (computed by running Flink 2.0-SNAPSHOT's own
// derivation classes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMemory, type DeriveResult } from '../../models/memoryModel';
import { humanReadable, MemorySizeParseError, memorySizeToString, parseMemorySize } from '../../models/units/memorySize';

interface Vector {
  id: string;
  source: string;
  role: 'taskmanager' | 'jobmanager' | 'parse' | 'format';
  config?: Record<string, string>;
  expect?: Record<string, number>;
  expectJvmArgs?: string;
  extra?: { networkBuffersAtDefault32kbSegments?: number };
  expectError?: string;
  flinkErrorMessage?: string;
  input?: string;
  expectBytes?: number;
  expectBytesExact?: string;
  bytes?: number;
  expectHumanReadable?: string;
  expectToString?: string;
}

const vectors: Vector[] = JSON.parse(readFileSync(new URL('../fixtures/flink-memory-examples.json', import.meta.url), 'utf8'));
const byRole = (role: Vector['role']) =>
  vectors
    .filter((v) => v.role === role)
    .map((v) => [`${v.id}: ${Object.keys(v.config ?? {}).join(', ') || v.input || v.bytes}`, v] as const);
/** The 1.10.0 vector needs that release's metaspace default; all others were computed on 2.0. */
const versionOf = (v: Vector) => (v.id.startsWith('tm-1.10.0') ? '1.10.0' : '2.0');

function derive(v: Vector): DeriveResult {
  const entries = Object.entries(v.config ?? {}).map(([key, value]) => ({ key, value, origin: v.id }));
  return deriveMemory({ process: v.role as 'taskmanager' | 'jobmanager', flinkVersion: versionOf(v), entries });
}

describe.each([['taskmanager'], ['jobmanager']] as const)('%s vectors', (role) => {
  it.each(byRole(role))('%s', (_name, v) => {
    const result = derive(v);
    if (v.expect) {
      if (!result.ok) throw new Error(result.error.message);
      const memory =
        result.process === 'taskmanager' ? result.taskManager.memory : 'memory' in result.jobManager ? result.jobManager.memory : {};
      const got = Object.fromEntries(Object.keys(v.expect).map((k) => [k, Number((memory as Record<string, bigint>)[k])]));
      expect(got).toEqual(v.expect);
      const jvmArgs = result.process === 'taskmanager' ? result.taskManager.jvmArgs : result.jobManager.jvmArgs;
      if (v.expectJvmArgs) expect(jvmArgs).toBe(v.expectJvmArgs);
      if (result.process === 'taskmanager' && v.extra?.networkBuffersAtDefault32kbSegments !== undefined) {
        expect(result.network.buffers).toBe(v.extra.networkBuffersAtDefault32kbSegments);
      }
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).toContain(v.expectError);
      expect(result.error.message).toBe(v.flinkErrorMessage);
    }
  });
});

describe('MemorySize parse vectors', () => {
  it.each(byRole('parse'))('%s', (_name, v) => {
    const input = v.input ?? '';
    if (v.expectError) {
      expect(() => parseMemorySize(input)).toThrow(MemorySizeParseError);
      expect(() => parseMemorySize(input)).toThrow(v.flinkErrorMessage ?? v.expectError);
    } else {
      expect(parseMemorySize(input).toString()).toBe(v.expectBytesExact ?? String(v.expectBytes));
    }
  });
});

describe('MemorySize format vectors', () => {
  it.each(byRole('format'))('%s', (_name, v) => {
    const bytes = BigInt(v.bytes ?? 0);
    if (v.expectHumanReadable !== undefined) expect(humanReadable(bytes)).toBe(v.expectHumanReadable);
    if (v.expectToString !== undefined) expect(memorySizeToString(bytes)).toBe(v.expectToString);
  });
});

it('covers every vector of the file', () => {
  expect(vectors.length).toBe(35);
  expect(new Set(vectors.map((v) => v.role))).toEqual(new Set(['taskmanager', 'jobmanager', 'parse', 'format']));
});
