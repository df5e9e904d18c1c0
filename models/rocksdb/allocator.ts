/**
 * What the process's malloc keeps resident of the memory RocksDB frees (the `mallocRetained` column): RocksDB frees
 * memtables at every flush and blocks at every eviction, and on close() everything it held.
 *
 * Modelled:
 * - glibc (ptmalloc2): a thread allocates from its own arena (up to MALLOC_ARENA_MAX arenas, by default 8 × the CPUs the
 *   node has, far above the threads RocksDB uses on any node of 2+ CPUs), a free returns the chunk to the arena it came
 *   from, and an arena gives memory back only from the top of its heaps (heap_trim; malloc_trim is never called), so a
 *   freed chunk mostly stays resident for that arena's later allocations. With many threads allocating and others
 *   freeing, the arenas' holes add up: the model keeps RETAINED_AFTER_FREE_PER_MILLE.glibc of every freed byte, with
 *   diminishing growth towards one non-main heap per arena in use (GLIBC_RETAINED_PER_ARENA_BYTES × arenas);
 * - jemalloc (Flink's docker images preload it since 1.12 unless DISABLE_JEMALLOC is set; no background thread, as the
 *   images set no MALLOC_CONF): freed pages are purged over dirty_decay_ms (10 s) while the process keeps allocating,
 *   so what it holds is about the last decay period's frees at the kept share measured right after a free.
 * Not modelled: glibc's fastbins and tcache (small, per thread), fragmentation inside RocksDB's own arenas, transparent
 * huge pages, jemalloc's retained virtual memory (not resident), malloc_trim calls, MALLOC_TRIM_THRESHOLD_ tuning.
 */
import { GLIBC_RETAINED_PER_ARENA_BYTES, JEMALLOC_DIRTY_DECAY_MS, RETAINED_AFTER_FREE_PER_MILLE } from './measured';
import { atLeast, type FlinkVersion } from '../config/flinkVersion';
import type { Allocator } from './types';

/**
 * The allocator a TaskManager runs with unless the scenario says: Flink's docker images (the official `flink` image,
 * which Kubernetes deployments use) preload libjemalloc from 1.12 (FLINK-19125; docker-entrypoint.sh, DISABLE_JEMALLOC to
 * opt out); a YARN container or a standalone process runs the system's glibc malloc.
 */
export function defaultAllocator(version: FlinkVersion, deployment: 'standalone' | 'yarn' | 'kubernetes'): Allocator {
  return deployment === 'kubernetes' && atLeast(version, 1, 12) ? 'jemalloc' : 'glibc';
}

/**
 * Threads that allocate RocksDB's memory: per RocksDB instance its task thread (writes, reads, iterators) and the
 * asynchronous snapshot thread; per process the flush and compaction threads of RocksDB's shared Env
 * (state.backend.rocksdb.thread.num, 2 by default from 1.13) — a modelling choice, not a measurement.
 */
export const THREADS_PER_INSTANCE = 2;
export const BACKGROUND_THREADS = 2;

export interface AllocatorInput {
  readonly allocator: Allocator;
  /** MALLOC_ARENA_MAX (glibc only); undefined: glibc's default, 8 × the node's CPUs. */
  readonly mallocArenaMax: number | undefined;
  /** Threads that allocate RocksDB's memory (task threads, snapshot threads, flush and compaction threads). */
  readonly allocatingThreads: number;
}

/** The most glibc keeps: one non-main heap per arena in use. */
export function glibcRetainedCap(input: AllocatorInput): number {
  const arenas = Math.max(1, Math.min(input.mallocArenaMax ?? input.allocatingThreads, input.allocatingThreads));
  return arenas * GLIBC_RETAINED_PER_ARENA_BYTES;
}

/**
 * The retained bytes after `freedBytes` more were freed, starting from `retainedBytes`: glibc accumulates them towards its
 * cap — evicted blocks too, since the next block is allocated by another thread, from another arena, as often as not.
 * jemalloc reuses a freed block for the next one of its size class at once; what it holds is the dirty pages of the
 * bursts (memtables freed whole at a flush, `flushedPerMinuteBytes`) of the last decay period.
 */
export function retainedAfter(input: AllocatorInput, retainedBytes: number, freedBytes: number, flushedPerMinuteBytes: number): number {
  if (input.allocator === 'jemalloc')
    return Math.floor((flushedPerMinuteBytes * JEMALLOC_DIRTY_DECAY_MS * RETAINED_AFTER_FREE_PER_MILLE.jemalloc) / (60_000 * 1000));
  const cap = glibcRetainedCap(input);
  // what an arena kept stays when its threads are gone (fewer instances now): glibc's retained memory never falls
  if (retainedBytes >= cap) return retainedBytes;
  const kept = Math.floor((freedBytes * RETAINED_AFTER_FREE_PER_MILLE.glibc) / 1000);
  // growth slows as the arenas' holes fill: a freed chunk lands in a hole already counted more and more often
  return Math.min(cap, retainedBytes + Math.floor((kept * (cap - retainedBytes)) / cap));
}
