// Protects the TaskManager process machine: a JVM in a container starts, registers, and ends exactly once, killed from outside or exited by
// itself, with no way back (a replacement is a new instance).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  initialState,
  nextState,
  TASK_MANAGER_PROCESS_EVENTS,
  TASK_MANAGER_PROCESS_STATES,
  taskManagerProcessMachine,
  type EventOf,
  type StateOf,
  type TaskManagerProcessEvent,
  type TaskManagerProcessState,
} from '../../../models/lifecycle/lifecycle';
import { checkLifecycleMachine, type TransitionTable } from './machineChecks';

/**
 * Not a Flink enum: the process as the container runtime sees it. The TaskExecutor registers with
 * the ResourceManager once started; YARN's pmem check, Kubernetes' OOMKilled or an injected kill end
 * it from outside (KILLED); `taskmanager.jvm-exit-on-oom`, a Metaspace OOM with
 * `classloader.fail-on-metaspace-oom-error` or a fatal error (`Runtime.halt(-1)`) end it from inside
 * (EXITED). Both can happen before registration.
 */
const ALLOWED: TransitionTable<TaskManagerProcessState, TaskManagerProcessEvent> = {
  STARTING: { REGISTERED: 'RUNNING', KILL: 'KILLED', EXIT: 'EXITED' },
  RUNNING: { KILL: 'KILLED', EXIT: 'EXITED' },
  KILLED: {},
  EXITED: {},
};

describe('taskManagerProcess.machine (one TaskManager JVM in one container)', () => {
  checkLifecycleMachine({
    machine: taskManagerProcessMachine,
    states: TASK_MANAGER_PROCESS_STATES,
    events: TASK_MANAGER_PROCESS_EVENTS,
    initial: 'STARTING',
    finals: ['KILLED', 'EXITED'],
    allowed: ALLOWED,
  });

  it('never comes back: a replacement after a kill starts as a new instance in STARTING', () => {
    const killed = nextState(taskManagerProcessMachine, 'RUNNING', { type: 'KILL' });
    expect(killed).toBe('KILLED');
    expect(nextState(taskManagerProcessMachine, 'KILLED', { type: 'REGISTERED' })).toBeUndefined();
    expect(initialState(taskManagerProcessMachine)).toBe('STARTING');
  });

  it('types its states and events as the exported unions', () => {
    expectTypeOf<StateOf<typeof taskManagerProcessMachine>>().toEqualTypeOf<TaskManagerProcessState>();
    expectTypeOf<EventOf<typeof taskManagerProcessMachine>>().toEqualTypeOf<TaskManagerProcessEvent>();
  });
});
