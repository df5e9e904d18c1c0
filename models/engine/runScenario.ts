/**
 * One complete run, as the CLI and the tests use it: the scenario's whole duration (or a shorter
 * one), the trace streamed to sinks, and the result with its hash, summary and checked expectations.
 */
import { checkExpectations, type ExpectationResult } from '../scenario/expectations';
import type { Scenario } from '../scenario/types';
import { Simulation } from './simulation';
import { SummarySink, type RunSummary } from './summary';
import type { TraceEvent, TraceSink } from './trace';
import { captureDiagnostics, type FailureDiagnostics } from './diagnostics';

export interface RunOptions {
  readonly seed?: string;
  readonly durationMs?: number;
  readonly stepMs?: number;
  readonly sinks?: readonly TraceSink[];
  /** Called every simulated hour with the fraction done (for progress bars). */
  readonly onProgress?: (fraction: number) => void;
  readonly afterStep?: (sim: Simulation) => void;
}

export interface RunResult {
  readonly scenario: string;
  readonly seed: string;
  readonly simulatedMs: number;
  readonly traceHash: string;
  readonly events: readonly TraceEvent[];
  readonly summary: RunSummary;
  readonly expectations: readonly ExpectationResult[];
  /** Heap histogram and native profile of a process when it failed (its first failures, at most 3 per process). */
  readonly diagnostics: readonly FailureDiagnostics[];
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const durationMs = options.durationMs ?? scenario.durationMs;
  const summary = new SummarySink();
  const diagnostics: FailureDiagnostics[] = [];
  let current: Simulation | undefined;
  const failures: TraceSink = {
    sample: () => undefined,
    event: (e) => {
      const failed = e.type === 'jvm.oom' || (e.type === 'container.killed' && e.reason !== 'injected') || e.type === 'process.exited';
      if (!failed || !current || diagnostics.filter((d) => d.process === e.process).length >= 3) return;
      const index = e.process === 'jobmanager' ? 0 : Number(e.process.slice('taskmanager-'.length));
      diagnostics.push(captureDiagnostics(current, index, e.type));
    },
  };
  const sim = new Simulation({ ...scenario, durationMs }, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.stepMs !== undefined ? { stepMs: options.stepMs } : {}),
    ...(options.afterStep ? { afterStep: options.afterStep } : {}),
    checkpointEveryMs: Infinity,
    sinks: [summary, failures, ...(options.sinks ?? [])],
  });
  current = sim;
  const chunk = 3_600_000;
  for (let t = chunk; t < durationMs + chunk; t += chunk) {
    sim.advanceTo(Math.min(t, durationMs));
    options.onProgress?.(Math.min(1, t / durationMs));
  }
  return {
    scenario: scenario.id,
    seed: sim.seed,
    simulatedMs: sim.nowMs,
    traceHash: sim.traceHash(),
    events: sim.events,
    summary: summary.summary,
    expectations: checkExpectations(scenario.expect, sim.events),
    diagnostics,
  };
}
