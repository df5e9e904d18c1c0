// Protects the allocator model: glibc keeps what RocksDB frees, growing towards RocksDB's peak × (A − 1) / A for A arenas
// (MALLOC_ARENA_MAX bounds A) and never giving it back; jemalloc holds only the last decay period's flushed memtables; the default allocator per
// deployment and release.
import { describe, expect, it } from 'vitest';
import { parseFlinkVersion } from '../../../models/config/flinkVersion';
import { ROCKSDB } from '../../../models/config/rocksdbOptions';
import { arenasInUse, defaultAllocator, glibcRetainedCap, retainedAfter } from '../../../models/rocksdb/allocator';
import { JEMALLOC_DIRTY_DECAY_MS, RETAINED_AFTER_FREE_PER_MILLE } from '../../../models/rocksdb/measured';

const MiB = 1024 ** 2;
const glibc = { allocator: 'glibc' as const, mallocArenaMax: undefined, allocatingThreads: 10, peakBytes: 1000 * MiB };

describe('glibc', () => {
  it("the cap is RocksDB's peak × (A − 1) / A for A arenas in use: one per allocating thread, up to MALLOC_ARENA_MAX", () => {
    expect(arenasInUse(glibc)).toBe(10);
    expect(glibcRetainedCap(glibc)).toBe(900 * MiB);
    expect(glibcRetainedCap({ ...glibc, mallocArenaMax: 2 })).toBe(500 * MiB);
    expect(glibcRetainedCap({ ...glibc, mallocArenaMax: 1 })).toBe(0);
    expect(glibcRetainedCap({ ...glibc, mallocArenaMax: 64 })).toBe(900 * MiB);
  });

  it('keeps the measured share of a first free (RETAINED_AFTER_FREE_PER_MILLE.glibc), then grows more slowly towards the cap, never past it, never down', () => {
    const first = retainedAfter(glibc, 0, 100 * MiB, 0);
    // the measured share (98.3 %: glibc kept 930–1,000 ‰ of what RocksDB freed) of 100 MiB, scaled by the room left under
    // the cap (all of it at first)
    expect(RETAINED_AFTER_FREE_PER_MILLE.glibc).toBeGreaterThan(900);
    expect(RETAINED_AFTER_FREE_PER_MILLE.glibc).toBeLessThanOrEqual(1000);
    expect(first).toBe(Math.floor((100 * MiB * RETAINED_AFTER_FREE_PER_MILLE.glibc) / 1000));
    let retained = first;
    const seen = [retained];
    for (let minute = 0; minute < 200; minute++) {
      retained = retainedAfter(glibc, retained, 100 * MiB, 0);
      seen.push(retained);
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] as number);
    expect(retained).toBeLessThanOrEqual(900 * MiB);
    // 200 minutes of 100 MiB freed a minute: within 1 % of the cap (geometric approach, factor 1 − 98.3/900 a minute)
    expect(retained).toBeGreaterThan(0.99 * 900 * MiB);
    // fewer threads later (instances closed) do not give memory back
    expect(retainedAfter({ ...glibc, allocatingThreads: 2 }, retained, 0, 0)).toBe(retained);
    // one arena: every freed chunk is reused by the next allocation, nothing accumulates
    expect(retainedAfter({ ...glibc, mallocArenaMax: 1 }, 0, 100 * MiB, 0)).toBe(0);
  });
});

describe('jemalloc', () => {
  it("holds the last 10 s decay period's flushes at the measured share (RETAINED_AFTER_FREE_PER_MILLE.jemalloc), whatever was freed before", () => {
    const jemalloc = { allocator: 'jemalloc' as const, mallocArenaMax: undefined, allocatingThreads: 10, peakBytes: 1000 * MiB };
    // 60 MiB of memtables flushed a minute: 10 MiB in a decay period, of it the measured share still dirty (97.6 %: jemalloc
    // without a background thread kept 971–981 ‰ of what RocksDB freed)
    expect(JEMALLOC_DIRTY_DECAY_MS).toBe(10_000);
    expect(retainedAfter(jemalloc, 500 * MiB, 1000 * MiB, 60 * MiB)).toBe(
      Math.floor((10 * MiB * RETAINED_AFTER_FREE_PER_MILLE.jemalloc) / 1000),
    );
    expect(retainedAfter(jemalloc, 500 * MiB, 1000 * MiB, 0)).toBe(0);
  });
});

describe('the default allocator', () => {
  it("jemalloc in Flink's docker images on Kubernetes from 1.12, glibc otherwise", () => {
    expect(defaultAllocator(parseFlinkVersion('1.12'), 'kubernetes')).toBe('jemalloc');
    expect(defaultAllocator(parseFlinkVersion('1.11'), 'kubernetes')).toBe('glibc');
    expect(defaultAllocator(parseFlinkVersion('1.18'), 'yarn')).toBe('glibc');
    expect(defaultAllocator(parseFlinkVersion('2.0'), 'standalone')).toBe('glibc');
  });
});

describe('the options catalogue', () => {
  it('every key is under state.backend.rocksdb. and read by the TaskManager', () => {
    for (const def of Object.values(ROCKSDB)) {
      expect(def.key.startsWith('state.backend.rocksdb.')).toBe(true);
      expect(def.process).toBe('taskmanager');
    }
  });
});
