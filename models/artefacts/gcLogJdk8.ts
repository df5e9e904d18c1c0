/**
 * JDK 8 GC logs (`-XX:+PrintGCDetails`, optionally `-XX:+PrintGCDateStamps` / `-XX:+PrintGCTimeStamps`), G1, Parallel and
 * Serial (jdk8u hotspot/src/share/vm/gc_implementation: g1/g1CollectedHeap.cpp, g1/g1GCPhaseTimes.cpp,
 * parallelScavenge/psScavenge.cpp, psMarkSweep.cpp, psParallelCompact.cpp; memory/defNewGeneration.cpp, tenuredGeneration.cpp;
 * memory/metaspace.cpp). Parallel and Serial print one line per collection:
 *   2021-…+0800: 9137.425: [Full GC (Ergonomics) [PSYoungGen: …] [ParOldGen: …] 3280564K->3020988K(3396608K), [Metaspace: …], 2.7266583 secs] [Times: …]
 * G1 prints a block: `[GC pause (G1 Evacuation Pause) (young), 0.0123 secs]`, indented phase lines, then
 * `[Eden: 24.0M(24.0M)->0.0B(13.0M) Survivors: 0.0B->3072.0K Heap: 24.0M(256.0M)->21.9M(256.0M)]`; with
 * -XX:+PrintAdaptiveSizePolicy or -XX:+PrintTenuringDistribution the first line is split (`, 0.0115587 secs]` follows the
 * inserted lines), and a concurrent phase may be printed into its middle. CMS and Shenandoah lines are named unread.
 */
import {
  emptyJvm,
  type GcCollection,
  type GcCollector,
  type GcConcurrentPhase,
  type GcKind,
  type GcLogJvm,
  type GcLogReading,
} from './gcTypes';
import { hotspotSizeBytes, LogClock, type LogTime, splitLines, type UnreadLine } from './logLines';

const STAMP = /^(?:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}): )?(?:(\d+\.\d+): )?\[/;
/** A cause group: `(System.gc())` has a parenthesis inside. */
const GROUP = /\((System\.gc\(\)|[^()]*)\)/g;
const SIZE = '\\d+(?:\\.\\d+)?[BKMG]';
const TRANSITION = new RegExp(`(${SIZE})->(${SIZE})\\((${SIZE})\\)`);
const EDEN_LINE = new RegExp(`^\\[Eden: .*Heap: (${SIZE})\\(${SIZE}\\)->(${SIZE})\\((${SIZE})\\)\\]`);
const METASPACE = new RegExp(`\\[Metaspace: (${SIZE})->(${SIZE})\\(${SIZE}\\)\\]`);
const GENERATIONS: ReadonlyArray<[RegExp, GcCollector]> = [
  [/\[(?:PSYoungGen|ParOldGen|PSOldGen):/, 'Parallel'],
  [/\[(?:DefNew|Tenured):/, 'Serial'],
  [/\[(?:ParNew|CMS):/, 'CMS'],
];

/** A collection being read: a G1 block until its Eden line, or a full GC whose Eden line may follow. */
interface Open {
  readonly line: number;
  readonly time: LogTime;
  readonly kind: GcKind;
  readonly g1Type: string | undefined;
  readonly cause: string;
  readonly concurrentStart: boolean;
  readonly evacuationFailure: boolean;
  readonly collector: GcCollector;
  pauseMs: number | undefined;
  heap: { before: number; after: number; committed: number } | undefined;
  metaspace: { before: number; after: number } | undefined;
}

interface State {
  readonly clock: LogClock;
  jvm: GcLogJvm;
  readonly collections: GcCollection[];
  readonly phases: GcConcurrentPhase[];
  readonly unread: UnreadLine[];
  open: Open | undefined;
  inExitHeap: boolean;
}

export function readJdk8GcLog(text: string): GcLogReading {
  const lines = splitLines(text);
  const clock = new LogClock();
  for (const raw of lines) clock.see(STAMP.exec(raw.trim())?.[1]);
  const state: State = { clock, jvm: emptyJvm('unknown'), collections: [], phases: [], unread: [], open: undefined, inExitHeap: false };
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    if (!readLine(state, raw, i + 1)) state.unread.push({ line: i + 1, text: raw, reason: 'not a GC event' });
  });
  flush(state, lines);
  // Without a CommandLine flags line the collector is the one the collections name (G1's `GC pause`, `[PSYoungGen:`, `[DefNew:`).
  const named = [...new Set(state.collections.map((c) => c.collector).filter((c) => c !== 'unknown'))];
  const collector = state.jvm.collector !== 'unknown' ? state.jvm.collector : named.length === 1 ? (named[0] as GcCollector) : 'unknown';
  return {
    format: 'jdk8',
    jvm: { ...state.jvm, collector },
    collections: state.collections.map((c) => (c.collector === 'unknown' ? { ...c, collector } : c)),
    concurrentPhases: state.phases,
    unread: state.unread.sort((a, b) => a.line - b.line),
    lineCount: lines.length,
  };
}

/** One line; false when nothing in it was read. */
function readLine(state: State, raw: string, line: number): boolean {
  const trimmed = raw.trim();
  if (state.inExitHeap && raw.startsWith(' ')) return true;
  state.inExitHeap = false;
  if (trimmed === 'Heap') {
    flush(state, undefined);
    state.inExitHeap = true;
    return true;
  }
  if (readHeader(state, trimmed)) return true;
  const secs = /^, ([\d.]+) secs\]/.exec(trimmed);
  if (secs && state.open) {
    state.open.pauseMs = Number(secs[1]) * 1000;
    return true;
  }
  if (trimmed.startsWith('[Eden:')) return closeG1(state, trimmed);
  const unstamped = trimmed.replace(/^(?:\d{4}-\d\d-\d\dT[\d:.]+[+-]\d{4}: )?(?:\d+\.\d+: )?/, '');
  // Tenuring distribution (-XX:+PrintTenuringDistribution) and safepoint times (-XX:+PrintGCApplicationStoppedTime): not collections.
  if (/^(?:Desired survivor size|- age +\d+:|Total time for which application threads were stopped|Application time:)/.test(unstamped))
    return true;
  // An indented detail line of a G1 pause (`[Parallel Time: …]`, `[Other: …]`) or a remark's/cleanup's `[Times: …]`.
  if (/^\[(?:Times:|[A-Z][\w -]*(?: \(ms\))?:)/.test(trimmed)) return state.open !== undefined || trimmed.startsWith('[Times:');
  return readEvent(state, trimmed, line);
}

function readHeader(state: State, trimmed: string): boolean {
  const vm = /^(?:Java HotSpot\(TM\)|OpenJDK) .*VM \([^)]+\) for \S+ JRE \(([^)]+)\)/.exec(trimmed);
  if (vm) state.jvm = { ...state.jvm, version: vm[1] };
  const flags = /^CommandLine flags: (.*)$/.exec(trimmed);
  if (flags) {
    const list = (flags[1] as string).trim().split(/\s+/);
    const collector = collectorFromFlags(list);
    state.jvm = { ...state.jvm, commandLineFlags: list, collector: collector ?? state.jvm.collector };
    const max = list.find((f) => f.startsWith('-XX:MaxHeapSize='));
    const initial = list.find((f) => f.startsWith('-XX:InitialHeapSize='));
    if (max) state.jvm = { ...state.jvm, heapMaxBytes: Number(max.split('=')[1]) };
    if (initial) state.jvm = { ...state.jvm, heapInitialBytes: Number(initial.split('=')[1]) };
  }
  return vm !== null || flags !== null || /^(?:Memory: \d+k page|\/proc\/meminfo:)/.test(trimmed);
}

function collectorFromFlags(flags: readonly string[]): GcCollector | undefined {
  if (flags.includes('-XX:+UseG1GC')) return 'G1';
  if (flags.includes('-XX:+UseConcMarkSweepGC')) return 'CMS';
  if (flags.includes('-XX:+UseParallelGC') || flags.includes('-XX:+UseParallelOldGC')) return 'Parallel';
  if (flags.includes('-XX:+UseSerialGC')) return 'Serial';
  return undefined;
}

/** An event starting at `text` (a stamp and a `[`); the rest of the line may hold another event (G1's interleaving). */
function readEvent(state: State, text: string, line: number): boolean {
  const stamp = STAMP.exec(text);
  if (!stamp) return false;
  const time = state.clock.time(stamp[2] === undefined ? undefined : Number(stamp[2]) * 1000, stamp[1]);
  const body = text.slice(stamp[0].length);
  if (body.startsWith('G1Ergonomics')) return true;
  const phase = /^GC concurrent-([\w-]+?)-(start|end|abort)(?:, ([\d.]+) secs)?\]/.exec(body);
  if (phase) {
    if (phase[2] !== 'start') state.phases.push({ line, gcId: undefined, time, name: phase[1] as string, durationMs: seconds(phase[3]) });
    return true;
  }
  const g1Pause = /^GC pause ((?:\((?:System\.gc\(\)|[^()]*)\) ?)+)(.*)$/.exec(body);
  if (g1Pause) return openG1Pause(state, g1Pause[1] as string, (g1Pause[2] as string).trim(), time, line);
  const remark = /^GC (remark|cleanup)\b(.*)$/.exec(body);
  if (remark) return g1RemarkOrCleanup(state, remark[1] as 'remark' | 'cleanup', remark[2] as string, time, line);
  const generational = /^(Full GC|GC) ((?:\((?:System\.gc\(\)|[^()]*)\) ?)*)(.*)$/.exec(body);
  if (generational) return oneLineCollection(state, generational, time, line);
  return false;
}

function openG1Pause(state: State, groupText: string, tail: string, time: LogTime, line: number): boolean {
  flush(state, undefined);
  const groups = [...groupText.matchAll(GROUP)].map((m) => m[1] as string);
  const g1Type = groups.find((g) => g === 'young' || g === 'mixed');
  state.open = {
    line,
    time,
    kind: g1Type === 'mixed' ? 'mixed' : 'young',
    g1Type,
    cause: groups[0] ?? '',
    concurrentStart: groups.includes('initial-mark'),
    evacuationFailure: groups.includes('to-space exhausted'),
    collector: 'G1',
    pauseMs: undefined,
    heap: undefined,
    metaspace: undefined,
  };
  const secs = /^, ([\d.]+) secs\]/.exec(tail);
  if (secs) state.open.pauseMs = Number(secs[1]) * 1000;
  else if (tail !== '') readEvent(state, tail, line); // `…(young)2015-…: [GC concurrent-mark-start]` or ` 0.290: [G1Ergonomics …]`
  return true;
}

function g1RemarkOrCleanup(state: State, kind: 'remark' | 'cleanup', rest: string, time: LogTime, line: number): boolean {
  flush(state, undefined);
  const pause = /, ([\d.]+) secs\]$/.exec(rest.trim());
  if (!pause) return false;
  const t = kind === 'cleanup' ? TRANSITION.exec(rest) : null;
  const heap = t
    ? { before: hotspotSizeBytes(t[1] as string), after: hotspotSizeBytes(t[2] as string), committed: hotspotSizeBytes(t[3] as string) }
    : undefined;
  state.collections.push(
    build({
      line,
      time,
      kind,
      g1Type: undefined,
      cause: '',
      concurrentStart: false,
      evacuationFailure: false,
      collector: 'G1',
      pauseMs: Number(pause[1]) * 1000,
      heap,
      metaspace: undefined,
    }),
  );
  return true;
}

/** Parallel and Serial (and G1's `[Full GC (…)  a->b(c), … secs]`, whose Eden line may follow): heap, metaspace, pause. */
function oneLineCollection(state: State, m: RegExpExecArray, time: LogTime, line: number): boolean {
  flush(state, undefined);
  const rest = m[3] as string;
  const pause = /([\d.]+) secs\](?: \[Times: [^\]]*\])?\s*$/.exec(rest);
  const metaspace = METASPACE.exec(rest);
  // The whole heap's transition is the one outside every `[Generation: …]` bracket.
  const outside = rest.replace(
    /(?:\d+\.\d+: )?\[(?:PSYoungGen|ParOldGen|PSOldGen|DefNew|Tenured|ParNew|CMS|Metaspace|PSPermGen|Perm)[^\]]*\]/g,
    '',
  );
  const heap = TRANSITION.exec(outside);
  if (!pause || !heap) return false;
  const collector = GENERATIONS.find(([re]) => re.test(rest))?.[1] ?? (state.jvm.collector === 'G1' ? 'G1' : 'unknown');
  const groups = [...(m[2] as string).matchAll(GROUP)].map((g) => g[1] as string);
  state.open = {
    line,
    time,
    kind: m[1] === 'Full GC' ? 'full' : 'young',
    g1Type: undefined,
    cause: groups.join(' '),
    concurrentStart: false,
    evacuationFailure: false,
    collector,
    pauseMs: Number(pause[1]) * 1000,
    heap: {
      before: hotspotSizeBytes(heap[1] as string),
      after: hotspotSizeBytes(heap[2] as string),
      committed: hotspotSizeBytes(heap[3] as string),
    },
    metaspace: metaspace
      ? { before: hotspotSizeBytes(metaspace[1] as string), after: hotspotSizeBytes(metaspace[2] as string) }
      : undefined,
  };
  return true;
}

/** G1's `[Eden: … Heap: before(cap)->after(cap)]` (and a full GC's `, [Metaspace: …]`) closes the open collection. */
function closeG1(state: State, trimmed: string): boolean {
  const eden = EDEN_LINE.exec(trimmed);
  const open = state.open;
  if (!eden || !open) return false;
  open.heap = {
    before: hotspotSizeBytes(eden[1] as string),
    after: hotspotSizeBytes(eden[2] as string),
    committed: hotspotSizeBytes(eden[3] as string),
  };
  const metaspace = METASPACE.exec(trimmed);
  if (metaspace) open.metaspace = { before: hotspotSizeBytes(metaspace[1] as string), after: hotspotSizeBytes(metaspace[2] as string) };
  flush(state, undefined);
  return true;
}

/** Records the open collection; a G1 pause cut before its heap line is named unread (with `lines` at the end of the log). */
function flush(state: State, lines: readonly string[] | undefined): void {
  const open = state.open;
  state.open = undefined;
  if (!open) return;
  if (open.heap !== undefined && open.pauseMs !== undefined) state.collections.push(build(open));
  else
    state.unread.push({
      line: open.line,
      text: lines?.[open.line - 1] ?? '',
      reason: `a G1 ${open.g1Type ?? ''} pause without its ${open.pauseMs === undefined ? 'pause time' : 'Eden/Heap line'} (the log ends or breaks inside it)`,
    });
}

function build(o: Open): GcCollection {
  return {
    line: o.line,
    gcId: undefined,
    time: o.time,
    collector: o.collector,
    kind: o.kind,
    g1Type: o.g1Type,
    cause: o.cause,
    concurrentStart: o.concurrentStart,
    evacuationFailure: o.evacuationFailure,
    heapBeforeBytes: o.heap?.before,
    heapAfterBytes: o.heap?.after,
    heapCommittedBytes: o.heap?.committed,
    pauseMs: Math.round((o.pauseMs ?? 0) * 1e4) / 1e4,
    metaspaceBeforeBytes: o.metaspace?.before,
    metaspaceAfterBytes: o.metaspace?.after,
    humongousRegions: undefined,
  };
}

function seconds(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Math.round(Number(text) * 1e7) / 1e4;
}
