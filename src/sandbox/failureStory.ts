/**
 * A failure's explanation (models/explain) as the page's structured "Why?" shows it: the limit as a table of terms
 * that add up to it, what filled it, a timeline from when the growth began to the failure, and the suggestions with
 * their configuration changes in machine form (so "Apply to the scenario and run" can write them into the scenario).
 * The long text stays, for reports and exports. Everything here is plain data: it crosses the worker boundary.
 */
import type { TraceEvent } from '../../models/engine/trace';
import { sourceText } from '../../models/explain/limits';
import type { ConfigChange, DerivationTerm, Explanation, Filler, TermSource } from '../../models/explain/types';
import { formatSimTime } from '../../models/units/duration';

export interface StoryTerm {
  readonly name: string;
  readonly bytes: number;
  readonly source: TermSource;
  /** As the long text says it: "default of taskmanager.memory.framework.off-heap.size", "0.1 × total Flink memory 3.35 GiB, …". */
  readonly sourceText: string;
}

interface StoryLimit {
  /** `-XX:MaxDirectMemorySize`, `-Xmx`, `pod memory limit`, … */
  readonly name: string;
  readonly bytes: number;
  /** Add up to `bytes` exactly (models/explain/limits.ts). */
  readonly terms: readonly StoryTerm[];
  /** How the total a fraction is taken of came about, when one is. */
  readonly basis: string | undefined;
}

/** One step from the growth's start to the failure. */
interface StoryMoment {
  readonly atMs: number;
  readonly kind: 'since' | 'restart' | 'fault' | 'gc' | 'failure' | 'more';
  readonly what: string;
}

/** A suggestion; `changes` is empty for a code fix, else the keys to set (a Flink key or a `cluster.` field). */
export interface StoryAction {
  readonly text: string;
  readonly changes: readonly ConfigChange[];
  readonly postponesOnly: boolean;
  readonly newLimitBytes: number | undefined;
}

/** A failure's causal explanation as the page shows it: the text and the suggested changes, and their structure. */
export interface FailureStory {
  readonly atMs: number;
  readonly process: string;
  readonly type: string;
  /** The OOM's pool, the kill's reason, the exit code (what a group of the same failures shares). */
  readonly detail: string;
  readonly cause: Explanation['cause'];
  readonly text: string;
  readonly suggestions: readonly string[];
  readonly limit: StoryLimit | undefined;
  readonly filledBy: readonly Filler[];
  /** In use under the limit when it failed (the trigger's figure), if known. */
  readonly usedBytes: number | undefined;
  /** The last step: the allocation that did not fit and what the JVM or the container did. */
  readonly trigger: string;
  readonly timeline: readonly StoryMoment[];
  readonly actions: readonly StoryAction[];
  /** In a list of explanations: the failures of the same cause this one stands for (it is their first). */
  readonly repeats?: { readonly count: number; readonly lastAtMs: number; readonly processes: readonly string[] };
}

/**
 * The first explanation of each cause (type and detail, failureGroups.ts's rule), in time order, with how many it
 * stands for: a restart loop's 1477 OOMs are one story.
 */
export function firstOfEachCause(all: readonly Explanation[]): { first: Explanation; repeats: NonNullable<FailureStory['repeats']> }[] {
  const groups = new Map<string, { first: Explanation; repeats: { count: number; lastAtMs: number; processes: string[] } }>();
  for (const x of all) {
    const key = `${x.event.type} ${x.event.detail}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { first: x, repeats: { count: 1, lastAtMs: x.event.atMs, processes: [x.event.process] } });
    else {
      g.repeats.count += 1;
      g.repeats.lastAtMs = x.event.atMs;
      if (!g.repeats.processes.includes(x.event.process)) g.repeats.processes.push(x.event.process);
    }
  }
  return [...groups.values()];
}

/** At most this many steps between the growth's start and the failure (the rest are counted, not listed). */
const MAX_STEPS = 8;

export function storyOf(x: Explanation, events: readonly TraceEvent[]): FailureStory {
  return {
    atMs: x.event.atMs,
    process: x.event.process,
    type: x.event.type,
    detail: x.event.detail,
    cause: x.cause,
    text: x.text,
    suggestions: x.suggestions.map((s) => s.text),
    limit:
      x.limit && x.derivation
        ? { name: x.limit.name, bytes: x.limit.bytes, terms: x.derivation.terms.map(storyTerm), basis: x.derivation.basis }
        : undefined,
    filledBy: x.filledBy,
    usedBytes: x.trigger.usedBytes,
    trigger: x.trigger.text,
    timeline: storyTimeline(x, events),
    actions: x.suggestions.map((s) => ({
      text: s.text,
      changes: s.changes,
      postponesOnly: s.postponesOnly,
      newLimitBytes: s.newLimitBytes,
    })),
  };
}

const storyTerm = (t: DerivationTerm): StoryTerm => ({ name: t.name, bytes: t.bytes, source: t.source, sourceText: sourceText(t.source) });

/**
 * Since when: the growth's start, then what happened to the failing process or the whole job in between (job
 * restarts — each one runs open() again in a surviving JVM —, faults injected anywhere, which cause them), the collections at the failure's
 * instant, and the failure. A restart loop of hundreds keeps its first and last steps and counts the others.
 */
function storyTimeline(x: Explanation, events: readonly TraceEvent[]): StoryMoment[] {
  const fromMs = x.since?.atMs ?? x.event.atMs;
  const steps: StoryMoment[] = [];
  for (let i = 0; i < x.event.index && i < events.length; i++) {
    const e = events[i] as TraceEvent;
    if (e.atMs < fromMs) continue;
    if (e.type === 'job.restart') steps.push({ atMs: e.atMs, kind: 'restart', what: `job restart ${e.attempt}` });
    // The fault the growth's start already names (the idle partition "was injected") is not listed twice.
    else if (e.type === 'fault.injected' && !(x.since?.what.includes('injected') && e.atMs === x.since.atMs))
      steps.push({ atMs: e.atMs, kind: 'fault', what: `${e.action} injected on ${e.process}` });
  }
  const shown =
    steps.length <= MAX_STEPS
      ? steps
      : [
          ...steps.slice(0, MAX_STEPS / 2),
          {
            atMs: (steps[MAX_STEPS / 2] as StoryMoment).atMs,
            kind: 'more' as const,
            what: `${steps.length - MAX_STEPS} more until ${formatSimTime((steps[steps.length - MAX_STEPS / 2 - 1] as StoryMoment).atMs)}`,
          },
          ...steps.slice(-MAX_STEPS / 2),
        ];
  const gcs = x.trigger.gcs.map((g): StoryMoment => ({ atMs: g.atMs, kind: 'gc', what: `${g.kind} GC (${g.cause}), ${g.pauseMs} ms` }));
  const since: StoryMoment[] = x.since ? [{ atMs: x.since.atMs, kind: 'since', what: x.since.what }] : [];
  const failure: StoryMoment = { atMs: x.event.atMs, kind: 'failure', what: failureWhat(x) };
  return [...since, ...shown, ...gcs, failure];
}

function failureWhat(x: Explanation): string {
  const e = x.event;
  if (e.type === 'jvm.oom') return `OutOfMemoryError (${e.detail}) on ${e.process}`;
  if (e.type === 'container.killed') return `container of ${e.process} killed (${e.detail})`;
  if (e.type === 'process.exited') return `${e.process} exited (code ${e.detail})`;
  return `blob fetch failed on ${e.process}`;
}
