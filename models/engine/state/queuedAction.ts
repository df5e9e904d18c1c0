/** Discrete things waiting in the simulation's event queue (plain data: a checkpoint copies the queue). */
import type { ExecutionState } from '../../lifecycle/lifecycle';
import type { FailureCause } from '../trace';

export type QueuedAction =
  /** A process (0: the JobManager, else a TaskManager) starts, or starts again after it exited or was killed. */
  | { readonly kind: 'process-start'; readonly index: number }
  | { readonly kind: 'tm-registered'; readonly tm: number; readonly instance: number }
  | { readonly kind: 'task-advance'; readonly task: number; readonly attempt: number; readonly to: ExecutionState }
  | { readonly kind: 'job-start' }
  | { readonly kind: 'job-restart' }
  /** A task's failure in open() reaches the JobMaster, after the other opens of that instant (failover.ts failTask). */
  | { readonly kind: 'task-failure-reported' }
  /** The region's slot requests fail (standalone: at once; else slot.request.timeout) unless its slots came (failover.ts). */
  | { readonly kind: 'slot-requests-failed'; readonly generation: number; readonly timedOut: boolean }
  | { readonly kind: 'fault'; readonly index: number }
  | { readonly kind: 'fault-end'; readonly index: number; readonly instance?: number }
  /** The window state retained at this rate one window span ago starts to expire now (the cleanup timers' delay line). */
  | { readonly kind: 'window-expire'; readonly tm: number; readonly instance: number; readonly generation: number; readonly perMs: number }
  /** Window state restored at open() has expired (it expired evenly over one window span). */
  | {
      readonly kind: 'window-restored-end';
      readonly tm: number;
      readonly instance: number;
      readonly generation: number;
      readonly perMs: number;
    }
  /**
   * A direct reservation that did not fit after Bits.reserveMemory's System.gc(): its last retry (directRetry.ts).
   * `task`/`attempt`: the task thread blocked in it; `openLeak`: it was that leak of the task's open(); `site`: the leak
   * site to book on success (a discrete allocation), none for a per-record flow; `ramp`: the thread is an injected direct
   * ramp's, whose flow stops while it retries.
   */
  | {
      readonly kind: 'direct-retry';
      readonly tm: number;
      readonly instance: number;
      readonly cause: FailureCause;
      readonly droppedBytes: number;
      readonly task?: number;
      readonly attempt?: number;
      readonly openLeak?: number;
      readonly site?: string;
      readonly ramp?: boolean;
    }
  /** The JobManager's side notices a TaskManager that died abruptly (lostTaskManager.ts): a reader's channel closed, or its heartbeat RPCs fail. */
  | {
      readonly kind: 'tm-lost';
      readonly tm: number;
      readonly instance: number;
      readonly stage: 'remote' | 'unreachable';
      readonly lost: ReadonlyArray<{ readonly task: number; readonly attempt: number; readonly from: ExecutionState }>;
    }
  | { readonly kind: 'checkpoint-trigger' }
  | { readonly kind: 'blob-fetched'; readonly tm: number; readonly instance: number }
  | { readonly kind: 'blob-timeout'; readonly tm: number; readonly instance: number; readonly attempt: number }
  | { readonly kind: 'blob-released' }
  | { readonly kind: 'checkpoint-complete'; readonly id: number; readonly sizeBytes: number; readonly durationMs: number }
  | { readonly kind: 'checkpoint-expire'; readonly id: number; readonly sizeBytes: number };
