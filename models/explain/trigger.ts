/**
 * The last step of a failure: the allocation that did not fit and what the JVM tried first (the System.gc() of
 * Bits.reserveMemory, the full GCs before `Java heap space`, the "Metadata GC Threshold" collection), or how the
 * container runtime acted (YARN's monitoring round, the kernel's cgroup).
 */
import type { Scenario } from '../scenario/types';
import { formatDuration, formatSimTime } from '../units/duration';
import { plural, size } from './format';
import type { Timeline } from './timeline';
import type { FailureEvent, ObservedGc, Since, Trigger } from './types';

type Oom = Extract<FailureEvent, { type: 'jvm.oom' }>;
type Kill = Extract<FailureEvent, { type: 'container.killed' }>;

const gcText = (g: ObservedGc) => `${g.kind} GC, ${g.pauseMs} ms, heap ${size(g.heapBeforeBytes)} → ${size(g.heapAfterBytes)}`;

/** Bits.reserveMemory's retries as the trace dates them (request to error), else the JDK's 511 ms of sleeps. */
const retryText = (e: Oom): string => formatDuration(e.cause.requestedAtMs === undefined ? 511 : e.atMs - e.cause.requestedAtMs);

export function oomTrigger(e: Oom, index: number, timeline: Timeline, since: Since | undefined): Trigger {
  const c = e.cause;
  const gcs = timeline.gcsAtInstant(e.process, index, c.requestedAtMs ?? e.atMs);
  const free = Math.max(0, c.limitBytes - c.usedBytes);
  const base = { allocation: c.allocation, requestedBytes: c.requestedBytes, usedBytes: c.usedBytes, limitBytes: c.limitBytes, gcs };
  if (e.pool === 'direct') {
    // Threads refused in the same instant share one System.gc() (HotSpot skips a request whose counters moved).
    const gc = gcs.find((g) => g.cause === 'System.gc()');
    const tried = gc
      ? `the one System.gc() that Bits.reserveMemory runs first (${gcText(gc)}) could free only buffers nothing referenced any more, not enough, and after about ${retryText(e)} of retries it gave up`
      : 'it failed without a collection';
    return {
      ...base,
      fullGcsSince: undefined,
      text: `reserving ${size(c.requestedBytes)} for ${c.allocation} found ${size(free)} free under ${c.limit} (${size(c.usedBytes)} of ${size(c.limitBytes)} in use); ${tried}`,
    };
  }
  if (e.pool === 'metaspace') {
    const gc = gcs.find((g) => g.cause === 'Metadata GC Threshold');
    // Under G1 the threshold's collection is a young Concurrent Start pause; at MaxMetaspaceSize full GCs follow
    // ("Metadata GC Threshold", then "Metadata GC Clear Soft References"), the last chance to unload loaders.
    const fulls = gcs.filter((g) => g.kind === 'full' && g.cause.startsWith('Metadata GC'));
    const thenFull =
      gc && gc.kind !== 'full' && fulls.length > 0
        ? ` and the ${plural(fulls.length, 'full GC')} after it (${fulls.map((g) => `"${g.cause}"`).join(', then ')})`
        : '';
    const tried = gc
      ? `the "Metadata GC Threshold" collection that ran first (${gcText(gc)})${thenFull} could not unload enough`
      : 'no collection ran that could unload classes';
    return {
      ...base,
      fullGcsSince: undefined,
      text: `loading ${size(c.requestedBytes)} of class metadata for the ${c.allocation} found ${size(free)} free under ${c.limit} (${size(c.usedBytes)} of ${size(c.limitBytes)} in use); ${tried}`,
    };
  }
  const fulls = gcs.filter((g) => g.kind === 'full');
  const fullGcsSince = since ? timeline.fullGcsBetween(e.process, since.atMs, e.atMs) : undefined;
  const last = fulls[fulls.length - 1];
  const atInstant =
    fulls.length > 0 && last
      ? `${plural(fulls.length, 'full GC')} (${fulls[0]?.cause}) at that instant left ${size(last.heapAfterBytes)} of the ${size(c.limitBytes)} heap in use`
      : `the heap held ${size(c.usedBytes)} of ${size(c.limitBytes)}`;
  const history =
    fullGcsSince !== undefined && since ? ` (${plural(fullGcsSince, 'full GC')} since ${formatSimTime(since.atMs)} in all)` : '';
  const what = c.allocation === 'allocation of a new object' ? 'a new object' : c.allocation;
  return { ...base, fullGcsSince, text: `${what} did not fit: ${atInstant}${history}` };
}

export function killTrigger(e: Kill, scenario: Scenario, startedAtMs: number | undefined): Trigger {
  const over = e.rssBytes - e.limitBytes;
  const base = {
    allocation: undefined,
    requestedBytes: undefined,
    usedBytes: e.rssBytes,
    limitBytes: e.limitBytes,
    gcs: [],
    fullGcsSince: undefined,
  };
  if (e.reason === 'yarn-pmem') {
    const interval = scenario.cluster.yarnCheckIntervalMs;
    const rounds = startedAtMs === undefined ? '' : `, counted from the container's start at ${formatSimTime(startedAtMs)}`;
    return {
      ...base,
      text: `YARN's NodeManager, which checks every ${formatDuration(interval)} (yarn.nodemanager.container-monitor.interval-ms${rounds}), found RSS ${size(e.rssBytes)}, ${size(over)} over the limit, at its round at ${formatSimTime(e.atMs)} and killed the container (exit ${e.exitCode}); the JVM saw no OutOfMemoryError`,
    };
  }
  return {
    ...base,
    text: `the kernel's memory cgroup killed the container the moment RSS reached its limit of ${size(e.limitBytes)} (a page charge past it is refused and triggers the OOM killer; OOMKilled, exit ${e.exitCode}); the JVM saw no OutOfMemoryError`,
  };
}

export function plainTrigger(text: string): Trigger {
  return {
    allocation: undefined,
    requestedBytes: undefined,
    usedBytes: undefined,
    limitBytes: undefined,
    gcs: [],
    fullGcsSince: undefined,
    text,
  };
}
