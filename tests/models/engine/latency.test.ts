// Protects the end-to-end latency estimate (models/engine/job/latency.ts): records wait in the source's backlog
// (lag ÷ input rate, rewound to the checkpoint on a restore) and through GC pauses, so in expired-windows-heap it
// rises before the OutOfMemoryError, as Airwallex's write-up reports, and it is left out of the trace hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL, HASHED_COLUMNS } from '../../../models/engine/columns';
import { Simulation } from '../../../models/engine/simulation';
import type { TraceEvent } from '../../../models/engine/trace';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { HOUR, loadShipped, MINUTE, SampleRecorder } from '../../helpers/engine';

const LATENCY = 'endToEndLatencyMs';

function run(id: string, yaml?: string) {
  const s = yaml ? loadScenario(yaml, `${id}.yaml`) : loadShipped(id);
  const samples = new SampleRecorder(s.cluster.gc, (_, p) => p.startsWith('taskmanager'));
  const sim = new Simulation(s, { sinks: [samples], checkpointEveryMs: Number.POSITIVE_INFINITY });
  sim.advanceTo(s.durationMs);
  return { events: sim.events as readonly TraceEvent[], samples };
}

/** The highest latency any TaskManager sampled in [fromMs, toMs). */
function peak(samples: SampleRecorder, fromMs: number, toMs: number): number {
  const c = samples.column(LATENCY);
  return samples.samples.filter((s) => s.atMs >= fromMs && s.atMs < toMs).reduce((m, s) => Math.max(m, s.values[c] as number), 0);
}

describe('end-to-end latency (sandbox estimate)', () => {
  it('is not hashed: adding it changed no golden trace hash', () => {
    expect([...HASHED_COLUMNS]).not.toContain(COL.endToEndLatency);
  });

  it('expired-windows-heap: milliseconds while the windows are cleaned, full-GC pauses before the OutOfMemoryError, minutes after', () => {
    const { events, samples } = run('expired-windows-heap');
    const oomAt = events.find((e) => e.type === 'jvm.oom')?.atMs ?? Number.POSITIVE_INFINITY;
    const firstFull = events.find((e) => e.type === 'gc' && e.kind === 'full')?.atMs ?? Number.POSITIVE_INFINITY;
    // before the partition goes idle only young pauses (≤ 5 ms) delay a record
    const calm = peak(samples, 10 * MINUTE, 2 * HOUR);
    expect(calm).toBeLessThanOrEqual(10);
    // the full collections come before the OOM, and each stops every record for ≥ 100 ms (the lesson's first: 176 ms)
    expect(firstFull).toBeLessThan(oomAt);
    expect(peak(samples, firstFull, oomAt)).toBeGreaterThanOrEqual(100);
    // after the OOM every restart rewinds the sources to the last checkpoint: records wait minutes, not milliseconds
    expect(peak(samples, oomAt, oomAt + 10 * MINUTE)).toBeGreaterThan(60_000);
    // and no record waits longer than since the checkpoint every attempt restored: 20 restores of checkpoint 132 rewind
    // to its offsets once, not 20 times (the lag was counted again per restore: 21 h of it at 12h)
    const restored = events.filter((e) => e.type === 'log' && e.message.startsWith('Restoring job')).at(-1);
    const checkpointAt = Number(/ @ (\d+) for /.exec(restored && 'message' in restored ? restored.message : '')?.[1]);
    const end = 12 * HOUR;
    expect(peak(samples, end - MINUTE, end + 1)).toBeLessThanOrEqual(end - checkpointAt + 1000);
  });

  it('after a restore, a record waits for what the sources re-read since the checkpoint (lag ÷ rate)', () => {
    const twin = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'calibration', 'flink-lab', 'twins', 'keyed-windows.yaml'),
      'utf8',
    );
    const { events, samples } = run('keyed-windows', twin.replace('duration: 180s', 'duration: 40s'));
    const restoring = events.find((e) => e.type === 'log' && e.message.startsWith('Restoring job'));
    const checkpointAt = Number(/ @ (\d+) for /.exec(restoring && 'message' in restoring ? restoring.message : '')?.[1]);
    const restoredAt = restoring?.atMs ?? 0;
    // the sample at (or just after) the restore: the records since the checkpoint's trigger are unread again, and
    // 5000 records/s ÷ 5000 records/s is their age (22000 − 18000 = 4000 ms); 10 ms: a young pause of the minute on top
    const sampleAt = Math.ceil(restoredAt / 500) * 500;
    const atRestore = samples.at('taskmanager-1', sampleAt, LATENCY);
    expect(Math.abs(atRestore - (sampleAt - checkpointAt))).toBeLessThanOrEqual(10);
    expect(atRestore).toBeGreaterThan(1000);
  });
});
