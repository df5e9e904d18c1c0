// Protects the engine's state restore against real Flink: the twin of the Flink lab's keyed-windows run must restore
// the last checkpoint completed before the failure (not the state the task held when it failed), grow its checkpoints
// at the lab's rate, run out of heap at the lab's checkpoint size, and print the JobManager's checkpoint lines (completed, restoring, expired) in Flink's form, as
// recorded in calibration/fixtures/flink/<version>/keyed-windows.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointedWindowBytes } from '../../models/engine/job/checkpoints';
import { Simulation } from '../../models/engine/simulation';
import type { TraceEvent } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');

interface LabCheckpoint {
  id: number;
  status: string;
  triggerAtMs: number;
  stateSizeBytes: number;
  failure: string | null;
}

interface LabFixture {
  flinkVersion: string;
  figures: {
    lastCompletedBeforeFailId: number;
    lastCompletedBeforeFailStateBytes: number;
    checkpointSizesWhileHeldBytes: number[];
    releasedAtMs: number;
    maxCheckpointStateBytes: number;
  };
  checkpoints: LabCheckpoint[];
  texts: { restoring: string[]; checkpointFailures: string[]; completedCheckpointExample: string[] };
}

// keyed-windows.json, -run2 and -run3: three runs of the lab (which of the checkpoint timeout and the
// heartbeat timeout fires first on the exhausted heap varied between them)
const fixtures = readdirSync(join(CALIBRATION, 'fixtures', 'flink')).flatMap((v) =>
  ['keyed-windows.json', 'keyed-windows-run2.json', 'keyed-windows-run3.json']
    .map((name) => join(CALIBRATION, 'fixtures', 'flink', v, name))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as LabFixture),
);
const twinYaml = readFileSync(join(CALIBRATION, 'flink-lab', 'twins', 'keyed-windows.yaml'), 'utf8');
const events = runScenario(loadScenario(twinYaml, 'twin.yaml')).events;
// every checkpoint slower than 10 ms expires: the engine's expiry line, for its form
const expiring = runScenario(
  loadScenario(twinYaml.replace('execution.checkpointing.timeout: 10 s', 'execution.checkpointing.timeout: 10 ms'), 'twin-expiring.yaml'),
).events;

type Completed = Extract<TraceEvent, { type: 'checkpoint.completed' }>;
const completed = events.filter((e): e is Completed => e.type === 'checkpoint.completed');
const messages = (evs: readonly TraceEvent[]) => evs.flatMap((e) => ('message' in e ? [e.message] : []));

/** A JobManager line without its timestamp/logger prefix, with ids, numbers and paths as placeholders. */
function shape(line: string): string {
  return line
    .replace(/^.* - /, '')
    .replace(/[0-9a-f]{32}/g, '<job>')
    .replace(/located at \S+\./, 'located at <path>.')
    .replace(/\d+/g, '<n>');
}

/** Bytes per ms the checkpoints grow by, from the first to the last of `list` (least squares would hide nothing here). */
function slope(list: ReadonlyArray<{ atMs: number; bytes: number }>): number {
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last || last.atMs === first.atMs) return Number.NaN;
  return (last.bytes - first.bytes) / (last.atMs - first.atMs);
}

describe.each(fixtures)('Flink lab $flinkVersion: keyed-windows', (f) => {
  it('the lab restored exactly the last checkpoint completed before the failure', () => {
    const restoredId = Number(/from Checkpoint (\d+)/.exec(f.texts.restoring[0] ?? '')?.[1]);
    expect(restoredId).toBe(f.figures.lastCompletedBeforeFailId);
    // with the input held after the restore, every checkpoint carried the restored state, byte for byte
    expect(f.figures.checkpointSizesWhileHeldBytes.length).toBeGreaterThan(0);
    for (const size of f.figures.checkpointSizesWhileHeldBytes) expect(size).toBe(f.figures.lastCompletedBeforeFailStateBytes);
  });

  it('the twin restores the last completed checkpoint, not the state at the failure', () => {
    const failedAtMs = events.find((e) => e.type === 'task.state' && e.to === 'FAILED')?.atMs ?? Number.NaN;
    const lastBefore = completed.filter((c) => c.atMs <= failedAtMs).at(-1);
    const restoring = messages(events).find((m) => m.startsWith('Restoring job'));
    expect(Number(/from Checkpoint (\d+)/.exec(restoring ?? '')?.[1])).toBe(lastBefore?.checkpointId);
    // the window state when the restored task starts running is that checkpoint's, not the 1.2 MB more held at the
    // failure 2 s later; 6 kB = 10 ms of records at 5000/s × 118 B, the engine's step between rate changes
    const runningAtMs = events.find((e) => e.type === 'task.state' && e.to === 'RUNNING' && e.atMs > failedAtMs)?.atMs ?? 0;
    const sim = new Simulation(loadScenario(twinYaml, 'twin.yaml'), { checkpointEveryMs: Number.POSITIVE_INFINITY });
    sim.advanceTo(runningAtMs);
    const held = checkpointedWindowBytes(sim.state.jvms[1]?.windowStateBytes ?? 0);
    expect(Math.abs(held - (lastBefore?.sizeBytes ?? 0))).toBeLessThan(6000);
  });

  it('the sources rewind to the checkpoint: once caught up, the state is what it would have been without the failure', () => {
    const calm = runScenario(loadScenario(twinYaml.replace(/ {2}- \{ at: 20s, do: fail-task.*\n/, ''), 'twin-calm.yaml')).events;
    const calmSizes = calm.filter((e): e is Completed => e.type === 'checkpoint.completed').map((c) => c.sizeBytes);
    const last = completed.at(-1);
    // 0.1 %: the same records in the same windows (exactly once); dropping the 2 s since the checkpoint would be 4 % short
    const nearest = calmSizes.reduce((a, b) => (Math.abs(b - (last?.sizeBytes ?? 0)) < Math.abs(a - (last?.sizeBytes ?? 0)) ? b : a));
    expect(Math.abs(nearest - (last?.sizeBytes ?? 0))).toBeLessThan(0.001 * nearest);
  });

  it('grows its checkpoints at the lab rate (state that is never purged)', () => {
    const lab = f.checkpoints
      .filter((c) => c.status === 'COMPLETED' && c.triggerAtMs > f.figures.releasedAtMs)
      .map((c) => ({ atMs: c.triggerAtMs, bytes: c.stateSizeBytes }));
    const engine = completed.map((c) => ({ atMs: c.atMs - c.durationMs, bytes: c.sizeBytes }));
    // 10 %: the lab paces its source with 1 ms sleeps on a shared 2-core machine (5000 records/s asked; measured
    // growth 590 kB/s ≈ 118 B × 5000); a missing or doubled growth fails by 50 % or more
    expect(Math.abs(slope(engine) / slope(lab) - 1)).toBeLessThan(0.1);
  });

  it("exhausts its heap at the lab's checkpoint size (heap objects ≈ 1.3 × their serialized form)", () => {
    // the lab's largest completed checkpoint is the last before the heap ran out (its next one expired or was aborted);
    // the engine's heap runs out with an OutOfMemoryError or a checkpoint expiring on a heap 98 % live, whichever first
    const exhausted = events.find(
      (e) =>
        (e.type === 'jvm.oom' && e.pool === 'heap') || (e.type === 'checkpoint.failed' && e.message.includes('expired before completing')),
    );
    expect(exhausted).toBeDefined();
    const lastBefore = completed.filter((c) => c.atMs < (exhausted?.atMs ?? 0)).at(-1);
    // 5 %: the three runs spread 2.2 % (82.5–84.3 MB); heap counted as the serialized 118 B/record would run out at
    // ≈ 106 MB (+28 %), the raw 151 MiB heap ÷ 82.5 MB checkpoint ratio (1.9, framework heap included) at ≈ 55 MB (−34 %)
    expect(Math.abs((lastBefore?.sizeBytes ?? 0) / f.figures.maxCheckpointStateBytes - 1)).toBeLessThan(0.05);
  });

  it("prints the JobManager's checkpoint lines in Flink's form (completed, restoring, expired)", () => {
    const engine = [...messages(events), ...messages(expiring)];
    const find = (pattern: RegExp) => engine.find((m) => pattern.test(m)) ?? '';
    expect(shape(find(/^Completed checkpoint/))).toBe(shape(f.texts.completedCheckpointExample[0] ?? ''));
    expect(shape(find(/^Restoring job/))).toBe(shape(f.texts.restoring[0] ?? ''));
    // run 2's heartbeat timeout suspended the coordinator before its checkpoint expired: no expiry line to compare there
    const expired = f.texts.checkpointFailures.find((l) => l.includes('expired before completing'));
    if (expired) expect(shape(find(/expired before completing/))).toBe(shape(expired));
  });
});
