/**
 * The incidents `npm run calibrate -- incidents` records (runner/incidents.ts): which lab run, and how the recorded
 * failure (kind, process, time) is taken from the run's own observation: Flink's exception history (REST, epoch ms)
 * for a task's OutOfMemoryError, the process's exit as the lab's child-process handle saw it for a kill or a fatal exit.
 */

/** What the manifest says happened: the first failure of the incident. */
export interface RecordedFailure {
  /** direct: `OutOfMemoryError: Direct buffer memory` in a task; killed: SIGKILL of a TaskManager; metaspace: the JobManager's fatal exit on metaspace. */
  readonly kind: 'direct' | 'killed' | 'metaspace';
  readonly process: string;
  readonly atEpochMs: number;
  readonly at: string;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly observedBy: string;
  readonly detail: string;
}

interface ProcessExit {
  readonly name: string;
  readonly exit?: { atEpochMs: number; exitCode: number | null; signal: string | null };
  readonly jvmExitAtEpochMs?: number;
}

export interface Incident {
  readonly id: string;
  readonly labRun: string;
  readonly what: string;
}

export const INCIDENTS: readonly Incident[] = [
  {
    id: 'direct-leak-on-restart',
    labRun: 'direct-leak-on-restart',
    what: 'a staircase per restart: 16 MiB of direct memory kept per task attempt until `OutOfMemoryError: Direct buffer memory` in the TaskManager (the job fails, the TaskManager survives)',
  },
  {
    id: 'taskmanager-kill',
    labRun: 'taskmanager-kill',
    what: 'a TaskManager lost to SIGKILL (what an OOM killer or a lost machine does): the job restarts without its slots until a replacement registers',
  },
  {
    id: 'jm-pinned-loaders',
    labRun: 'jm-pinned-loaders',
    what: 'metaspace per submission on the JobManager: user-code class loaders pinned by a JDBC driver registration until the JobManager dies of metaspace (exit code 2, nothing logged)',
  },
];

const iso = (ms: number) => new Date(ms).toISOString();

// biome-ignore lint/suspicious/noExplicitAny: the lab run's fixture JSON (runner/directLeak.ts, taskManagerKill.ts, jmPinnedLoaders.ts)
export function failureOf(incident: Incident, fx: any, processes: readonly ProcessExit[]): RecordedFailure {
  if (incident.id === 'direct-leak-on-restart') {
    const oom = (fx.texts.exceptionHistory as Array<{ atMs: number; head: string }>).find((e) => e.head.includes('Direct buffer memory'));
    if (!oom) throw new Error('the run recorded no direct OOM');
    const at = (fx.submittedAtEpochMs as number) + oom.atMs;
    return {
      kind: 'direct',
      process: 'taskmanager-1',
      atEpochMs: at,
      at: iso(at),
      exitCode: null,
      signal: null,
      observedBy: 'REST /jobs/<id>/exceptions: the exception history entry of the first OutOfMemoryError (its timestamp)',
      detail: oom.head,
    };
  }
  const name = incident.id === 'taskmanager-kill' ? (fx.figures.killedProcess.name as string) : 'jobmanager';
  const proc = processes.find((p) => p.name === name);
  const exit = proc?.exit;
  if (!exit) throw new Error(`${name} did not exit during the run`);
  // a JVM that exits prints its heap at exit in the GC log (the JVM's own time); a SIGKILLed one prints nothing, and the
  // lab's handle saw the kill at once (killProcess awaits it). The handle alone can be late: the runner's event loop
  // waits during spawnSync (jm-pinned-loaders' next job client ran then).
  const at = proc.jvmExitAtEpochMs ?? exit.atEpochMs;
  return {
    kind: incident.id === 'taskmanager-kill' ? 'killed' : 'metaspace',
    process: name,
    atEpochMs: at,
    at: iso(at),
    exitCode: exit.exitCode,
    signal: exit.signal,
    observedBy:
      proc.jvmExitAtEpochMs === undefined
        ? "the lab's child process handle (node:child_process 'exit' event, awaited right after the kill)"
        : `the JVM's exit in its GC log (gc,heap,exit); exit code and signal from the lab's child process handle, which saw it at ${iso(exit.atEpochMs)}`,
    detail:
      incident.id === 'taskmanager-kill'
        ? 'SIGKILL sent by the lab; no shutdown hook ran'
        : `exit code ${exit.exitCode} (ClusterEntrypoint#onFatalError) after metaspace filled: the REST samples before it read Status.JVM.Memory.Metaspace.Used near its Max`,
  };
}
