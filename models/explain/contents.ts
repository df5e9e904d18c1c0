/**
 * What filled the pool (or the container) at a failure, from the diagnostics captured at that instant — leak
 * sites, window state, network buffers, pinned class loaders, each resident area — and the events that put
 * it there: how many open() calls of which job attempt took a leak, which batch submissions pinned a loader.
 */
import { classBytes } from '../engine/jvm/metaspace';
import type { FailureDiagnostics } from '../engine/diagnostics';
import { injectedSite } from '../engine/injectedLeaks';
import { taskName } from '../engine/job/tasks';
import { type JvmSizing, leakedThreadResident, type ResidentParts } from '../engine/state/jvmState';
import type { ClassUse, LeakKind, LeakRelease, LeakTrigger, OperatorSpec, Scenario, ScheduledEvent } from '../scenario/types';
import { formatSimTime } from '../units/duration';
import { listText, size } from './format';
import type { InstanceStart, Timeline } from './timeline';
import type { FailureEvent, Filler } from './types';

/** A leak the scenario can produce: declared on an operator, or injected by a `leak` event. */
export interface KnownLeak {
  readonly site: string;
  readonly kind: LeakKind;
  /** Bytes per occurrence; 0 when not countable (a ramp). */
  readonly bytesEach: number;
  /** When it allocates; undefined for a ramp or a burst. */
  readonly at: LeakTrigger | undefined;
  readonly release: LeakRelease;
  readonly threads: number;
  readonly operator: OperatorSpec | undefined;
  readonly injection: ScheduledEvent | undefined;
}

export function knownLeaks(scenario: Scenario): KnownLeak[] {
  const declared = scenario.job.operators.flatMap((op) =>
    op.leaks.map(
      (l): KnownLeak => ({
        site: l.site,
        kind: l.kind,
        bytesEach: l.bytes,
        at: l.at,
        release: l.release,
        threads: l.threads,
        operator: op,
        injection: undefined,
      }),
    ),
  );
  const injected = scenario.events.flatMap((e): KnownLeak[] => {
    if (!e.leak) return [];
    const shape = e.leak.shape;
    const at = shape === 'per-restart' ? 'open' : shape === 'per-record' ? 'record' : undefined;
    const operator = scenario.job.operators.find((op) => op.id === e.target);
    return [
      {
        site: injectedSite(e.leak),
        kind: e.leak.pool,
        bytesEach: shape === 'ramp' ? 0 : e.leak.bytes,
        at,
        release: 'never',
        threads: 0,
        operator,
        injection: e,
      },
    ];
  });
  return [...declared, ...injected];
}

export interface ContentContext {
  readonly scenario: Scenario;
  readonly sizing: JvmSizing;
  readonly timeline: Timeline;
  readonly leaks: readonly KnownLeak[];
  readonly diagnostics: FailureDiagnostics | undefined;
  readonly event: FailureEvent;
  readonly index: number;
  readonly instance: InstanceStart | undefined;
}

const filler = (what: string, bytes: number, detail: string, more: Partial<Filler> = {}): Filler => ({
  what,
  bytes,
  occurrences: undefined,
  bytesEach: undefined,
  byAttempt: undefined,
  detail,
  ...more,
});

/** The rest of `total` after `fillers`, as one more filler (when there is any). */
function withRest(fillers: Filler[], total: number, what: string, detail: string): Filler[] {
  const rest = total - fillers.reduce((sum, f) => sum + f.bytes, 0);
  return rest > 0 ? [...fillers, filler(what, rest, detail)] : fillers;
}

const DIRECT_SUFFIX = ' → ByteBuffer.allocateDirect';

/** Direct memory at a direct OOM: leaked buffers by site, the network buffer pool, Flink's own buffers and garbage. */
export function directFillers(c: ContentContext, usedBytes: number): Filler[] {
  const leaks = (c.diagnostics?.nativeProfile ?? [])
    .filter((s) => s.site.endsWith(DIRECT_SUFFIX))
    .map((s) => leakFiller(c, s.site.slice(0, -DIRECT_SUFFIX.length), s.bytes));
  const network =
    c.sizing.networkBytes > 0
      ? [
          filler(
            'network buffer pool',
            c.sizing.networkBytes,
            `${c.sizing.networkSegments} segments of ${size(c.sizing.segmentSizeBytes)}, allocated when the TaskManager started`,
            { occurrences: c.sizing.networkSegments, bytesEach: c.sizing.segmentSizeBytes },
          ),
        ]
      : [];
  return withRest(
    [...leaks, ...network],
    usedBytes,
    "Flink's own direct buffers",
    'Netty and framework buffers, and buffers no longer referenced that wait for a GC',
  );
}

const WINDOW_ENTRY = 'org.apache.flink.runtime.state.heap.CopyOnWriteStateMap$StateMapEntry';

/** The heap at a heap OOM: the histogram's holders (leak sites, window state, Flink's objects, garbage). */
export function heapFillers(c: ContentContext, usedBytes: number): Filler[] {
  const windowOp = c.scenario.job.operators.find((op) => op.eventTimeWindow);
  const fillers = (c.diagnostics?.heapHistogram ?? []).map((e) => {
    if (e.className === WINDOW_ENTRY && windowOp?.eventTimeWindow) {
      const each = windowOp.eventTimeWindow.bytesPerRecord;
      return filler(
        `window state of ${windowOp.id}`,
        e.bytes,
        `${e.instances} entries of ${size(each)} (${WINDOW_ENTRY}) kept on the heap until the watermark passes their window's end`,
        { occurrences: e.instances, bytesEach: each },
      );
    }
    return c.leaks.some((l) => l.site === e.className)
      ? leakFiller(c, e.className, e.bytes)
      : filler(e.className, e.bytes, e.instances > 0 ? `${e.instances} objects` : '');
  });
  return withRest(fillers, usedBytes, 'other objects', "below the histogram's top 10");
}

/** Metaspace at a metaspace OOM: leak sites, the class loaders of pinned batch jobs, then the rest. */
export function metaspaceFillers(c: ContentContext, usedBytes: number): Filler[] {
  const leaks = (c.diagnostics?.metaspace ?? []).filter((h) => !h.holder.startsWith('[')).map((h) => leakFiller(c, h.holder, h.bytes));
  const pinned = pinnedSubmissions(c);
  const loaders = pinned.length === 0 ? [] : [pinnedFiller(pinned)];
  return withRest(
    [...leaks, ...loaders],
    usedBytes,
    'Flink and the job',
    "the classes of Flink's runtime and of the running job's user-code class loader",
  );
}

interface Submission {
  readonly atMs: number;
  readonly classes: number;
  /** Metaspace bytes of its classes (by how the scenario says they are used). */
  readonly bytes: number;
  readonly use: ClassUse;
}

/** Batch jobs submitted to this JobManager instance whose class loader something pins, and whose classes loaded. */
export function pinnedSubmissions(c: ContentContext): Submission[] {
  if (!c.instance) return [];
  const failedAt = c.event.type === 'jvm.oom' && c.event.pool === 'metaspace' ? c.event.atMs : -1;
  return c.timeline
    .onProcess('jobmanager', 'fault.injected', c.instance.index, c.index)
    .map(({ event }) => ({ atMs: event.atMs, spec: scheduledAt(c.scenario, 'submit-job', event.target, event.atMs) }))
    .filter((s) => s.spec?.pinned === true && s.atMs !== failedAt)
    .map((s) => ({
      atMs: s.atMs,
      classes: s.spec?.classes ?? 0,
      bytes: s.spec?.metaspaceBytes || classBytes(s.spec?.classes ?? 0, s.spec?.classUse, c.scenario.cluster.jdk),
      use: s.spec?.classUse ?? 'initialised',
    }));
}

function pinnedFiller(pinned: readonly Submission[]): Filler {
  const classes = pinned[0]?.classes ?? 0;
  const each = pinned[0]?.bytes ?? 0;
  const same = pinned.every((s) => s.classes === classes && s.bytes === each);
  const bytes = pinned.reduce((sum, s) => sum + s.bytes, 0);
  const when = `submitted from ${formatSimTime(pinned[0]?.atMs ?? 0)} to ${formatSimTime(pinned[pinned.length - 1]?.atMs ?? 0)}`;
  // The per-class figure is the calibration's (engine/state/jdk.ts metaspaceBytesPerClass): say it, it sets the count.
  const perClass = `${size(classes > 0 ? Math.round(each / classes) : 0)} of metaspace per class ${pinned[0]?.use === 'loaded' ? 'only loaded' : 'initialised and run'}`;
  const detail = same
    ? `${pinned.length} × ${classes} classes (${size(each)} each: ${perClass}, as measured on HotSpot) loaded by batch jobs ${when}, whose class loaders stay reachable`
    : `${pinned.length} batch jobs ${when}, whose class loaders stay reachable`;
  return filler('class loaders of pinned batch jobs', bytes, detail, same ? { occurrences: pinned.length, bytesEach: each } : {});
}

/** The scenario event whose schedule fires `action` on `target` at `atMs`. */
export function scheduledAt(scenario: Scenario, action: string, target: string, atMs: number): ScheduledEvent | undefined {
  return scenario.events.find((e) => {
    if (e.action !== action || e.target !== target || atMs < e.atMs || atMs > (e.untilMs ?? Infinity)) return false;
    return atMs === e.atMs || (e.everyMs !== undefined && e.everyMs > 0 && (atMs - e.atMs) % e.everyMs === 0);
  });
}

/** What was resident at a container kill, area by area: the parts add up to the RSS the kill reports. */
export function residentFillers(c: ContentContext): Filler[] {
  const d = c.diagnostics;
  if (!d) return [];
  const r = d.resident;
  const heapTop = d.heapHistogram.find((e) => e.className === WINDOW_ENTRY || c.leaks.some((l) => l.site === e.className));
  const threadLeak = c.leaks.find((l) => l.threads > 0 && d.heapHistogram.some((e) => e.className === l.site));
  const parts: Filler[] = [
    filler(
      'heap',
      r.heapBytes,
      `the resident (touched) pages of the ${size(c.sizing.heapMaxBytes)} heap${heapTop ? `, ${size(heapTop.bytes)} of it held by ${heapTop.className === WINDOW_ENTRY ? 'window state' : heapTop.className}` : ''}`,
    ),
    filler('direct memory', r.directBytes, c.sizing.networkBytes > 0 ? `with the ${size(c.sizing.networkBytes)} network buffer pool` : ''),
    filler('Unsafe memory', r.unsafeBytes, ''),
    filler('native (malloc) memory', r.nativeBytes, nativeDetail(d)),
    filler('managed memory', r.managedBytes, ''),
    filler('metaspace', r.metaspaceBytes, ''),
    ...threadFillers(c, r, threadLeak?.site),
    filler('JVM native areas', r.jvmNativeBytes, 'code cache, GC structures, symbols and arenas'),
  ];
  return parts.filter((p) => p.bytes > 0);
}

/**
 * Thread stacks: the threads a leak keeps alive at their measured resident cost (JVM.leakedThreadResidentBytes, the
 * Flink lab's timer workers), then the others at threadResidentBytes.
 */
function threadFillers(c: ContentContext, r: ResidentParts, leakSite: string | undefined): Filler[] {
  const others = r.threads - r.leakedThreads;
  const leakedEach = leakedThreadResident(c.sizing);
  const leaked =
    r.leakedThreads > 0
      ? [
          filler(
            'thread stacks',
            r.leakedThreadStacksBytes,
            `${r.leakedThreads} threads × ${size(leakedEach)} kept alive by ${leakSite ?? 'a leak'} (one thread each)`,
            {
              occurrences: r.leakedThreads,
              bytesEach: leakedEach,
            },
          ),
        ]
      : [];
  const rest = filler(
    r.leakedThreads > 0 ? 'other thread stacks' : 'thread stacks',
    r.threadStacksBytes - r.leakedThreadStacksBytes,
    `${others} ${r.leakedThreads > 0 ? 'other ' : ''}threads × ${size(c.sizing.threadResidentBytes)}`,
    {
      occurrences: others,
      bytesEach: c.sizing.threadResidentBytes,
    },
  );
  return [...leaked, rest];
}

const JVM_OWN = ['Unsafe_AllocateMemory0 (Flink MemoryManager', 'os::malloc (JVM', 'malloc (other'];

function nativeDetail(d: FailureDiagnostics): string {
  // RocksDB's sites are its own filler's (explain/rocksdb.ts), not this one's
  const other = d.nativeProfile.filter((s) => !s.site.startsWith('rocksdb'));
  const top = other.find((s) => !s.site.endsWith(DIRECT_SUFFIX) && !JVM_OWN.some((p) => s.site.startsWith(p)));
  const live = other
    .filter((s) => !s.site.endsWith(DIRECT_SUFFIX) && !s.site.startsWith(JVM_OWN[0] as string))
    .reduce((sum, s) => sum + s.bytes, 0);
  const site = top ? `${top.site}: ${size(top.bytes)}, ${top.percent} % of the native profile` : '';
  const highWater =
    d.resident.nativeBytes > live ? `; the allocator keeps ${size(d.resident.nativeBytes)} resident (its high-water mark)` : '';
  return `${site}${highWater}`;
}

/** A leak site's bytes as occurrences × bytes each, with where and (for open() leaks) which job attempts took them. */
function leakFiller(c: ContentContext, site: string, bytes: number): Filler {
  const leak = c.leaks.find((l) => l.site === site);
  if (!leak) return filler(site, bytes, '');
  const occurrences = leak.bytesEach > 0 ? Math.round(bytes / leak.bytesEach) : undefined;
  const counted = leak.at === 'open' && leak.release === 'never' ? opensByAttempt(c, leak) : undefined;
  const byAttempt = counted && counted.reduce((sum, a) => sum + a.count, 0) === occurrences ? counted : undefined;
  const more = { occurrences, bytesEach: leak.bytesEach > 0 ? leak.bytesEach : undefined, byAttempt };
  return filler(site, bytes, leakDetail(leak, bytes, occurrences, byAttempt), more);
}

function leakDetail(leak: KnownLeak, bytes: number, occurrences: number | undefined, byAttempt: Filler['byAttempt']): string {
  // Flows (per record, call or exception) are continuous in the model: their count is the bytes over the size of one.
  const count =
    occurrences === undefined ? '' : `${occurrences * leak.bytesEach === bytes ? '' : '~'}${occurrences} × ${size(leak.bytesEach)} `;
  const op = leak.operator?.id ?? '';
  const injected = leak.injection ? `injected at ${formatSimTime(leak.injection.atMs)} (${leak.injection.leak?.shape}), ` : '';
  const kept =
    leak.release === 'never'
      ? 'never released'
      : leak.release === 'gc'
        ? 'released only when a GC runs their cleaner'
        : 'released in close()';
  switch (leak.at) {
    case 'open':
      return `${injected}${count}allocated in open() of ${op} and ${kept}${byAttempt ? ` (${attemptsText(byAttempt)})` : ''}`;
    case 'record':
      return `${injected}${count}allocated per record ${op} processed, ${kept}`;
    case 'exception':
      return `${injected}${count}allocated per exception ${op} logged, ${kept}`;
    case 'call':
      return `${injected}${count}allocated per call of ${op}, ${kept}${leak.threads > 0 ? `, each keeping ${leak.threads} thread alive` : ''}`;
    default:
      return `${injected}${count}never released`;
  }
}

/** "4 at the first deployment, 4 in each of restarts 1–5 and 2 in restart 6". */
function attemptsText(byAttempt: NonNullable<Filler['byAttempt']>): string {
  const runs: Array<{ from: number; to: number; count: number }> = [];
  for (const { attempt, count } of byAttempt) {
    const last = runs[runs.length - 1];
    if (last && last.count === count && last.to === attempt - 1 && last.from > 0) last.to = attempt;
    else runs.push({ from: attempt, to: attempt, count });
  }
  return listText(
    runs.map((r) =>
      r.from === 0
        ? `${r.count} at the first deployment`
        : r.from === r.to
          ? `${r.count} in restart ${r.from}`
          : `${r.count} in each of restarts ${r.from}–${r.to}`,
    ),
  );
}

/** open() calls of the leak's operator on this JVM instance that took the leak, per job attempt. */
function opensByAttempt(c: ContentContext, leak: KnownLeak): Filler['byAttempt'] {
  const op = leak.operator;
  if (!op || !c.instance) return undefined;
  const names = new Set(Array.from({ length: op.parallelism }, (_, i) => taskName(op, i)));
  const process = c.event.process;
  // An open() whose reservation failed (direct, metaspace) took nothing; a heap allocation stays even when it fails.
  const failed = new Set(
    c.timeline
      .onProcess(process, 'jvm.oom', c.instance.index, c.index + 1)
      .filter(({ event }) => event.pool !== 'heap')
      // A direct reservation fails after Bits.reserveMemory's retries: it was requested at the open() (requestedAtMs).
      .map(({ event }) => `${event.cause.requestedAtMs ?? event.atMs}|${event.cause.allocation}`),
  );
  const from = leak.injection?.atMs ?? 0;
  // The open()s after this failure's refused one at the same instant asked for as many bytes of the same leak with
  // nothing freed in between (its System.gc() had run), so they were refused too: each ran its own System.gc() and was
  // still in Bits.reserveMemory's retries when the failover cancelled it, with no jvm.oom of its own. Later instants
  // are counted: room may have been freed by then (a miscount there only drops byAttempt, which must add up).
  const cause = c.event.type === 'jvm.oom' ? c.event.cause : undefined;
  const refusedAt = cause?.allocation.startsWith(`${leak.site} in `) ? (cause.requestedAtMs ?? c.event.atMs) : undefined;
  const counts = new Map<number, number>();
  let refused = false;
  for (const { event } of c.timeline.onProcess(process, 'task.state', c.instance.index, c.index + 1)) {
    if (event.to !== 'INITIALIZING' || !names.has(event.task) || event.atMs < from) continue;
    if (refused && event.atMs === refusedAt) continue;
    if (failed.has(`${event.atMs}|${leak.site} in ${event.task} open()`)) {
      refused ||= event.atMs === refusedAt;
      continue;
    }
    counts.set(event.attempt, (counts.get(event.attempt) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([attempt, count]) => ({ attempt, count }));
}
