/**
 * The measured figures of one repetition: from the Java program's JSON lines and its parsed GC log. Each function
 * reads one mechanism; the engine's side of the same figures is calibration/figures.ts.
 */
import type { GcLog, GcPause } from './gcLog';

export interface Line {
  readonly k: string;
  readonly t: number;
  readonly [field: string]: number | string | boolean;
}
export type FigureValue = number | string;
export type RepFigures = Record<string, FigureValue>;

const MiB = 1048576;

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function first(lines: readonly Line[], kind: string): Line | undefined {
  return lines.find((l) => l.k === kind);
}

/** Pauses after the workload's start, with their time relative to it. */
function workloadPauses(lines: readonly Line[], log: GcLog): Array<GcPause & { t: number }> {
  const start = Number(first(lines, 'start')?.uptimeMs ?? 0);
  return log.pauses.filter((p) => p.uptimeMs >= start).map((p) => ({ ...p, t: p.uptimeMs - start }));
}

export function heapFillFigures(lines: readonly Line[], log: GcLog): RepFigures {
  const pauses = workloadPauses(lines, log);
  const oom = first(lines, 'oom');
  const firstFull = pauses.find((p) => p.kind === 'full');
  const beforeFull = pauses.filter((p) => firstFull === undefined || p.t < firstFull.t);
  const region = log.regionBytes ?? 0;
  const young = beforeFull.filter((p) => p.kind === 'young');
  const copied = young.flatMap((p) => {
    const r = p.regions;
    const regions = r === undefined ? 0 : r.survivorAfter + Math.max(0, r.oldAfter - r.oldBefore);
    return regions > 0 ? [p.pauseMs / ((regions * region) / MiB)] : [];
  });
  const figures: RepFigures = {
    timeToFirstFullMs: firstFull?.t ?? -1,
    fullBeforeOom: pauses.filter((p) => p.kind === 'full').length,
    timeToOomMs: oom?.t ?? -1,
    oomText: String(oom?.message ?? 'none'),
    youngBeforeFirstFull: young.length,
    liveAtFirstFullPercent: firstFull ? Math.round((1000 * firstFull.afterBytes) / firstFull.capacityBytes) / 10 : -1,
  };
  if (region === 0) return figures; // Parallel: no regions, no concurrent cycles
  return {
    ...figures,
    edenMedianBytes: median(beforeFull.filter((p) => p.regions).map((p) => (p.regions?.edenBefore ?? 0) * region)),
    concurrentCycles: log.concurrentCycles.length,
    mixedGcs: pauses.filter((p) => p.kind === 'mixed').length,
    youngPauseMsPerMiBCopied: Math.round(median(copied) * 1000) / 1000,
  };
}

/** The first GC whose cause is a metadata threshold, as "<kind>[ (Concurrent Start)]: <cause>". */
export function gcLabel(p: { kind: string; concurrentStart: boolean; cause: string }): string {
  return `${p.kind}${p.concurrentStart ? ' (Concurrent Start)' : ''}: ${p.cause}`;
}

export function metaspaceFigures(lines: readonly Line[], log: GcLog): RepFigures {
  const subs = lines.filter((l) => l.k === 'submission');
  // Per class of the jar (what a twin's `classes:` counts): the JVM also loads a hidden class per lambda, whose
  // metadata is part of the cost and whose count is scaled out of the unloaded figure.
  const perClass = median(subs.map((s) => Number(s.metaspaceDeltaBytes) / Math.max(1, Number(s.jarClasses))));
  const jvmClassesPerJarClass = median(subs.map((s) => Number(s.classes) / Math.max(1, Number(s.jarClasses))));
  const oom = first(lines, 'oom');
  const metadata = workloadPauses(lines, log).filter((p) => p.cause.includes('Metadata'));
  const end = first(lines, 'end') ?? subs[subs.length - 1];
  return {
    bytesPerClass: Math.round(perClass),
    submissionsToOom: oom ? Number(oom.submission) : -1,
    oomText: String(oom?.message ?? 'none'),
    firstMetadataGc: metadata[0] ? gcLabel(metadata[0]) : 'none',
    metadataFullGcCauses: [...new Set(metadata.filter((p) => p.kind === 'full').map((p) => p.cause))].join(' | ') || 'none',
    classesUnloaded: Math.round(Number(end?.classesUnloaded ?? 0) / (jvmClassesPerJarClass || 1)),
  };
}

export function zlibFigures(lines: readonly Line[]): RepFigures {
  const start = first(lines, 'start');
  const end = first(lines, 'end');
  const gcs = lines.filter((l) => l.k === 'gc');
  const base = Number(start?.rssBytes ?? 0);
  const liveStreams = Math.max(1, ...gcs.map((g) => Number(g.streamsSinceGc)));
  const last = gcs[gcs.length - 1];
  return {
    firstUseBytesPerStream: Number(first(lines, 'firstUse')?.perStreamBytes ?? -1),
    residentPerLiveStreamBytes: last ? Math.round((Number(last.rssBytes) - base) / liveStreams) : -1,
    rssGrowthAfterStormBytes: Number(end?.rssBytes ?? 0) - base,
    youngGcs: gcs.length,
  };
}

export function threadFigures(lines: readonly Line[]): RepFigures {
  return { residentPerThreadBytes: median(lines.filter((l) => l.k === 'step').map((l) => Number(l.perThreadBytes))) };
}

export function directFigures(lines: readonly Line[]): RepFigures {
  const oom = first(lines, 'oom');
  return {
    outcome: oom ? 'OutOfMemoryError' : 'no error',
    retryMs: oom ? Number(oom.retryMs) : -1,
    oomText: oom ? normaliseNumbers(String(oom.message)) : 'none',
  };
}

/** "Cannot reserve 16777216 bytes … (allocated: 1, limit: 2)" → "Cannot reserve N bytes … (allocated: N, limit: N)". */
export function normaliseNumbers(text: string): string {
  return text.replace(/\d+/g, 'N');
}

export function heapRssFigures(lines: readonly Line[], garbageBytesPerSec: number): RepFigures {
  const rss = lines.filter((l) => l.k === 'rss').map((l) => [l.t, Number(l.rssBytes)] as const);
  return rssRise(rss, garbageBytesPerSec);
}

/**
 * How RSS rises with allocation: the rise from the first sample to the maximum, and the rise per MiB allocated
 * between 10 % and 60 % of it (a jump at a GC makes the allocation between those two crossings small, the figure large).
 */
export function rssRise(rss: ReadonlyArray<readonly [number, number]>, garbageBytesPerSec: number): RepFigures {
  const base = rss[0]?.[1] ?? 0;
  const max = Math.max(...rss.map(([, v]) => v));
  const rise = max - base;
  const at = (f: number) => rss.find(([, v]) => v >= base + f * rise)?.[0] ?? 0;
  const allocatedMiB = (Math.max(1, at(0.6) - at(0.1)) * garbageBytesPerSec) / 1000 / MiB;
  return { rssGrowthMaxBytes: rise, rssPerMiBAllocatedBytes: Math.round((0.5 * rise) / allocatedMiB) };
}
