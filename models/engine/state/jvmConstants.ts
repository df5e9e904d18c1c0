/**
 * Numbers of the JVM model, each traceable to docs/runtime-mechanics.md (section in brackets). Where the
 * doc gives a range, the value used is inside it; where it is a modelling choice, it says so.
 */
export const MiB = 1048576;

export const JVM = {
  /** G1: young generation between 5 % and 60 % of the heap (G1NewSizePercent, G1MaxNewSizePercent); eden normally leaves
   *  G1ReservePercent = 10 % free for evacuation, but the reserve is not unusable heap: under pressure eden dips into it down
   *  to the minimum young length (src/hotspot/share/gc/g1/g1_globals.hpp, g1Policy.cpp calculate_young_target_length). */
  g1MinYoungFraction: 0.05,
  g1MaxYoungFraction: 0.6,
  g1ReserveFraction: 0.1,
  /** G1's region size: heap / 2048 (G1 target region count) rounded down to a power of two, 1–32 MiB
   *  (src/hotspot/share/gc/g1/heapRegion.cpp setup_heap_region_size); measured "Heap Region Size: 1M" for 512 MiB. */
  g1TargetRegionCount: 2048,
  g1MinRegionBytes: 1 * MiB,
  g1MaxRegionBytes: 32 * MiB,
  /** G1HeapWastePercent = 5: a marking that finds less reclaimable old garbage than this runs no mixed GCs (g1_globals.hpp,
   *  g1Policy.cpp next_gc_should_be_mixed). */
  g1HeapWasteFraction: 0.05,
  /** G1 InitiatingHeapOccupancyPercent = 45 (docs/runtime-mechanics.md §3). */
  g1IhopFraction: 0.45,
  /** G1MixedGCCountTarget = 8: old garbage is reclaimed over up to 8 mixed collections (docs/runtime-mechanics.md §3). */
  g1MixedGcCount: 8,
  /** Parallel/Serial: NewRatio = 2, so young is a third of the heap (HotSpot default). */
  generationalYoungFraction: 1 / 3,
  /** Survivors hold what was allocated in roughly the last 100 ms (in-flight records): a modelling choice. */
  survivorWindowMs: 100,
  /** Concurrent marking throughput: a modelling choice giving seconds per GB of live old data. */
  markBytesPerMs: 500 * 1024,
  /** Pauses measured on OpenJDK 17 (calibration/fixtures/jdk17/g1-heap-fill.json, 512 MiB heap, 2 cores): young pauses
   *  0.27–0.35 ms per MiB evacuated, fixed cost included (0.24–0.27 on JDK 25): 0.5 ms + 0.2 ms per MiB; full GCs of a 490–510 MiB live set 48–104 ms (median ≈ 50 ms: ≈ 0.1 ms per MiB live over a 25 ms base).
   *  The older fit (0.2 ms/MiB young, 247 ms for a 1.2 GB live set) came from a larger, less loaded machine. */
  youngPauseBaseMs: 0.5,
  youngPauseMsPerMiBCopied: 0.2,
  /** SurvivorRatio = 8: G1's survivor regions are at most the young length / 8 (g1Policy.cpp update_survivors_policy). */
  survivorRatio: 8,
  fullPauseBaseMs: 25,
  fullPauseMsPerMiBLive: 0.1,
  mixedPauseMsPerMiBReclaimed: 0.05,
  /** Parallel's GC overhead limit (UseGCOverheadLimit): a full GC counts when ≥ GCTimeLimit = 98 % of the time went to GC
   *  and less than GCHeapFreeLimit = 2 % of old and of eden is free after it; GCOverheadLimitThreshold = 5 such full GCs
   *  in a row throw `GC overhead limit exceeded` (src/hotspot/share/gc/shared/gc_globals.hpp, gcOverheadChecker.cpp,
   *  adaptiveSizePolicy.cpp check_gc_overhead_limit). Percentages as integers so the test is exact. */
  gcTimeLimitPercent: 98,
  gcHeapFreeLimitPercent: 2,
  gcOverheadLimitThreshold: 5,
  /**
   * Resident bytes per parked thread: measured here (OpenJDK 17.0.15, Temurin 25; 100–400 threads parked in
   * LockSupport.park, VmRSS delta of /proc/self/status): 86.7–99.3 KB, median ~97.5 KB (docs/runtime-mechanics.md §5.3).
   * Most of it is the stack's shadow zone HotSpot bangs at thread start (StackShadowPages, 20 pages on x86_64).
   */
  threadResidentBytes: 98 * 1024,
  /**
   * Resident bytes per thread a leak keeps alive (the worker of a Netty HashedWheelTimer that is never stopped),
   * measured in the Flink lab (calibration/flink-lab/README.md, async-timer-client: Flink 1.20.5, OpenJDK 17.0.15,
   * 5,400 timer threads sleeping between 100 ms ticks): VmRSS grew 31–40 KiB per timer once the heap's pages were
   * touched, 44–47 KiB per timer over the whole run with the timer's 25.8 KiB of heap. A timer worker stays shallow,
   * so it touches less of its stack than the parked threads above.
   */
  leakedThreadResidentBytes: 36 * 1024,
  /** The part of a thread's resident bytes outside its stack (JavaThread, handle and resource areas, TLS): a modelling choice. */
  threadNativeBytes: 16 * 1024,
  /** Committed code cache at steady state (docs/runtime-mechanics.md §5.3: 7 MB at idle; grows with JIT work): a modelling choice. */
  codeCacheBytes: 48 * MiB,
  /** GC structures: ~5.8 % of the heap for G1 (docs/runtime-mechanics.md §5.3); Parallel/Serial use far less (modelling choice). */
  gcStructureFraction: { G1: 0.058, Parallel: 0.02, Serial: 0.01 } as const,
  /** Symbols, internal arenas, libraries: a modelling choice. */
  otherNativeBytes: 24 * MiB,
  /**
   * glibc malloc reuse (native memory freed by GC cleaners, e.g. unclosed Deflaters): deflateInit2_ mallocs ~256 KiB per
   * stream ((1 << (windowBits + 2)) + (1 << (memLevel + 9)), zlib's zconf.h) in pieces under M_MMAP_THRESHOLD = 128 KiB,
   * so they come from an arena (per-thread arenas, up to 8 × cores: mallopt(3) M_ARENA_MAX) and free() keeps them
   * (only a free top chunk above M_TRIM_THRESHOLD = 128 KiB is given back). A new stream touches ~98 KB of its 256 KiB;
   * reused after the cleaner's free(), the pieces land at other offsets and touch pages the last stream left untouched.
   * Measured (OpenJDK 17.0.15, glibc 2.36, calibration/java/Zlib.java, 200 streams/s, ~2,900 live per GC): native
   * resident per live stream after each cleaner cycle 1.0, 1.62, 1.77, 1.88, 1.92, 1.93 × first use. Modelled: each
   * cleaner cycle that frees native memory sets the density of reused memory to d + (ceiling − d) × step, d being
   * resident / high-water then (per mille; docs/runtime-mechanics.md §5.1).
   */
  mallocReuseCeilingPerMille: 1_950,
  mallocReuseStepPerMille: 630,
  /**
   * HotSpot's metaspace GC threshold (capacity-until-GC): after a collection it is set so that at least
   * MinMetaspaceFreeRatio = 40 % is free and at most MaxMetaspaceFreeRatio = 70 % (MetaspaceGC::compute_new_size,
   * src/hotspot/share/memory/metaspace.cpp; defaults in src/hotspot/share/runtime/globals.hpp); an allocation that
   * crosses it under a concurrent collector expands it by MinMetaspaceExpansion (256 KiB) for small requests, up to
   * MaxMetaspaceExpansion (4 MiB), or by the request + 256 KiB (MetaspaceGC::delta_capacity_until_GC).
   */
  metaspaceMinFreePercent: 40,
  metaspaceMaxFreePercent: 70,
  metaspaceMinExpansionBytes: 256 * 1024,
  metaspaceMaxExpansionBytes: 4 * MiB,
} as const;

/** What a Flink process holds before the job does anything: framework classes, objects, threads, buffers. Modelling choices. */
export const BASELINE = {
  taskmanager: { heapLiveBytes: 48 * MiB, classes: 12_000, threads: 60, frameworkDirectBytes: 8 * MiB, garbageBytesPerMs: 64 },
  jobmanager: { heapLiveBytes: 80 * MiB, classes: 14_000, threads: 80, frameworkDirectBytes: 4 * MiB, garbageBytesPerMs: 256 },
  /** Classes of the job's jar, loaded by the user-code class loader on each TaskManager that runs the job. */
  jobClasses: 2_000,
  /** Threads per running task (task thread, output flusher, timers). */
  threadsPerTask: 2,
  /** JVM start to ResourceManager registration. */
  bootMs: 3_000,
} as const;
