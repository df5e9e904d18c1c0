// Protects the process badges: a JVM's state at the cursor from its events, a replacement counted
// as a new instance, and why it died.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { processLifecycle } from '../../../src/sandbox/processLifecycle';

const ROOT = join(import.meta.dirname, '../../..');
const run = (id: string) => runScenario(loadScenario(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`));

describe('processLifecycle', () => {
  it('is STARTING before any event, then RUNNING once registered', () => {
    expect(processLifecycle([], 'taskmanager-1')).toEqual({ state: 'STARTING', instance: 1, sinceMs: 0, reason: undefined });
    const { events } = run('hello-memory-model');
    expect(processLifecycle(events, 'taskmanager-1')).toMatchObject({ state: 'RUNNING', instance: 1 });
    expect(processLifecycle(events, 'jobmanager')).toMatchObject({ state: 'RUNNING', instance: 1 });
    const started = events.findIndex((e) => e.type === 'process.started' && e.process === 'taskmanager-1');
    expect(processLifecycle(events.slice(0, started + 1), 'taskmanager-1').state).toBe('STARTING');
  });

  it('says how a killed container died and counts its replacement as a new JVM', () => {
    const { events } = run('pod-limit-mismatch');
    const kill = events.findIndex((e) => e.type === 'container.killed');
    expect(kill).toBeGreaterThan(0);
    const killed = events[kill];
    const atKill = processLifecycle(events.slice(0, kill + 1), killed?.process ?? '');
    expect(atKill).toMatchObject({ state: 'KILLED', instance: 1, reason: 'Kubernetes: OOMKilled (exit code 137)' });
    const later = processLifecycle(events, killed?.process ?? '');
    expect(later.instance).toBeGreaterThan(1);
  });
});
