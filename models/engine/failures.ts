/**
 * What counts as a failure of a run, in one place: the summary's first failure (`run`, `run --json`), the sizing
 * figures and the `no failure` assertion (`check`, `compare`, `sweep`) and the sandbox all read it from here.
 *
 * A failure is an event by which a JVM, its container, a task or the job fails on its own — what a Flink operator
 * would page about — in the order the run logs them:
 * - `jvm.oom`: an OutOfMemoryError of any pool (heap, direct, metaspace), whether the task or the JVM dies of it;
 * - `container.killed` by YARN or Kubernetes for its memory (not `reason: injected`);
 * - `process.exited` on its own: not the exit an injected `crash-process` causes, nor the halt of a JVM that had an
 *   OutOfMemoryError in the same millisecond (that error is the failure);
 * - `task.state` to FAILED with a cause of its own: a deployment that gave up fetching the job's jar from the blob
 *   server, a task that got too few network buffers. Not the tasks a failure or an injected fault of the same
 *   millisecond takes down (they are its consequence), and one per millisecond (one cause fails them all);
 * - `job.status` to FAILED: the restart strategy gave up, whatever the task failure that led there.
 * Not failures: what the scenario injects (it is the experiment, not the system failing: `crash-process`,
 * `restart-process`, `kill-container`, `fail-task`; the failover they cause is the system working), a blob fetch that will be retried
 * (`blob.fetch.failed` … Retrying), a failed checkpoint (tolerated or not, the task failure it causes is what counts),
 * back pressure, GC pauses.
 *
 * The events carry no cause link, so "a consequence" means "in the same millisecond as a failure, a process loss or
 * an injected fault": the engine emits a cause and its consequences in one millisecond, and independent failures
 * landing in the same millisecond are too rare to matter for a first failure. One exception: a TaskManager that dies
 * abruptly is noticed later (a reader's RemoteTransportException after 300 ms, the JobMaster's "no longer reachable"
 * after 1.45 s: lostTaskManager.ts), so task failures until then are its consequences too.
 */
import { UNREACHABLE_NOTICED_MS } from './lostTaskManager';
import type { TraceEvent } from './trace';

/** Failures by kind (the sizing figures count each). */
export type FailureKind = 'heap-oom' | 'direct-oom' | 'metaspace-oom' | 'container-kill' | 'process-exit' | 'task-failure' | 'job-failure';
export const FAILURE_KINDS: readonly FailureKind[] = [
  'heap-oom',
  'direct-oom',
  'metaspace-oom',
  'container-kill',
  'process-exit',
  'task-failure',
  'job-failure',
];

/** What failed: a JVM pool, the container, the process, a task, or the job. */
export type FailedPool = 'heap' | 'direct' | 'metaspace' | 'container' | 'exit' | 'task' | 'job';

export interface Failure {
  readonly atMs: number;
  readonly type: 'jvm.oom' | 'container.killed' | 'process.exited' | 'task.state' | 'job.status';
  readonly process: string;
  readonly kind: FailureKind;
  readonly pool: FailedPool;
  /** The JVM's, YARN's, Kubernetes' or Flink's text (for a task, the cause Flink logs with the failure). */
  readonly message: string;
  /** A few words: `pool heap`, `k8s-oomkilled, exit 137`, `exit 1`, `sink (2/4): DEPLOYING → FAILED`, `job FAILED`. */
  readonly detail: string;
}

/** Reads a run's events in order and says which are failures (see the module's comment); keeps only a few fields. */
export class FailureClassifier {
  private atMs = -1;
  /** Something at `atMs` already explains a task failing: a failure, a process lost, an injected fault. */
  private explained = false;
  private readonly oomAt = new Set<string>();
  private crashInjected = false;
  /** Until when a process lost abruptly may still be noticed (its task failures are consequences). */
  private lossNoticedByMs = -1;
  /** The `blob.fetch.failed` that gave up at `atMs`, by process (the cause of the deployment failure that follows). */
  private readonly blobGaveUp = new Map<string, string>();
  /** A task failure of `atMs` whose cause Flink logs in the next event (mutable until then). */
  private open: { -readonly [K in keyof Failure]: Failure[K] } | undefined;

  /** The failure `e` is, or undefined. A task failure's message may be completed by the log line that follows it. */
  classify(e: TraceEvent): Failure | undefined {
    if (e.atMs !== this.atMs) this.newMillisecond(e.atMs);
    this.completeOpen(e);
    switch (e.type) {
      case 'fault.injected':
        if (e.action === 'crash-process' || e.action === 'restart-process' || e.action === 'kill-container' || e.action === 'fail-task')
          this.explained = true;
        if (e.action === 'crash-process' || e.action === 'restart-process') this.crashInjected = true;
        return undefined;
      case 'jvm.oom':
        this.oomAt.add(e.process);
        return this.failure(e, `${e.pool}-oom`, e.pool, `pool ${e.pool}`);
      case 'container.killed':
        this.lossNoticedByMs = e.atMs + UNREACHABLE_NOTICED_MS;
        if (e.reason === 'injected') return this.lost();
        return this.failure(e, 'container-kill', 'container', `${e.reason}, exit ${e.exitCode}`);
      case 'process.exited':
        this.lossNoticedByMs = e.atMs + UNREACHABLE_NOTICED_MS;
        // an injected crash exits 1, a planned restart (SIGTERM) 143
        if ((this.crashInjected && (e.exitCode === 1 || e.exitCode === 143)) || this.oomAt.has(e.process)) return this.lost();
        return this.failure(e, 'process-exit', 'exit', `exit ${e.exitCode}`);
      case 'blob.fetch.failed':
        this.blobGaveUp.set(e.process, e.message);
        return undefined;
      case 'task.state':
        return e.to === 'FAILED' && !this.explained && e.atMs > this.lossNoticedByMs ? this.taskFailure(e) : undefined;
      case 'job.status':
        return e.to === 'FAILED' ? this.failure(e, 'job-failure', 'job', 'job FAILED') : undefined;
      default:
        return undefined;
    }
  }

  private newMillisecond(atMs: number): void {
    this.atMs = atMs;
    this.explained = false;
    this.crashInjected = false;
    this.oomAt.clear();
    this.blobGaveUp.clear();
    this.open = undefined;
  }

  /** Flink logs a task's failure cause right after its state changes (WARN for one task, ERROR for a deployment's). */
  private completeOpen(e: TraceEvent): void {
    const open = this.open;
    if (!open || e.type === 'task.state') return;
    if (e.type === 'log' && e.level !== 'INFO' && e.process === open.process) open.message = e.message;
    this.open = undefined;
  }

  private lost(): undefined {
    this.explained = true;
    return undefined;
  }

  private failure(e: TraceEvent, kind: FailureKind, pool: FailedPool, detail: string): Failure {
    this.explained = true;
    return { atMs: e.atMs, type: e.type as Failure['type'], process: e.process, kind, pool, message: e.message, detail };
  }

  private taskFailure(e: Extract<TraceEvent, { type: 'task.state' }>): Failure {
    const failure = this.failure(e, 'task-failure', 'task', `${e.task}: ${e.from} → FAILED`);
    this.open = { ...failure, message: this.blobGaveUp.get(e.process) ?? e.message };
    return this.open;
  }
}

/** Every failure of a run, in order. */
export function failuresOf(events: Iterable<TraceEvent>): Failure[] {
  const classifier = new FailureClassifier();
  const out: Failure[] = [];
  for (const e of events) {
    const f = classifier.classify(e);
    if (f) out.push(f);
  }
  return out;
}

/** The run's first failure (null: none). */
export function firstFailure(events: Iterable<TraceEvent>): Failure | null {
  return failuresOf(events)[0] ?? null;
}
