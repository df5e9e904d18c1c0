/**
 * Unified GC logging (JDK 9+): `[decorations] message`, decorations in HotSpot's fixed order (time, utctime, uptime,
 * timemillis, uptimemillis, timenanos, uptimenanos, hostname, pid, tid, level, tags; src/hotspot/share/logging/
 * logDecorators.hpp), any subset. A collection is the set of lines with one `GC(n)`; its summary is the `gc`-tagged
 * `Pause …` line (gcTraceTime.cpp); `gc,heap` adds G1's regions, `gc,metaspace` the metaspace transition. Lines without
 * an id are the JVM's header (`gc,init`, `Using G1`, `gc,metaspace`), ergonomics (`gc,ergo`) and the exit summary
 * (`gc,heap,exit`).
 */
import { emptyJvm, type GcCollection, type GcCollector, type GcConcurrentPhase, type GcLogJvm, type GcLogReading } from './gcTypes';
import { hotspotSizeBytes, LogClock, splitLines, type UnreadLine } from './logLines';

interface Decorated {
  readonly uptimeMs: number | undefined;
  readonly timestamp: string | undefined;
  readonly tags: string;
  readonly message: string;
}

const LEVELS = new Set(['trace', 'debug', 'info', 'warning', 'error']);

/** The decorations of one line, or undefined when it has none. */
function decorations(raw: string): Decorated | undefined {
  let rest = raw;
  let uptimeMs: number | undefined;
  let timestamp: string | undefined;
  let tags = '';
  let any = false;
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) break;
    const d = rest.slice(1, close).trim();
    rest = rest.slice(close + 1);
    any = true;
    const millis = /^(\d+)ms$/.exec(d);
    const nanos = /^(\d+)ns$/.exec(d);
    if (/^\d{4}-\d\d-\d\dT/.test(d)) timestamp = d;
    else if (/^[\d.]+s$/.test(d)) uptimeMs = Number(d.slice(0, -1)) * 1000;
    // timemillis and uptimemillis both end in "ms": an epoch time is above 1e11 ms (1973), an uptime never is.
    else if (millis) uptimeMs = Number(millis[1]) < 1e11 ? Number(millis[1]) : uptimeMs;
    else if (nanos) uptimeMs = Number(nanos[1]) < 1e17 ? Number(nanos[1]) / 1e6 : uptimeMs;
    else if (/^[a-z][a-z0-9_]*(?:,[a-z0-9_]+)*$/.test(d) && !LEVELS.has(d)) tags = d;
  }
  if (!any) return undefined;
  return {
    uptimeMs: uptimeMs === undefined ? undefined : Math.round(uptimeMs * 1000) / 1000,
    timestamp,
    tags,
    message: rest.replace(/^ /, ''),
  };
}

const PAUSE = /^Pause (Young|Full|Remark|Cleanup)((?: \((?:System\.gc\(\)|[^()]*)\))*) (\d+[BKMG])->(\d+[BKMG])\((\d+[BKMG])\) ([\d.]+)ms$/;
const CONCURRENT = /^Concurrent (Mark Cycle|Undo Cycle|Cycle)(?: ([\d.]+)ms)?$/;
const G1_YOUNG_TYPES = new Set(['Normal', 'Concurrent Start', 'Prepare Mixed', 'Mixed']);
const COLLECTORS: Record<string, GcCollector> = {
  G1: 'G1',
  Parallel: 'Parallel',
  Serial: 'Serial',
  'Concurrent Mark Sweep': 'CMS',
  Shenandoah: 'Shenandoah',
  'The Z Garbage Collector': 'Z',
};

interface Pending {
  metaspace?: { before: number; after: number };
  humongous?: { before: number; after: number };
  toSpaceExhausted?: boolean;
}

interface State {
  readonly clock: LogClock;
  jvm: GcLogJvm;
  readonly collections: GcCollection[];
  readonly phases: Map<number, GcConcurrentPhase>;
  readonly pending: Map<number, Pending>;
  readonly linesById: Map<number, number[]>;
  readonly unread: UnreadLine[];
}

export function readUnifiedGcLog(text: string): GcLogReading {
  const lines = splitLines(text);
  const decorated = lines.map(decorations);
  const clock = new LogClock();
  for (const d of decorated) clock.see(d?.timestamp);
  const state: State = {
    clock,
    jvm: emptyJvm('unknown'),
    collections: [],
    phases: new Map(),
    pending: new Map(),
    linesById: new Map(),
    unread: [],
  };
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const d = decorated[i];
    if (d === undefined || d.tags === '') state.unread.push({ line: i + 1, text: raw, reason: 'not a unified logging line' });
    else if (!/^gc(?:,|$)/.test(d.tags)) state.unread.push({ line: i + 1, text: raw, reason: `not a GC line (tags ${d.tags})` });
    else readLine(state, d, i + 1, raw);
  });
  return finish(state, lines);
}

function readLine(state: State, d: Decorated, line: number, raw: string): void {
  const withId = /^GC\((\d+)\) (.*)$/.exec(d.message);
  if (withId) {
    const id = Number(withId[1]);
    state.linesById.set(id, [...(state.linesById.get(id) ?? []), line]);
    readCollectionLine(state, d, id, (withId[2] as string).trim(), line);
  } else if (!readHeaderLine(state, d)) state.unread.push({ line, text: raw, reason: 'a GC line the reader does not know' });
}

function readCollectionLine(state: State, d: Decorated, id: number, body: string, line: number): void {
  const pending = state.pending.get(id) ?? {};
  state.pending.set(id, pending);
  const pause = d.tags === 'gc' ? PAUSE.exec(body) : null;
  const concurrent = d.tags === 'gc' ? CONCURRENT.exec(body) : null;
  const metaspace = /^Metaspace: (\d+[BKMG])(?:\(\d+[BKMG]\))?->(\d+[BKMG])/.exec(body);
  const humongous = /^Humongous regions: (\d+)->(\d+)/.exec(body);
  if (pause) state.collections.push(collection(state, pause, id, line, d, pending));
  else if (concurrent) {
    const phase = state.phases.get(id);
    const durationMs = concurrent[2] === undefined ? undefined : Number(concurrent[2]);
    const time = state.clock.time(d.uptimeMs, d.timestamp);
    state.phases.set(id, phase ? { ...phase, durationMs } : { line, gcId: id, time, name: concurrent[1] as string, durationMs });
  } else if (d.tags === 'gc' && body === 'To-space exhausted') pending.toSpaceExhausted = true;
  else if (metaspace)
    pending.metaspace = { before: hotspotSizeBytes(metaspace[1] as string), after: hotspotSizeBytes(metaspace[2] as string) };
  else if (humongous) pending.humongous = { before: Number(humongous[1]), after: Number(humongous[2]) };
}

function collection(state: State, p: RegExpExecArray, id: number, line: number, d: Decorated, pending: Pending): GcCollection {
  const groups = [...(p[2] as string).matchAll(/\((System\.gc\(\)|[^()]*)\)/g)].map((m) => m[1] as string);
  const g1Type = p[1] === 'Young' && groups[0] !== undefined && G1_YOUNG_TYPES.has(groups[0]) ? groups[0] : undefined;
  const rest = g1Type === undefined ? groups : groups.slice(1);
  const evacuationFailure = rest.some((g) => g.startsWith('Evacuation Failure')) || pending.toSpaceExhausted === true;
  const kinds = { Young: g1Type === 'Mixed' ? 'mixed' : 'young', Full: 'full', Remark: 'remark', Cleanup: 'cleanup' } as const;
  const collector = state.jvm.collector !== 'unknown' ? state.jvm.collector : g1Type !== undefined ? 'G1' : 'unknown';
  return {
    line,
    gcId: id,
    time: state.clock.time(d.uptimeMs, d.timestamp),
    collector,
    kind: kinds[p[1] as keyof typeof kinds],
    g1Type,
    cause: rest.filter((g) => !g.startsWith('Evacuation Failure')).join(' '),
    concurrentStart: g1Type === 'Concurrent Start',
    evacuationFailure,
    heapBeforeBytes: hotspotSizeBytes(p[3] as string),
    heapAfterBytes: hotspotSizeBytes(p[4] as string),
    heapCommittedBytes: hotspotSizeBytes(p[5] as string),
    pauseMs: Number(p[6]),
    metaspaceBeforeBytes: pending.metaspace?.before,
    metaspaceAfterBytes: pending.metaspace?.after,
    humongousRegions: pending.humongous,
  };
}

/** Header, ergonomics and exit lines (no GC id); false when the line is none of them. */
function readHeaderLine(state: State, d: Decorated): boolean {
  const using = d.tags === 'gc' ? /^Using (.+)$/.exec(d.message) : null;
  if (using) {
    state.jvm = { ...state.jvm, collector: COLLECTORS[using[1] as string] ?? 'unknown' };
    return true;
  }
  const region = /^Heap [Rr]egion [Ss]ize: (\d+[BKMG])$/.exec(d.message);
  if (region) state.jvm = { ...state.jvm, regionBytes: hotspotSizeBytes(region[1] as string) };
  if (d.tags.startsWith('gc,init')) {
    readInit(state, d.message);
    return true;
  }
  return region !== null || /^gc,(?:metaspace|ergo|heap,exit|exit|heap|cds)(?:,|$)/.test(d.tags);
}

function readInit(state: State, message: string): void {
  const kv = /^([^:]+):\s*(.*)$/.exec(message);
  if (!kv) return;
  const [key, value] = [kv[1] as string, kv[2] as string];
  const size = (v: string) => (/^\d+[BKMG]$/.test(v) ? hotspotSizeBytes(v) : undefined);
  const jvm = state.jvm;
  if (key === 'Version') state.jvm = { ...jvm, version: value.replace(/ \(\w+\)$/, '') };
  else if (key === 'Heap Min Capacity') state.jvm = { ...jvm, heapMinBytes: size(value) };
  else if (key === 'Heap Initial Capacity') state.jvm = { ...jvm, heapInitialBytes: size(value) };
  else if (key === 'Heap Max Capacity') state.jvm = { ...jvm, heapMaxBytes: size(value) };
  else if (key !== 'Heap Region Size') state.jvm = { ...jvm, init: { ...jvm.init, [key]: value } };
}

/** Lines of a GC id that never printed a summary (the log ends inside the collection, or a tag set without `gc`). */
function finish(state: State, lines: readonly string[]): GcLogReading {
  const summarised = new Set([...state.collections.map((c) => c.gcId), ...state.phases.keys()]);
  const orphan: UnreadLine[] = [];
  for (const [id, numbers] of state.linesById) {
    if (summarised.has(id)) continue;
    for (const line of numbers)
      orphan.push({
        line,
        text: lines[line - 1] ?? '',
        reason: `GC(${id}) has no Pause or Concurrent summary line (the log ends inside it?)`,
      });
  }
  const collector = state.jvm.collector;
  const collections = collector === 'unknown' ? state.collections : state.collections.map((c) => ({ ...c, collector }));
  return {
    format: 'unified',
    jvm: state.jvm,
    collections,
    concurrentPhases: [...state.phases.values()].sort((a, b) => a.line - b.line),
    unread: [...state.unread, ...orphan].sort((a, b) => a.line - b.line),
    lineCount: lines.length,
  };
}
