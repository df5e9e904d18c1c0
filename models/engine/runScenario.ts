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
import { deriveScenarioMemory } from './setup';
import { explainFailures } from '../explain/explainFailures';
import { isFailureEvent, type Explanation } from '../explain/types';

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
  /** One causal explanation per failure event (jvm.oom, container.killed, process.exited), in event order. */
  readonly explanations: readonly Explanation[];
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const durationMs = options.durationMs ?? scenario.durationMs;
  const summary = new SummarySink();
  // Every failure's diagnostics feed its explanation; the result keeps each process's first three.
  const captured: FailureDiagnostics[] = [];
  let current: Simulation | undefined;
  const failures: TraceSink = {
    sample: () => undefined,
    event: (e) => {
      // An injected kill needs no diagnostics: nothing ran out.
      if (!isFailureEvent(e) || (e.type === 'container.killed' && e.reason === 'injected') || !current) return;
      const index = e.process === 'jobmanager' ? 0 : Number(e.process.slice('taskmanager-'.length));
      captured.push(captureDiagnostics(current, index, e.type, current.events.length - 1));
    },
  };
  const sim = new Simulation(
    { ...scenario, durationMs },
    {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.stepMs !== undefined ? { stepMs: options.stepMs } : {}),
      ...(options.afterStep ? { afterStep: options.afterStep } : {}),
      checkpointEveryMs: Infinity,
      sinks: [summary, failures, ...(options.sinks ?? [])],
    },
  );
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
    diagnostics: firstPerProcess(captured, 3),
    explanations: sim.events.some(isFailureEvent)
      ? explainFailures({
          scenario,
          memory: deriveScenarioMemory(scenario),
          sizing: { taskManager: sim.setup.taskManagerSizing, jobManager: sim.setup.jobManagerSizing },
          events: sim.events,
          diagnostics: captured,
        })
      : [],
  };
}

function firstPerProcess(diagnostics: readonly FailureDiagnostics[], most: number): FailureDiagnostics[] {
  const seen = new Map<string, number>();
  return diagnostics.filter((d) => {
    const n = (seen.get(d.process) ?? 0) + 1;
    seen.set(d.process, n);
    return n <= most;
  });
}
