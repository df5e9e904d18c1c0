/**
 * The views an engineer reaches for in these incidents (docs/runtime-mechanics.md §5.2, §11): a heap histogram
 * (what `jmap -histo:live` would list, largest first), a native allocation profile in the style of
 * jeprof's text report (live malloc/Unsafe bytes by allocation site, leaked direct buffers included) and
 * metaspace by holder (`jcmd VM.classloader_stats`). All are computed from a process's state at one
 * instant, so the UI can show them at its cursor and a run can keep them at each failure. Every leak,
 * declared or injected, shows under its site (`JvmState.siteBytes`).
 *
 * Simplified: the model knows memory by what holds it (leak sites, window and operator state, Flink's own
 * objects, short-lived garbage), not by every class; entries name the class where the scenario says it.
 */
import type { LeakKind } from '../scenario/types';
import { leakSites } from './injectedLeaks';
import { BASELINE, JVM } from './state/jvmConstants';
import { heapUsed, nativeInUse, residentParts, type JvmState, type ResidentParts } from './state/jvmState';
import { siteKey } from './jvm/leakAllocation';
import type { Sim } from './state/sim';

export interface HistogramEntry {
  readonly className: string;
  readonly instances: number;
  readonly bytes: number;
}

export interface NativeSite {
  readonly site: string;
  readonly bytes: number;
  readonly percent: number;
}

export function heapHistogram(sim: Sim, index: number): HistogramEntry[] {
  const j = sim.state.jvms[index];
  if (!j) return [];
  const ops = sim.scenario.job.operators;
  const entries: HistogramEntry[] = [];
  const perOccurrence = new Map(
    leakSites(sim)
      .filter((l) => l.kind === 'heap')
      .map((l) => [l.site, l.bytes] as const),
  );
  for (const [site, bytes] of sitesOf(j, 'heap')) {
    // A ramp (or a site the scenario does not know) has no countable objects: 0 instances, like the other [bracketed] holders.
    const each = perOccurrence.get(site) ?? 0;
    entries.push({ className: site, instances: each > 0 ? Math.round(bytes / each) : 0, bytes });
  }
  const windowOp = ops.find((op) => op.eventTimeWindow);
  if (j.windowStateBytes > 0 && windowOp?.eventTimeWindow) {
    entries.push({
      className: 'org.apache.flink.runtime.state.heap.CopyOnWriteStateMap$StateMapEntry',
      instances: Math.round(j.windowStateBytes / windowOp.eventTimeWindow.bytesPerRecord),
      bytes: j.windowStateBytes,
    });
  }
  const operatorState = sim.state.tasks.reduce((sum, t) => (t.tm === index && t.state === 'RUNNING' ? sum + t.stateBytes : sum), 0);
  if (operatorState > 0) entries.push({ className: '[operator state on the heap backend]', instances: 0, bytes: operatorState });
  const framework = BASELINE[j.sizing.kind].heapLiveBytes;
  entries.push({ className: '[Flink runtime objects]', instances: 0, bytes: framework });
  const accounted = entries.reduce((sum, e) => sum + e.bytes, 0);
  const garbage = Math.max(0, heapUsed(j) - accounted);
  if (garbage > 0) entries.push({ className: 'byte[] / char[] (short-lived records, unreachable)', instances: 0, bytes: garbage });
  return entries.sort((a, b) => b.bytes - a.bytes);
}

/** Live native bytes by allocation site, as jemalloc's profiler attributes them. */
export function nativeProfile(sim: Sim, index: number): NativeSite[] {
  const j = sim.state.jvms[index];
  if (!j) return [];
  const sites = new Map<string, number>();
  const add = (site: string, bytes: number) => bytes > 0 && sites.set(site, (sites.get(site) ?? 0) + bytes);
  for (const [site, bytes] of [...sitesOf(j, 'native'), ...sitesOf(j, 'unsafe')]) add(site, bytes);
  // Memory dropped but not yet cleaned (Deflaters waiting for a GC): still live to malloc, charged to its site.
  const gcSite = sim.scenario.job.operators.flatMap((op) => op.leaks).find((l) => l.kind === 'native' && l.release === 'gc');
  add(gcSite ? gcSite.site : 'malloc (unreachable, awaiting a GC)', j.nativeUnreachableYoungBytes + j.nativeUnreachableOldBytes);
  const keptNative = [...sites.entries()].reduce((sum, [, b]) => sum + b, 0);
  // A leaked direct buffer's memory is malloc'd too (ByteBuffer.allocateDirect → Unsafe_AllocateMemory0): its site shows.
  for (const [site, bytes] of sitesOf(j, 'direct')) add(`${site} → ByteBuffer.allocateDirect`, bytes);
  add('malloc (other native allocations)', Math.max(0, nativeInUse(j) + j.unsafeBytes + j.unsafeUnreachableOldBytes - keptNative));
  // RocksDB's reservation of managed memory is bookkeeping: its bytes are RocksDB's own mallocs, by part (rocksdbInstances.ts).
  add('Unsafe_AllocateMemory0 (Flink MemoryManager: managed memory)', j.managedUsedBytes - j.rocksdbReservedBytes);
  add('rocksdb::BlockBasedTable::ReadBlockFromFile → LRUCache (block cache)', j.rocksdb.blockCache);
  add('rocksdb::BlockBasedTable (blocks pinned by iterators and readers)', j.rocksdb.pinned);
  add('rocksdb::Arena::AllocateNewBlock (memtables)', j.rocksdb.memtables);
  add('rocksdb::BlockBasedTable::Open (index and filter blocks of table readers)', j.rocksdb.tableReaders);
  add('rocksdb (iterator arenas, flush and compaction buffers)', j.rocksdb.arena);
  add('os::malloc (JVM: symbols, arenas, GC and compiler data)', JVM.otherNativeBytes);
  const total = [...sites.values()].reduce((a, b) => a + b, 0);
  return [...sites.entries()]
    .map(([site, bytes]) => ({ site, bytes, percent: total > 0 ? Math.round((1000 * bytes) / total) / 10 : 0 }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * Metaspace by holder, as `jcmd <pid> VM.classloader_stats` attributes it: the class metadata each operator leak or
 * injected leak loaded, by its site, then the rest (Flink's own classes, the jobs' user-code loaders, pinned or not).
 */
function metaspaceProfile(sim: Sim, index: number): MetaspaceHolder[] {
  const j = sim.state.jvms[index];
  if (!j) return [];
  const leaked = sitesOf(j, 'metaspace').map(([holder, bytes]) => ({ holder, bytes }));
  const rest = j.metaspaceUsedBytes - leaked.reduce((sum, h) => sum + h.bytes, 0);
  if (rest > 0) leaked.push({ holder: '[other class loaders (Flink runtime, user code)]', bytes: rest });
  return leaked.sort((a, b) => b.bytes - a.bytes);
}

interface MetaspaceHolder {
  readonly holder: string;
  readonly bytes: number;
}

/** The bytes a process's leaks hold in one pool, by site: reachable, or dropped and still waiting for a GC. */
function sitesOf(j: JvmState, kind: LeakKind): Array<[string, number]> {
  const prefix = siteKey(kind, '');
  const keys = new Set([...Object.keys(j.siteBytes), ...Object.keys(j.siteAwaitingGcBytes)]);
  return [...keys]
    .map((key): [string, number] => [key, (j.siteBytes[key] ?? 0) + (j.siteAwaitingGcBytes[key] ?? 0)])
    .filter(([key, bytes]) => key.startsWith(prefix) && bytes > 0)
    .map(([key, bytes]): [string, number] => [key.slice(prefix.length), bytes]);
}

/** jeprof --text style: "Total: 1518.2 MB" then one line per site. */
export function nativeProfileText(profile: readonly NativeSite[]): string {
  const mb = (b: number) => (b / 1048576).toFixed(1);
  const total = profile.reduce((sum, s) => sum + s.bytes, 0);
  let cumulative = 0;
  const lines = profile.map((s) => {
    cumulative += s.percent;
    return `${mb(s.bytes).padStart(8)} ${s.percent.toFixed(1).padStart(5)}% ${cumulative.toFixed(1).padStart(5)}% ${s.site}`;
  });
  return [`Total: ${mb(total)} MB`, ...lines].join('\n');
}

export interface FailureDiagnostics {
  readonly atMs: number;
  readonly process: string;
  /** The JVM instance that failed (a replacement TaskManager is the next one). */
  readonly instance: number;
  readonly trigger: string;
  /** The failure event's position in the run's event log. */
  readonly eventIndex: number;
  readonly heapHistogram: readonly HistogramEntry[];
  readonly nativeProfile: readonly NativeSite[];
  readonly metaspace: readonly MetaspaceHolder[];
  /** What was resident, area by area (their sum is the RSS a container kill reports). */
  readonly resident: ResidentParts;
}

/** The views for a process, captured when it fails (top 10 histogram entries). */
export function captureDiagnostics(sim: Sim, index: number, trigger: string, eventIndex = -1): FailureDiagnostics {
  const j = sim.state.jvms[index] as JvmState;
  return {
    atMs: sim.state.nowMs,
    process: j.process,
    instance: j.instance,
    trigger,
    eventIndex,
    heapHistogram: heapHistogram(sim, index).slice(0, 10),
    nativeProfile: nativeProfile(sim, index),
    metaspace: metaspaceProfile(sim, index),
    resident: residentParts(j),
  };
}
