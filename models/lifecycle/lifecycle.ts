/**
 * The engine's one door into the lifecycle machines: `nextState(machine, state, event)` answers
 * "where does this event take a machine in this state?" with XState 5's pure `transition()`, and
 * `undefined` when the state does not accept the event. Nothing here throws for an illegal event or
 * an unknown state, keeps an actor, or reads a clock.
 *
 * Speed: the engine asks this thousands of times per simulated run. The lifecycle machines are flat,
 * have no context and no guards, so a (state, event type) pair fully decides the answer; the first
 * call for a machine therefore runs `transition()` once per (state, event type) pair and keeps the
 * results in a table, and every later call is two Map lookups. A machine with guards, delays,
 * eventless or wildcard transitions is not tabled: each call runs `transition()` afresh (correct,
 * only slower). Machines with nested or parallel states are not supported (their state values are
 * not strings) and are rejected on first use.
 */
import { initialTransition, transition, type AnyStateMachine, type EventFromLogic, type StateValueFrom } from 'xstate';

export {
  EXECUTION_EVENTS,
  EXECUTION_STATES,
  taskExecutionMachine,
  type ExecutionEvent,
  type ExecutionState,
} from './taskExecution.machine';
export {
  GLOBALLY_TERMINAL_JOB_STATUSES,
  JOB_STATUS_EVENTS,
  JOB_STATUSES,
  jobStatusMachine,
  type JobStatus,
  type JobStatusEvent,
} from './jobStatus.machine';
export {
  TASK_MANAGER_PROCESS_EVENTS,
  TASK_MANAGER_PROCESS_STATES,
  taskManagerProcessMachine,
  type TaskManagerProcessEvent,
  type TaskManagerProcessState,
} from './taskManagerProcess.machine';

/** The state names of a flat machine, e.g. `StateOf<typeof taskExecutionMachine>` is `ExecutionState`. */
export type StateOf<M extends AnyStateMachine> = Extract<StateValueFrom<M>, string>;
/** The event types a machine declares, e.g. `EventOf<typeof jobStatusMachine>` is `JobStatusEvent`. */
export type EventOf<M extends AnyStateMachine> = EventFromLogic<M>['type'];

/** What `nextState` knows about one machine, built on its first use. */
interface MachineFacts {
  readonly initial: string;
  /** The context new snapshots are resolved with (the lifecycle machines have none). */
  readonly context: unknown;
  readonly finals: ReadonlySet<string>;
  /** state -> event type -> next state; `undefined` when the machine cannot be tabled. */
  readonly table: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;
}

const factsByMachine = new WeakMap<AnyStateMachine, MachineFacts>();

/**
 * The state `machine` moves to from `state` on `event`, or `undefined` when `state` does not accept
 * the event (including unknown states, unknown event types and every event in a final state).
 */
export function nextState<M extends AnyStateMachine>(machine: M, state: string, event: { type: string }): StateOf<M> | undefined {
  const facts = factsOf(machine);
  if (facts.table !== undefined) return facts.table.get(state)?.get(event.type) as StateOf<M> | undefined;
  return transitionOnce(machine, facts.context, state, event) as StateOf<M> | undefined;
}

/** Whether `state` is a final state of `machine` (false for names the machine does not have). */
export function isFinal(machine: AnyStateMachine, state: string): boolean {
  return factsOf(machine).finals.has(state);
}

/** The state a new instance of `machine` starts in (a new task attempt starts CREATED, and so on). */
export function initialState<M extends AnyStateMachine>(machine: M): StateOf<M> {
  return factsOf(machine).initial as StateOf<M>;
}

function factsOf(machine: AnyStateMachine): MachineFacts {
  let facts = factsByMachine.get(machine);
  if (facts === undefined) {
    facts = buildFacts(machine);
    factsByMachine.set(machine, facts);
  }
  return facts;
}

function buildFacts(machine: AnyStateMachine): MachineFacts {
  const states = Object.values(machine.root.states);
  const nested = states.find((node) => node.type !== 'atomic' && node.type !== 'final');
  if (nested !== undefined)
    throw new Error(`nextState handles flat machines only; '${machine.id}' has a ${nested.type} state '${nested.key}'`);
  const [initialSnapshot] = initialTransition(machine);
  const context: unknown = initialSnapshot.context;
  return {
    initial: String(initialSnapshot.value),
    context,
    finals: new Set(states.filter((node) => node.type === 'final').map((node) => node.key)),
    table: isTableable(machine) ? buildTable(machine, context) : undefined,
  };
}

/** Without guards, delays, eventless or wildcard transitions, (state, event type) decides the next state. */
function isTableable(machine: AnyStateMachine): boolean {
  const nodes = [machine.root, ...Object.values(machine.root.states)];
  return nodes.every(
    (node) =>
      (node.always ?? []).length === 0 &&
      node.after.length === 0 &&
      [...node.transitions.values()].every((definitions) =>
        definitions.every((definition) => definition.guard === undefined && !definition.eventType.includes('*')),
      ),
  );
}

function buildTable(machine: AnyStateMachine, context: unknown): Map<string, Map<string, string>> {
  const eventTypes = machine.root.events;
  const table = new Map<string, Map<string, string>>();
  for (const state of Object.keys(machine.root.states)) {
    const row = new Map<string, string>();
    for (const type of eventTypes) {
      const next = transitionOnce(machine, context, state, { type });
      if (next !== undefined) row.set(type, next);
    }
    table.set(state, row);
  }
  return table;
}

/**
 * One pure XState transition. Accepted means a transition was taken: a new snapshot that is still
 * active or done. An unhandled event returns the same snapshot; XState's own `xstate.stop` and
 * `xstate.error.*` events change the status to stopped/error without a transition, so they count
 * as not accepted. The wildcard type '*' is refused up front (XState's development build throws).
 */
function transitionOnce(machine: AnyStateMachine, context: unknown, state: string, event: { type: string }): string | undefined {
  if (!Object.hasOwn(machine.root.states, state) || event.type === '*') return undefined;
  const snapshot = machine.resolveState({ value: state, context });
  const [next] = transition(machine, snapshot, event as EventFromLogic<AnyStateMachine>);
  if (next === snapshot || (next.status !== 'active' && next.status !== 'done')) return undefined;
  return typeof next.value === 'string' ? next.value : undefined;
}
