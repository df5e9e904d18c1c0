// Protects the window-state mechanic (docs/runtime-mechanics.md §8): state per record stays until its window's cleanup timer fires one
// window span later, so it levels off at rate × span × bytes; a stalled watermark (idle partition) keeps everything until it moves, then
// the backlog is cleaned at once.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../models/engine/simulation';
import { fault, HOUR, MINUTE, operator, scenario } from '../../helpers/engine';

const RATE = 1000; // records/s into one window subtask
const BYTES = 100;

function windowRun(events: ReturnType<typeof fault>[] = [], durationMs = 4 * HOUR, extra: Record<string, string> = {}) {
  const s = scenario({
    durationMs,
    config: {
      ...extra,
      'taskmanager.memory.process.size': '4g',
      'restart-strategy.type': 'fixed-delay',
      'restart-strategy.fixed-delay.attempts': '5',
      'restart-strategy.fixed-delay.delay': '10 s',
    },
    operators: [
      operator({ id: 'src', kind: 'source', recordsPerSecond: RATE }),
      operator({
        id: 'win',
        kind: 'window',
        eventTimeWindow: { sizeMs: HOUR, allowedLatenessMs: 0, outOfOrdernessMs: 0, bytesPerRecord: BYTES },
      }),
    ],
    events,
  });
  const trace: Array<[number, number]> = [];
  const sim = new Simulation(s, { afterStep: (x) => trace.push([x.nowMs, x.state.jvms[1]!.windowStateBytes]) });
  const at = (t: number) => {
    sim.advanceTo(t);
    return sim.state.jvms[1]!.windowStateBytes;
  };
  return { sim, at, trace };
}

describe('window state', () => {
  it('grows for one window span, then levels off at rate × span × bytes per record', () => {
    const { at } = windowRun();
    const steady = RATE * 3600 * BYTES; // 360 MB
    expect(at(30 * MINUTE)).toBeLessThan(steady * 0.6);
    const plateau = at(2 * HOUR);
    expect(Math.abs(plateau - steady) / steady).toBeLessThan(0.01);
    expect(Math.abs(at(3 * HOUR) - plateau) / steady).toBeLessThan(0.001);
  });

  it('expired window state becomes old garbage, reclaimed by mixed or full GCs, not by young ones', () => {
    const { sim, at } = windowRun();
    at(3 * HOUR);
    const j = sim.state.jvms[1]!;
    // Promoted window state is old live data; what expired of it is old garbage until a mixed or full GC.
    expect(j.oldLiveBytes + j.edenRetainedBytes).toBeGreaterThanOrEqual(j.windowStateBytes);
    expect(j.oldLiveBytes).toBeGreaterThanOrEqual(j.windowStateBytes - j.windowYoungBytes);
    const kinds = new Set(sim.events.filter((e) => e.type === 'gc').map((e) => (e.type === 'gc' ? e.kind : '')));
    expect(kinds.has('young')).toBe(true);
  });

  it('an idle partition stops the watermark: nothing expires while it lasts, then the backlog is cleaned at once', () => {
    const { at } = windowRun([fault({ atMs: 2 * HOUR, action: 'idle-partition', target: 'all', forMs: HOUR })], 4 * HOUR);
    const steady = RATE * 3600 * BYTES;
    const before = at(2 * HOUR);
    const held = at(3 * HOUR - 1);
    expect(held - before).toBeGreaterThan(0.95 * steady); // an hour of state and no cleanup
    const after = at(3 * HOUR + 1);
    expect(Math.abs(after - steady) / steady).toBeLessThan(0.02); // back to one window span
  });

  it('without checkpointing a restart starts with empty windows (nothing was ever checkpointed)', () => {
    const { at } = windowRun([fault({ atMs: 2 * HOUR, action: 'fail-task', target: 'src' })], 3 * HOUR);
    const steady = RATE * 3600 * BYTES;
    expect(at(2 * HOUR - 1)).toBeGreaterThan(0.95 * steady);
    // 30 s after the failure: only what arrived since the restart, far below one span
    expect(at(2 * HOUR + 30_000)).toBeLessThan(0.05 * steady);
  });

  it('a restart restores the window state (from the last checkpoint) instead of starting empty, and it stays at one span', () => {
    const { at } = windowRun([fault({ atMs: 2 * HOUR, action: 'fail-task', target: 'src' })], 4 * HOUR, {
      'execution.checkpointing.interval': '1 min',
    });
    const steady = RATE * 3600 * BYTES;
    const before = at(2 * HOUR - 1);
    expect(at(2 * HOUR + 5 * MINUTE)).toBeGreaterThan(0.9 * before);
    // The restored windows expire over the next span while new ones fill: no double release, no growth.
    for (const t of [2.5 * HOUR, 3 * HOUR + 5 * MINUTE, 4 * HOUR]) expect(Math.abs(at(t) - steady) / steady, `at ${t}`).toBeLessThan(0.05);
  });
});
