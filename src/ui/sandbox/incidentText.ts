/** How the incident panel and the report name an import's parts: artefact kinds, relative divergences, time differences. Pure. */
import type { ArtefactKind } from '../../../models/incident/types';
import { formatSimTime } from '../../../models/units/duration';

export const KIND_LABEL: Readonly<Record<ArtefactKind, string>> = {
  'flink-log': 'Flink log',
  'gc-log': 'GC log',
  metrics: 'metrics export',
  'cluster-events': 'cluster events',
  'flink-config': 'Flink configuration',
  kubernetes: 'Kubernetes manifest',
  unknown: 'not recognised',
};

/** An RMSE relative to the pool's limit, as a percentage with the precision that matters (0.4 %, 12 %). */
export function percent(relative: number): string {
  const p = relative * 100;
  return `${p >= 10 ? Math.round(p) : p.toFixed(1)} %`;
}

/** Observed vs simulated first failure: both times, and how far apart relative to the observed time. */
export function firstFailureText(observedMs: number | undefined, simulatedMs: number | undefined): string {
  const at = (ms: number | undefined) => (ms === undefined ? 'none' : formatSimTime(ms));
  if (observedMs === undefined || simulatedMs === undefined) return `observed ${at(observedMs)} · simulated ${at(simulatedMs)}`;
  const diff = simulatedMs - observedMs;
  const rel = observedMs > 0 ? ` (${diff >= 0 ? '+' : '−'}${percent(Math.abs(diff) / observedMs)})` : '';
  return `observed ${at(observedMs)} · simulated ${at(simulatedMs)}${rel}`;
}

/**
 * The replay misses the observed first failure: one failed and the other did not, or they are more than 10 % of the observed
 * time apart (issue 15's bar for a fitted scenario: the recorded failure's time within 10 %).
 */
export function firstFailureDiverges(observedMs: number | undefined, simulatedMs: number | undefined): boolean {
  if (observedMs === undefined || simulatedMs === undefined) return observedMs !== simulatedMs;
  return Math.abs(simulatedMs - observedMs) > 0.1 * Math.max(observedMs, 1);
}
