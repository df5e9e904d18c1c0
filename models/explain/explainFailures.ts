/**
 * The postmortem engine: one explanation per failure event of a run (an OutOfMemoryError of any pool, a
 * container killed by YARN or the kernel, a process gone after a fatal error; injected kills and crashes are
 * said to be injected; a failed blob fetch is explained by the blob server's queue, models/explain/blobFailures.ts), each with the limit, its derivation, what filled it, since when, the last step, a
 * few plain sentences with the numbers, and what would have avoided it. Pure: the run's events, the
 * diagnostics captured at each failure, the scenario and Flink's derivation of its configuration.
 */
import type { FailureDiagnostics } from '../engine/diagnostics';
import type { JvmSizing } from '../engine/state/jvmState';
import type { ScenarioMemory } from '../engine/setup';
import type { TraceEvent } from '../engine/trace';
import type { Scenario } from '../scenario/types';
import { formatSimTime } from '../units/duration';
import { directFillers, heapFillers, knownLeaks, metaspaceFillers, residentFillers, type ContentContext, type KnownLeak } from './contents';
import { listText, size } from './format';
import { derivedLimit, type LimitKind } from './limits';
import { driverOf, residentLeak, sinceOf } from './since';
import { explainBlobFailure } from './blobFailures';
import { allocatorFiller, type RocksDbContext, rocksDbContext, rocksDbDriver, rocksDbFiller, rocksDbSuggestions } from './rocksdb';
import { rocksDbLeakSuggestions } from './rocksDbLeaks';
import { suggestionsFor } from './suggestions';
import { Timeline } from './timeline';
import { killTrigger, oomTrigger, plainTrigger } from './trigger';
import { isFailureEvent, type Explanation, type FailureEvent, type Filler, type Since, type Trigger } from './types';

export interface ExplainInput {
  readonly scenario: Scenario;
  /** Flink's derivation of the scenario's configuration (`deriveScenarioMemory`). */
  readonly memory: ScenarioMemory;
  /** The limits the processes ran with (`createSetup`). */
  readonly sizing: { readonly taskManager: JvmSizing; readonly jobManager: JvmSizing };
  readonly events: readonly TraceEvent[];
  /** Captured at the failures (`eventIndex` says which). */
  readonly diagnostics: readonly FailureDiagnostics[];
  /**
   * Figures fitted to an incident's observations (models/fit, issue 15): a failure of the pool a figure is about
   * quotes its `text` ("direct memory grew 16 MiB per restart (fit over 7 restarts, R² 1.00)"). Names are
   * `leak.<pool>.<how>` (pool direct, heap, metaspace, native) or `liveSet.growth` (heap).
   */
  readonly fitted?: readonly { readonly name: string; readonly text: string }[];
}

/** The fitted figures a failure of `kind` quotes, as one sentence (empty when none is about its pool). */
function fittedSentence(fitted: ExplainInput['fitted'], kind: string): string {
  const pool = kind === 'container' ? 'native' : kind;
  const quoted = (fitted ?? []).filter((f) => f.name.startsWith(`leak.${pool}.`) || (pool === 'heap' && f.name === 'liveSet.growth'));
  return quoted.length === 0 ? '' : ` Fitted to the incident's observations: ${quoted.map((f) => f.text).join('; ')}.`;
}

interface Context {
  readonly input: ExplainInput;
  readonly timeline: Timeline;
  readonly leaks: readonly KnownLeak[];
  readonly diagnostics: ReadonlyMap<number, FailureDiagnostics>;
  readonly done: Map<number, Explanation>;
  /** The run's RocksDB side (its setup and budget): derived at the first container kill, once for all of them. */
  readonly rocks: () => RocksDbContext | undefined;
}

export function explainFailures(input: ExplainInput): Explanation[] {
  const c: Context = {
    input,
    timeline: new Timeline(input.events),
    leaks: knownLeaks(input.scenario),
    diagnostics: new Map(input.diagnostics.map((d) => [d.eventIndex, d])),
    done: new Map(),
    rocks: once(() => rocksDbContext(input.scenario)),
  };
  const out: Explanation[] = [];
  input.events.forEach((e, index) => {
    if (e.type === 'blob.fetch.failed') {
      out.push(explainBlobFailure(input.scenario, input.memory, c.timeline, e, index));
      return;
    }
    if (!isFailureEvent(e)) return;
    const x = explainOne(c, e, index);
    c.done.set(index, x);
    out.push(x);
  });
  return out;
}

function explainOne(c: Context, e: FailureEvent, index: number): Explanation {
  if (e.type === 'jvm.oom') return memoryExplanation(c, e, index, e.pool);
  if (e.type === 'container.killed')
    return e.reason === 'injected' ? injected(c, e, index, 'kill-container') : memoryExplanation(c, e, index, 'container');
  const crash = c.timeline
    .before('fault.injected', index)
    .filter(({ event }) => event.atMs === e.atMs && (event.action === 'crash-process' || event.action === 'restart-process'))
    .pop();
  if (crash?.event.type === 'fault.injected')
    return injected(c, e, index, crash.event.action === 'restart-process' ? 'restart-process' : 'crash-process');
  const oom = c.timeline.onProcess(e.process, 'jvm.oom', 0, index).pop();
  const cause = oom && oom.event.atMs === e.atMs ? c.done.get(oom.index) : undefined;
  return cause ? fatalExit(c, e, index, cause) : unexplained(e, index);
}

function eventOf(e: FailureEvent, index: number): Explanation['event'] {
  const detail = e.type === 'jvm.oom' ? e.pool : e.type === 'container.killed' ? e.reason : `exit ${e.exitCode}`;
  return { index, atMs: e.atMs, process: e.process, type: e.type, detail };
}

const sizingOf = (c: Context, process: string): JvmSizing =>
  process === 'jobmanager' ? c.input.sizing.jobManager : c.input.sizing.taskManager;

function memoryExplanation(c: Context, e: FailureEvent, index: number, kind: LimitKind): Explanation {
  const sizing = sizingOf(c, e.process);
  const { scenario, memory } = c.input;
  const { limit, derivation } = derivedLimit(kind, { scenario, memory, sizing });
  const content: ContentContext = {
    scenario,
    sizing,
    timeline: c.timeline,
    leaks: c.leaks,
    diagnostics: c.diagnostics.get(index),
    event: e,
    index,
    instance: c.timeline.instanceStart(e.process, index),
  };
  const rocks = kind === 'container' ? c.rocks() : undefined;
  const d = content.diagnostics;
  const rocksFillers = rocks && d ? [rocksDbFiller(rocks, d), allocatorFiller(rocks, d)].filter((f): f is Filler => f !== undefined) : [];
  const filledBy = [...fillersOf(content, e, kind), ...rocksFillers];
  const since = sinceOf(content, filledBy);
  const trigger =
    e.type === 'jvm.oom'
      ? oomTrigger(e, index, c.timeline, since)
      : e.type === 'container.killed'
        ? killTrigger(e, scenario, content.instance?.atMs)
        : plainTrigger('');
  const driven = kind === 'container' ? residentLeak(content) : undefined;
  const found = driven?.filler ?? driverOf(content, filledBy);
  // RocksDB (or the allocator's kept memory) is the driver only when no leak, window state or pinned loader is
  const rocksDriver = found ? undefined : rocksDbDriver(rocks, d, filledBy);
  const driver = found ?? rocksDriver;
  const leak = driven?.leak ?? c.leaks.find((l) => l.site === driver?.what);
  const derived =
    sizing.kind === 'taskmanager'
      ? memory.taskManager.taskManager.memory.jvmOverhead
      : 'memory' in memory.jobManager.jobManager
        ? memory.jobManager.jobManager.memory.jvmOverhead
        : 0n;
  const requestedBytes = trigger.requestedBytes ?? 0;
  const freeBytes = Math.max(0, (trigger.limitBytes ?? 0) - (trigger.usedBytes ?? 0));
  const suggestions = [
    ...rocksDbLeakSuggestions(rocks, d, scenario, memory.config),
    ...(rocksDriver ? rocksDbSuggestions(rocks, d, scenario, memory.config) : []),
    ...suggestionsFor({
      scenario,
      config: memory.config,
      sizing,
      kind,
      driver,
      leak,
      requestedBytes,
      freeBytes,
      jvmOverheadBytes: Number(derived),
    }),
  ];
  const x = { event: eventOf(e, index), cause: kind, limit, derivation, filledBy, since, trigger, suggestions };
  const text = kind === 'container' ? containerText(e, x, sizing) : oomText(e, x);
  return { ...x, text: text + fittedSentence(c.input.fitted, kind) };
}

function fillersOf(content: ContentContext, e: FailureEvent, kind: LimitKind): Filler[] {
  const used = e.type === 'jvm.oom' ? e.cause.usedBytes : 0;
  if (kind === 'direct') return directFillers(content, used);
  if (kind === 'heap') return heapFillers(content, used);
  if (kind === 'metaspace') return metaspaceFillers(content, used);
  return residentFillers(content);
}

type Draft = Omit<Explanation, 'text'>;

/** "624 MiB of X: 26 × 24 MiB allocated …; 343.03 MiB of network buffer pool: …; and 8 MiB …" */
function fillersText(fillers: readonly Filler[], count: number): string {
  const top = [...fillers].sort((a, b) => b.bytes - a.bytes).slice(0, count);
  const items = top.map((f) => `${size(f.bytes)} of ${f.what}${f.detail ? `: ${f.detail}` : ''}`);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

const sinceText = (since: Since | undefined): string =>
  since ? ` The growth began at ${formatSimTime(since.atMs)}, when ${since.what}.` : '';

/** The OutOfMemoryError as Flink logs it, first sentence only. */
const errorOf = (e: FailureEvent): string => e.message.split('. ')[0] ?? e.message;

function oomText(
  e: FailureEvent,
  x: Draft,
  opening = `At ${formatSimTime(e.atMs)} ${e.process} failed with ${errorOf(e)}: ${x.trigger.text}.`,
): string {
  const filled = x.filledBy.length > 0 ? ` At that moment it held ${fillersText(x.filledBy, 3)}.` : '';
  return `${opening} The limit: ${x.derivation?.text}.${filled}${sinceText(x.since)}`;
}

function containerText(e: FailureEvent, x: Draft, sizing: JvmSizing): string {
  const who = e.type === 'container.killed' && e.reason === 'yarn-pmem' ? 'was killed by YARN' : 'was OOMKilled';
  const mismatch =
    sizing.processSizeBytes > sizing.containerLimitBytes
      ? `, while Flink sized the process for ${size(sizing.processSizeBytes)} of total process memory (-Xmx ${size(sizing.heapMaxBytes)}), so nothing in the JVM stops it from outgrowing the container`
      : '';
  const rss = x.filledBy.reduce((sum, f) => sum + f.bytes, 0);
  const rest = [...x.filledBy]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(3)
    .map((f) => `${f.what} ${size(f.bytes)}`);
  const parts =
    x.filledBy.length > 0
      ? ` RSS ${size(rss)} was ${fillersText(x.filledBy, 3)}${rest.length > 0 ? `; the rest: ${listText(rest)}` : ''}.`
      : '';
  return `At ${formatSimTime(e.atMs)} ${e.process} ${who}: ${x.trigger.text}. The limit: ${x.derivation?.text}${mismatch}.${parts}${sinceText(x.since)}`;
}

function injected(c: Context, e: FailureEvent, index: number, action: string): Explanation {
  const fault = c.timeline
    .before('fault.injected', index)
    .filter(({ event }) => event.atMs === e.atMs && event.action === action)
    .pop();
  const how =
    e.type === 'container.killed'
      ? `its container was stopped (exit ${e.exitCode})`
      : `it exited with code ${e.type === 'process.exited' ? e.exitCode : ''}`;
  const target = fault?.event.target === 'all' ? 'all TaskManagers' : (fault?.event.target ?? e.process);
  const text = `At ${formatSimTime(e.atMs)} ${e.process} was lost because the scenario injected \`${action}\` on ${target} at that moment: ${how}. It is not a memory failure; its tasks fail over as after a crash.`;
  return base(e, index, 'injected', plainTrigger(`the scenario's ${action} event at ${formatSimTime(e.atMs)}`), text);
}

function fatalExit(c: Context, e: Extract<FailureEvent, { type: 'process.exited' }>, index: number, oom: Explanation): Explanation {
  const sizing = sizingOf(c, e.process);
  const why =
    e.process === 'jobmanager'
      ? 'the JobManager stops on an OutOfMemoryError'
      : oom.cause === 'metaspace'
        ? 'a Metaspace error is fatal for a TaskManager'
        : sizing.exitOnOom
          ? 'taskmanager.jvm-exit-on-oom is set'
          : "no task was running to take the error, so it hit one of Flink's own threads and the fatal error handler stopped the TaskManager";
  const trigger = plainTrigger(`the OutOfMemoryError at ${formatSimTime(oom.event.atMs)} was fatal: ${why}`);
  const oomEvent = c.input.events[oom.event.index] as FailureEvent;
  const opening = `At ${formatSimTime(e.atMs)} ${e.process} exited with code ${e.exitCode} right after ${errorOf(oomEvent)}, because ${why}; the error: ${oom.trigger.text}.`;
  return { ...oom, event: eventOf(e, index), trigger, text: oomText(oomEvent, oom, opening) };
}

function unexplained(e: Extract<FailureEvent, { type: 'process.exited' }>, index: number): Explanation {
  return base(
    e,
    index,
    'unexplained',
    plainTrigger(e.message),
    `At ${formatSimTime(e.atMs)} ${e.process} exited with code ${e.exitCode}: ${e.message}`,
  );
}

function base(e: FailureEvent, index: number, cause: Explanation['cause'], trigger: Trigger, text: string): Explanation {
  return {
    event: eventOf(e, index),
    cause,
    limit: undefined,
    derivation: undefined,
    filledBy: [],
    since: undefined,
    trigger,
    text,
    suggestions: [],
  };
}

/** `f`'s value, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
