/**
 * The GC log reader: HotSpot's unified logging (JDK 9+, `-Xlog:gc` / `-Xlog:gc*` with any decorations) and JDK 8's
 * `-XX:+PrintGCDetails` (with or without `-XX:+PrintGCDateStamps` / `-XX:+PrintGCTimeStamps`), for G1, Parallel and Serial.
 * Pure: text in, a reading out, with every line it could not read named by number.
 *
 * What HotSpot prints is cited where it is read: unified pause lines come from src/hotspot/share/gc/shared/gcTraceTime.cpp
 * (`Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.456ms`), G1's region and metaspace lines from
 * g1HeapTransition.cpp and metaspaceUtils.cpp (`Metaspace: 20M(21M)->20M(21M) NonClass: …`); JDK 8's from
 * jdk8u hotspot/src/share/vm/gc_implementation (g1CollectedHeap.cpp `[GC pause (G1 Evacuation Pause) (young), 0.0123 secs]`,
 * g1HRPrinter/g1CollectorPolicy.cpp `[Eden: …(…)->…(…) Survivors: …->… Heap: …(…)->…(…)]`, psScavenge.cpp / psParallelCompact.cpp
 * `[PSYoungGen: …]`, and metaspace.cpp `[Metaspace: 3235K->3235K(1056768K)]`).
 */
import { readJdk8GcLog } from './gcLogJdk8';
import { readUnifiedGcLog } from './gcLogUnified';
import { emptyJvm, type GcLogReading } from './gcTypes';

export type * from './gcTypes';

/** Unified logging opens with a decoration (`[2026-…`, `[0.007s]`, `[12ms]`, `[info]`, `[gc]`); JDK 8's brackets open with `[GC`. */
const UNIFIED_LINE = /^\[(?:\d|[a-z])/;

/** Reads a GC log; the format is the first non-blank line's. */
export function readGcLog(text: string): GcLogReading {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '');
  if (first === undefined) return emptyReading(text);
  return UNIFIED_LINE.test(first) ? readUnifiedGcLog(text) : readJdk8GcLog(text);
}

function emptyReading(text: string): GcLogReading {
  return { format: 'unknown', jvm: emptyJvm('unknown'), collections: [], concurrentPhases: [], unread: [], lineCount: text === '' ? 0 : 1 };
}
