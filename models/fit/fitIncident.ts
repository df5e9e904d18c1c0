/**
 * The fit's check: the engine (models/run/runScenario) runs the fitted scenario, and its samples are put next to the
 * observed series at the observed times (the last simulated sample at or before each observed one): per series the
 * RMSE relative to the pool's limit, and the first failure observed vs simulated.
 */
import type { ObservedMetricSeries } from '../artefacts/observedSeries';
import { COL, type ColumnId } from '../engine/columns';
import { deriveScenarioMemory } from '../engine/setup';
import type { TraceEvent, TraceSink } from '../engine/trace';
import { runScenario } from '../run/runScenario';
import type { Scenario } from '../scenario/types';
import type { FirstFailureComparison, FitReport, FittedParameter, SeriesDivergence } from './types';

export interface FitCheckInput {
  readonly scenario: Scenario;
  /** Observed series on the scenario's time axis. */
  readonly series: readonly ObservedMetricSeries[];
  readonly failures: readonly { readonly kind: string; readonly process: string; readonly atMs: number }[];
  readonly parameters: readonly FittedParameter[];
}

/** Series compared: the byte pools the engine samples (counts and GC times depend on a load the artefacts rarely give). */
/** Fewer samples than this (a one-off scrape) are listed, not compared: an RMSE of one point is not a divergence. */
const MIN_COMPARED_POINTS = 3;
const COMPARED: readonly ColumnId[] = ['directUsed', 'heapUsed', 'metaspaceUsed', 'rss', 'managedUsed', 'native', 'unsafe'];

/** A simulated failure in the observed failures' words. */
function failureKindOf(e: TraceEvent): string | undefined {
  if (e.type === 'jvm.oom') return `oom-${e.pool}`;
  if (e.type === 'container.killed' && e.reason !== 'injected') return 'container-killed';
  if (e.type === 'process.exited') return 'process-exited';
  if (e.type === 'job.status' && e.to === 'FAILED') return 'job-failed';
  return undefined;
}

/** An explanation's event in the same words (models/explain/types.ts: `detail` is the pool of a jvm.oom). */
function explainedKind(e: { readonly type: string; readonly detail: string }): string | undefined {
  if (e.type === 'jvm.oom') return `oom-${e.detail}`;
  if (e.type === 'container.killed') return 'container-killed';
  if (e.type === 'process.exited') return 'process-exited';
  return undefined;
}

class SeriesSink implements TraceSink {
  readonly samples = new Map<string, { t: number[]; v: number[] }>();
  constructor(private readonly wanted: ReadonlySet<string>) {}
  sample(atMs: number, process: string, values: ArrayLike<number>): void {
    for (const metric of COMPARED) {
      const key = `${process}/${metric}`;
      if (!this.wanted.has(key)) continue;
      let s = this.samples.get(key);
      if (!s) this.samples.set(key, (s = { t: [], v: [] }));
      s.t.push(atMs);
      s.v.push(values[COL[metric]] as number);
    }
  }
  event(): void {}
}

/** The last simulated value at or before `t` (binary search), or undefined before the first sample. */
function valueAt(s: { t: number[]; v: number[] }, t: number): number | undefined {
  let lo = 0;
  let hi = s.t.length - 1;
  if (hi < 0 || (s.t[0] as number) > t) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s.t[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return s.v[lo];
}

function limitOf(scenario: Scenario, process: string, metric: ColumnId): number {
  const memory = deriveScenarioMemory(scenario);
  if (process === 'jobmanager') {
    const jm = memory.jobManager;
    // a legacy (1.10-) JobManager has only a heap size: its other pools have no limit to be relative to
    if (!jm.ok || !('memory' in jm.jobManager)) return 0;
    const m = jm.jobManager.memory;
    if (metric === 'heapUsed') return Number(m.jvmHeap);
    if (metric === 'metaspaceUsed') return Number(m.jvmMetaspace);
    return scenario.cluster.jobManagerContainerLimitBytes ?? Number(m.totalProcessMemory);
  }
  const derived = memory.taskManager;
  if (!derived.ok) return 0;
  const m = derived.taskManager.memory;
  if (metric === 'directUsed') return Number(m.jvmDirect);
  if (metric === 'heapUsed') return Number(m.jvmHeap);
  if (metric === 'metaspaceUsed') return Number(m.jvmMetaspace);
  if (metric === 'managedUsed') return Number(m.managed);
  return scenario.cluster.taskManagerContainerLimitBytes ?? Number(m.totalProcessMemory);
}

export function fitIncident(input: FitCheckInput): FitReport {
  const compared = input.series.filter((s) => (COMPARED as readonly string[]).includes(s.metric) && s.process !== 'job');
  const sink = new SeriesSink(new Set(compared.map((s) => `${s.process}/${s.metric}`)));
  const result = runScenario(input.scenario, { sinks: [sink], eventLimitPerKind: 1000, fitted: input.parameters });
  const series: SeriesDivergence[] = [];
  const skipped: string[] = [];
  for (const s of compared) {
    const simulated = sink.samples.get(`${s.process}/${s.metric}`);
    const limitBytes = limitOf(input.scenario, s.process, s.metric as ColumnId);
    let sum = 0;
    let points = 0;
    s.tMs.forEach((t, i) => {
      const v = simulated ? valueAt(simulated, t) : undefined;
      if (v === undefined || t > result.simulatedMs) return;
      sum += (v - (s.values[i] as number)) ** 2;
      points += 1;
    });
    // one or two samples (a scrape) say nothing about a series' course: named in the summary, not compared
    if (points < MIN_COMPARED_POINTS) {
      skipped.push(`${s.metric} ${s.process}: not compared (${points} sample${points === 1 ? '' : 's'})`);
      continue;
    }
    const rmseBytes = Math.sqrt(sum / points);
    series.push({
      process: s.process,
      metric: s.metric,
      limitBytes,
      rmseBytes,
      rmseRelative: limitBytes > 0 ? rmseBytes / limitBytes : 0,
      points,
    });
  }
  const firstFailure = compareFirstFailure(input.failures, result.events);
  const explanation = result.explanations.find((x) => explainedKind(x.event) === firstFailure?.kind)?.text;
  return {
    parameters: input.parameters,
    series,
    firstFailure,
    summary: summaryOf(input.parameters, series, firstFailure, skipped),
    ...(explanation ? { explanation } : {}),
  };
}

function compareFirstFailure(observed: FitCheckInput['failures'], events: readonly TraceEvent[]): FirstFailureComparison | undefined {
  const first = observed.find((f) => f.kind !== 'job-failed') ?? observed[0];
  const simulated = events.find((e) => {
    const kind = failureKindOf(e);
    return kind !== undefined && (!first || (kind === first.kind && (first.process === 'job' || e.process === first.process)));
  });
  if (!first && !simulated) return undefined;
  return {
    observedMs: first?.atMs,
    simulatedMs: simulated?.atMs,
    process: first?.process ?? simulated?.process ?? '',
    kind: first?.kind ?? (simulated ? (failureKindOf(simulated) as string) : ''),
  };
}

const secondsText = (ms: number | undefined) => (ms === undefined ? 'none' : `${(ms / 1000).toFixed(1)} s`);

function summaryOf(
  parameters: readonly FittedParameter[],
  series: readonly SeriesDivergence[],
  first: FirstFailureComparison | undefined,
  skipped: readonly string[],
): string[] {
  const lines = parameters.map((p) => (p.drives ? `fitted: ${p.text} → ${p.drives}` : `also seen: ${p.text} (not modelled)`));
  for (const s of series)
    lines.push(`${s.metric} ${s.process}: RMSE ${(s.rmseRelative * 100).toFixed(1)} % of its limit over ${s.points} samples`);
  lines.push(...skipped);
  if (first) {
    const off =
      first.observedMs !== undefined && first.simulatedMs !== undefined && first.observedMs > 0
        ? ` (${(((first.simulatedMs - first.observedMs) / first.observedMs) * 100).toFixed(1)} %)`
        : '';
    lines.push(
      `first ${first.kind} on ${first.process}: observed ${secondsText(first.observedMs)}, simulated ${secondsText(first.simulatedMs)}${off}`,
    );
  }
  return lines;
}
