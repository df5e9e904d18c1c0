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
 *   diminishing growth towards a cap: an arena cannot keep more than its threads once held, so all arenas together at
 *   most RocksDB's peak; and a freed chunk is reused at once when the next allocation comes from its arena, 1 in A
 *   times with A arenas in use — the cap is RocksDB's peak × (A − 1) / A (MALLOC_ARENA_MAX=1: nothing kept beyond
 *   ordinary fragmentation, which is not modelled);
 * - jemalloc (Flink's docker images preload it since 1.12 unless DISABLE_JEMALLOC is set; no background thread, as the
 *   images set no MALLOC_CONF): freed pages are purged over dirty_decay_ms (10 s) while the process keeps allocating,
 *   so what it holds is about the last decay period's frees at the kept share measured right after a free.
 * Not modelled: glibc's fastbins and tcache (small, per thread), fragmentation inside RocksDB's own arenas, transparent
 * huge pages, jemalloc's retained virtual memory (not resident), malloc_trim calls, MALLOC_TRIM_THRESHOLD_ tuning.
 */
import { JEMALLOC_DIRTY_DECAY_MS, RETAINED_AFTER_FREE_PER_MILLE } from './measured';
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
  /** The most RocksDB has held at once in this process (bytes): what the arenas' threads once held. */
  readonly peakBytes: number;
}

/** Arenas the allocating threads use: one each, up to MALLOC_ARENA_MAX. */
export const arenasInUse = (input: AllocatorInput): number =>
  Math.max(1, Math.min(input.mallocArenaMax ?? input.allocatingThreads, input.allocatingThreads));

/** The most glibc keeps: RocksDB's peak × (A − 1) / A for A arenas in use. */
export function glibcRetainedCap(input: AllocatorInput): number {
  const arenas = arenasInUse(input);
  return Math.floor((input.peakBytes * (arenas - 1)) / arenas);
}

/**
 * The retained bytes after `freedBytes` more were freed, starting from `retainedBytes`. Both allocators reuse a freed block
 * for the next block read at once (an eviction makes room for the block being inserted, of the same size class); what
 * they keep comes from the bursts — memtables freed whole at a flush, a closed instance's memory (`freedBytes`) — which
 * are allocated again only as the next memtable fills. glibc accumulates them in the arenas towards its cap; jemalloc
 * holds the dirty pages of the last decay period's flushes (`flushedPerMinuteBytes`).
 */
export function retainedAfter(input: AllocatorInput, retainedBytes: number, freedBytes: number, flushedPerMinuteBytes: number): number {
  if (input.allocator === 'jemalloc')
    return Math.floor((flushedPerMinuteBytes * JEMALLOC_DIRTY_DECAY_MS * RETAINED_AFTER_FREE_PER_MILLE.jemalloc) / (60_000 * 1000));
  const cap = glibcRetainedCap(input);
  // what an arena kept stays when its threads are gone (fewer instances now): glibc's retained memory never falls
  if (retainedBytes >= cap) return retainedBytes;
  const kept = Math.floor((freedBytes * RETAINED_AFTER_FREE_PER_MILLE.glibc) / 1000);
  if (cap <= 0) return retainedBytes;
  // growth slows as the arenas' holes fill: a freed chunk lands in a hole already counted more and more often
  return Math.min(cap, retainedBytes + Math.floor((kept * (cap - retainedBytes)) / cap));
}
