/**
 * A failure of a run, explained the way a postmortem would: which limit, how Flink derived it from which
 * keys, what filled it and since when, what the JVM or the container did at the end, and which change
 * would have avoided it. Every number comes from the run (its events and the diagnostics captured at the
 * failure) or from Flink's derivation of the scenario's configuration; nothing is estimated.
 */
import type { TraceEvent } from '../engine/trace';

/** The events that are failures: an OutOfMemoryError, a container killed, a process gone. */
export type FailureEvent = Extract<TraceEvent, { type: 'jvm.oom' | 'container.killed' | 'process.exited' }>;

export const isFailureEvent = (e: TraceEvent): e is FailureEvent =>
  e.type === 'jvm.oom' || e.type === 'container.killed' || e.type === 'process.exited';

/** What ran out: a JVM pool, the container's memory, or nothing (the scenario injected the failure). */
type FailureCauseKind = 'heap' | 'direct' | 'metaspace' | 'container' | 'injected' | 'unexplained' | 'blob';

/** Events with a "Why?" besides the failures: a blob fetch that failed (the blob server's queue, not memory). */
export const isExplainedEvent = (e: TraceEvent): e is FailureEvent | Extract<TraceEvent, { type: 'blob.fetch.failed' }> =>
  isFailureEvent(e) || e.type === 'blob.fetch.failed';

interface ExplainedEvent {
  /** Position in the run's event log. */
  readonly index: number;
  readonly atMs: number;
  readonly process: string;
  readonly type: FailureEvent['type'] | 'blob.fetch.failed';
  /** `jvm.oom`: the pool; `container.killed`: the reason; `process.exited`: the exit code. */
  readonly detail: string;
}

export interface ExplainedLimit {
  /** `-Xmx`, `-XX:MaxDirectMemorySize`, `-XX:MaxMetaspaceSize`, `YARN container limit`, `pod memory limit`, `cgroup memory limit`. */
  readonly name: string;
  readonly bytes: number;
}

/** Where one term of a limit comes from. */
export type TermSource =
  /** A key set in the scenario's flink.config, or in the distribution's shipped configuration file. */
  | { readonly kind: 'explicit'; readonly key: string; readonly value: string; readonly from: 'flink.config' | 'shipped config' }
  /** A key left at Flink's default for the version. */
  | { readonly kind: 'default'; readonly key: string }
  /** A fraction of a total (`network`, `managed`, `jvm-overhead`), maybe capped to its min or max. */
  | {
      readonly kind: 'fraction';
      readonly key: string;
      /** As Java prints the float: `0.1`. */
      readonly fraction: string;
      /** `total Flink memory`, `total process memory`, … */
      readonly of: string;
      readonly ofBytes: number;
      /** The fraction of a total not known yet (bytes = base × f / (1 − f)). */
      readonly inverse: boolean;
      readonly productBytes: number;
      readonly capped: { readonly to: 'min' | 'max'; readonly key: string } | undefined;
    }
  /** What a total leaves after the other components. */
  | { readonly kind: 'rest'; readonly of: string; readonly ofBytes: number; readonly minus: readonly string[] }
  /** A field of the scenario (the container limit). */
  | { readonly kind: 'scenario'; readonly field: string }
  /** A rule of the JVM or the resource manager (YARN rounding, the JVM's default direct limit). */
  | { readonly kind: 'rule'; readonly text: string };

export interface DerivationTerm {
  /** `framework off-heap`, `task off-heap`, `network`, `task heap`, … */
  readonly name: string;
  readonly bytes: number;
  readonly source: TermSource;
}

/** How the limit was derived: terms that add up to it exactly, with where each comes from. */
export interface LimitDerivation {
  readonly terms: readonly DerivationTerm[];
  /** How the total a fraction or a rest term is taken of came about ("total Flink memory 3.35 GiB = 4 GiB total process memory (…) − …"). */
  readonly basis: string | undefined;
  /** "983.04 MiB = 128 MiB framework off-heap (default …) + 512 MiB task off-heap (…: 512m) + …" */
  readonly text: string;
}

/** One thing that filled the pool (or the container) at the failure. */
export interface Filler {
  readonly what: string;
  readonly bytes: number;
  /** Countable occurrences (a leak's allocations, state entries, threads), with the bytes of each. */
  readonly occurrences: number | undefined;
  readonly bytesEach: number | undefined;
  /** A leak at open(): occurrences on this JVM per job attempt (0 = the first deployment, n = restart n). */
  readonly byAttempt: ReadonlyArray<{ readonly attempt: number; readonly count: number }> | undefined;
  readonly detail: string;
}

/** When the growth that ended in the failure began. */
export interface Since {
  readonly atMs: number;
  /** `restart 1`, `the exception-storm injected`, `JVM instance #2 started`, … */
  readonly what: string;
}

export interface ObservedGc {
  readonly atMs: number;
  readonly kind: 'young' | 'mixed' | 'full';
  readonly cause: string;
  readonly pauseMs: number;
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
}

/** The last step: the allocation that did not fit, and what the JVM or the container runtime did first. */
export interface Trigger {
  readonly allocation: string | undefined;
  readonly requestedBytes: number | undefined;
  readonly usedBytes: number | undefined;
  readonly limitBytes: number | undefined;
  /** The collections at the failure's instant, just before it (System.gc(), full GCs, Metadata GC Threshold). */
  readonly gcs: readonly ObservedGc[];
  /** Full collections of this JVM since the growth began (heap). */
  readonly fullGcsSince: number | undefined;
  readonly text: string;
}

export interface ConfigChange {
  /** A Flink key, or a scenario field (`cluster.containerLimit`). */
  readonly key: string;
  readonly from: string | undefined;
  readonly to: string;
}

export interface Suggestion {
  readonly text: string;
  readonly changes: readonly ConfigChange[];
  /** True when the change only moves the failure later: what leaks keeps growing. */
  readonly postponesOnly: boolean;
  /** The failing limit as Flink derives it with the change (checked through the derivation). */
  readonly newLimitBytes: number | undefined;
}

export interface Explanation {
  readonly event: ExplainedEvent;
  readonly cause: FailureCauseKind;
  readonly limit: ExplainedLimit | undefined;
  readonly derivation: LimitDerivation | undefined;
  readonly filledBy: readonly Filler[];
  readonly since: Since | undefined;
  readonly trigger: Trigger;
  /** 2–5 plain sentences with the numbers, for a postmortem. */
  readonly text: string;
  readonly suggestions: readonly Suggestion[];
}
