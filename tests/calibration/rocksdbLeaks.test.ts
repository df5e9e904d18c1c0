/**
 * The RocksDB leak figures the model takes (models/rocksdb/knownLeaks.ts) against the runs on the real frocksdbjni
 * jars (calibration/rocksdb-leaks/measurements.jsonl, `npm run calibrate -- rocksdb-leaks`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PINNED_CACHE_PER_MILLE_OF_CAPACITY, STATISTICS_BYTES } from '../../models/rocksdb/knownLeaks';

interface Run {
  readonly jira: string;
  readonly mechanism: 'statistics' | 'statistics-objects' | 'cfoptions';
  readonly frocksdbjni: string;
  readonly allocator: 'glibc' | 'jemalloc';
  readonly mode: 'leak' | 'dropped' | 'fixed';
  readonly cacheMiB: number;
  readonly rssBytesPerRestart: number;
}

const runs: Run[] = readFileSync(join(import.meta.dirname, '../../calibration/rocksdb-leaks/measurements.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Run);
const find = (mechanism: Run['mechanism'], frocksdb: string, allocator: Run['allocator'], mode: Run['mode']): Run => {
  const run = runs.find(
    (r) => r.mechanism === mechanism && r.frocksdbjni.startsWith(frocksdb) && r.allocator === allocator && r.mode === mode,
  );
  if (!run) throw new Error(`measurements.jsonl has no ${mechanism} ${frocksdb} ${allocator} ${mode} run`);
  return run;
};

describe('RocksDB leaks across restarts, measured', () => {
  it('a leaked Statistics: the model takes the glibc figure; jemalloc within 2 % (allocator rounding), a closed one ~0', () => {
    for (const [line, bytes] of [
      ['8.10', STATISTICS_BYTES.frocksdb8],
      ['6.20', STATISTICS_BYTES.frocksdb6],
    ] as const) {
      expect(find('statistics-objects', line, 'glibc', 'leak').rssBytesPerRestart).toBe(bytes);
      expect(Math.abs(find('statistics-objects', line, 'jemalloc', 'leak').rssBytesPerRestart - bytes) / bytes).toBeLessThan(0.02);
      // closing it gives the memory back: below 1 % of a Statistics per object
      for (const allocator of ['glibc', 'jemalloc'] as const)
        expect(find('statistics-objects', line, allocator, 'fixed').rssBytesPerRestart).toBeLessThan(bytes / 100);
    }
  });

  it('a leaked ColumnFamilyOptions copy pins its whole cache: (leak − fixed) per restart within 4 % of the modelled capacity share', () => {
    for (const line of ['8.10', '6.20', '5.17'])
      for (const allocator of ['glibc', 'jemalloc'] as const) {
        const leak = find('cfoptions', line, allocator, 'leak');
        const fixed = find('cfoptions', line, allocator, 'fixed');
        const modelled = (leak.cacheMiB * 1024 * 1024 * PINNED_CACHE_PER_MILLE_OF_CAPACITY) / 1000;
        const ratio = (leak.rssBytesPerRestart - fixed.rssBytesPerRestart) / modelled;
        // 4 %: the six runs span 0.964–1.032 (allocator and page rounding of 16 000 blocks)
        expect(Math.abs(ratio - 1), `${line} ${allocator}: ${ratio}`).toBeLessThan(0.04);
      }
  });

  it('the finalizer frees a dropped copy on 5.17 and 6.20 (≤ 1.20), not on 8.10 (2.x): below 5 % of the cache vs above 90 %', () => {
    for (const allocator of ['glibc', 'jemalloc'] as const) {
      const cache = 64 * 1024 * 1024;
      expect(find('cfoptions', '8.10', allocator, 'dropped').rssBytesPerRestart).toBeGreaterThan(0.9 * cache);
      expect(find('cfoptions', '6.20', allocator, 'dropped').rssBytesPerRestart).toBeLessThan(0.05 * cache);
      expect(find('cfoptions', '5.17', allocator, 'dropped').rssBytesPerRestart).toBeLessThan(0.05 * cache);
    }
  });
});
