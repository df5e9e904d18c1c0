/**
 * Where a JobManager or TaskManager JVM is in its life at the cursor, from its events (the states of
 * models/lifecycle/taskManagerProcess.machine.ts: STARTING, RUNNING, KILLED, EXITED), with why it
 * died and which instance it is (a replacement container is a new JVM).
 */
import type { TraceEvent } from '../../models/engine/trace';
import type { TaskManagerProcessState } from '../../models/lifecycle/taskManagerProcess.machine';

export interface ProcessLifecycle {
  readonly state: TaskManagerProcessState;
  /** 1 for the first JVM of the process, 2 for its first replacement, … */
  readonly instance: number;
  readonly sinceMs: number;
  /** For KILLED and EXITED: what ended it, with its exit code. */
  readonly reason: string | undefined;
}

const KILL_REASONS = {
  'yarn-pmem': 'YARN: beyond physical memory limits',
  'k8s-oomkilled': 'Kubernetes: OOMKilled',
  injected: 'killed on request',
} as const;

/** The newest lifecycle event of `process` in `events` (in time order) decides; none yet = STARTING. */
export function processLifecycle(events: readonly TraceEvent[], process: string): ProcessLifecycle {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as TraceEvent;
    if (e.process !== process) continue;
    switch (e.type) {
      case 'process.started':
        // The JobManager registers with no one (it hosts the ResourceManager): once started, it runs.
        return { state: process === 'jobmanager' ? 'RUNNING' : 'STARTING', instance: e.instance, sinceMs: e.atMs, reason: undefined };
      case 'process.registered':
        return { state: 'RUNNING', instance: e.instance, sinceMs: e.atMs, reason: undefined };
      case 'container.killed':
        return { state: 'KILLED', instance: e.instance, sinceMs: e.atMs, reason: `${KILL_REASONS[e.reason]} (exit code ${e.exitCode})` };
      case 'process.exited':
        return { state: 'EXITED', instance: e.instance, sinceMs: e.atMs, reason: `the JVM exited (exit code ${e.exitCode})` };
    }
  }
  return { state: 'STARTING', instance: 1, sinceMs: 0, reason: undefined };
}
