// Protects the task-attempt machine: it moves exactly along Flink's ExecutionState transitions (the enum's Javadoc plus Execution.cancel),
// every state is reachable, the terminal states are final and silent.
import { describe, expectTypeOf, it } from 'vitest';
import {
  EXECUTION_EVENTS,
  EXECUTION_STATES,
  nextState,
  taskExecutionMachine,
  type EventOf,
  type ExecutionEvent,
  type ExecutionState,
  type StateOf,
} from '../../../models/lifecycle/lifecycle';
import { checkLifecycleMachine, type TransitionTable } from './machineChecks';

/**
 * Written from flink-runtime/src/main/java/org/apache/flink/runtime/execution/ExecutionState.java
 * (Javadoc diagram: CREATED -> SCHEDULED -> DEPLOYING -> INITIALIZING -> RUNNING -> FINISHED;
 * DEPLOYING/INITIALIZING/RUNNING -> CANCELING -> CANCELED; SCHEDULED -> CANCELED; "FAILED from any
 * other state"; FINISHED, CANCELED, FAILED terminal) and Execution.cancel (CREATED or SCHEDULED go
 * "directly" to CANCELED). RECONCILING is out of scope.
 */
const ALLOWED: TransitionTable<ExecutionState, ExecutionEvent> = {
  CREATED: { SCHEDULE: 'SCHEDULED', CANCEL: 'CANCELED', FAIL: 'FAILED' },
  SCHEDULED: { DEPLOY: 'DEPLOYING', CANCEL: 'CANCELED', FAIL: 'FAILED' },
  DEPLOYING: { INITIALIZE: 'INITIALIZING', CANCEL: 'CANCELING', FAIL: 'FAILED' },
  INITIALIZING: { RUN: 'RUNNING', CANCEL: 'CANCELING', FAIL: 'FAILED' },
  RUNNING: { FINISH: 'FINISHED', CANCEL: 'CANCELING', FAIL: 'FAILED' },
  CANCELING: { CANCELED: 'CANCELED', FAIL: 'FAILED' },
  FINISHED: {},
  CANCELED: {},
  FAILED: {},
};

describe('taskExecution.machine (Flink ExecutionState)', () => {
  checkLifecycleMachine({
    machine: taskExecutionMachine,
    states: EXECUTION_STATES,
    events: EXECUTION_EVENTS,
    initial: 'CREATED',
    finals: ['FINISHED', 'CANCELED', 'FAILED'],
    allowed: ALLOWED,
  });

  it('types its states and events as the exported unions', () => {
    expectTypeOf<StateOf<typeof taskExecutionMachine>>().toEqualTypeOf<ExecutionState>();
    expectTypeOf<EventOf<typeof taskExecutionMachine>>().toEqualTypeOf<ExecutionEvent>();
    expectTypeOf(nextState(taskExecutionMachine, 'RUNNING', { type: 'CANCEL' })).toEqualTypeOf<ExecutionState | undefined>();
  });
});
