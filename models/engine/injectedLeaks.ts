/**
 * Leaks injected at a moment of a run by a `leak` event (a scenario's `events:`, or the sandbox's inject palette).
 * All of them keep their memory reachable: nothing releases it, no GC frees it.
 * - per-restart and per-record join the target operator's own leaks (`leaksOf`): from the injection on, every
 *   open() of its subtasks (each restart, in the same TaskManager JVM) or every record it processes leaks `bytes`,
 *   through exactly the rules of a declared `at: open` / `at: record` leak with `release: never`.
 * - ramp: a constant flow on the target processes for `forMs`, on whichever JVM instance of each is alive (the
 *   leaking code runs in every instance, so a restarted JVM starts from zero and leaks again).
 * - burst: one allocation on each live target process at every firing (`every:` gives a staircase).
 * What an injection set going lives in `sim.state.injectedLeaks`, so checkpoints and seek replay it exactly.
 */
import type { ClassUse, JdkVersion, LeakInjection, LeakKind, LeakSpec, ScheduledEvent } from '../scenario/types';
import { jdkTraits } from './state/jdk';
import { rampBytesPerMs } from '../scenario/vocabulary';
import { formatDuration } from '../units/duration';
import { compactSize } from '../units/memorySize';
import type { JvmRates, JvmState } from './state/jvmState';
import { allocateLeak, siteKey, type AllocationFailure } from './jvm/leakAllocation';
import type { Sim } from './state/sim';
import { declaredLeaks } from './job/rocksDbLeaks';

/** The allocation site an injected leak shows in diagnostics and OOM causes: "injected direct leak (per-restart)". */
export const injectedSite = (leak: LeakInjection): string => `injected ${leak.pool} leak (${leak.shape})`;

/** Classes a metaspace injection loads: its bytes at the engine's bytes per class, at least one. */
const classesOf = (bytes: number, use: ClassUse, jdk: JdkVersion): number =>
  Math.max(1, Math.floor(bytes / jdkTraits(jdk).metaspaceBytesPerClass[use]));

/** The injection as a leak spec (`at` matters for per-restart and per-record only: open or record). */
function leakSpec(leak: LeakInjection, jdk: JdkVersion): LeakSpec {
  return {
    kind: leak.pool,
    bytes: leak.bytes,
    at: leak.shape === 'per-record' ? 'record' : 'open',
    release: 'never',
    classes: leak.pool === 'metaspace' ? classesOf(leak.bytes, leak.classUse ?? 'initialised', jdk) : 0,
    classUse: leak.classUse,
    threads: 0,
    site: injectedSite(leak),
  };
}

/**
 * An operator's leaks: those its spec declares, the RocksDB leaks its release has (job/rocksDbLeaks.ts, fixed for the
 * run), then those injected into it so far (positions never change: a task's `opened` refers to them).
 */
export function leaksOf(sim: Sim, operator: number): readonly LeakSpec[] {
  const declared = declaredLeaks(sim, operator);
  const injections = sim.state.injectedLeaks.operators;
  if (injections.length === 0) return declared;
  const injected = injections.flatMap((i) => {
    const leak = sim.scenario.events[i.event]?.leak;
    return i.operator === operator && leak ? [leakSpec(leak, sim.scenario.cluster.jdk)] : [];
  });
  return injected.length === 0 ? declared : [...declared, ...injected];
}

/** Every leak site the scenario can produce, with its bytes per occurrence (0 for a ramp: no countable objects). */
export function leakSites(sim: Sim): Array<{ readonly kind: LeakKind; readonly site: string; readonly bytes: number }> {
  const declared = sim.scenario.job.operators.flatMap((op) => op.leaks);
  const injected = sim.scenario.events.flatMap((e) =>
    e.leak ? [{ ...leakSpec(e.leak, sim.scenario.cluster.jdk), bytes: e.leak.shape === 'ramp' ? 0 : e.leak.bytes }] : [],
  );
  return [...declared, ...injected].map((l) => ({ kind: l.kind, site: l.site, bytes: l.bytes }));
}

/**
 * The `leak` event at `index` fires; `jvms` are its resolved target processes (none for an operator target). A burst
 * allocates at once, process by process (`burst`), and its caller routes each OutOfMemoryError.
 */
export function injectLeak(sim: Sim, index: number, jvms: readonly number[]): void {
  const event = sim.scenario.events[index];
  const leak = event?.leak;
  if (!event || !leak) return;
  const now = sim.state.nowMs;
  if (leak.shape === 'per-restart' || leak.shape === 'per-record') {
    const operator = sim.scenario.job.operators.findIndex((op) => op.id === event.target);
    if (operator >= 0) sim.state.injectedLeaks.operators.push({ event: index, operator });
  } else if (leak.shape === 'ramp') {
    sim.state.injectedLeaks.ramps.push({ event: index, jvms: [...jvms], endsAtMs: now + event.forMs });
    sim.queue.push(now + event.forMs, { kind: 'fault-end', index });
  }
  sim.ratesDirty = true;
}

/**
 * One allocation on a live process. The leaking code runs in some thread of the process; Flink's answer to an
 * OutOfMemoryError depends on which. In a task thread, Task fails the task and the TaskManager lives on (unless
 * taskmanager.jvm-exit-on-oom, or the error is fatal like Metaspace with classloader.fail-on-metaspace-oom-error);
 * in one of Flink's own threads, their FatalExitExceptionHandler stops the process. The error returned here goes to
 * cluster.ts onOutOfMemory (routed by faults.ts), which models both: it blames a running task of the process, and
 * with none the fatal error handler. (A thread of the user's own,
 * outside any task, would only get ClusterUncaughtExceptionHandler's log line under the default
 * cluster.uncaught-exception-handling: LOG; the model does not distinguish that thread.)
 */
export function burst(sim: Sim, index: number, leak: LeakInjection): AllocationFailure | undefined {
  const jvm = sim.state.jvms[index];
  if (!jvm?.alive) return undefined;
  return allocateLeak(sim, jvm, leakSpec(leak, sim.scenario.cluster.jdk), injectedSite(leak));
}

/** A ramp's `for` has passed: it stops leaking (what it leaked stays). */
export function endRamps(sim: Sim): void {
  const now = sim.state.nowMs;
  sim.state.injectedLeaks.ramps = sim.state.injectedLeaks.ramps.filter((r) => r.endsAtMs > now);
  sim.ratesDirty = true;
}

/** The flows of the ramps under way, added to the rates (and site rates) refreshRates has just made afresh. */
export function addRampFlows(sim: Sim): void {
  for (const ramp of sim.state.injectedLeaks.ramps) {
    const event = sim.scenario.events[ramp.event];
    if (!event?.leak || ramp.endsAtMs <= sim.state.nowMs) continue;
    const perMs = rampBytesPerMs(event.leak.bytes, event.forMs);
    for (const index of ramp.jvms) {
      const jvm = sim.state.jvms[index];
      // A direct ramp whose allocation sits in Bits.reserveMemory's retries allocates nothing until they end.
      if (jvm?.alive && !(event.leak.pool === 'direct' && jvm.directRampInRetry)) addFlow(jvm, event.leak, perMs);
    }
  }
}

const RAMP_FLOW: Readonly<Record<LeakKind, keyof JvmRates | undefined>> = {
  heap: 'heapRetained',
  direct: 'directReachable',
  unsafe: 'unsafeReachable',
  native: 'nativeReachable',
  metaspace: undefined,
};

function addFlow(jvm: JvmState, leak: LeakInjection, perMs: number): void {
  const flow = RAMP_FLOW[leak.pool];
  if (!flow || perMs <= 0) return;
  jvm.rates[flow] += perMs;
  const key = siteKey(leak.pool, injectedSite(leak));
  const existing = jvm.siteRates.find(([site]) => site === key);
  if (existing) existing[1] += perMs;
  else jvm.siteRates.push([key, perMs]);
}

/** The site of a ramp leaking into `pool` on this process now, if any (to name the allocation of an OOM). */
export function rampSiteOn(sim: Sim, index: number, pool: LeakKind): string | undefined {
  for (const ramp of sim.state.injectedLeaks.ramps) {
    const leak = sim.scenario.events[ramp.event]?.leak;
    if (leak?.pool === pool && ramp.jvms.includes(index)) return injectedSite(leak);
  }
  return undefined;
}

const POOL_TEXT: Readonly<Record<LeakKind, string>> = {
  heap: 'heap',
  direct: 'direct memory',
  unsafe: 'Unsafe memory',
  native: 'native (malloc) memory',
  metaspace: 'metaspace',
};

/**
 * The `fault.injected` text (the event type keeps its name): what leaks, how much, where, as the scenario scripted it.
 * "Scenario event: leak on sink: 64 MiB of direct memory per restart …"
 */
export function leakInjectedMessage(event: ScheduledEvent, leak: LeakInjection, label: string, jdk: JdkVersion): string {
  const where = event.target === 'all' ? 'all TaskManagers' : label;
  const what = `${compactSize(BigInt(leak.bytes))} of ${POOL_TEXT[leak.pool]}${leak.pool === 'metaspace' ? ` (${classesOf(leak.bytes, leak.classUse ?? 'initialised', jdk)} classes)` : ''}`;
  const how = {
    'per-restart': 'per restart (in every open() of its subtasks from now on)',
    'per-record': 'per record it processes',
    ramp: `over ${formatDuration(event.forMs)} (${rampBytesPerMs(leak.bytes, event.forMs)} bytes/ms)`,
    burst: 'at once',
  }[leak.shape];
  return `Scenario event: leak on ${where}: ${what} ${how}, never freed.`;
}
