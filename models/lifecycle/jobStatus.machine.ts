/**
 * A job's Flink `JobStatus` (org.apache.flink.api.common.JobStatus) as the JobMaster's
 * ExecutionGraph and the DefaultScheduler move it:
 *
 *   INITIALIZING -> CREATED -> RUNNING ---------------------------> FINISHED
 *                     |        |   ^  \
 *                     |        v   |   \--> FAILING --> FAILED
 *                     |     RESTARTING --/
 *                     +--------+---+------> CANCELLING --> CANCELED
 *   any non-terminal state ---------------> SUSPENDED
 *
 * - INITIALIZING: the Dispatcher accepted the job and waits for the JobMaster; CREATED: the
 *   ExecutionGraph exists and no task runs; START is `transitionToRunning` (CREATED -> RUNNING).
 * - RESTART: a failure that the restart strategy accepts. The DefaultScheduler marks the vertices to
 *   restart and switches RUNNING -> RESTARTING (`addVerticesToRestartPending`), cancels the old
 *   attempts and waits for the backoff. RECOVERED: the backoff elapsed and the last pending vertex
 *   is reset (`removeVerticesFromRestartPending`: RESTARTING -> RUNNING); the new attempts are then
 *   scheduled and deployed while the job already reads RUNNING. A second accepted failure during
 *   RESTARTING leaves the job in RESTARTING (`transitionState(RUNNING, RESTARTING)` is a no-op), so
 *   RESTART is not accepted there.
 * - FAIL: the restart strategy gave up (`failJob`), then FAILED once every task is terminal.
 * - CANCEL: `ExecutionGraph.cancel` from CREATED, RUNNING or RESTARTING, then CANCELED.
 * - FINISH: every job vertex finished (`jobFinished`, only from RUNNING).
 * - SUSPEND: the JobManager lost leadership or shut down (`ExecutionGraph.suspend`, from any
 *   non-terminal state).
 * - FAILED, CANCELED and FINISHED are globally terminal; SUSPENDED is locally terminal (another
 *   JobManager may recover the job from the HA store, as a new ExecutionGraph). All four are final.
 *
 * Edges of DefaultExecutionGraph left out (rare; add them here when a scenario needs one): FAILING
 * -> CANCELLING (cancel while failing), CANCELLING -> FAILED (vertices could not be cancelled), and
 * CREATED/CANCELLING -> FAILING (`failJob` accepts any non-terminal state but FAILING). The
 * Dispatcher also accepts a cancel while the job is INITIALIZING and reports it CANCELLING.
 * Flink's docs page "Jobs and Scheduling" still describes the pre-1.9 ExecutionGraph (failing ->
 * restarting -> created); the DefaultScheduler's RUNNING -> RESTARTING -> RUNNING is modelled here.
 *
 * RECONCILING (JobManager failover reconciliation) is out of scope, as for ExecutionState.
 * Pure data: no context, no guards, no delays; restart backoff timing belongs to the engine's queue.
 */
import { setup } from 'xstate';

export const JOB_STATUSES = [
  'INITIALIZING',
  'CREATED',
  'RUNNING',
  'FAILING',
  'FAILED',
  'CANCELLING',
  'CANCELED',
  'FINISHED',
  'RESTARTING',
  'SUSPENDED',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The globally terminal statuses (`JobStatus.isGloballyTerminalState()`); SUSPENDED is only locally terminal. */
export const GLOBALLY_TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['FAILED', 'CANCELED', 'FINISHED'];

export const JOB_STATUS_EVENTS = [
  'CREATED', // the JobMaster created the ExecutionGraph (INITIALIZING -> CREATED)
  'START', // scheduling starts (CREATED -> RUNNING)
  'RESTART', // a task or global failure the restart strategy accepts (RUNNING -> RESTARTING)
  'RECOVERED', // the backoff elapsed and the vertices are reset for new attempts (RESTARTING -> RUNNING)
  'FAIL', // the restart strategy gave up (RUNNING/RESTARTING -> FAILING)
  'FAILED', // every task reached a terminal state after FAIL (FAILING -> FAILED)
  'CANCEL', // the user cancelled the job (-> CANCELLING)
  'CANCELED', // every task reached a terminal state after CANCEL (CANCELLING -> CANCELED)
  'FINISH', // every job vertex finished (RUNNING -> FINISHED)
  'SUSPEND', // the JobManager lost leadership or shut down (-> SUSPENDED)
] as const;
export type JobStatusEvent = (typeof JOB_STATUS_EVENTS)[number];

export const jobStatusMachine = setup({
  types: { events: {} as { type: JobStatusEvent } },
}).createMachine({
  id: 'jobStatus',
  initial: 'INITIALIZING',
  states: {
    INITIALIZING: { on: { CREATED: 'CREATED', SUSPEND: 'SUSPENDED' } },
    CREATED: { on: { START: 'RUNNING', CANCEL: 'CANCELLING', SUSPEND: 'SUSPENDED' } },
    RUNNING: {
      on: {
        RESTART: 'RESTARTING',
        FAIL: 'FAILING',
        CANCEL: 'CANCELLING',
        FINISH: 'FINISHED',
        SUSPEND: 'SUSPENDED',
      },
    },
    RESTARTING: { on: { RECOVERED: 'RUNNING', FAIL: 'FAILING', CANCEL: 'CANCELLING', SUSPEND: 'SUSPENDED' } },
    FAILING: { on: { FAILED: 'FAILED', SUSPEND: 'SUSPENDED' } },
    CANCELLING: { on: { CANCELED: 'CANCELED', SUSPEND: 'SUSPENDED' } },
    FAILED: { type: 'final' },
    CANCELED: { type: 'final' },
    FINISHED: { type: 'final' },
    SUSPENDED: { type: 'final' },
  },
});
