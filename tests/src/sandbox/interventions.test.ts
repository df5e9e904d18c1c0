// Protects interventions: written into the scenario's events (the rest of the text kept) so a
// reload, a save or a share replays them, and accepted by the scenario loader; read back from a shared text (only the
// marked events, the author's own left out) and described in a few words.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { describeIntervention, type Intervention } from '../../../src/sandbox/interventions';
import { interventionsIn, withIntervention } from '../../../src/sandbox/scenarioText';

const BASE = `# my scenario
title: Mine
duration: 2h
cluster: { taskmanagers: 2 }
job:
  name: j
  operators:
    - { id: src, kind: source, parallelism: 2, recordsPerSecond: 100 }
    - { id: out, kind: sink, parallelism: 2 }
`;

describe('withIntervention', () => {
  it('adds an events list when there is none and keeps comments', () => {
    const text = withIntervention(BASE, { atMs: 3_723_000, action: 'kill-container', target: 'taskmanager-2' });
    expect(text).toContain('# my scenario');
    const s = loadScenario(text, 'mine.yaml');
    expect(s.events).toHaveLength(1);
    expect(s.events[0]).toMatchObject({ atMs: 3_723_000, action: 'kill-container', target: 'taskmanager-2' });
  });

  it('appends to an existing list, with factor and duration', () => {
    const once = withIntervention(BASE, { atMs: 60_000, action: 'force-gc' });
    const twice = withIntervention(once, { atMs: 600_000, action: 'slow-sink', target: 'out', factor: 4, forMs: 1_800_000 });
    const s = loadScenario(twice, 'mine.yaml');
    expect(s.events.map((e) => e.action)).toEqual(['force-gc', 'slow-sink']);
    expect(s.events[1]).toMatchObject({ factor: 4, forMs: 1_800_000, target: 'out' });
  });

  it('writes a leak with its pool, shape and size as typed, and a ramp with its duration', () => {
    const restart = withIntervention(BASE, {
      atMs: 60_000,
      action: 'leak',
      target: 'out',
      leak: { pool: 'direct', shape: 'per-restart', bytes: '64m' },
    });
    expect(restart).toContain('{ at: 1m, do: leak, pool: direct, shape: per-restart, bytes: 64m, target: out }');
    const ramp = withIntervention(restart, {
      atMs: 120_000,
      action: 'leak',
      target: 'all',
      forMs: 3_600_000,
      leak: { pool: 'native', shape: 'ramp', bytes: '1g' },
    });
    const s = loadScenario(ramp, 'mine.yaml');
    expect(s.events.map((e) => e.leak)).toEqual([
      { pool: 'direct', shape: 'per-restart', bytes: 64 * 2 ** 20 },
      { pool: 'native', shape: 'ramp', bytes: 2 ** 30 },
    ]);
    expect(s.events[1]).toMatchObject({ target: 'all', forMs: 3_600_000 });
  });

  it('refuses a text that does not parse, naming the problem', () => {
    expect(() => withIntervention('a: [', { atMs: 0, action: 'force-gc' })).toThrow(/does not parse/);
  });
});

describe('interventionsIn', () => {
  const made: Intervention[] = [
    { atMs: 4_800_000, action: 'kill-container', target: 'taskmanager-2' },
    { atMs: 5_000_000, action: 'leak', target: 'all', leak: { pool: 'direct', shape: 'ramp', bytes: '2g' }, forMs: 3_600_000 },
    { atMs: 6_000_000, action: 'slow-sink', target: 'out', factor: 4, forMs: 1_800_000 },
    { atMs: 6_600_000, action: 'exception-storm', rate: 1000, forMs: 600_000 },
  ];

  it('reads back every intervention written, in order, with or without an events list before', () => {
    const authored = `${BASE}events:\n  - { at: 10m, do: force-gc }\n`;
    for (const base of [BASE, authored]) {
      const text = made.reduce(withIntervention, base);
      expect(interventionsIn(text)).toEqual(made);
    }
  });

  it("leaves the author's own events out, and reads nothing from a text that does not parse", () => {
    expect(interventionsIn(`${BASE}events:\n  - { at: 10m, do: kill-container, target: taskmanager-1 }\n`)).toEqual([]);
    expect(interventionsIn('events: [\n')).toEqual([]);
  });

  it('describes each in a few words with its time', () => {
    expect(made.map(describeIntervention)).toEqual([
      'kill taskmanager-2 at 01:20:00',
      'leak 2g direct ramp in all for 1h at 01:23:20',
      'slow out ×4 for 30m at 01:40:00',
      'exception storm of 1000/s for 10m at 01:50:00',
    ]);
  });
});
