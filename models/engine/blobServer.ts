/**
 * The JobManager's blob server (docs/runtime-mechanics.md §10), as Flink 1.20.5's code runs it (flink-runtime 1.20.5
 * sources, org/apache/flink/runtime/blob/…):
 * - BlobServer#run (BlobServer.java 312-347): one thread accepts connections and hands each to a BlobServerConnection
 *   thread; while `blob.fetch.num-concurrent` (50) connections are registered it stops accepting, and new connections
 *   wait in the listen socket's accept queue (`blob.fetch.backlog`, 1000: BlobServer.java 178-186, 216-243). A slot
 *   comes back only when a connection's thread ends (unregisterConnection, BlobServer.java 1029-1033).
 * - BlobServerConnection#run (BlobServerConnection.java 91-131) reads requests until the client closes; nothing sets a
 *   read timeout or keep-alive on the accepted socket (no setSoTimeout/setKeepAlive in the blob package). A client
 *   whose host vanished (no FIN, no RST) therefore keeps its thread — and its slot — until the kernel gives up
 *   retransmitting the answer the thread is writing: Linux's tcp_retries2 = 15 "yields a hypothetical timeout of 924.6
 *   seconds" (Documentation/networking/ip-sysctl.rst). A client that closed (its timeout, or its process died and the
 *   kernel closed the socket) is answered with an RST at the first write: the slot comes back at once.
 * - BlobClient (BlobClient.java 84-107, 123-181): connect (which the kernel completes while the connection waits in
 *   the accept queue), send the request, read with `blob.client.socket.timeout` (5 min); on a timeout close, log
 *   "Failed to fetch BLOB … Retrying..." and reconnect — a new connection at the queue's tail, the closed one staying
 *   in the queue until the server accepts it — `blob.fetch.retries` (5) times, then "… No retries left." and throw.
 * - Per TaskManager one fetch at a time: BlobLibraryCacheManager resolves every job's class loader under one lock that
 *   it holds through the download (execution/librarycache/BlobLibraryCacheManager.java 68, 230-270), and the
 *   PermanentBlobCache keeps the jar for a JVM across the job's restarts (AbstractBlobCache.java 137-149). A failover
 *   costs one fetch per new TaskManager JVM (per job jar), none on a surviving one.
 * So three TaskManagers can never fill 50 slots with live fetches: the slots fill with connections that linger, the
 * connections of TaskManager hosts that failed while they fetched or waited (crash-process: "the host failed").
 *
 * Simplified: one jar per job, fetched in 2 s when served (a ~100 MB jar at ~50 MB/s).
 */
import { onTaskFailure } from './job/failover';
import { DEPLOY_STEPS, moveTask } from './job/tasks';
import type { Sim } from './state/sim';
import type { BlobRequest } from './state/blobState';
import { hexId, jobIdOf } from './messages';
import { COL } from './columns';

const FETCH_MS = 2000;
const { blobConnections: BLOB_CONNECTIONS, blobBacklog: BLOB_BACKLOG } = COL;
/** Linux's retransmission give-up with tcp_retries2 = 15 (Documentation/networking/ip-sysctl.rst: 924.6 s). */
export const TCP_GIVE_UP_MS = 924_600;

/** Whether the task's TaskManager has the jar; if not, asks for it (once per JVM) and the task waits in DEPLOYING. */
export function jarReady(sim: Sim, tm: number, instance: number): boolean {
  const blob = sim.state.blob;
  if (blob.readyInstance[tm] === instance) return true;
  if (blob.requestedInstance[tm] !== instance) {
    blob.requestedInstance[tm] = instance;
    connect(sim, { tm, instance, attempt: 1, peer: 'live' });
  }
  return false;
}

/** A client's connection joins the accept queue and is accepted at once when a slot is free. */
function connect(sim: Sim, request: BlobRequest): void {
  sim.state.blob.waiting.push(request);
  scheduleTimeout(sim, request.tm, request.instance, request.attempt);
  serveBacklog(sim);
}

/** The waiting client's socket timeout; a timeout of 0 is infinite (java.net.Socket#setSoTimeout), so none fires. */
function scheduleTimeout(sim: Sim, tm: number, instance: number, attempt: number): void {
  const { timeoutMs } = sim.setup.runtime.blob;
  if (timeoutMs > 0) sim.queue.push(sim.state.nowMs + timeoutMs, { kind: 'blob-timeout', tm, instance, attempt });
}

/** The slots in use: live fetches, connections to vanished hosts, and the scenario's hanging ones. */
function slotsInUse(sim: Sim): number {
  const blob = sim.state.blob;
  return blob.active + blob.lingering.length + blob.stuck;
}

function limitOf(sim: Sim): number {
  const blob = sim.state.blob;
  return blob.concurrentLimit > 0 ? blob.concurrentLimit : sim.setup.runtime.blob.concurrent;
}

/** The server accepts the oldest queued connection; what its thread then does depends on the client. */
function accept(sim: Sim, request: BlobRequest): void {
  const blob = sim.state.blob;
  const jvm = sim.state.jvms[request.tm];
  if (request.peer === 'vanished') {
    // the thread writes the jar into a connection nobody acknowledges, until TCP gives up
    insertSorted(blob.lingering, sim.state.nowMs + TCP_GIVE_UP_MS);
    sim.queue.push(sim.state.nowMs + TCP_GIVE_UP_MS, { kind: 'blob-released' });
    return;
  }
  // a closed client answers the first write with an RST: the thread ends and the slot is free again at once
  if (request.peer === 'closed' || !jvm?.alive || jvm.instance !== request.instance) return;
  blob.active += 1;
  blob.serving.push({ tm: request.tm, instance: request.instance });
  sim.queue.push(sim.state.nowMs + FETCH_MS, { kind: 'blob-fetched', tm: request.tm, instance: request.instance });
}

/**
 * The JobManager's blob-server columns of a sample (sampleInto writes 0 for every JVM; the simulation calls this for
 * the JobManager only): the connections holding slots — never more than the limit, as BlobServer#run stops accepting
 * there — and the accept queue, with scripted hanging connections beyond the limit in it.
 */
export function sampleBlobServer(sim: Sim, out: Float64Array): void {
  const used = slotsInUse(sim);
  const limit = limitOf(sim);
  out[BLOB_CONNECTIONS] = Math.min(used, limit);
  out[BLOB_BACKLOG] = sim.state.blob.waiting.length + Math.max(0, used - limit);
}

function insertSorted(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) > value) i -= 1;
  list.splice(i, 0, value);
}

/** A fetch finished: its tasks continue to INITIALIZING, and the next waiting fetch gets the slot. */
export function onBlobFetched(sim: Sim, tm: number, instance: number): void {
  const blob = sim.state.blob;
  const at = blob.serving.findIndex((f) => f.tm === tm && f.instance === instance);
  // not served any more: its host vanished mid-fetch (it lingers) or a new blob server started
  if (at < 0) return;
  blob.serving.splice(at, 1);
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
  const limit = limitOf(sim);
  while (blob.waiting.length > 0 && slotsInUse(sim) < limit) accept(sim, blob.waiting.shift() as BlobRequest);
}

/** Connections to vanished hosts whose retransmissions ran out give their slots back. */
export function onLingeringReleased(sim: Sim): void {
  const blob = sim.state.blob;
  let n = 0;
  while (n < blob.lingering.length && (blob.lingering[n] as number) <= sim.state.nowMs) n += 1;
  if (n === 0) return;
  blob.lingering.splice(0, n);
  serveBacklog(sim);
}

/** The client's socket timeout: retry, or after the last retry fail the deployment on that TaskManager. */
export function onBlobTimeout(sim: Sim, tm: number, instance: number, attempt: number): void {
  const blob = sim.state.blob;
  const request = blob.waiting.find((r) => r.tm === tm && r.instance === instance && r.attempt === attempt && r.peer === 'live');
  const jvm = sim.state.jvms[tm];
  if (!request || !jvm?.alive || jvm.instance !== instance) return;
  // the client closes its socket; the connection stays in the accept queue until the server accepts it
  request.peer = 'closed';
  const message = `Failed to fetch BLOB ${jobIdOf(sim.scenario.job.name)}/${jarBlobKey(sim)} from jobmanager/10.0.0.1:6124 and store it under ${blobStoreDir(sim, tm, instance)}/incoming/temp-${String(attempt).padStart(8, '0')}${attempt <= sim.setup.runtime.blob.retries ? ' Retrying...' : ' No retries left.'}`;
  sim.emit({ type: 'blob.fetch.failed', atMs: sim.state.nowMs, process: jvm.process, attempt, message });
  if (attempt <= sim.setup.runtime.blob.retries) {
    connect(sim, { tm, instance, attempt: attempt + 1, peer: 'live' });
    return;
  }
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
  blob.serving.length = 0;
  blob.lingering.length = 0;
  blob.waiting.length = 0;
  blob.requestedInstance.forEach((instance, tm) => {
    if (blob.readyInstance[tm] !== instance) blob.requestedInstance[tm] = 0;
  });
}

/**
 * A TaskManager's host failed (crash-process): no FIN or RST comes from it any more. A fetch being served keeps its
 * slot until TCP gives up; its queued connections (live or already closed by a timeout) will do the same once accepted.
 */
export function blobHostFailed(sim: Sim, tm: number): void {
  const blob = sim.state.blob;
  for (let i = blob.serving.length - 1; i >= 0; i--) {
    if (blob.serving[i]?.tm !== tm) continue;
    blob.serving.splice(i, 1);
    blob.active = Math.max(0, blob.active - 1);
    insertSorted(blob.lingering, sim.state.nowMs + TCP_GIVE_UP_MS);
    sim.queue.push(sim.state.nowMs + TCP_GIVE_UP_MS, { kind: 'blob-released' });
  }
  for (const request of blob.waiting) if (request.tm === tm) request.peer = 'vanished';
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
