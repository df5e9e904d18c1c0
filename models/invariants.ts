/**
 * What must hold after every step of any run (the engine promises it; tests check it): no pool above its
 * hard limit without the matching OOM or kill, RSS the sum of its parts, no negative size, time
 * moving forward. Tests call `check` from the simulation's afterStep hook; given to the simulation as
 * a sink too, the checker also sees every event and sample as emitted: no GC pause below 0 ms, no
 * sample value negative, NaN or infinite.
 */
import { directUsed, heapUsed, residentParts, rss, type JvmState } from './engine/state/jvmState';
import type { Simulation } from './engine/simulation';
import type { TraceEvent, TraceSink } from './engine/trace';

export class InvariantChecker implements TraceSink {
  private previousNowMs = 0;
  private seenEvents = 0;
  /** Whether the simulation hands events to this checker as a sink (then the retained log is not read). */
  private asSink = false;
  /** Processes (with their JVM instance) that have thrown a heap OOM. */
  private readonly heapOoms = new Set<string>();
  /** What the sink side found since the last `check` (the first 50). */
  private readonly pending: string[] = [];
  private names: readonly string[] = [];

  /** Column names for the sample problems' texts (optional: positions otherwise). */
  withColumns(names: readonly string[]): this {
    this.names = names;
    return this;
  }

  event(e: TraceEvent): void {
    this.asSink = true;
    this.noteEvent(e);
    if (e.type === 'gc' && !(e.pauseMs >= 0)) this.report(`${e.process} at ${e.atMs} ms: gc pauseMs = ${e.pauseMs}`);
  }

  sample(atMs: number, process: string, values: ArrayLike<number>): void {
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as number;
      if (!(v >= 0) || !Number.isFinite(v)) this.report(`${process} at ${atMs} ms: sample ${this.names[k] ?? `column ${k}`} = ${v}`);
    }
  }

  private report(problem: string): void {
    if (this.pending.length < 50) this.pending.push(problem);
  }

  private noteEvent(e: TraceEvent | undefined): void {
    if (e?.type === 'jvm.oom' && e.pool === 'heap') this.heapOoms.add(e.process);
  }

  /** The problems at the simulation's current instant (empty when all holds). */
  check(sim: Simulation): string[] {
    const problems: string[] = this.pending.splice(0);
    const now = sim.state.nowMs;
    if (now < this.previousNowMs) problems.push(`time went back from ${this.previousNowMs} to ${now}`);
    this.previousNowMs = now;
    if (!this.asSink) for (; this.seenEvents < sim.events.length; this.seenEvents++) this.noteEvent(sim.events[this.seenEvents]);
    for (const j of sim.state.jvms) {
      if (j.alive) problems.push(...jvmProblems(j, sim, now, this.heapOoms.has(j.process)));
    }
    return problems;
  }
}

/** Instants that are -1 while there is none (no marking under way, no System.gc() from Bits.reserveMemory yet). */
const NONE_IS_MINUS_ONE = new Set(['markingUntilMs', 'reserveGcAtMs']);

function jvmProblems(j: JvmState, sim: Simulation, now: number, hadHeapOom: boolean): string[] {
  const problems: string[] = [];
  const at = `${j.process} at ${now} ms`;
  const numbers: Array<[string, number]> = Object.entries(j).filter((e): e is [string, number] => typeof e[1] === 'number');
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || (value < 0 && !NONE_IS_MINUS_ONE.has(name))) problems.push(`${at}: ${name} = ${value}`);
  }
  if (heapUsed(j) > j.sizing.heapMaxBytes && !hadHeapOom)
    problems.push(`${at}: heap ${heapUsed(j)} above -Xmx ${j.sizing.heapMaxBytes} without an OOM`);
  if (directUsed(j) > j.sizing.directLimitBytes)
    problems.push(`${at}: direct ${directUsed(j)} above its limit ${j.sizing.directLimitBytes}`);
  if (j.metaspaceUsedBytes > j.sizing.metaspaceMaxBytes) problems.push(`${at}: metaspace above -XX:MaxMetaspaceSize`);
  if (j.windowYoungBytes > j.edenRetainedBytes || j.windowStateBytes - j.windowYoungBytes > j.oldLiveBytes)
    problems.push(`${at}: window state not where the heap holds it`);
  if (j.managedUsedBytes > j.sizing.managedBudgetBytes)
    problems.push(`${at}: managed memory ${j.managedUsedBytes} above its budget ${j.sizing.managedBudgetBytes}`);
  if (j.rocksdbReservedBytes > j.managedUsedBytes || j.rocksdbReservedBytes < 0)
    problems.push(`${at}: RocksDB's reservation ${j.rocksdbReservedBytes} is not within managed memory used ${j.managedUsedBytes}`);
  // The areas the sandbox shows one by one (residentParts) must add up to the RSS the container sees.
  const r = residentParts(j);
  const parts =
    r.heapBytes +
    r.directBytes +
    r.unsafeBytes +
    r.nativeBytes +
    r.managedBytes +
    r.rocksdbBytes +
    r.mallocRetainedBytes +
    r.metaspaceBytes +
    r.threadStacksBytes +
    r.jvmNativeBytes;
  if (parts !== rss(j)) problems.push(`${at}: RSS ${rss(j)} is not the sum of its parts ${parts}`);
  if (j.heapTouchedBytes > j.sizing.heapMaxBytes) problems.push(`${at}: more heap resident than -Xmx`);
  const limit = j.sizing.containerLimitBytes;
  if (limit > 0 && sim.scenario.cluster.deployment !== 'yarn' && rss(j) > limit)
    problems.push(`${at}: RSS ${rss(j)} above the cgroup limit ${limit} without a kill`);
  return problems;
}
