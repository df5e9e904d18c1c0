// Protects the job-status machine: it moves exactly along Flink's JobStatus transitions as the DefaultScheduler and ExecutionGraph drive
// them, every status is reachable, the terminal statuses are final and silent.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  GLOBALLY_TERMINAL_JOB_STATUSES,
  isFinal,
  JOB_STATUS_EVENTS,
  JOB_STATUSES,
  jobStatusMachine,
  nextState,
  type EventOf,
  type JobStatus,
  type JobStatusEvent,
  type StateOf,
} from '../../../models/lifecycle/lifecycle';
import { checkLifecycleMachine, type TransitionTable } from './machineChecks';

/**
 * Written from flink-core JobStatus.java (FAILED, CANCELED, FINISHED globally terminal; SUSPENDED
 * locally terminal), DefaultExecutionGraph (transitionToRunning CREATED -> RUNNING; cancel from
 * CREATED, RUNNING, RESTARTING -> CANCELLING -> CANCELED; failJob -> FAILING -> FAILED; jobFinished
 * RUNNING -> FINISHED; suspend from any non-terminal state) and DefaultScheduler
 * (addVerticesToRestartPending RUNNING -> RESTARTING; removeVerticesFromRestartPending
 * RESTARTING -> RUNNING). The Dispatcher reports INITIALIZING until the JobMaster has created the
 * ExecutionGraph (CREATED).
 */
const ALLOWED: TransitionTable<JobStatus, JobStatusEvent> = {
  INITIALIZING: { CREATED: 'CREATED', SUSPEND: 'SUSPENDED' },
  CREATED: { START: 'RUNNING', CANCEL: 'CANCELLING', SUSPEND: 'SUSPENDED' },
  RUNNING: { RESTART: 'RESTARTING', FAIL: 'FAILING', CANCEL: 'CANCELLING', FINISH: 'FINISHED', SUSPEND: 'SUSPENDED' },
  RESTARTING: { RECOVERED: 'RUNNING', FAIL: 'FAILING', CANCEL: 'CANCELLING', SUSPEND: 'SUSPENDED' },
  FAILING: { FAILED: 'FAILED', SUSPEND: 'SUSPENDED' },
  CANCELLING: { CANCELED: 'CANCELED', SUSPEND: 'SUSPENDED' },
  FAILED: {},
  CANCELED: {},
  FINISHED: {},
  SUSPENDED: {},
};

describe('jobStatus.machine (Flink JobStatus)', () => {
  checkLifecycleMachine({
    machine: jobStatusMachine,
    states: JOB_STATUSES,
    events: JOB_STATUS_EVENTS,
    initial: 'INITIALIZING',
    finals: ['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED'],
    allowed: ALLOWED,
  });

  it('lists FAILED, CANCELED and FINISHED as globally terminal, all final; SUSPENDED final but not global', () => {
    expect([...GLOBALLY_TERMINAL_JOB_STATUSES].sort()).toEqual(['CANCELED', 'FAILED', 'FINISHED']);
    for (const status of GLOBALLY_TERMINAL_JOB_STATUSES) expect(isFinal(jobStatusMachine, status)).toBe(true);
    expect(GLOBALLY_TERMINAL_JOB_STATUSES).not.toContain('SUSPENDED');
  });

  it('walks a job that restarts twice and then runs out of restarts: INITIALIZING ... RESTARTING -> RUNNING ... FAILED', () => {
    const script: JobStatusEvent[] = ['CREATED', 'START', 'RESTART', 'RECOVERED', 'RESTART', 'RECOVERED', 'FAIL', 'FAILED'];
    const visited: Array<JobStatus | undefined> = [];
    script.reduce<JobStatus | undefined>((status, type) => {
      const next = status === undefined ? undefined : nextState(jobStatusMachine, status, { type });
      visited.push(next);
      return next;
    }, 'INITIALIZING');
    expect(visited).toEqual(['CREATED', 'RUNNING', 'RESTARTING', 'RUNNING', 'RESTARTING', 'RUNNING', 'FAILING', 'FAILED']);
    // A second accepted failure during the backoff leaves the job RESTARTING (DefaultScheduler).
    expect(nextState(jobStatusMachine, 'RESTARTING', { type: 'RESTART' })).toBeUndefined();
  });

  it('types its statuses and events as the exported unions', () => {
    expectTypeOf<StateOf<typeof jobStatusMachine>>().toEqualTypeOf<JobStatus>();
    expectTypeOf<EventOf<typeof jobStatusMachine>>().toEqualTypeOf<JobStatusEvent>();
  });
});
