/**
 * From the series a reader found to ObservedMetrics: each artefact process tied to one of the scenario's — by the
 * caller's choice (a mapping), by id when the file already uses the scenario's (`taskmanager-2`), else by order of
 * first appearance (ties by the id's natural order: `…-1-2` before `…-1-10`) — and sample times made relative to the
 * file's earliest sample. A Flink label value and a pod name meet on the Prometheus reporter's filtered form
 * (`flink-taskmanager-1-1` and `flink_taskmanager_1_1`, AbstractPrometheusReporter.replaceInvalidChars).
 */
import type { MetricScope } from './metricNames';
import type {
  MetricsFormat,
  ObservedMetricId,
  ObservedMetricSeries,
  ObservedMetrics,
  ObservedUnit,
  ProcessMatch,
  Unread,
} from './observedSeries';

/** A series as a reader found it: times absolute (epoch ms) or relative (ms), values already in the product's units. */
export interface RawSeries {
  readonly name: string;
  readonly source: string;
  readonly scope: MetricScope;
  readonly metric: ObservedMetricId;
  readonly unit: ObservedUnit;
  /** Set when the file names the scenario's process itself (the sandbox CSV's `process` column). */
  readonly process?: string;
  readonly t: number[];
  readonly values: number[];
}

export interface MatchOptions {
  /** The user's choice: an artefact's process id (as the file writes it, or filtered) → the scenario's process. */
  readonly processes?: Readonly<Record<string, string>>;
  /** How many TaskManagers the scenario has: sources beyond them are listed as unread. */
  readonly taskManagers?: number;
}

export const SCENARIO_PROCESS = /^(jobmanager|taskmanager-[1-9]\d*)$/;

/** The Prometheus reporter's filter of label values: what a tm_id and a pod name have in common. */
const filtered = (id: string) => id.replace(/[^a-zA-Z0-9:_]/g, '_');

/** Natural order: runs of digits compare as numbers (`…-1-2` before `…-1-10`), the rest by code unit. */
function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i] as string, pb[i] as string];
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const d = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (d !== 0) return d;
  }
  return pa.length - pb.length;
}

/** The smallest of many numbers (a spread of a long series would overflow the call stack). */
function minOf(values: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min) min = v;
  return min;
}

function roleOf(raw: RawSeries): 'taskmanager' | 'jobmanager' | 'job' {
  if (raw.scope === 'job') return 'job';
  if (raw.scope === 'taskmanager' || raw.scope === 'jobmanager') return raw.scope;
  return /jobmanager/i.test(raw.source) ? 'jobmanager' : 'taskmanager';
}

interface Assignment {
  readonly matches: ProcessMatch[];
  readonly byKey: Map<string, string>;
  readonly refused: Map<string, string>;
}

/** Ties every (role, source) to a scenario process, or to a reason it has none. */
function assign(raws: readonly RawSeries[], options: MatchOptions): Assignment {
  const chosen = new Map<string, string>();
  for (const [from, to] of Object.entries(options.processes ?? {})) chosen.set(filtered(from), to);
  const first = new Map<string, { role: string; source: string; t: number }>();
  for (const raw of raws) {
    if (raw.process !== undefined) continue;
    const role = roleOf(raw);
    const key = `${role} ${filtered(raw.source)}`;
    const t = minOf(raw.t);
    const seen = first.get(key);
    if (!seen || t < seen.t) first.set(key, { role, source: raw.source, t });
  }
  const result: Assignment = { matches: [], byKey: new Map(), refused: new Map() };
  const taken = new Set<string>();
  const take = (key: string, source: string, process: string, by: ProcessMatch['by']) => {
    result.byKey.set(key, process);
    taken.add(process);
    result.matches.push({ source, process, by });
  };
  const pending: { key: string; role: string; source: string; t: number }[] = [];
  for (const [key, f] of first) {
    const choice = chosen.get(filtered(f.source));
    if (f.role === 'job') take(key, f.source, 'job', 'scope');
    else if (choice !== undefined) take(key, f.source, choice, 'choice');
    else if (SCENARIO_PROCESS.test(f.source)) take(key, f.source, f.source, 'id');
    else pending.push({ key, ...f });
  }
  pending.sort((a, b) => a.t - b.t || naturalCompare(a.source, b.source));
  let next = 1;
  for (const p of pending) {
    if (p.role === 'jobmanager') {
      if (taken.has('jobmanager')) result.refused.set(p.key, 'a second JobManager (a standby?): the scenario has one');
      else take(p.key, p.source, 'jobmanager', 'order');
      continue;
    }
    while (taken.has(`taskmanager-${next}`)) next++;
    if (options.taskManagers !== undefined && next > options.taskManagers) {
      result.refused.set(p.key, `no TaskManager left to match: the scenario has ${options.taskManagers}`);
      continue;
    }
    take(p.key, p.source, `taskmanager-${next}`, 'order');
  }
  return result;
}

export interface AssembleInput {
  readonly fileName: string;
  readonly format: MetricsFormat;
  /** True when the file's times are epoch ms (then shifted to the earliest sample), false for relative ms. */
  readonly absolute: boolean;
  readonly raws: readonly RawSeries[];
  readonly unread: Unread[];
  readonly notes: readonly string[];
}

/** The reader's series, matched, merged per (process, metric, name), sorted and timed from the earliest sample. */
export function assemble(input: AssembleInput, options: MatchOptions = {}): ObservedMetrics {
  const raws = input.raws.filter((r) => r.t.length > 0);
  const { matches, byKey, refused } = assign(raws, options);
  const start = input.absolute && raws.length > 0 ? minOf(raws.map((r) => minOf(r.t))) : 0;
  const merged = new Map<string, RawSeries & { process: string }>();
  for (const raw of raws) {
    const key = `${roleOf(raw)} ${filtered(raw.source)}`;
    const process = raw.process ?? byKey.get(key);
    if (process === undefined) {
      input.unread.push({ where: `series ${raw.name}`, reason: refused.get(key) ?? 'no process to match' });
      continue;
    }
    const id = `${process}\u0000${raw.metric}\u0000${raw.name}`;
    const into = merged.get(id) ?? { ...raw, process, t: [], values: [] };
    into.t.push(...raw.t);
    into.values.push(...raw.values);
    merged.set(id, into);
  }
  const series = [...merged.values()].map((s) => finish(s, input.absolute, start));
  return {
    fileName: input.fileName,
    format: input.format,
    startEpochMs: input.absolute && raws.length > 0 ? start : undefined,
    series,
    matches,
    unread: input.unread,
    notes: input.notes,
  };
}

function finish(s: RawSeries & { process: string }, absolute: boolean, start: number): ObservedMetricSeries {
  const order = s.t.map((_, i) => i).sort((a, b) => (s.t[a] as number) - (s.t[b] as number));
  const t = order.map((i) => s.t[i] as number);
  return {
    process: s.process,
    source: s.source,
    metric: s.metric,
    name: s.name,
    unit: s.unit,
    tMs: t.map((x) => x - start),
    epochMs: absolute ? t : undefined,
    values: order.map((i) => s.values[i] as number),
  };
}

/**
 * The scenario's process of an artefact's id as a metrics reading matched it (its `matches`): how a cluster event's pod or
 * YARN container (models/artefacts/clusterEvents.ts) finds the process whose series it belongs beside. Undefined when
 * the reading never saw that id.
 */
export function scenarioProcessOf(source: string, matches: readonly ProcessMatch[]): string | undefined {
  const id = filtered(source);
  return matches.find((m) => m.source !== '' && filtered(m.source) === id)?.process;
}
