/**
 * One complete run, as the CLI and the tests use it: the scenario's whole duration (or a shorter
 * one), the trace streamed to sinks, and the result with its hash, summary and checked expectations.
 */
import { ExpectationTracker, type ExpectationResult } from './expectations';
import type { Scenario } from '../scenario/types';
import { Simulation } from '../engine/simulation';
import { SummarySink, type RunSummary } from '../engine/summary';
import type { TraceEvent, TraceSink } from '../engine/trace';
import { captureDiagnostics, type FailureDiagnostics } from '../engine/diagnostics';
import { deriveScenarioMemory } from '../engine/setup';
import { explainFailures } from '../explain/explainFailures';
import { type Explanation, isExplainedEvent, isFailureEvent } from '../explain/types';

export interface RunOptions {
  readonly seed?: string;
  readonly durationMs?: number;
  readonly stepMs?: number;
  readonly sinks?: readonly TraceSink[];
  /** Called every simulated hour with the fraction done (for progress bars). */
  readonly onProgress?: (fraction: number) => void;
  readonly afterStep?: (sim: Simulation) => void;
  /** Asked after every step: true stops the run there (Ctrl-C); the result covers what ran (`stopped`). */
  readonly shouldStop?: () => boolean;
  /** Events kept per event type, the first and the last this many (default all; the CLI keeps DEFAULT_EVENT_LIMIT_PER_KIND). */
  readonly eventLimitPerKind?: number;
  /** Figures fitted to an incident (models/fit): the explanations of failures of their pool quote them. */
  readonly fitted?: readonly { readonly name: string; readonly text: string }[];
}

/** Events kept per type by default: the first 1000 and the last 1000 (memory flat in the run's length). */
export const DEFAULT_EVENT_LIMIT_PER_KIND = 1000;

export interface RunResult {
  readonly scenario: string;
  readonly seed: string;
  readonly simulatedMs: number;
  readonly traceHash: string;
  /** The events kept (all, or the first and last `eventLimitPerKind` of each type), in order. */
  readonly events: readonly TraceEvent[];
  /** Events emitted but not kept in `events` (the summary's counts include them). */
  readonly eventsDropped: number;
  /** The run was stopped (shouldStop) before its end; `simulatedMs` says where. */
  readonly stopped: boolean;
  readonly summary: RunSummary;
  readonly expectations: readonly ExpectationResult[];
  /** Heap histogram and native profile of a process when it failed (its first failures, at most 3 per process). */
  readonly diagnostics: readonly FailureDiagnostics[];
  /** One causal explanation per failure event (jvm.oom, container.killed, process.exited), in event order. */
  readonly explanations: readonly Explanation[];
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const steps = runSteps(scenario, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same run, giving the caller's event loop a turn after every simulated hour (`pause` is the caller's: the
 * CLI passes `setImmediate`, so that Ctrl-C reaches its handler and `shouldStop` can end the run cleanly).
 */
export async function runScenarioPausing(scenario: Scenario, options: RunOptions, pause: () => Promise<void>): Promise<RunResult> {
  const steps = runSteps(scenario, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** The run as steps of one simulated hour each; the generator's return value is the result. */
function* runSteps(scenario: Scenario, options: RunOptions): Generator<void, RunResult, void> {
  const durationMs = options.durationMs ?? scenario.durationMs;
  const summary = new SummarySink();
  const expectations = new ExpectationTracker(scenario.expect);
  const limit = options.eventLimitPerKind ?? Infinity;
  // Every failure's diagnostics feed its explanation; the result keeps each process's first three. `eventIndex` is
  // the event's sequence number until the end, when it becomes its position among the kept events.
  let captured: FailureDiagnostics[] = [];
  let current: Simulation | undefined;
  const failures: TraceSink = {
    sample: () => undefined,
    event: (e) => {
      // An injected kill needs no diagnostics: nothing ran out.
      if (!isFailureEvent(e) || (e.type === 'container.killed' && e.reason === 'injected') || !current) return;
      const index = e.process === 'jobmanager' ? 0 : Number(e.process.slice('taskmanager-'.length));
      captured.push(captureDiagnostics(current, index, e.type, current.state.eventCount - 1));
      // Diagnostics of failures the log no longer keeps go, so that they too stay bounded.
      const log = current.log;
      if (log && captured.length > 8 * log.limitPerKind) captured = keptDiagnostics(captured, current, 3);
    },
  };
  const sim = new Simulation(
    { ...scenario, durationMs },
    {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.stepMs !== undefined ? { stepMs: options.stepMs } : {}),
      ...(options.afterStep ? { afterStep: options.afterStep } : {}),
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
      checkpointEveryMs: Infinity,
      eventLimitPerKind: limit,
      sinks: [summary, failures, expectations, ...(options.sinks ?? [])],
    },
  );
  current = sim;
  const chunk = 3_600_000;
  for (let t = chunk; t < durationMs + chunk && !sim.stopped; t += chunk) {
    sim.advanceTo(Math.min(t, durationMs));
    options.onProgress?.(Math.min(1, sim.nowMs / durationMs));
    yield;
  }
  captured = keptDiagnostics(captured, sim, Infinity);
  return {
    scenario: scenario.id,
    seed: sim.seed,
    simulatedMs: sim.nowMs,
    traceHash: sim.traceHash(),
    events: sim.events,
    eventsDropped: sim.droppedEvents,
    stopped: sim.stopped,
    summary: summary.summary,
    expectations: expectations.results(),
    diagnostics: firstPerProcess(captured, 3),
    explanations: sim.events.some(isExplainedEvent)
      ? explainFailures({
          scenario,
          memory: deriveScenarioMemory(scenario),
          sizing: { taskManager: sim.setup.taskManagerSizing, jobManager: sim.setup.jobManagerSizing },
          events: sim.events,
          diagnostics: captured,
          ...(options.fitted ? { fitted: options.fitted } : {}),
        })
      : [],
  };
}

/**
 * The diagnostics whose failure event the log still keeps (and each process's first `firstPerProcessKept`), with
 * `eventIndex` turned from a sequence number into the event's position among the kept events.
 */
function keptDiagnostics(diagnostics: readonly FailureDiagnostics[], sim: Simulation, firstPerProcessKept: number): FailureDiagnostics[] {
  const log = sim.log;
  if (!log) return [...diagnostics];
  const first = new Set(firstPerProcess(diagnostics, firstPerProcessKept === Infinity ? 0 : firstPerProcessKept));
  return diagnostics.flatMap((d) => {
    if (first.has(d)) return [d];
    const position = log.positionOf(d.eventIndex);
    return position < 0 ? [] : [firstPerProcessKept === Infinity ? { ...d, eventIndex: position } : d];
  });
}

function firstPerProcess(diagnostics: readonly FailureDiagnostics[], most: number): FailureDiagnostics[] {
  const seen = new Map<string, number>();
  return diagnostics.filter((d) => {
    const n = (seen.get(d.process) ?? 0) + 1;
    seen.set(d.process, n);
    return n <= most;
  });
}
