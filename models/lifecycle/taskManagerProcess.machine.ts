/**
 * One TaskManager JVM in one container, from allocation to death. A replacement container after a
 * kill or exit is a NEW instance of this machine (a new JVM: fresh heap, direct memory, metaspace and
 * user-code classloaders); this one stays in its final state.
 *
 *   STARTING --REGISTERED--> RUNNING
 *      |                       |
 *      +--KILL--> KILLED <-----+        (the container runtime ended it from outside)
 *      +--EXIT--> EXITED <-----+        (the JVM ended itself)
 *
 * - STARTING: the container is allocated, the JVM boots and allocates its network buffer pool.
 * - RUNNING: registered with the ResourceManager, slots offered to JobMasters.
 * - KILLED: YARN's physical-memory check ("is running beyond physical memory limits"), a Kubernetes
 *   OOMKilled (exit 137), or a kill the scenario injects.
 * - EXITED: the JVM exited by itself, e.g. an OutOfMemoryError with `taskmanager.jvm-exit-on-oom`,
 *   a Metaspace OOM with `classloader.fail-on-metaspace-oom-error`, or another fatal error
 *   (`Runtime.halt(-1)`).
 *
 * These are not Flink enum values (Flink has no such enum); the names describe the process as the
 * container runtime sees it. Pure data: no context, no guards, no delays.
 */
import { setup } from 'xstate';

export const TASK_MANAGER_PROCESS_STATES = ['STARTING', 'RUNNING', 'KILLED', 'EXITED'] as const;
export type TaskManagerProcessState = (typeof TASK_MANAGER_PROCESS_STATES)[number];

export const TASK_MANAGER_PROCESS_EVENTS = [
  'REGISTERED', // the TaskExecutor registered with the ResourceManager (STARTING -> RUNNING)
  'KILL', // the container runtime killed the process (-> KILLED)
  'EXIT', // the JVM exited by itself (-> EXITED)
] as const;
export type TaskManagerProcessEvent = (typeof TASK_MANAGER_PROCESS_EVENTS)[number];

export const taskManagerProcessMachine = setup({
  types: { events: {} as { type: TaskManagerProcessEvent } },
}).createMachine({
  id: 'taskManagerProcess',
  initial: 'STARTING',
  states: {
    STARTING: { on: { REGISTERED: 'RUNNING', KILL: 'KILLED', EXIT: 'EXITED' } },
    RUNNING: { on: { KILL: 'KILLED', EXIT: 'EXITED' } },
    KILLED: { type: 'final' },
    EXITED: { type: 'final' },
  },
});
