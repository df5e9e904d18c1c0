// Protects the grouping of repeated failures in the event log: one row per cause (type and pool/reason/exit code,
// across processes) at the place of its newest member, counted over every failure the filter lets through.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../models/engine/trace';
import { DEFAULT_FILTER } from '../../../src/sandbox/eventKinds';
import { causeKey, failureGroups, logRows } from '../../../src/sandbox/failureGroups';

const cause = { allocation: 'map', requestedBytes: 1, usedBytes: 1, limitBytes: 1, limit: '-XX:MaxDirectMemorySize' };
const oom = (atMs: number, process: string, pool: 'direct' | 'heap' = 'direct'): TraceEvent => ({
  type: 'jvm.oom',
  atMs,
  process,
  message: `java.lang.OutOfMemoryError (${pool})`,
  pool,
  task: undefined,
  cause,
  jdkMessage: '',
});
const restart = (atMs: number, attempt: number): TraceEvent => ({
  type: 'job.restart',
  atMs,
  process: 'jobmanager',
  message: `restart ${attempt}`,
  attempt,
  delayMs: 10_000,
});
const kill = (atMs: number, process: string): TraceEvent => ({
  type: 'container.killed',
  atMs,
  process,
  message: 'killed',
  reason: 'injected',
  exitCode: 143,
  rssBytes: 0,
  limitBytes: 0,
  instance: 1,
});

const events: TraceEvent[] = [
  kill(1000, 'taskmanager-2'),
  restart(2000, 1),
  oom(3000, 'taskmanager-3'),
  oom(3000, 'taskmanager-3'),
  restart(4000, 2),
  oom(5000, 'taskmanager-1'),
  oom(6000, 'taskmanager-1', 'heap'),
  oom(7000, 'taskmanager-3'),
];

describe('failure groups', () => {
  it('groups by type and pool across processes, oldest first, newest last', () => {
    const groups = failureGroups(events, DEFAULT_FILTER);
    const direct = groups.get('jvm.oom direct');
    expect(direct?.count).toBe(4);
    expect(direct?.first.atMs).toBe(3000);
    expect(direct?.last.atMs).toBe(7000);
    expect(direct?.processes).toEqual(['taskmanager-3', 'taskmanager-1']);
    expect(groups.get('jvm.oom heap')?.count).toBe(1);
    expect(groups.get('container.killed injected')?.count).toBe(1);
    expect(causeKey(restart(1, 1))).toBeUndefined();
  });

  it('counts only what the filter lets through', () => {
    const groups = failureGroups(events, { ...DEFAULT_FILTER, process: 'taskmanager-1' });
    expect(groups.get('jvm.oom direct')?.count).toBe(1);
    expect(groups.get('container.killed injected')).toBeUndefined();
  });

  it('shows a repeated cause as one row where its newest member is, single failures and other events as they are', () => {
    const groups = failureGroups(events, DEFAULT_FILTER);
    const rows = logRows([...events].reverse(), groups, 100);
    expect(rows.map((r) => (r.kind === 'group' ? `× ${r.group.count} ${r.group.key}` : `${r.event.atMs} ${r.event.type}`))).toEqual([
      '× 4 jvm.oom direct',
      '6000 jvm.oom',
      '4000 job.restart',
      '2000 job.restart',
      '1000 container.killed',
    ]);
    // The limit counts rows, not events: a group of thousands takes one.
    expect(logRows([...events].reverse(), groups, 2)).toHaveLength(2);
  });
});
