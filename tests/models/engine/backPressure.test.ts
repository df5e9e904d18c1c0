// Protects the network stack's picture of docs/runtime-mechanics.md §2.3–§2.4: a slow sink is busy, everything upstream is back-pressured
// up to the source (whose lag grows), busy + idle + back-pressured ≈ 1000 ms/s, and levels follow Flink's 10 % / 50 % thresholds.
import { describe, expect, it } from 'vitest';
import { levelOf } from '../../../models/engine/job/backPressure';
import { Simulation } from '../../../models/engine/simulation';
import { runScenario } from '../../../models/run/runScenario';
import { HOUR, loadShipped, MINUTE, operator, scenario } from '../../helpers/engine';

describe('back pressure', () => {
  it("uses the web UI's thresholds: OK up to 10 %, LOW up to 50 %, HIGH above", () => {
    expect([0, 100, 101, 500, 501, 1000].map(levelOf)).toEqual(['OK', 'OK', 'LOW', 'LOW', 'HIGH', 'HIGH']);
  });

  it('a slow sink is busy, every vertex upstream is back-pressured, the source lag grows, and it all clears after', () => {
    const s = loadShipped('backpressure-slow-sink');
    const sim = new Simulation(s);
    sim.advanceTo(30 * MINUTE);
    expect(sim.state.job.vertices.map((v) => v.level)).toEqual(['OK', 'OK', 'OK', 'OK']);
    const lagBefore = sim.state.job.sourceLagMicro;

    sim.advanceTo(HOUR + 30 * MINUTE);
    const [kafka, enrich, aggregate, druid] = sim.state.job.vertices;
    expect(druid).toMatchObject({ busyTimeMsPerSecond: 1000, backPressuredTimeMsPerSecond: 0, level: 'OK' });
    for (const v of [kafka, enrich, aggregate]) {
      expect(v?.level).toBe('HIGH');
      expect(v?.outPoolUsagePercent).toBe(100);
    }
    for (const v of sim.state.job.vertices)
      expect(v.busyTimeMsPerSecond + v.idleTimeMsPerSecond + v.backPressuredTimeMsPerSecond).toBe(1000);
    expect(sim.state.job.sourceLagMicro).toBeGreaterThan(lagBefore + 1e6 * 1e6); // over a million records behind

    sim.advanceTo(s.durationMs);
    expect(sim.state.job.vertices.map((v) => v.level)).toEqual(['OK', 'OK', 'OK', 'OK']);
    expect(sim.state.job.sourceLagMicro).toBe(0);
  });
});

describe('network buffers at deployment', () => {
  it("a topology needing more required buffers than the pool fails with Flink's IOException", () => {
    const s = scenario({
      durationMs: 2 * MINUTE,
      config: {
        'taskmanager.memory.process.size': '2g',
        'taskmanager.numberOfTaskSlots': '4',
        'taskmanager.memory.network.min': '1m',
        'taskmanager.memory.network.max': '1m',
      },
      operators: [
        operator({ id: 'src', kind: 'source', parallelism: 4 }),
        operator({ id: 'keyed', kind: 'map', parallelism: 4 }),
        operator({ id: 'sink', kind: 'sink', parallelism: 4 }),
      ],
    });
    const r = runScenario(s);
    const log = r.events.find((e) => e.type === 'log' && e.message.includes('Insufficient number of network buffers'));
    expect(log?.message).toMatch(
      /java\.io\.IOException: Insufficient number of network buffers: required 13, but only \d+ available\. The total number of network buffers is currently set to 32 of 32768 bytes each\. You can increase this number by setting the configuration keys 'taskmanager\.memory\.network\.fraction', 'taskmanager\.memory\.network\.min', and 'taskmanager\.memory\.network\.max'\./,
    );
    expect(r.events.some((e) => e.type === 'task.state' && e.to === 'FAILED')).toBe(true);
  });
});
