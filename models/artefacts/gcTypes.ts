/**
 * The GC log reader's output (models/artefacts/gcLog.ts reads it): collections, concurrent phases, the JVM's own header
 * lines and what could not be read. Sizes in bytes, times in ms (see logLines.ts for `LogTime`).
 */
import type { LogTime, UnreadLine } from './logLines';

export type GcCollector = 'G1' | 'Parallel' | 'Serial' | 'CMS' | 'Shenandoah' | 'Z' | 'unknown';

/** young: a young-only pause (G1 Normal, Concurrent Start, Prepare Mixed; Parallel/Serial minor); mixed: G1 young + old regions. */
export type GcKind = 'young' | 'mixed' | 'full' | 'remark' | 'cleanup';

export interface GcCollection {
  /** The 1-based line of the collection's summary (unified: the `Pause …` line; JDK 8: the line the event starts on). */
  readonly line: number;
  /** Unified logging's `GC(n)`; undefined in JDK 8 logs. */
  readonly gcId: number | undefined;
  readonly time: LogTime;
  readonly collector: GcCollector;
  readonly kind: GcKind;
  /** G1's young type as printed (`Normal`, `Concurrent Start`, `Prepare Mixed`, `Mixed`; JDK 8 `young`, `mixed`), else undefined. */
  readonly g1Type: string | undefined;
  /** The cause as printed: `G1 Evacuation Pause`, `Allocation Failure`, `System.gc()`, `Ergonomics`, `Metadata GC Threshold`, … ('' when none). */
  readonly cause: string;
  /** A G1 pause that starts a concurrent mark (unified `Concurrent Start`, JDK 8 `(initial-mark)`). */
  readonly concurrentStart: boolean;
  /** G1 could not evacuate every object: unified `To-space exhausted` / `(Evacuation Failure…)`, JDK 8 `(to-space exhausted)`. */
  readonly evacuationFailure: boolean;
  /** Heap used before and after, and committed after, in bytes as printed (M and G values are rounded by the JVM). */
  readonly heapBeforeBytes: number | undefined;
  readonly heapAfterBytes: number | undefined;
  readonly heapCommittedBytes: number | undefined;
  /** The pause, fractional ms as printed (unified: µs resolution; JDK 8: `0.0123456 secs`). */
  readonly pauseMs: number;
  /** Metaspace used before and after (bytes), when the collection printed it. */
  readonly metaspaceBeforeBytes: number | undefined;
  readonly metaspaceAfterBytes: number | undefined;
  /** G1 humongous regions before and after (unified `gc,heap` lines), when printed. */
  readonly humongousRegions: { readonly before: number; readonly after: number } | undefined;
}

/** A concurrent phase of G1 (unified `Concurrent Mark Cycle` / `Concurrent Undo Cycle`; JDK 8 `[GC concurrent-mark-end, … secs]`). */
export interface GcConcurrentPhase {
  readonly line: number;
  readonly gcId: number | undefined;
  readonly time: LogTime;
  /** As printed: `Mark Cycle`, `Undo Cycle`, `Cycle` (JDK 11), `root-region-scan`, `mark`, `cleanup` (JDK 8). */
  readonly name: string;
  /** Its duration in ms when the line that ends it printed one. */
  readonly durationMs: number | undefined;
}

/** What the JVM said about itself at the top of the log (unified `gc,init` lines; JDK 8's first lines). */
export interface GcLogJvm {
  readonly collector: GcCollector;
  /** The JVM's version as printed: unified `Version: 17.0.15+6-Debian-1deb12u1 (release)` → `17.0.15+6-Debian-1deb12u1`; JDK 8 `1.8.0_45-b14`. */
  readonly version: string | undefined;
  /** `Heap Region Size: 1M` (G1). */
  readonly regionBytes: number | undefined;
  readonly heapMinBytes: number | undefined;
  readonly heapInitialBytes: number | undefined;
  readonly heapMaxBytes: number | undefined;
  /** JDK 8's `CommandLine flags:` line, split at spaces (`-XX:MaxHeapSize=4294967296`, `-XX:+UseG1GC`, …). */
  readonly commandLineFlags: readonly string[];
  /** The other `gc,init` lines as key → value (`CPUs` → `2 total, 2 available`, `Memory` → `24105M`, …). */
  readonly init: Readonly<Record<string, string>>;
}

export interface GcLogReading {
  readonly format: 'unified' | 'jdk8' | 'unknown';
  readonly jvm: GcLogJvm;
  readonly collections: readonly GcCollection[];
  readonly concurrentPhases: readonly GcConcurrentPhase[];
  /** Every line not read, in order; blank lines are not listed. */
  readonly unread: readonly UnreadLine[];
  readonly lineCount: number;
}

export function emptyJvm(collector: GcCollector): GcLogJvm {
  return {
    collector,
    version: undefined,
    regionBytes: undefined,
    heapMinBytes: undefined,
    heapInitialBytes: undefined,
    heapMaxBytes: undefined,
    commandLineFlags: [],
    init: {},
  };
}
