// Shared graph checks for the lifecycle machines: each *.test.ts here calls `checkLifecycleMachine` with its own explicit transition table.
import { expect, it } from 'vitest';
import { transition, type AnyStateMachine, type EventFromLogic } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { isFinal, nextState } from '../../../models/lifecycle/lifecycle';

/** state -> event -> next state, written by hand from Flink's sources; a missing entry is illegal. */
export type TransitionTable<S extends string, E extends string> = Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;

export interface LifecycleSpec<S extends string, E extends string> {
  readonly machine: AnyStateMachine;
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly initial: S;
  readonly finals: readonly S[];
  readonly allowed: TransitionTable<S, E>;
}

/** Event types no lifecycle machine may accept: foreign names, XState's reserved events, prototype keys. */
export const FOREIGN_EVENTS = [
  'BOGUS',
  '',
  '*',
  'xstate.init',
  'xstate.stop',
  'xstate.error.actor.x',
  '__proto__',
  'constructor',
  'toString',
];
export const FOREIGN_STATES = ['RECONCILING', 'BOGUS', '', 'toString', '__proto__', 'constructor'];

const edge = (from: string, event: string, to: string) => `${from} --${event}--> ${to}`;

function tableEdges<S extends string, E extends string>(spec: LifecycleSpec<S, E>): string[] {
  return spec.states.flatMap((from) =>
    spec.events.flatMap((event) => {
      const to = spec.allowed[from][event];
      return to === undefined ? [] : [edge(from, event, to)];
    }),
  );
}

function stateValueOf(snapshot: { value: unknown }): string {
  expect(typeof snapshot.value).toBe('string');
  return String(snapshot.value);
}

/** The XState answer for one (state, event) pair, read straight from `transition()`, no helper in between. */
function machineAnswer(machine: AnyStateMachine, state: string, type: string): string | undefined {
  const snapshot = machine.resolveState({ value: state, context: undefined });
  const [next] = transition(machine, snapshot, { type } as EventFromLogic<AnyStateMachine>);
  return next === snapshot ? undefined : stateValueOf(next);
}

/** Each step of a graph path is an edge of the table; returns the edges walked. */
function assertLegalPath<S extends string, E extends string>(
  spec: LifecycleSpec<S, E>,
  steps: ReadonlyArray<{ state: { value: unknown }; event: { type: string } }>,
): string[] {
  expect(steps[0]?.event.type).toBe('xstate.init');
  expect(steps[0] && stateValueOf(steps[0].state)).toBe(spec.initial);
  const walked: string[] = [];
  for (let i = 1; i < steps.length; i++) {
    const from = stateValueOf((steps[i - 1] as (typeof steps)[number]).state) as S;
    const step = steps[i] as (typeof steps)[number];
    const to = stateValueOf(step.state);
    expect(spec.allowed[from]?.[step.event.type as E], edge(from, step.event.type, to)).toBe(to);
    walked.push(edge(from, step.event.type, to));
  }
  return walked;
}

export function checkLifecycleMachine<S extends string, E extends string>(spec: LifecycleSpec<S, E>): void {
  const { machine } = spec;

  it('declares exactly the listed states, events and initial state', () => {
    expect(Object.keys(machine.root.states).sort()).toEqual([...spec.states].sort());
    expect([...machine.root.events].sort()).toEqual([...spec.events].sort());
    expect(machine.root.initial.target.map((node) => node.key)).toEqual([spec.initial]);
  });

  it('has exactly the transitions of the table (adjacency map vs table)', () => {
    const machineEdges = adjacencyMapToArray(getAdjacencyMap(machine, {})).map(({ state, event, nextState: to }) =>
      edge(stateValueOf(state), event.type, stateValueOf(to)),
    );
    expect(new Set(machineEdges).size).toBe(machineEdges.length);
    expect([...machineEdges].sort()).toEqual(tableEdges(spec).sort());
  });

  it('reaches every state from the initial state (shortest paths), by legal steps only', () => {
    const paths = getShortestPaths(machine);
    expect(paths.map((path) => stateValueOf(path.state)).sort()).toEqual([...spec.states].sort());
    for (const path of paths) assertLegalPath(spec, path.steps);
  });

  it('ends every simple path in its last step, every step a legal transition', () => {
    const paths = getSimplePaths(machine);
    expect(paths.length).toBeGreaterThanOrEqual(spec.states.length);
    for (const path of paths) {
      assertLegalPath(spec, path.steps);
      const last = path.steps[path.steps.length - 1];
      expect(last && stateValueOf(last.state)).toBe(stateValueOf(path.state));
    }
    const ends = new Set(paths.map((path) => stateValueOf(path.state)));
    expect([...ends].sort()).toEqual([...spec.states].sort());
  });

  it('marks exactly the listed final states final, and they accept no event', () => {
    for (const state of spec.states) {
      const final = spec.finals.includes(state);
      expect(isFinal(machine, state), state).toBe(final);
      expect(machine.resolveState({ value: state, context: undefined }).status, state).toBe(final ? 'done' : 'active');
      if (!final) continue;
      expect(machine.root.states[state]?.ownEvents, state).toEqual([]);
      for (const type of spec.events) expect(machineAnswer(machine, state, type), `${state} + ${type}`).toBeUndefined();
      for (const type of [...spec.events, ...FOREIGN_EVENTS])
        expect(nextState(machine, state, { type }), `${state} + ${type}`).toBeUndefined();
    }
  });

  it('lets every non-final state reach a final state (no dead ends)', () => {
    for (const state of spec.states.filter((s) => !spec.finals.includes(s))) {
      const fromState = machine.resolveState({ value: state, context: undefined });
      const reached = getShortestPaths(machine, { fromState }).map((path) => stateValueOf(path.state));
      expect(
        reached.some((s) => spec.finals.includes(s as S)),
        state,
      ).toBe(true);
    }
  });

  it('nextState agrees with the machine and the table on every (state, event) pair, twice (cold and tabled)', () => {
    for (const state of spec.states) {
      for (const type of spec.events) {
        const expected = spec.allowed[state][type];
        expect(machineAnswer(machine, state, type), `${state} + ${type}`).toBe(expected);
        expect(nextState(machine, state, { type }), `${state} + ${type}`).toBe(expected);
        expect(nextState(machine, state, { type }), `${state} + ${type} (again)`).toBe(expected);
      }
    }
  });

  it('returns undefined for every illegal event, unknown state and foreign event, without throwing', () => {
    const illegal = spec.states.flatMap((state) =>
      spec.events.filter((type) => spec.allowed[state][type] === undefined).map((type) => [state, type] as const),
    );
    expect(illegal.length + tableEdges(spec).length).toBe(spec.states.length * spec.events.length);
    for (const [state, type] of illegal) expect(nextState(machine, state, { type }), `${state} + ${type}`).toBeUndefined();
    for (const state of spec.states) {
      for (const type of FOREIGN_EVENTS) expect(nextState(machine, state, { type }), `${state} + ${type}`).toBeUndefined();
    }
    for (const state of FOREIGN_STATES) {
      expect(isFinal(machine, state), state).toBe(false);
      for (const type of spec.events) expect(nextState(machine, state, { type }), `${state} + ${type}`).toBeUndefined();
    }
  });
}
