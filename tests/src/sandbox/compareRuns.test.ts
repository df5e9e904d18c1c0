// Protects how two runs are named and compared: an incident's -fixed twin is found both ways, each run is called by
// its role, and the outcome line counts OOMs, resource-manager kills (not injected ones) and restarts up to the cursor.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../models/engine/trace';
import { describeOutcomes, otherSeed, outcomeAt, roles, runLabel, twinOf } from '../../../src/sandbox/compareRuns';
import { SCENARIO_IDS } from '../../../src/sandbox/scenarioLibrary';

describe('twinOf', () => {
  it("finds an incident's fix and a fix's incident in the library, and nothing for a scenario without one", () => {
    expect(twinOf('direct-leak-on-restart', SCENARIO_IDS)).toBe('direct-leak-on-restart-fixed');
    expect(twinOf('direct-leak-on-restart-fixed', SCENARIO_IDS)).toBe('direct-leak-on-restart');
    expect(twinOf('hello-memory-model', SCENARIO_IDS)).toBeUndefined();
    // A variant that is not the fix is not a twin.
    expect(twinOf('blob-server-storm-restart', SCENARIO_IDS)).toBeUndefined();
  });
});

describe('roles and labels', () => {
  it('calls a twin pair incident and fix, whichever is the main run', () => {
    const a = { id: 'x', seed: '7' };
    const b = { id: 'x-fixed', seed: '7' };
    expect(roles(a, b)).toEqual(['incident', 'fix']);
    expect(roles(b, a)).toEqual(['fix', 'incident']);
    expect(roles(a, { id: 'x', seed: '8' })).toEqual(['this seed', 'other seed']);
    expect(roles(a, { id: 'y', seed: '7' })).toEqual(['this run', 'compared']);
    expect(runLabel('fix', b)).toBe('fix: x-fixed, seed 7');
  });

  it('takes the next seed of a numeric one', () => {
    expect(otherSeed('7')).toBe('8');
    expect(otherSeed('99999999999999999999')).toBe('100000000000000000000');
    expect(otherSeed('abc')).toBe('abc-2');
  });
});

const at = (atMs: number, e: Record<string, unknown>) => ({ atMs, process: 'taskmanager-1', ...e }) as unknown as TraceEvent;

describe('outcomeAt and describeOutcomes', () => {
  const events = [
    at(10, { type: 'container.killed', reason: 'injected' }),
    at(20, { type: 'job.restart', attempt: 1 }),
    at(30, { type: 'jvm.oom', pool: 'direct' }),
    at(31, { type: 'container.killed', reason: 'yarn-pmem' }),
    at(40, { type: 'job.restart', attempt: 2 }),
    at(50, { type: 'jvm.oom', pool: 'heap' }),
  ];

  it('counts up to the cursor, leaving out injected kills', () => {
    expect(outcomeAt(events, 45)).toEqual({ ooms: 1, oomPools: ['direct'], containerKills: 1, jobRestarts: 2, failedCheckpoints: 0 });
    expect(outcomeAt(events, 50).oomPools).toEqual(['direct', 'heap']);
    expect(outcomeAt(events, 5).jobRestarts).toBe(0);
  });

  it('uses the same terms for both runs, OOMs always', () => {
    const incident = outcomeAt(events, 100);
    const fix = outcomeAt(events.slice(0, 2), 100);
    expect(
      describeOutcomes([
        { label: 'incident', outcome: incident, jobStatus: 'FAILED' },
        { label: 'fix', outcome: fix, jobStatus: 'RUNNING' },
      ]),
    ).toBe(
      'incident: 2 OOMs (direct, heap), 1 container kill, 2 job restarts, job FAILED · fix: 0 OOMs, 0 container kills, 1 job restart, job RUNNING',
    );
  });
});
