/**
 * A small, pure parser of HotSpot unified GC logging (`-Xlog:gc*:file=…:uptime,level,tags`), JDK 9 and later, for
 * G1, Parallel and Serial. No Node imports: it can move to models/ for "bring your own GC log".
 *
 * Lines it reads (JDK 17/25; src/hotspot/share/gc/shared/gcTraceTime.cpp prints the pause line, g1HeapTransition.cpp
 * the region lines, g1ConcurrentMarkThread.cpp the concurrent cycle):
 *   [1.236s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 26M->5M(512M) 3.456ms
 *   [1.235s][info][gc,heap     ] GC(0) Eden regions: 25->0(22)
 *   [0.005s][info][gc,init     ] Heap Region Size: 1M
 *   [9.100s][info][gc          ] GC(7) Concurrent Mark Cycle
 */
export interface GcPause {
  readonly id: number;
  readonly uptimeMs: number;
  /** young (G1 Normal/Concurrent Start/Prepare Mixed, Parallel/Serial young), mixed (G1 Mixed), full, or a G1 remark/cleanup. */
  readonly kind: 'young' | 'mixed' | 'full' | 'remark' | 'cleanup';
  /** The G1 young type ("Normal", "Concurrent Start", "Prepare Mixed", "Mixed"), else undefined. */
  readonly youngType: string | undefined;
  readonly cause: string;
  readonly concurrentStart: boolean;
  readonly beforeBytes: number;
  readonly afterBytes: number;
  readonly capacityBytes: number;
  readonly pauseMs: number;
  /** G1 only, in regions: eden before the pause, survivor after, old before and after. */
  readonly regions: { edenBefore: number; survivorAfter: number; oldBefore: number; oldAfter: number } | undefined;
}

export interface GcLog {
  readonly regionBytes: number | undefined;
  readonly pauses: readonly GcPause[];
  /** GC ids of concurrent mark cycles (G1), in order. */
  readonly concurrentCycles: readonly number[];
}

const LINE = /^\[([\d.]+)s\]\[\w+\s*\]\[([\w,]+)\s*\] (.*)$/;
const PAUSE = /^GC\((\d+)\) Pause (Young|Full|Remark|Cleanup)((?: \([^)]*\))*) (\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\) ([\d.]+)ms$/;
const REGIONS = /^GC\((\d+)\) (Eden|Survivor|Old) regions: (\d+)->(\d+)/;
const UNIT: Record<string, number> = { K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 };
const YOUNG_TYPES = new Set(['Normal', 'Concurrent Start', 'Prepare Mixed', 'Mixed']);

export function parseGcLog(text: string): GcLog {
  let regionBytes: number | undefined;
  const regions = new Map<number, { edenBefore: number; survivorAfter: number; oldBefore: number; oldAfter: number }>();
  const pauses: GcPause[] = [];
  const cycles: number[] = [];
  for (const raw of text.split('\n')) {
    const line = LINE.exec(raw.trimEnd());
    if (!line) continue;
    const [, uptime, tags, rest] = line as unknown as [string, string, string, string];
    const size = /^Heap Region Size: (\d+)([KMG])$/.exec(rest);
    if (size) regionBytes = Number(size[1]) * (UNIT[size[2] as string] as number);
    const r = REGIONS.exec(rest);
    if (r) recordRegions(regions, Number(r[1]), r[2] as string, Number(r[3]), Number(r[4]));
    const cycle = /^GC\((\d+)\) Concurrent (?:Mark|Undo) Cycle$/.exec(rest);
    if (cycle && tags === 'gc') cycles.push(Number(cycle[1]));
    const p = PAUSE.exec(rest);
    if (p && tags === 'gc') pauses.push(pause(p, Math.round(Number(uptime) * 1000), regions.get(Number(p[1]))));
  }
  return { regionBytes, pauses, concurrentCycles: cycles };
}

function recordRegions(
  map: Map<number, { edenBefore: number; survivorAfter: number; oldBefore: number; oldAfter: number }>,
  id: number,
  which: string,
  before: number,
  after: number,
): void {
  const r = map.get(id) ?? { edenBefore: 0, survivorAfter: 0, oldBefore: 0, oldAfter: 0 };
  if (which === 'Eden') r.edenBefore = before;
  if (which === 'Survivor') r.survivorAfter = after;
  if (which === 'Old') {
    r.oldBefore = before;
    r.oldAfter = after;
  }
  map.set(id, r);
}

function pause(p: RegExpExecArray, uptimeMs: number, regions: GcPause['regions']): GcPause {
  const groups = [...(p[3] as string).matchAll(/\(([^)]*)\)/g)].map((m) => m[1] as string);
  const first = groups[0];
  const youngType = p[2] === 'Young' && first !== undefined && YOUNG_TYPES.has(first) ? first : undefined;
  const cause = (youngType === undefined ? groups : groups.slice(1)).join(' ');
  const kindOf = { Young: youngType === 'Mixed' ? 'mixed' : 'young', Full: 'full', Remark: 'remark', Cleanup: 'cleanup' } as const;
  const bytes = (n: number, u: number) => Number(p[n]) * (UNIT[p[u] as string] as number);
  return {
    id: Number(p[1]),
    uptimeMs,
    kind: kindOf[p[2] as keyof typeof kindOf],
    youngType,
    cause,
    concurrentStart: youngType === 'Concurrent Start',
    beforeBytes: bytes(4, 5),
    afterBytes: bytes(6, 7),
    capacityBytes: bytes(8, 9),
    pauseMs: Number(p[10]),
    regions,
  };
}
