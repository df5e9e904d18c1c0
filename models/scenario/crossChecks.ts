/**
 * Rules that relate fields of different parts of a scenario: unique operator ids, a source
 * first, event targets that exist, times within the run, a job no wider than the cluster's slots. They run even when other fields are
 * invalid (so every problem is reported at once), hence they read the value defensively.
 */
import type { z } from 'zod';
import { formatDuration } from '../units/duration';
import { didYouMean } from './messages';
import { OPERATOR_KINDS } from './vocabulary';

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = readonly (string | number)[];

const asRecord = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function report(ctx: Ctx, path: Path, message: string, input: unknown): void {
  ctx.addIssue({ code: 'custom', message, input, path: [...path] });
}

/** Operator ids in order (undefined where an id is missing or not text). */
function operatorIds(scenario: Readonly<Record<string, unknown>>): readonly (string | undefined)[] {
  return asList(asRecord(scenario.job)?.operators).map((op) => {
    const id = asRecord(op)?.id;
    return typeof id === 'string' ? id : undefined;
  });
}

function checkOperators(scenario: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const operators = asList(asRecord(scenario.job)?.operators);
  const firstKind = asRecord(operators[0])?.kind;
  if ((OPERATOR_KINDS as readonly unknown[]).includes(firstKind) && firstKind !== 'source') {
    report(
      ctx,
      ['job', 'operators', 0, 'kind'],
      `the first operator must be a source, where records enter the job (got '${String(firstKind)}')`,
      firstKind,
    );
  }
  operators.forEach((op, index) => {
    const record = asRecord(op);
    if (record?.window !== undefined && record.kind !== 'window') {
      report(
        ctx,
        ['job', 'operators', index, 'window'],
        `only window operators keep window state (this operator is ${String(record.kind)})`,
        record.window,
      );
    }
  });
  const firstIndex = new Map<string, number>();
  operatorIds(scenario).forEach((id, index) => {
    if (id === undefined) return;
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else report(ctx, ['job', 'operators', index, 'id'], `duplicate operator id '${id}' (already used by job.operators[${earlier}])`, id);
  });
}

/** The TaskManager count, when it is valid. */
function taskManagerCount(scenario: Readonly<Record<string, unknown>>): number | undefined {
  const count = asRecord(scenario.cluster)?.taskmanagers;
  if (count === undefined) return 1;
  return typeof count === 'number' && Number.isInteger(count) && count >= 1 ? count : undefined;
}

/** Why `target` names nothing, or undefined when it is fine. */
export function targetProblem(target: string, operators: readonly string[], taskManagers: number | undefined): string | undefined {
  if (['random', 'all', 'jobmanager'].includes(target) || operators.includes(target)) return undefined;
  const tm = /^taskmanager-(\d+)$/.exec(target);
  if (tm) {
    const n = Number(tm[1]);
    if (taskManagers === undefined || (n >= 1 && n <= taskManagers)) return undefined;
    return `'${target}' does not exist: the cluster has ${taskManagers} TaskManager${taskManagers === 1 ? '' : 's'} (taskmanager-1 … taskmanager-${taskManagers})`;
  }
  const processes = taskManagers === undefined ? 'taskmanager-<n>' : `taskmanager-1 … taskmanager-${taskManagers}`;
  const known = [
    'random',
    'all',
    'jobmanager',
    ...operators,
    ...(taskManagers === undefined ? [] : Array.from({ length: taskManagers }, (_, i) => `taskmanager-${i + 1}`)),
  ];
  const ops = operators.length > 0 ? ` or an operator id (${operators.join(', ')})` : ' or an operator id';
  return `must be random, all, jobmanager, ${processes}${ops} (got '${target}')${didYouMean(target, known)}`;
}

function checkEventTargets(scenario: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const operators = [...new Set(operatorIds(scenario).filter((id): id is string => id !== undefined))];
  const taskManagers = taskManagerCount(scenario);
  asList(scenario.events).forEach((event, index) => {
    const record = asRecord(event);
    const target = record?.target;
    if (typeof target !== 'string') return;
    const problem = targetProblem(target, operators, taskManagers) ?? leakTargetProblem(record?.do, record?.shape, target, operators);
    if (problem !== undefined) report(ctx, ['events', index, 'target'], problem, target);
  });
}

/** A per-restart or per-record leak lives in an operator's code; a ramp or a burst in a process. */
function leakTargetProblem(action: unknown, shape: unknown, target: string, operators: readonly string[]): string | undefined {
  if (action !== 'leak') return undefined;
  const isOperator = operators.includes(target);
  if ((shape === 'per-restart' || shape === 'per-record') && !isOperator) {
    return `a ${shape} leak is in an operator's code: target must be an operator id (${operators.join(', ')}) (got '${target}')`;
  }
  if ((shape === 'ramp' || shape === 'burst') && isOperator) {
    return `a ${shape} leak hits processes: target must be all, random, jobmanager or taskmanager-<n> (got the operator '${target}')`;
  }
  return undefined;
}

/** Times (already in ms where valid) that fall after the end of the run. */
function checkTimesWithinRun(scenario: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const durationMs = asNumber(scenario.duration);
  if (durationMs === undefined) return;
  const check = (path: Path, value: unknown) => {
    const ms = asNumber(value);
    if (ms !== undefined && ms > durationMs) {
      report(ctx, path, `${formatDuration(ms)} is after the end of the run (duration ${formatDuration(durationMs)})`, value);
    }
  };
  asList(scenario.events).forEach((event, i) => check(['events', i, 'at'], asRecord(event)?.at));
  asList(scenario.narration).forEach((step, i) => check(['narration', i, 'at'], asRecord(step)?.at));
  asList(scenario.annotations).forEach((note, i) => check(['annotations', i, 'at'], asRecord(note)?.at));
  asList(scenario.expect).forEach((expectation, i) => {
    check(['expect', i, 'before'], asRecord(expectation)?.before);
    check(['expect', i, 'after'], asRecord(expectation)?.after);
  });
  const sampleMs = asNumber(scenario.sampleInterval);
  if (sampleMs !== undefined && sampleMs > durationMs) {
    report(
      ctx,
      ['sampleInterval'],
      `must not be longer than the run (duration ${formatDuration(durationMs)}, got ${formatDuration(sampleMs)})`,
      sampleMs,
    );
  }
}

/**
 * Slots per TaskManager as the scenario sets them: Flink's default 1, or the value when it is a whole number (else the derivation refuses
 * it).
 */
function slotsPerTaskManager(scenario: Readonly<Record<string, unknown>>): number | undefined {
  const raw = asRecord(asRecord(scenario.flink)?.config)?.['taskmanager.numberOfTaskSlots'];
  if (raw === undefined) return 1; // TaskManagerOptions.NUM_TASK_SLOTS defaults to 1
  const text = String(raw).trim();
  return /^\d{1,9}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/**
 * Every subtask needs a slot, and with Flink's default slot sharing a job needs as many slots as its
 * highest parallelism. The scenario's cluster is fixed (no resource manager starts more TaskManagers),
 * so a job wider than its slots never runs: Flink's slot pool fails the pending requests with
 * NoResourceAvailableException "Could not acquire the minimum required resources." (flink-runtime
 * org/apache/flink/runtime/jobmaster/slotpool/DeclarativeSlotPoolBridge.java, failPendingRequests).
 * The engine does not model waiting for slots, so the scenario is refused, naming the numbers.
 */
function checkSlots(scenario: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const taskManagers = taskManagerCount(scenario);
  const slots = slotsPerTaskManager(scenario);
  if (taskManagers === undefined || slots === undefined) return;
  const offered = taskManagers * slots;
  let widest: { index: number; parallelism: number } | undefined;
  asList(asRecord(scenario.job)?.operators).forEach((op, index) => {
    const parallelism = asNumber(asRecord(op)?.parallelism);
    if (parallelism !== undefined && parallelism > offered && parallelism > (widest?.parallelism ?? 0)) widest = { index, parallelism };
  });
  if (widest === undefined) return;
  report(
    ctx,
    ['job', 'operators', widest.index, 'parallelism'],
    `${widest.parallelism} subtasks need ${widest.parallelism} slots but the cluster offers ${offered} (cluster.taskmanagers ${taskManagers} × taskmanager.numberOfTaskSlots ${slots}): Flink could not schedule the job (NoResourceAvailableException: Could not acquire the minimum required resources.)`,
    widest.parallelism,
  );
}

/** All cross-field rules; `value` is whatever the field schemas produced, valid or not. */
export function crossCheckScenario(value: unknown, ctx: Ctx): void {
  const scenario = asRecord(value);
  if (scenario === undefined) return;
  checkOperators(scenario, ctx);
  checkEventTargets(scenario, ctx);
  checkTimesWithinRun(scenario, ctx);
  checkSlots(scenario, ctx);
}
