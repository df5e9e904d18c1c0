// Protects the adaptive scheduler (models/engine/job/adaptiveScheduler.ts) and overload-driven exceptions (rates.ts
// timeoutsPerRecord): a lost TaskManager makes the job rescale onto the survivors' slots, each survivor carrying more
// subtasks, and a returning one makes it scale up again; the default scheduler does not rescale; calls beyond a
// dependency's capacity become exceptions, counted per TaskManager in exceptionsLogged.
import { describe, expect, it } from 'vitest';
import { COL } from '../../../models/engine/columns';
import { timeoutsPerRecord } from '../../../models/engine/job/rates';
import type { TraceEvent, TraceSink } from '../../../models/engine/trace';
import { runScenario } from '../../../models/run/runScenario';
import { FIXED_DELAY, fault, MINUTE, operator, scenario } from '../../helpers/engine';

const job = (scheduler: Record<string, string>) =>
  scenario({
    durationMs: 12 * MINUTE,
    config: { ...FIXED_DELAY, 'taskmanager.numberOfTaskSlots': '2', ...scheduler },
    cluster: { taskManagers: 2, restartDelayMs: 5 * MINUTE },
    operators: [
      operator({ id: 'src', kind: 'source', parallelism: 4, recordsPerSecond: 1000, costPerRecordUs: 10 }),
      operator({
        id: 'score',
        kind: 'map',
        parallelism: 4,
        costPerRecordUs: 10,
        dependency: { capacityPerSecond: 600, callsPerRecord: 1 },
      }),
    ],
    events: [fault({ atMs: 2 * MINUTE, action: 'kill-container', target: 'taskmanager-2' })],
  });

type TaskState = Extract<TraceEvent, { type: 'task.state' }>;
const running = (events: readonly TraceEvent[], from: number, to: number) =>
  events.filter((e): e is TaskState => e.type === 'task.state' && e.to === 'RUNNING' && e.atMs >= from && e.atMs < to);

describe('the adaptive scheduler', () => {
  it('rescales onto the survivor after a TaskManager is lost, and back up when it returns', () => {
    const events = runScenario(job({ 'jobmanager.scheduler': 'adaptive' })).events;
    const before = running(events, 0, 2 * MINUTE);
    expect(before.filter((e) => e.task.startsWith('score')).map((e) => e.task)).toEqual([
      'score (1/4)',
      'score (2/4)',
      'score (3/4)',
      'score (4/4)',
    ]);
    // after the kill: parallelism 2 (the survivor's 2 slots), every subtask on taskmanager-1
    const after = running(events, 2 * MINUTE, 7 * MINUTE);
    expect(after.filter((e) => e.task.startsWith('score')).map((e) => e.task)).toEqual(['score (1/2)', 'score (2/2)']);
    expect(new Set(after.map((e) => e.process))).toEqual(new Set(['taskmanager-1']));
    // the replacement registers after the 5-minute restart delay: back to 4 (stabilization 10 s, not a failure)
    const back = running(events, 7 * MINUTE, 12 * MINUTE).filter((e) => e.task.startsWith('score'));
    expect(back.map((e) => e.task).sort()).toEqual(['score (1/4)', 'score (2/4)', 'score (3/4)', 'score (4/4)']);
  });

  it('the default scheduler keeps the parallelism (the lost slots are waited for or taken elsewhere)', () => {
    const events = runScenario(job({})).events;
    const names = running(events, 2 * MINUTE, 12 * MINUTE).map((e) => e.task);
    expect(names.every((n) => n.endsWith('/4)'))).toBe(true);
    expect(events.some((e) => e.type === 'log' && e.message.startsWith('Adaptive scheduler'))).toBe(false);
  });

  it('reactive mode runs every operator on every slot there is', () => {
    const events = runScenario(job({ 'scheduler-mode': 'reactive', 'taskmanager.numberOfTaskSlots': '3' })).events;
    const names = running(events, 2 * MINUTE, 7 * MINUTE).filter((e) => e.task.startsWith('score'));
    // 3 slots after the kill: 3 subtasks although the job asked for 4
    expect(names.map((e) => e.task)).toEqual(['score (1/3)', 'score (2/3)', 'score (3/3)']);
  });
});

describe('exceptions from overload', () => {
  it('calls beyond the capacity time out, one exception per call', () => {
    const op = operator({ id: 'x', kind: 'map', dependency: { capacityPerSecond: 600, callsPerRecord: 1 } });
    expect(timeoutsPerRecord(op, 500)).toBe(0);
    expect(timeoutsPerRecord(op, 600)).toBe(0);
    expect(timeoutsPerRecord(op, 1000)).toBeCloseTo(0.4, 12);
    expect(timeoutsPerRecord(operator({ id: 'y', kind: 'map' }), 1e6)).toBe(0);
  });

  it('exceptionsLogged counts them per TaskManager: 400/s over the job, more per survivor after the rescale', () => {
    const perTm = new Map<string, Array<[number, number]>>();
    const sink: TraceSink = {
      sample: (atMs, process, v) => {
        if (process !== 'jobmanager') perTm.set(process, [...(perTm.get(process) ?? []), [atMs, v[COL.exceptions] as number]]);
      },
      event: () => {},
    };
    runScenario(job({ 'jobmanager.scheduler': 'adaptive' }), { sinks: [sink] });
    const at = (p: string, ms: number) => (perTm.get(p)?.find(([t]) => t === ms)?.[1] ?? 0) as number;
    // a steady minute before the kill: 1000 calls/s against 600 → 400 timeouts/s, half on each TaskManager
    expect(at('taskmanager-1', 90_000) - at('taskmanager-1', 30_000)).toBe(12_000);
    // after the rescale the survivor throws them all
    expect(at('taskmanager-1', 6 * MINUTE) - at('taskmanager-1', 5 * MINUTE)).toBe(24_000);
  });
});
