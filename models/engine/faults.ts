/**
 * Scenario events and interventions: kill a container, fail a task, slow a sink, spike the
 * traffic, a storm of exceptions, force a GC, inject a leak — at a time or on a period.
 */
import { processName, terminate } from './cluster';
import { failTask } from './job/failover';
import { systemGc } from './jvm/heap';
import { emitGcs, heapCause } from './jvm/jvmEvents';
import type { Sim } from './state/sim';
import { onOutOfMemory } from './cluster';
import { loadClasses, releaseLoader } from './jvm/metaspace';
import { blobHostFailed, setStuckConnections } from './blobServer';
import { formatSimTime } from '../units/duration';
import { setWatermarkFrozen } from './job/windows';
import { burst, endRamps, injectedSite, injectLeak, leakInjectedMessage } from './injectedLeaks';
import { deferDirectFailure } from './directRetry';
import { siteKey } from './jvm/leakAllocation';

/** Actions on the cluster's processes rather than the job: a FAILED job does not stop them. */
const CLUSTER_ACTIONS: ReadonlySet<string> = new Set([
  'kill-container',
  'crash-process',
  'restart-process',
  'force-gc',
  'submit-job',
  'stuck-blob-connections',
]);

/** Queues the first firing of every scenario event. */
export function scheduleFaults(sim: Sim): void {
  sim.scenario.events.forEach((event, index) => sim.queue.push(event.atMs, { kind: 'fault', index }));
}

export function fireFault(sim: Sim, index: number): void {
  const event = sim.scenario.events[index];
  if (!event) return;
  const now = sim.state.nowMs;
  const repeating = event.everyMs !== undefined && event.everyMs > 0;
  // A FAILED job is terminal (nothing restarts it): a repeating event that acts on the job (its tasks, traffic, sources,
  // sink, user code) has nothing left to act on, and stops. Those on the cluster's processes go on.
  if (repeating && sim.state.job.status === 'FAILED' && !CLUSTER_ACTIONS.has(event.action)) return;
  if (repeating && event.everyMs !== undefined) {
    const next = now + event.everyMs;
    if (next <= (event.untilMs ?? Infinity) && next <= sim.scenario.durationMs) sim.queue.push(next, { kind: 'fault', index });
  }
  const target = resolveTarget(sim, event.action, event.target);
  const message = event.leak
    ? leakInjectedMessage(event, event.leak, target.label, sim.scenario.cluster.jdk)
    : `Scenario event: ${event.action} on ${target.label}.`;
  sim.emit({ type: 'fault.injected', atMs: now, process: target.process, action: event.action, target: event.target, message });
  switch (event.action) {
    case 'kill-container':
      for (const jvm of target.jvms) {
        terminate(sim, jvm, {
          kind: 'killed',
          reason: 'injected',
          exitCode: 143,
          message: `Container of ${processName(jvm)} stopped on request (SIGTERM). Container killed on request. Exit code is 143`,
          notice: 'graceful',
        });
      }
      break;
    case 'crash-process':
      for (const jvm of target.jvms) {
        // the host failed with the process: its connections to the blob server stay open on the JobManager's side
        if (jvm > 0 && sim.state.jvms[jvm]?.alive) blobHostFailed(sim, jvm);
        terminate(sim, jvm, {
          kind: 'exited',
          exitCode: 1,
          message: `${processName(jvm)} terminated unexpectedly (the host failed): exit code 1.`,
          notice: 'abrupt',
        });
      }
      break;
    case 'restart-process':
      // the operator's new configuration: the blob server of the restarted JobManager reads its limit at start
      if (event.set) sim.state.blob.concurrentLimit = event.set['blob.fetch.num-concurrent'];
      for (const jvm of target.jvms) {
        terminate(sim, jvm, {
          kind: 'exited',
          exitCode: 143,
          // Flink's SignalHandler (flink-runtime 1.20.5, org.apache.flink.runtime.util.SignalHandler$Handler):
          // "RECEIVED SIGNAL {}: SIG{}. Shutting down as requested."; the JVM's status after SIGTERM is 128 + 15.
          message: `RECEIVED SIGNAL 15: SIGTERM. Shutting down as requested. ${processName(jvm)} restarted by the operator (exit code 143).`,
          notice: 'graceful',
        });
      }
      break;
    case 'fail-task':
      if (target.task !== undefined)
        failTask(sim, target.task, 'java.lang.RuntimeException: Task failed by the scenario (fail-task)', true);
      break;
    case 'force-gc':
      for (const jvm of target.jvms) {
        const j = sim.state.jvms[jvm];
        // -XX:+DisableExplicitGC turns System.gc() (what force-gc stands for) into nothing.
        if (!j?.alive || j.sizing.disableExplicitGc) continue;
        const outcome = systemGc(j, sim.state.nowMs);
        emitGcs(sim, j, outcome);
        // System.gc() itself throws nothing; the live set it left above the heap fails the next allocation.
        if (outcome.heapOom) onOutOfMemory(sim, jvm, 'heap', heapCause(j, 'allocation of a new object'), undefined, false);
      }
      break;
    case 'submit-job':
      submitJob(sim, index);
      break;
    case 'stuck-blob-connections':
      setStuckConnections(sim, event.connections);
      sim.queue.push(now + event.forMs, { kind: 'fault-end', index });
      break;
    case 'leak':
      injectLeak(sim, index, target.jvms);
      // A burst allocates on each target in turn; an OutOfMemoryError is answered before the next one allocates.
      if (event.leak?.shape === 'burst')
        for (const jvm of target.jvms) {
          const failure = burst(sim, jvm, event.leak);
          if (failure?.retry)
            deferDirectFailure(sim, jvm, failure.cause, failure.retry, { site: siteKey('direct', injectedSite(event.leak)) });
          else if (failure) onOutOfMemory(sim, jvm, failure.pool, failure.cause, undefined, failure.fatal);
        }
      break;
    default:
      applyTrafficChange(sim, index, true);
      sim.queue.push(now + event.forMs, { kind: 'fault-end', index });
  }
  sim.ratesDirty = true;
}

export function endFault(sim: Sim, index: number, instance?: number): void {
  const event = sim.scenario.events[index];
  if (event?.action === 'submit-job') return finishJob(sim, index, instance);
  if (event?.action === 'stuck-blob-connections') return setStuckConnections(sim, -event.connections);
  if (event?.action === 'leak') return endRamps(sim);
  applyTrafficChange(sim, index, false);
  sim.ratesDirty = true;
}

/**
 * A batch job reaches the JobManager: it gets its own user-code class loader (docs/runtime-mechanics.md §1.5, §11c),
 * runs for `for`, and when it ends its loader is released — unless something pins it.
 */
function submitJob(sim: Sim, index: number): void {
  const event = sim.scenario.events[index];
  const jm = sim.state.jvms[0];
  if (!event || !jm?.alive) return;
  const now = sim.state.nowMs;
  const use = event.classUse ?? 'initialised';
  const where = `user-code class loader of the batch job submitted at ${formatSimTime(now)}`;
  const result = loadClasses(jm, event.classes, where, now, event.metaspaceBytes ?? 0, use);
  emitGcs(sim, jm, result.gc);
  if (!result.ok && result.cause) return onOutOfMemory(sim, 0, 'metaspace', result.cause, undefined, true);
  sim.emit({
    type: 'log',
    level: 'INFO',
    atMs: now,
    process: 'jobmanager',
    message: `Received JobGraph submission of a batch job (${event.classes} classes loaded by a new ChildFirstClassLoader; metaspace ${Math.round(jm.metaspaceUsedBytes / 1048576)} MiB of ${Math.round(jm.sizing.metaspaceMaxBytes / 1048576)} MiB).`,
  });
  sim.queue.push(now + event.forMs, { kind: 'fault-end', index, instance: jm.instance });
}

function finishJob(sim: Sim, index: number, instance: number | undefined): void {
  const event = sim.scenario.events[index];
  const jm = sim.state.jvms[0];
  if (!event || !jm?.alive || jm.instance !== instance) return;
  sim.emit({
    type: 'log',
    level: 'INFO',
    atMs: sim.state.nowMs,
    process: 'jobmanager',
    message: `Batch job finished; its class loader is ${event.pinned ? 'still reachable (pinned): its classes stay in metaspace' : 'released: its classes go at the next full or mixed collection'}.`,
  });
  if (!event.pinned) releaseLoader(jm, event.classes, event.classUse ?? 'initialised', event.metaspaceBytes ?? 0);
}

function applyTrafficChange(sim: Sim, index: number, on: boolean): void {
  const event = sim.scenario.events[index];
  if (!event) return;
  const traffic = sim.state.traffic;
  if (event.action === 'spike') traffic.spikeFactor = on ? event.factor : 1;
  if (event.action === 'idle-partition') setWatermarkFrozen(sim, on);
  if (event.action === 'exception-storm') traffic.stormPerSec = Math.max(0, traffic.stormPerSec + (on ? event.rate : -event.rate));
  if (event.action === 'slow-sink') {
    const op = sim.scenario.job.operators.findIndex((o) => o.id === event.target);
    const which = op >= 0 ? op : sim.scenario.job.operators.length - 1;
    traffic.slowFactor[which] = on ? event.factor : 1;
  }
}

interface Target {
  readonly jvms: number[];
  readonly task: number | undefined;
  readonly process: string;
  readonly label: string;
}

/** `random` is drawn from the seeded 'faults' stream among the candidates alive now. */
function resolveTarget(sim: Sim, action: string, target: string): Target {
  const jvms = sim.state.jvms;
  if (action === 'fail-task') {
    const ops = sim.scenario.job.operators;
    const candidates = sim.state.tasks
      .map((t, i) => [t, i] as const)
      .filter(([t]) => t.state === 'RUNNING' && (target === 'random' || target === 'all' || ops[t.operator]?.id === target));
    const pick = candidates.length ? candidates[sim.rng.nextInt('faults', candidates.length)] : undefined;
    const process = pick ? (jvms[pick[0].tm]?.process ?? 'jobmanager') : 'jobmanager';
    return { jvms: [], task: pick?.[1], process, label: pick?.[0].name ?? 'no running task' };
  }
  if (target === 'all')
    return {
      jvms: jvms.map((_, i) => i).filter((i) => i > 0 || action === 'force-gc'),
      task: undefined,
      process: 'jobmanager',
      label: 'all processes',
    };
  if (target === 'random') {
    const alive = jvms.map((j, i) => [j, i] as const).filter(([j, i]) => i > 0 && j.alive);
    const pick = alive.length ? alive[sim.rng.nextInt('faults', alive.length)] : undefined;
    return {
      jvms: pick ? [pick[1]] : [],
      task: undefined,
      process: pick?.[0].process ?? 'jobmanager',
      label: pick?.[0].process ?? 'no live TaskManager',
    };
  }
  const index = target === 'jobmanager' ? 0 : Number(/^taskmanager-(\d+)$/.exec(target)?.[1] ?? NaN);
  if (Number.isInteger(index) && jvms[index])
    return { jvms: [index], task: undefined, process: processName(index), label: processName(index) };
  return { jvms: [], task: undefined, process: 'jobmanager', label: target };
}
