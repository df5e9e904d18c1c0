/**
 * The JobManager's blob server (docs/runtime-mechanics.md §10): a TaskManager needs the job's jar before any of its
 * tasks can initialize. At most `blob.fetch.num-concurrent` (50) fetches are served at once; the rest wait in
 * the backlog, a client gives up after `blob.client.socket.timeout` (5 min) and retries `blob.fetch.retries`
 * (5) times, then the deployment fails with "Failed to fetch BLOB …". Connections that hang hold slots too.
 *
 * Simplified: one jar per job, fetched once per TaskManager JVM (the BlobCache keeps it across restarts), in
 * 2 s when served (a ~100 MB jar at ~50 MB/s).
 */
import { onTaskFailure } from './job/failover';
import { DEPLOY_STEPS, moveTask } from './job/tasks';
import type { Sim } from './state/sim';
import type { BlobRequest } from './state/blobState';
import { hexId, jobIdOf } from './messages';

const FETCH_MS = 2000;

/** Whether the task's TaskManager has the jar; if not, asks for it (once per JVM) and the task waits in DEPLOYING. */
export function jarReady(sim: Sim, tm: number, instance: number): boolean {
  const blob = sim.state.blob;
  if (blob.readyInstance[tm] === instance) return true;
  if (blob.requestedInstance[tm] !== instance) {
    blob.requestedInstance[tm] = instance;
    const request: BlobRequest = { tm, instance, attempt: 1 };
    if (!start(sim, request)) {
      blob.waiting.push(request);
      scheduleTimeout(sim, tm, instance, 1);
    }
  }
  return false;
}

/** The waiting client's socket timeout; a timeout of 0 is infinite (java.net.Socket#setSoTimeout), so none fires. */
function scheduleTimeout(sim: Sim, tm: number, instance: number, attempt: number): void {
  const { timeoutMs } = sim.setup.runtime.blob;
  if (timeoutMs > 0) sim.queue.push(sim.state.nowMs + timeoutMs, { kind: 'blob-timeout', tm, instance, attempt });
}

function start(sim: Sim, request: BlobRequest): boolean {
  const blob = sim.state.blob;
  const limit = blob.concurrentLimit > 0 ? blob.concurrentLimit : sim.setup.runtime.blob.concurrent;
  if (blob.active + blob.stuck >= limit) return false;
  blob.active += 1;
  sim.queue.push(sim.state.nowMs + FETCH_MS, { kind: 'blob-fetched', tm: request.tm, instance: request.instance });
  return true;
}

/** A fetch finished: its tasks continue to INITIALIZING, and the next waiting fetch gets the slot. */
export function onBlobFetched(sim: Sim, tm: number, instance: number): void {
  const blob = sim.state.blob;
  blob.active = Math.max(0, blob.active - 1);
  const jvm = sim.state.jvms[tm];
  if (jvm?.alive && jvm.instance === instance) {
    blob.readyInstance[tm] = instance;
    releaseWaitingTasks(sim, tm, instance);
  }
  serveBacklog(sim);
}

function releaseWaitingTasks(sim: Sim, tm: number, instance: number): void {
  const next = DEPLOY_STEPS[1];
  if (!next) return;
  sim.state.tasks.forEach((task, index) => {
    if (task.tm === tm && task.instance === instance && task.state === 'DEPLOYING') {
      sim.queue.push(sim.state.nowMs + next[1], { kind: 'task-advance', task: index, attempt: task.attempt, to: next[0] });
    }
  });
}

function serveBacklog(sim: Sim): void {
  const blob = sim.state.blob;
  while (blob.waiting.length > 0) {
    const request = blob.waiting[0] as BlobRequest;
    const jvm = sim.state.jvms[request.tm];
    if (!jvm?.alive || jvm.instance !== request.instance) {
      blob.waiting.shift();
      continue;
    }
    if (!start(sim, request)) return;
    blob.waiting.shift();
  }
}

/** The client's socket timeout: retry, or after the last retry fail the deployment on that TaskManager. */
export function onBlobTimeout(sim: Sim, tm: number, instance: number, attempt: number): void {
  const blob = sim.state.blob;
  const request = blob.waiting.find((r) => r.tm === tm && r.instance === instance && r.attempt === attempt);
  const jvm = sim.state.jvms[tm];
  if (!request || !jvm?.alive) return;
  const message = `Failed to fetch BLOB ${jobIdOf(sim.scenario.job.name)}/${jarBlobKey(sim)} from jobmanager/10.0.0.1:6124 and store it under ${blobStoreDir(sim, tm, instance)}/incoming/temp-${String(attempt).padStart(8, '0')}${attempt <= sim.setup.runtime.blob.retries ? ' Retrying...' : ' No retries left.'}`;
  sim.emit({ type: 'blob.fetch.failed', atMs: sim.state.nowMs, process: jvm.process, attempt, message });
  if (attempt <= sim.setup.runtime.blob.retries) {
    request.attempt = attempt + 1;
    scheduleTimeout(sim, tm, instance, attempt + 1);
    return;
  }
  blob.waiting.splice(blob.waiting.indexOf(request), 1);
  blob.requestedInstance[tm] = 0;
  let failed = false;
  sim.state.tasks.forEach((task, index) => {
    if (task.tm === tm && task.instance === instance && task.state === 'DEPLOYING') failed = moveTask(sim, index, 'FAILED') || failed;
  });
  if (failed) {
    sim.emit({
      type: 'log',
      level: 'ERROR',
      atMs: sim.state.nowMs,
      process: jvm.process,
      message: `java.io.IOException: ${message.replace(' No retries left.', '')}`,
    });
    onTaskFailure(sim);
  }
}

/**
 * A new JobManager JVM has a new blob server: the old server socket's connections (hanging ones too) and its backlog
 * are gone, and the TaskManagers that were waiting ask the new one when their tasks are deployed again.
 */
export function restartBlobServer(sim: Sim): void {
  const blob = sim.state.blob;
  blob.stuck = 0;
  blob.active = 0;
  blob.waiting.length = 0;
  blob.requestedInstance.forEach((instance, tm) => {
    if (blob.readyInstance[tm] !== instance) blob.requestedInstance[tm] = 0;
  });
}

/** Hanging connections take or give back server slots. */
export function setStuckConnections(sim: Sim, delta: number): void {
  const blob = sim.state.blob;
  blob.stuck = Math.max(0, blob.stuck + delta);
  serveBacklog(sim);
}

/**
 * The job jar's permanent BlobKey as BlobKey#toString prints it: "p-" + the SHA-1 of the contents (40 hex) + "-" + its
 * random AbstractID (32 hex) (flink-runtime/src/main/java/org/apache/flink/runtime/blob/BlobKey.java); both seeded here.
 */
function jarBlobKey(sim: Sim): string {
  return `p-${hexId(`jar-sha1/${sim.scenario.job.name}`, 40)}-${hexId(`jar-random/${sim.scenario.job.name}`)}`;
}

/** BlobCacheService's storage directory: "blobStore-" + a random UUID under the TaskManager's tmp dir (BlobUtils). */
function blobStoreDir(sim: Sim, tm: number, instance: number): string {
  const h = hexId(`blobStore/${sim.scenario.job.name}/${tm}/${instance}`);
  return `/tmp/blobStore-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
