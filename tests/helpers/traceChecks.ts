/** Checks of a whole event trace that InvariantChecker (per step, per JVM) cannot see: does the log tell one consistent story? */
import { BASELINE } from '../../models/engine/state/jvmConstants';
import { collectorNames, type TraceEvent } from '../../models/engine/trace';
import type { Scenario } from '../../models/scenario/types';

/** Fields an event type declares as possibly undefined (`jvm.oom` in a framework thread has no task). */
const MAY_BE_UNDEFINED: Readonly<Record<string, readonly string[]>> = { 'jvm.oom': ['task'] };

/** Every NaN, infinite, undefined or null value inside an event, as `path = value`. */
function badValues(event: TraceEvent): string[] {
  const bad: string[] = [];
  const visit = (value: unknown, path: string, allowUndefined: boolean) => {
    if (value === undefined) {
      if (!allowUndefined) bad.push(`${path} = undefined`);
    } else if (value === null) bad.push(`${path} = null`);
    else if (typeof value === 'number' && !Number.isFinite(value)) bad.push(`${path} = ${value}`);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`, false);
  };
  const optional = MAY_BE_UNDEFINED[event.type] ?? [];
  for (const [k, v] of Object.entries(event)) visit(v, k, optional.includes(k));
  return bad;
}

/** What a failure event must say: which allocation met which limit, and the numbers that prove it. */
function failureProblems(e: TraceEvent): string[] {
  const at = `${e.type} at ${e.atMs} ms on ${e.process}`;
  const problems: string[] = [];
  if (e.type === 'jvm.oom') {
    const c = e.cause;
    if (!c.allocation || !c.limit) problems.push(`${at}: cause without allocation or limit name: ${JSON.stringify(c)}`);
    if (!(c.limitBytes > 0) || c.usedBytes < 0 || c.requestedBytes < 0)
      problems.push(`${at}: cause numbers out of range: ${JSON.stringify(c)}`);
    if (e.pool !== 'heap' && !(c.usedBytes + c.requestedBytes > c.limitBytes))
      problems.push(`${at}: ${e.pool} OOM although ${c.usedBytes} + ${c.requestedBytes} fits ${c.limitBytes}`);
    if (!e.message.startsWith('java.lang.OutOfMemoryError: '))
      problems.push(`${at}: message is not an OutOfMemoryError: ${e.message.slice(0, 80)}`);
  }
  if (e.type === 'container.killed') {
    // YARN's monitor samples and finds RSS past the limit; a memory cgroup kills at the charge that would pass it.
    if (e.reason === 'yarn-pmem' && !(e.limitBytes > 0 && e.rssBytes > e.limitBytes))
      problems.push(`${at}: ${e.reason} kill with RSS ${e.rssBytes} not above limit ${e.limitBytes}`);
    if (e.reason === 'k8s-oomkilled' && !(e.limitBytes > 0 && e.rssBytes === e.limitBytes))
      problems.push(`${at}: ${e.reason} kill with usage ${e.rssBytes} not at the limit ${e.limitBytes}`);
    if (e.reason === 'yarn-pmem' && e.exitCode !== 143) problems.push(`${at}: YARN kill with exit code ${e.exitCode}`);
    if (e.reason === 'k8s-oomkilled' && e.exitCode !== 137) problems.push(`${at}: OOMKilled with exit code ${e.exitCode}`);
  }
  return problems;
}

interface ProcessLife {
  instance: number;
  alive: boolean;
  endedAtMs: number;
  startedAtMs: number;
  /** When it ended: how long until the next instance (the restart delay, or the platform's back-off). */
  backOffMs?: number;
}

/** Per process, its exits so far, for the expected back-off (the rules models/engine/cluster.ts cites, restated). */
interface Exits {
  recentMs: number[];
  crashLoop: number;
}

function expectedBackOff(s: Scenario, exits: Exits, endedAtMs: number, startedAtMs: number): number {
  const delay = s.cluster.restartDelayMs;
  exits.recentMs = [...exits.recentMs.filter((t) => t > endedAtMs - 60_000), endedAtMs];
  if (s.cluster.deployment === 'kubernetes') {
    if (endedAtMs - startedAtMs >= 600_000) exits.crashLoop = 0;
    const backOff = Math.min(300_000, 10_000 * 2 ** Math.min(exits.crashLoop, 16));
    exits.crashLoop += 1;
    return Math.max(delay, backOff);
  }
  return exits.recentMs.length > 10 ? Math.max(delay, 3000) : delay;
}

/** Processes start, register, die and come back as the next instance after the restart delay; GCs and OOMs happen only in live ones. */
function processProblems(s: Scenario, events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const lives = new Map<string, ProcessLife>();
  const exits = new Map<string, Exits>();
  for (const e of events) {
    const life = lives.get(e.process);
    const at = `${e.type} at ${e.atMs} ms on ${e.process}`;
    switch (e.type) {
      case 'process.started':
        if (life?.alive) problems.push(`${at}: started while instance #${life.instance} is alive`);
        if (life && e.instance !== life.instance + 1) problems.push(`${at}: instance #${e.instance} after #${life.instance}`);
        if (life && e.atMs !== life.endedAtMs + (life.backOffMs ?? s.cluster.restartDelayMs))
          problems.push(`${at}: back ${e.atMs - life.endedAtMs} ms after it ended (expected ${life.backOffMs} ms)`);
        lives.set(e.process, { instance: e.instance, alive: true, endedAtMs: -1, startedAtMs: e.atMs });
        break;
      case 'process.registered':
        if (!life?.alive || life.instance !== e.instance)
          problems.push(`${at}: instance #${e.instance} registered but is not the live one`);
        else if (e.atMs !== life.startedAtMs + BASELINE.bootMs)
          problems.push(`${at}: registered ${e.atMs - life.startedAtMs} ms after start`);
        break;
      case 'container.killed':
      case 'process.exited':
        if (!life?.alive || life.instance !== e.instance) problems.push(`${at}: instance #${e.instance} ended but is not the live one`);
        if (life) {
          life.alive = false;
          life.endedAtMs = e.atMs;
          const mine = exits.get(e.process) ?? { recentMs: [], crashLoop: 0 };
          exits.set(e.process, mine);
          life.backOffMs = expectedBackOff(s, mine, e.atMs, life.startedAtMs);
        }
        break;
      case 'gc':
      case 'jvm.oom':
        if (!life?.alive) problems.push(`${at}: in a process that is not alive`);
        break;
    }
  }
  return problems;
}

/** Collector names follow the scenario's GC, full collections run in the old collector, and no collection adds heap. */
function gcProblems(s: Scenario, events: readonly TraceEvent[]): string[] {
  const [young, old] = collectorNames(s.cluster.gc);
  const problems: string[] = [];
  for (const e of events) {
    if (e.type !== 'gc') continue;
    const at = `gc at ${e.atMs} ms on ${e.process}`;
    if (e.collector !== (e.kind === 'full' ? old : young))
      problems.push(`${at}: ${e.kind} collection by '${e.collector}' under ${s.cluster.gc}`);
    if (e.kind === 'mixed' && s.cluster.gc !== 'G1') problems.push(`${at}: mixed collection under ${s.cluster.gc}`);
    if (e.heapAfterBytes > e.heapBeforeBytes) problems.push(`${at}: heap grew from ${e.heapBeforeBytes} to ${e.heapAfterBytes}`);
    if (!Number.isInteger(e.pauseMs) || e.pauseMs < 0) problems.push(`${at}: pause ${e.pauseMs} ms`);
  }
  return problems;
}

/** Each attempt of each task walks its ExecutionState from CREATED, one edge at a time; nothing restarts a FAILED job. */
function jobProblems(events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const tasks = new Map<string, { attempt: number; state: string }>();
  let jobFailedAt = -1;
  for (const e of events) {
    const at = `${e.type} at ${e.atMs} ms`;
    if (jobFailedAt >= 0 && (e.type === 'job.status' || e.type === 'job.restart' || (e.type === 'task.state' && e.to === 'SCHEDULED'))) {
      problems.push(`${at}: after the job FAILED at ${jobFailedAt} ms`);
    }
    if (e.type === 'job.status' && e.to === 'FAILED') jobFailedAt = e.atMs;
    if (e.type !== 'task.state') continue;
    const known = tasks.get(e.task);
    const expected = known && known.attempt === e.attempt ? known.state : 'CREATED';
    if (known && e.attempt < known.attempt) problems.push(`${at}: ${e.task} attempt #${e.attempt} after #${known.attempt}`);
    if (e.from !== expected) problems.push(`${at}: ${e.task} #${e.attempt} from ${e.from}, but it was ${expected}`);
    tasks.set(e.task, { attempt: e.attempt, state: e.to });
  }
  return problems;
}

/** Everything wrong with a run's event list (empty when the story holds). */
export function traceProblems(s: Scenario, events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const e of events) {
    if (e.atMs < last) problems.push(`event time went back: ${e.type} at ${e.atMs} ms after ${last} ms`);
    last = e.atMs;
    if (e.atMs > s.durationMs) problems.push(`${e.type} at ${e.atMs} ms is after the end (${s.durationMs} ms)`);
    const bad = badValues(e);
    if (bad.length > 0) problems.push(`${e.type} at ${e.atMs} ms: ${bad.join(', ')}`);
    problems.push(...failureProblems(e));
  }
  return [...problems, ...processProblems(s, events), ...gcProblems(s, events), ...jobProblems(events)];
}
