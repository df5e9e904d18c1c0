// Protects the blob server's connection model (models/engine/blobServer.ts, from Flink 1.20.5's BlobServer, BlobServerConnection and
// BlobClient): a client that times out leaves its closed connection in the accept queue and reconnects behind it; the connections of a
// TaskManager host that failed keep their slots until TCP gives up (924.6 s), those of a process the kernel closed give them back at once;
// and the two sandbox columns that stand for `ss` on the blob port.
import { describe, expect, it } from 'vitest';
import { COL } from '../../../models/engine/columns';
import { TCP_GIVE_UP_MS } from '../../../models/engine/blobServer';
import type { ScheduledEvent } from '../../../models/scenario/types';
import { runScenario } from '../../../models/run/runScenario';
import { fault, HOUR, loadShipped, MINUTE } from '../../helpers/engine';

const STUCK_END_MS = 2 * HOUR + 20 * MINUTE;

/**
 * blob-server-storm's cluster with 50 scripted hanging connections for 20 minutes (every slot taken), its TaskManagers' hosts failing
 * at 2h, and the replacements — queued, one timeout behind them — going down again at 2h08m by `second`.
 */
function blobRun(second: ScheduledEvent['action']) {
  const s = loadShipped('blob-server-storm');
  const events = [
    fault({ atMs: 2 * HOUR, action: 'stuck-blob-connections', target: 'jobmanager', connections: 50, forMs: 20 * MINUTE }),
    fault({ atMs: 2 * HOUR, action: 'crash-process' }),
    fault({ atMs: 2 * HOUR + 8 * MINUTE, action: second }),
  ];
  const jm = new Map<number, { connections: number; backlog: number }>();
  let taskManagerMax = 0;
  runScenario(
    { ...s, durationMs: 3 * HOUR, events },
    {
      sinks: [
        {
          sample(atMs, _process, values, index) {
            const connections = values[COL.blobConnections] as number;
            const backlog = values[COL.blobBacklog] as number;
            if (index === 0) jm.set(atMs, { connections, backlog });
            else taskManagerMax = Math.max(taskManagerMax, connections, backlog);
          },
          event() {},
        },
      ],
    },
  );
  return { at: (ms: number) => jm.get(ms), taskManagerMax };
}

describe('the blob server, connection by connection', () => {
  it('queues the replacements behind the full slots; a timed-out client leaves its closed connection and reconnects behind it', () => {
    const r = blobRun('crash-process');
    // the three replacements (started at 2h01m, 3 s to register) wait in the accept queue
    expect(r.at(2 * HOUR + 6 * MINUTE)).toEqual({ connections: 50, backlog: 3 });
    // after blob.client.socket.timeout (5 min) each closed its connection (still queued) and opened a new one
    expect(r.at(2 * HOUR + 7 * MINUTE)).toEqual({ connections: 50, backlog: 6 });
    expect(r.taskManagerMax).toBe(0);
  });

  it('keeps the slots of connections whose host failed until TCP gives up (924.6 s), then gives them back', () => {
    const r = blobRun('crash-process');
    // the second replacements' hosts failed with two connections each queued (the closed first one and the retry): once the
    // scripted hangs end the server accepts all six, writes the jar into them and waits for acknowledgements that never come
    expect(r.at(STUCK_END_MS + MINUTE)).toEqual({ connections: 6, backlog: 0 });
    // the samples (every 10 s) either side of the give-up at 2h20m + 924.6 s
    const giveUpMs = STUCK_END_MS + TCP_GIVE_UP_MS;
    expect(r.at(Math.floor(giveUpMs / 10_000) * 10_000)?.connections).toBe(6);
    expect(r.at(Math.ceil(giveUpMs / 10_000) * 10_000)?.connections).toBe(0);
  });

  it("gives a slot back at once when the client's process died on a live host (the kernel closed its sockets)", () => {
    const r = blobRun('kill-container');
    expect(r.at(STUCK_END_MS + MINUTE)).toEqual({ connections: 0, backlog: 0 });
  });
});
