/**
 * One task attempt's Flink `ExecutionState` (org.apache.flink.runtime.execution.ExecutionState), as
 * the JobMaster's `Execution` tracks it. A restart is a NEW attempt, so a new instance of this
 * machine starting again in CREATED; the old attempt stays in its final state.
 *
 * Transitions follow the enum's Javadoc diagram, plus the CREATED -> CANCELED edge of
 * `Execution.cancel` (see below):
 *
 *   CREATED -> SCHEDULED -> DEPLOYING -> INITIALIZING -> RUNNING -> FINISHED
 *      |           |            |             |             |
 *      |           |            +-------------+-------------+--> CANCELING --> CANCELED
 *      +-----------+---------------------------------------------------------> CANCELED
 *   any non-terminal state -> FAILED
 *
 * - CANCEL from CREATED or SCHEDULED goes straight to CANCELED: nothing was deployed, so no cancel
 *   RPC is needed (Execution.cancel: "we can directly switch to cancelled, because no task has been
 *   deployed"). The Javadoc diagram draws this edge only from SCHEDULED; the code does both.
 * - CANCEL from DEPLOYING, INITIALIZING or RUNNING goes to CANCELING (a cancel RPC is on its way to
 *   the TaskManager); the TaskManager's report then completes it with CANCELED.
 * - FAIL is accepted in every non-terminal state ("It is possible to enter the FAILED state from any
 *   other state"; `Execution.transitionState` refuses to leave a terminal state).
 * - FINISHED, CANCELED and FAILED are terminal (`ExecutionState.isTerminal()`), so final here.
 *
 * Where the JobMaster code (flink-runtime Execution.java) accepts more than this machine, the engine
 * reaches the same end with these events:
 * - `markFinished` also takes DEPLOYING/INITIALIZING -> FINISHED ("very fast tasks"): send
 *   INITIALIZE and RUN first.
 * - `completeCancelling` also takes DEPLOYING/INITIALIZING/RUNNING -> CANCELED (a TaskManager that
 *   cancels a task by itself): send CANCEL then CANCELED.
 * - `processFail` turns a failure of a CANCELING attempt into CANCELED, not FAILED; the Javadoc's
 *   "FAILED from any other state" is what FAIL follows here, so send CANCELED for the code's outcome.
 *
 * RECONCILING is deliberately out of scope: it is entered from CREATED only when a JobManager fails
 * over and reconciles with running TaskManagers, which this simulator does not model.
 *
 * Pure data: no context, no guards, no delays. Timing (deploy latency, cancellation) belongs to the
 * engine's event queue, and memory counters to the engine's typed state.
 */
import { setup } from 'xstate';

export const EXECUTION_STATES = [
  'CREATED',
  'SCHEDULED',
  'DEPLOYING',
  'INITIALIZING',
  'RUNNING',
  'FINISHED',
  'CANCELING',
  'CANCELED',
  'FAILED',
] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];

export const EXECUTION_EVENTS = [
  'SCHEDULE', // a slot was requested for the attempt (CREATED -> SCHEDULED)
  'DEPLOY', // the slot is assigned and the TaskDeploymentDescriptor is sent (-> DEPLOYING)
  'INITIALIZE', // the TaskManager restores state and opens operators (-> INITIALIZING)
  'RUN', // restore done, the task processes records (-> RUNNING)
  'FINISH', // end of input (bounded source, or stop-with-savepoint --drain) (-> FINISHED)
  'CANCEL', // the scheduler cancels the attempt (failover of its region, job cancel)
  'CANCELED', // the TaskManager reports the cancellation complete (CANCELING -> CANCELED)
  'FAIL', // the attempt failed: exception in the task, its TaskManager lost, deploy failed
] as const;
export type ExecutionEvent = (typeof EXECUTION_EVENTS)[number];

export const taskExecutionMachine = setup({
  types: { events: {} as { type: ExecutionEvent } },
}).createMachine({
  id: 'taskExecution',
  initial: 'CREATED',
  states: {
    CREATED: { on: { SCHEDULE: 'SCHEDULED', CANCEL: 'CANCELED', FAIL: 'FAILED' } },
    SCHEDULED: { on: { DEPLOY: 'DEPLOYING', CANCEL: 'CANCELED', FAIL: 'FAILED' } },
    DEPLOYING: { on: { INITIALIZE: 'INITIALIZING', CANCEL: 'CANCELING', FAIL: 'FAILED' } },
    INITIALIZING: { on: { RUN: 'RUNNING', CANCEL: 'CANCELING', FAIL: 'FAILED' } },
    RUNNING: { on: { FINISH: 'FINISHED', CANCEL: 'CANCELING', FAIL: 'FAILED' } },
    CANCELING: { on: { CANCELED: 'CANCELED', FAIL: 'FAILED' } },
    FINISHED: { type: 'final' },
    CANCELED: { type: 'final' },
    FAILED: { type: 'final' },
  },
});
