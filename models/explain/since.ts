import { formatSimTime } from '../units/duration';
import { size } from './format';
import { leakedThreadResident } from '../engine/state/jvmState';
import { pinnedSubmissions, scheduledAt, type ContentContext, type KnownLeak } from './contents';
import type { Filler, Since } from './types';

/** The largest thing among `fillers` that grows: a leak site, window state, the loaders of pinned batch jobs. */
export function driverOf(c: ContentContext, fillers: readonly Filler[]): Filler | undefined {
  return [...fillers]
    .sort((a, b) => b.bytes - a.bytes)
    .find(
      (f) => c.leaks.some((l) => l.site === f.what) || f.what.startsWith('window state') || f.what.startsWith('class loaders of pinned'),
    );
}

/** The growth's start for the largest thing that grows among `fillers`. */
export function sinceOf(c: ContentContext, fillers: readonly Filler[]): Since | undefined {
  const instanceStart = instanceSince(c);
  const driver = driverOf(c, fillers);
  if (!driver) return leakInResidentParts(c) ?? instanceStart;
  if (driver.what.startsWith('window state'))
    return faultSince(c, 'idle-partition', 'the idle source partition was injected (the watermark stopped)', false) ?? instanceStart;
  if (driver.what.startsWith('class loaders of pinned')) {
    const first = pinnedSubmissions(c)[0];
    return first ? { atMs: first.atMs, what: 'the first batch job whose class loader stays pinned was submitted' } : instanceStart;
  }
  const leak = c.leaks.find((l) => l.site === driver.what) as KnownLeak;
  return leakSince(c, leak, driver) ?? instanceStart;
}

function instanceSince(c: ContentContext): Since | undefined {
  if (!c.instance) return undefined;
  return {
    atMs: c.instance.atMs,
    what: c.instance.instance === 1 ? `${c.event.process} started` : `JVM instance #${c.instance.instance} of ${c.event.process} started`,
  };
}

function leakSince(c: ContentContext, leak: KnownLeak, driver: Filler): Since | undefined {
  if (leak.injection) {
    const firing = c.timeline
      .before('fault.injected', c.index)
      .find(({ event }) => event.action === 'leak' && scheduledAt(c.scenario, 'leak', event.target, event.atMs) === leak.injection);
    if (firing)
      return {
        atMs: Math.max(firing.event.atMs, c.instance?.atMs ?? 0),
        what: `the ${leak.injection.leak?.shape} ${leak.kind} leak was injected${c.instance && c.instance.atMs > firing.event.atMs ? ` (this JVM started later, at ${formatSimTime(c.instance.atMs)})` : ''}`,
      };
  }
  if (leak.at === 'open' && driver.byAttempt) {
    const restart = driver.byAttempt.find((a) => a.attempt > 0);
    const event = restart && c.timeline.restart(restart.attempt, c.index);
    if (restart && event) return { atMs: event.event.atMs, what: `restart ${restart.attempt} ran open() again in the same JVM` };
  }
  if (leak.at === 'exception') return faultSince(c, 'exception-storm', 'the exception storm was injected', true);
  return undefined;
}

/** The first injection of `action` before the failure; `perInstance`: not before the failing JVM started. */
function faultSince(c: ContentContext, action: string, what: string, perInstance: boolean): Since | undefined {
  const first = c.timeline.before('fault.injected', c.index).find(({ event }) => event.action === action);
  if (!first) return undefined;
  const started = c.instance?.atMs ?? 0;
  if (perInstance && started > first.event.atMs)
    return {
      atMs: started,
      what: `JVM instance #${c.instance?.instance} of ${c.event.process} started, during the ${action} injected at ${formatSimTime(first.event.atMs)}`,
    };
  return { atMs: first.event.atMs, what };
}

/**
 * The largest leak behind a container kill, among the diagnostics' native and heap sites, as a filler whose bytes
 * add the stacks of the threads it keeps alive.
 */
export function residentLeak(c: ContentContext): { leak: KnownLeak; filler: Filler } | undefined {
  const d = c.diagnostics;
  if (!d) return undefined;
  const sites = [
    ...d.nativeProfile.map((s) => ({ site: s.site, bytes: s.bytes })),
    ...d.heapHistogram.map((e) => ({ site: e.className, bytes: e.bytes })),
  ];
  const found = sites
    .map(({ site, bytes }) => ({ site, bytes, leak: c.leaks.find((l) => l.site === site) }))
    .filter((x): x is { site: string; bytes: number; leak: KnownLeak } => x.leak !== undefined)
    .sort((a, b) => b.bytes - a.bytes)[0];
  if (!found) return undefined;
  const occurrences = found.leak.bytesEach > 0 ? Math.round(found.bytes / found.leak.bytesEach) : undefined;
  const stacks = (occurrences ?? 0) * found.leak.threads * leakedThreadResident(c.sizing);
  // malloc keeps what it once held (its high-water mark): the leak made all of it resident, even if a GC freed some since.
  const resident = found.leak.kind === 'native' ? Math.max(found.bytes, d.resident.nativeBytes) : found.bytes + stacks;
  const each =
    occurrences === undefined
      ? ''
      : ` (${occurrences * found.leak.bytesEach === found.bytes ? '' : '~'}${occurrences} × ${size(found.leak.bytesEach)})`;
  const of = `${size(found.bytes)} of ${found.site}${each}`;
  const detail =
    stacks > 0
      ? `${of} and the stacks of the ${occurrences} threads they keep alive (${size(stacks)})`
      : resident > found.bytes
        ? `${of} live and ${size(resident)} resident, the allocator's high-water mark`
        : of;
  return {
    leak: found.leak,
    filler: { what: found.site, bytes: resident, occurrences, bytesEach: found.leak.bytesEach || undefined, byAttempt: undefined, detail },
  };
}

function leakInResidentParts(c: ContentContext): Since | undefined {
  const found = residentLeak(c);
  return found ? leakSince(c, found.leak, found.filler) : undefined;
}
