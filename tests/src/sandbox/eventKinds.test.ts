// Protects the event log's filter: process, type (notable, all, one type) and lowest level, one rule for page and worker.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../models/engine/trace';
import { DEFAULT_FILTER, isExplainable, matches, newestMatching, severity } from '../../../src/sandbox/eventKinds';

const gc: TraceEvent = {
  type: 'gc',
  atMs: 1,
  process: 'taskmanager-1',
  message: 'Pause Young',
  collector: 'G1 Young Generation',
  kind: 'young',
  pauseMs: 12,
  gcCause: 'G1 Evacuation Pause',
  heapBeforeBytes: 2,
  heapAfterBytes: 1,
};
const warn: TraceEvent = { type: 'log', level: 'WARN', atMs: 2, process: 'jobmanager', message: 'Too many timers' };
const oom: TraceEvent = {
  type: 'jvm.oom',
  atMs: 3,
  process: 'taskmanager-1',
  pool: 'direct',
  task: 'Sink (1/1)',
  message: 'OutOfMemoryError: Direct buffer memory',
  jdkMessage: 'x',
  cause: { allocation: 'a', requestedBytes: 1, usedBytes: 2, limitBytes: 2, limit: '-XX:MaxDirectMemorySize' },
};
const info: TraceEvent = { type: 'log', level: 'INFO', atMs: 4, process: 'taskmanager-1', message: 'Registered' };
const all = [gc, warn, oom, info];

describe('the event log filter', () => {
  it('shows notable events of every process by default', () => {
    expect(all.filter((e) => matches(e, DEFAULT_FILTER))).toEqual([warn, oom]);
  });

  it('filters by process, by one type, and by lowest level', () => {
    expect(all.filter((e) => matches(e, { process: 'taskmanager-1', type: 'all', level: 'info' }))).toEqual([gc, oom, info]);
    expect(all.filter((e) => matches(e, { process: undefined, type: 'gc', level: 'info' }))).toEqual([gc]);
    expect(all.filter((e) => matches(e, { process: undefined, type: 'all', level: 'warn' }))).toEqual([warn, oom]);
    expect(all.filter((e) => matches(e, { process: undefined, type: 'all', level: 'error' }))).toEqual([oom]);
    expect(severity(oom)).toBe('error');
  });

  it('keeps the newest matches, oldest first', () => {
    expect(newestMatching(all, { process: undefined, type: 'all', level: 'info' }, 2)).toEqual([oom, info]);
  });
});

describe('isExplainable', () => {
  it('offers "Why?" on failures and on failed blob fetches, not on warnings or GCs', () => {
    const blob: TraceEvent = {
      type: 'blob.fetch.failed',
      atMs: 5,
      process: 'taskmanager-2',
      attempt: 1,
      message: 'Failed to fetch BLOB …',
    };
    expect([oom, blob, warn, gc].map(isExplainable)).toEqual([true, true, false, false]);
  });
});
