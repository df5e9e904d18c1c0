/**
 * "Why?" for a failed blob fetch (Airwallex's blob server connection explosion): not a memory failure but a queue.
 * A TaskManager needs the job's jar before its tasks can start; the JobManager's blob server serves at most
 * `blob.fetch.num-concurrent` fetches at once (BlobServer#run waits for a free slot before it accepts the next
 * connection), connections that hang hold slots, and a waiting client gives up after `blob.client.socket.timeout`
 * and retries `blob.fetch.retries` times (BlobClient#downloadFromBlobServer) before the deployment fails. What holds a slot
 * is a connection whose BlobServerConnection thread still runs (engine/blobServer.ts cites the lines): a live fetch, a scripted
 * hanging one, or one whose client's host failed (no FIN/RST; until TCP gives up). A TIME_WAIT socket — the write-up's
 * guess — holds none: its thread has ended.
 */
import { parseFlinkVersion } from '../config/flinkVersion';
import { readRuntimeOptions } from '../config/runtimeReader';
import type { ScenarioMemory } from '../engine/setup';
import type { TraceEvent } from '../engine/trace';
import type { Scenario } from '../scenario/types';
import { formatDuration, formatSimTime } from '../units/duration';
import type { Timeline } from './timeline';
import { plainTrigger } from './trigger';
import type { Explanation, Suggestion } from './types';

type BlobFailed = Extract<TraceEvent, { type: 'blob.fetch.failed' }>;

/** Connections the scenario's stuck-blob-connections events hold at `atMs`, and since when the first of them hangs. */
function stuckAt(scenario: Scenario, atMs: number): { connections: number; sinceMs: number | undefined } {
  let connections = 0;
  let sinceMs: number | undefined;
  for (const e of scenario.events) {
    if (e.action !== 'stuck-blob-connections') continue;
    const period = e.everyMs ?? 0;
    for (let start = e.atMs; start <= Math.min(atMs, e.untilMs ?? Infinity); start += period > 0 ? period : Infinity) {
      if (atMs < start + e.forMs) {
        connections += e.connections;
        sinceMs = Math.min(sinceMs ?? start, start);
      }
      if (period <= 0) break;
    }
  }
  return { connections, sinceMs };
}

function suggestions(limit: number, stuck: number, taskManagers: number): Suggestion[] {
  // room for the hanging connections plus every TaskManager fetching at once, with the same margin again
  const to = Math.max(limit * 2, (stuck + taskManagers) * 2);
  return [
    {
      text: `Restart the JobManager with a higher blob.fetch.num-concurrent (${limit} → ${to}), as Airwallex did: the fetches get slots beside the hanging connections. Then watch the connections to the blob port (netstat/ss) to see whether the limit needs adjusting again.`,
      changes: [{ key: 'blob.fetch.num-concurrent', from: String(limit), to: String(to) }],
      postponesOnly: stuck > 0,
      newLimitBytes: undefined,
    },
    {
      text: "Find what keeps the connections' threads blocked — half-open connections of TaskManager hosts that failed (TIME_WAIT sockets hold no slot: their threads have ended) — and run the JobManager with high availability, so that a JobManager restart does not stop the cluster.",
      changes: [],
      postponesOnly: false,
      newLimitBytes: undefined,
    },
  ];
}

/** The explanation of one `blob.fetch.failed` (a retry, or the last attempt that fails the deployment). */
export function explainBlobFailure(
  scenario: Scenario,
  memory: ScenarioMemory,
  timeline: Timeline,
  e: BlobFailed,
  index: number,
): Explanation {
  // the processes derived their runtime options from this configuration (engine/setup.ts), so it reads without refusal
  const { blob } = readRuntimeOptions(memory.taskManager.config, parseFlinkVersion(scenario.flink.version));
  const stuck = stuckAt(scenario, e.atMs);
  const started = timeline.instanceStart(e.process, index);
  const gaveUp = e.attempt > blob.retries;
  const held =
    stuck.connections > 0
      ? `${stuck.connections} connections that hang (since ${formatSimTime(stuck.sinceMs ?? 0)}) held ${Math.min(stuck.connections, blob.concurrent)} of them`
      : 'other fetches and the connections of TaskManager hosts that failed while they fetched or waited held them (half-open: the server writes the jar into them until TCP gives up, about 15 minutes)';
  const who = started ? `${e.process} (JVM instance #${started.instance}, started at ${formatSimTime(started.atMs)})` : e.process;
  const end = gaveUp
    ? `That was the last attempt (blob.fetch.retries = ${blob.retries}): the deployment failed and the job restarts — into the same queue.`
    : `It retries (attempt ${e.attempt + 1} of ${blob.retries + 1}).`;
  const text = `At ${formatSimTime(e.atMs)} ${who} could not fetch the job's jar from the JobManager's blob server (attempt ${e.attempt} of ${blob.retries + 1}): the server serves at most blob.fetch.num-concurrent = ${blob.concurrent} fetches at once, ${held}, so the request waited in the server's accept queue until blob.client.socket.timeout (${formatDuration(blob.timeoutMs)}) ran out. The client then closed that connection — it stays queued until the server accepts it — and each retry connects again behind it: the queue (the blobServerBacklog chart; Recv-Q of the blob port in ss -ltn) grows with every timeout. ${end} Not a memory failure: the blob server was listening, its slots were taken.`;
  return {
    event: { index, atMs: e.atMs, process: e.process, type: e.type, detail: `attempt ${e.attempt}` },
    cause: 'blob',
    limit: undefined,
    derivation: undefined,
    filledBy: [],
    since:
      stuck.sinceMs === undefined ? undefined : { atMs: stuck.sinceMs, what: `${stuck.connections} blob server connections began to hang` },
    trigger: plainTrigger(e.message),
    text,
    suggestions: suggestions(blob.concurrent, stuck.connections, scenario.cluster.taskManagers),
  };
}
