/**
 * Two runs side by side (issue 13, "incident and fix"): which library scenario is a run's twin, what each run is called
 * beside the other, and the outcome of each at the cursor, counted from the notable events its controller holds.
 */
import type { Pool, TraceEvent } from '../../models/engine/trace';

/** The library's other half of an incident/fix pair (`x` and `x-fixed`, as the picker groups them), if there is one. */
export function twinOf(id: string, ids: readonly string[]): string | undefined {
  if (ids.includes(`${id}-fixed`)) return `${id}-fixed`;
  const base = id.endsWith('-fixed') ? id.slice(0, -'-fixed'.length) : undefined;
  return base !== undefined && ids.includes(base) ? base : undefined;
}

/** Another seed for the same scenario: the next number for a numeric seed (the library's are), else a suffix. */
export function otherSeed(seed: string): string {
  return /^\d+$/.test(seed) ? String(BigInt(seed) + 1n) : `${seed}-2`;
}

export interface RunName {
  readonly id: string;
  readonly seed: string;
}

/**
 * What each of two runs is called: "incident" and "fix" for a twin pair, the seeds for one scenario under two seeds,
 * else "this run" and "compared".
 */
export function roles(main: RunName, other: RunName): [main: string, other: string] {
  if (other.id === `${main.id}-fixed`) return ['incident', 'fix'];
  if (main.id === `${other.id}-fixed`) return ['fix', 'incident'];
  if (main.id === other.id) return main.seed === other.seed ? ['this run', 'as shipped'] : ['this seed', 'other seed'];
  return ['this run', 'compared'];
}

/** "fix: direct-leak-on-restart-fixed, seed 7". */
export const runLabel = (role: string, run: RunName): string => `${role}: ${run.id}, seed ${run.seed}`;

/** What went wrong in a run up to its cursor. */
export interface Outcome {
  /** OutOfMemoryErrors thrown, and in which pools (heap, direct, metaspace…). */
  readonly ooms: number;
  readonly oomPools: readonly Pool[];
  /** Containers the resource manager killed for their memory (YARN pmem, Kubernetes OOMKilled); injected kills are not counted. */
  readonly containerKills: number;
  readonly jobRestarts: number;
  readonly failedCheckpoints: number;
}

/** Counts a controller's notable events (src/sandbox/eventKinds.ts isNotable keeps all of these) up to `atMs`. */
export function outcomeAt(events: readonly TraceEvent[], atMs: number): Outcome {
  let ooms = 0;
  let containerKills = 0;
  let jobRestarts = 0;
  let failedCheckpoints = 0;
  const pools = new Set<Pool>();
  for (const e of events) {
    if (e.atMs > atMs) break;
    if (e.type === 'jvm.oom') {
      ooms += 1;
      pools.add(e.pool);
    } else if (e.type === 'container.killed' && e.reason !== 'injected') containerKills += 1;
    else if (e.type === 'job.restart') jobRestarts += 1;
    else if (e.type === 'checkpoint.failed') failedCheckpoints += 1;
  }
  return { ooms, oomPools: [...pools].sort(), containerKills, jobRestarts, failedCheckpoints };
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * One line for both runs, the same terms for each so they compare: OOMs always, the other counts when either run has
 * some, and the job's status: "incident: 1,477 OOMs (direct), 100 job restarts, job FAILED · fix: 0 OOMs, 17 job restarts, job RUNNING".
 */
export function describeOutcomes(runs: readonly { label: string; outcome: Outcome; jobStatus: string }[]): string {
  const any = (pick: (o: Outcome) => number) => runs.some((r) => pick(r.outcome) > 0);
  return runs
    .map(({ label, outcome: o, jobStatus }) => {
      const terms = [count(o.ooms, 'OOM') + (o.oomPools.length > 0 ? ` (${o.oomPools.join(', ')})` : '')];
      if (any((x) => x.containerKills)) terms.push(count(o.containerKills, 'container kill'));
      if (any((x) => x.jobRestarts)) terms.push(count(o.jobRestarts, 'job restart'));
      if (any((x) => x.failedCheckpoints)) terms.push(count(o.failedCheckpoints, 'failed checkpoint'));
      if (jobStatus !== '') terms.push(`job ${jobStatus}`);
      return `${label}: ${terms.join(', ')}`;
    })
    .join(' · ');
}
