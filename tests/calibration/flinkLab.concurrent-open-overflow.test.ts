// Protects the engine's concurrent opens against real Flink: in the twin of the Flink lab's concurrent-open-overflow
// run (a direct leak in open() at parallelism 2 on two TaskManagers, one region) every TaskManager opens in every
// attempt, both overflow in the same attempt, the failures of one attempt count as one restart, and the job fails
// after the same restarts with Flink's texts, as recorded in calibration/fixtures/flink/<version>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');

interface LabFixture {
  flinkVersion: string;
  figures: {
    keptBuffersPerTaskManager: number[];
    opensPerTaskManager: number[];
    openOutcomesFromOverflow: Array<{ attempt: number; perTaskManager: string[] }>;
    finalStatus: string;
    finalNumRestarts: number;
    taskManagerExitCodes: Array<number | null>;
  };
  texts: { rootException: string[] };
}

const fixtures = readdirSync(join(CALIBRATION, 'fixtures', 'flink'))
  .map((v) => join(CALIBRATION, 'fixtures', 'flink', v, 'concurrent-open-overflow.json'))
  .filter((f) => existsSync(f))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as LabFixture);
const twin = loadScenario(readFileSync(join(CALIBRATION, 'flink-lab', 'twins', 'concurrent-open-overflow.yaml'), 'utf8'), 'twin.yaml');
const events = runScenario(twin, {}).events;
const TMS = ['taskmanager-1', 'taskmanager-2'];

type TaskState = Extract<TraceEvent, { type: 'task.state' }>;
const leakTransitions = events.filter((e): e is TaskState => e.type === 'task.state' && e.task.startsWith('direct-leak'));

/** Per TaskManager, how the leaking subtask's open() ended in each attempt: FAILED (in open) or the state it moved to. */
function engineOutcome(attempt: number): string[] {
  return TMS.map((tm) => {
    const left = leakTransitions.find((e) => e.process === tm && e.attempt === attempt && e.from === 'INITIALIZING');
    return left?.to ?? 'none';
  });
}

describe.each(fixtures)('Flink lab $flinkVersion: concurrent-open-overflow', (f) => {
  it('opens the leaking subtask on every TaskManager in every attempt', () => {
    const opens = TMS.map((tm) => leakTransitions.filter((e) => e.process === tm && e.to === 'INITIALIZING').length);
    expect(opens).toEqual(f.figures.opensPerTaskManager);
  });

  it('overflows on every TaskManager in the same attempt (the same buffers kept before it on each)', () => {
    const firstOom = TMS.map((tm) => {
      const failed = leakTransitions.find((e) => e.process === tm && e.from === 'INITIALIZING' && e.to === 'FAILED');
      return failed?.attempt ?? -1;
    });
    // attempts 0 … kept-1 allocated: attempt `kept` is the first whose open() cannot (7 on both TaskManagers in the lab)
    expect(firstOom).toEqual(f.figures.keptBuffersPerTaskManager);
  });

  it('fails both opens of an overflowing attempt, an outcome the lab shows (the other: one cancelled mid-open)', () => {
    const lab = f.figures.openOutcomesFromOverflow.map((o) => o.perTaskManager.join(','));
    // every lab attempt from the overflow on failed in open() on at least one TaskManager, the other FAILED or CANCELING
    for (const outcome of lab) expect(outcome).toMatch(/^(FAILED,(FAILED|CANCELING)|CANCELING,FAILED)$/);
    expect(lab).toContain('FAILED,FAILED');
    for (const { attempt } of f.figures.openOutcomesFromOverflow) expect(engineOutcome(attempt)).toEqual(['FAILED', 'FAILED']);
  });

  it('counts the failures of one attempt as one restart and fails the job after the same restarts, with the same text', () => {
    expect(events.filter((e) => e.type === 'job.restart')).toHaveLength(f.figures.finalNumRestarts);
    const final = events.filter((e) => e.type === 'job.status').at(-1);
    expect(final?.type === 'job.status' ? final.to : undefined).toBe(f.figures.finalStatus);
    const suppressed = events.find((e) => 'message' in e && e.message.includes('Recovery is suppressed'));
    expect(suppressed && 'message' in suppressed ? suppressed.message : '').toContain(f.texts.rootException[0]);
    expect(f.figures.taskManagerExitCodes).toEqual([null, null]);
    expect(events.some((e) => e.type === 'process.exited')).toBe(false);
  });
});
