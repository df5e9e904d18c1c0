/**
 * An intervention is a scenario event added at the cursor: it is written into the scenario's YAML
 * (scenarioText.ts), so saving or sharing the scenario replays it. The palette offers the actions
 * that make sense to inject by hand, with the fields each needs (the scenario schema,
 * models/scenario/scenarioSchema.ts, checks them on reload).
 */
import type { LeakKind, LeakShape } from '../../models/scenario/types';
import { formatDuration, formatSimTime } from '../../models/units/duration';

export type InjectAction =
  | 'kill-container'
  | 'crash-process'
  | 'fail-task'
  | 'slow-sink'
  | 'spike'
  | 'exception-storm'
  | 'force-gc'
  | 'leak';

export interface InjectSpec {
  readonly label: string;
  /** What `target` may name: processes (TaskManagers and `random`), operators, or anything. */
  readonly targets: 'taskmanagers' | 'processes' | 'operators' | 'none';
  readonly factor?: number;
  readonly forMs?: number;
  readonly rate?: number;
}

export const INJECT_ACTIONS: Readonly<Record<InjectAction, InjectSpec>> = {
  'kill-container': { label: 'Kill a container', targets: 'taskmanagers' },
  'crash-process': { label: 'Crash a JVM', targets: 'processes' },
  'fail-task': { label: 'Fail a task', targets: 'taskmanagers' },
  'slow-sink': { label: 'Slow an operator (sink)', targets: 'operators', factor: 4, forMs: 30 * 60_000 },
  spike: { label: 'Traffic spike', targets: 'operators', factor: 3, forMs: 15 * 60_000 },
  'exception-storm': { label: 'Exception storm', targets: 'none', rate: 1000, forMs: 10 * 60_000 },
  'force-gc': { label: 'Force a full GC', targets: 'processes' },
  leak: { label: 'Leak memory', targets: 'operators' },
};

/** What `target` a leak of each shape names: an operator for per-restart/per-record, processes for ramp/burst. */
export const LEAK_SHAPE_TARGETS: Readonly<Record<LeakShape, 'operators' | 'processes'>> = {
  'per-restart': 'operators',
  'per-record': 'operators',
  ramp: 'processes',
  burst: 'processes',
};

/** Class loading is discrete: metaspace leaks per restart or in bursts (models/scenario/scenarioSchema.ts refuses the rest). */
export const leakShapesFor = (pool: LeakKind): readonly LeakShape[] =>
  pool === 'metaspace' ? ['per-restart', 'burst'] : ['per-restart', 'per-record', 'ramp', 'burst'];

/** What a leak injection writes: its pool, shape and size as the user typed it (a Flink size, e.g. "64m"). */
interface LeakFields {
  readonly pool: LeakKind;
  readonly shape: LeakShape;
  readonly bytes: string;
}

export interface Intervention {
  readonly atMs: number;
  readonly action: InjectAction;
  readonly target?: string;
  readonly factor?: number;
  readonly forMs?: number;
  readonly rate?: number;
  readonly leak?: LeakFields;
}

/** What an intervention does, in a few words: "kill taskmanager-2 at 01:20:00" (a shared link's notice, the palette's list). */
export function describeIntervention(i: Intervention): string {
  const on = i.target ? ` ${i.target}` : '';
  const lasting = i.forMs !== undefined ? ` for ${formatDuration(i.forMs)}` : '';
  const what: Record<InjectAction, () => string> = {
    'kill-container': () => `kill${on}`,
    'crash-process': () => `crash${on}`,
    'fail-task': () => `fail a task on${on}`,
    'slow-sink': () => `slow${on} ×${i.factor ?? ''}${lasting}`,
    spike: () => `traffic spike at${on} ×${i.factor ?? ''}${lasting}`,
    'exception-storm': () => `exception storm${i.rate !== undefined ? ` of ${i.rate}/s` : ''}${lasting}`,
    'force-gc': () => `full GC on${on}`,
    leak: () => `leak ${i.leak ? `${i.leak.bytes} ${i.leak.pool} ${i.leak.shape}` : ''}${on ? ` in${on}` : ''}${lasting}`,
  };
  return `${what[i.action]()} at ${formatSimTime(i.atMs)}`;
}

/** What a process card or a job-graph node offers (the palette's actions whose target can name it). */
export type TargetKind = 'taskmanager' | 'jobmanager' | 'operator';

/** The palette's actions that can take `kind` as their target, in the palette's order (a leak with the shapes that can). */
export function actionsFor(kind: TargetKind): { actions: InjectAction[]; leakShapes: LeakShape[] } {
  const fits = (targets: InjectSpec['targets'] | 'processes' | 'operators') =>
    kind === 'operator' ? targets === 'operators' : targets === 'processes' || (targets === 'taskmanagers' && kind === 'taskmanager');
  const leakShapes = (Object.keys(LEAK_SHAPE_TARGETS) as LeakShape[]).filter((s) => fits(LEAK_SHAPE_TARGETS[s]));
  const actions = (Object.keys(INJECT_ACTIONS) as InjectAction[]).filter((a) =>
    a === 'leak' ? leakShapes.length > 0 : fits(INJECT_ACTIONS[a].targets),
  );
  return { actions, leakShapes };
}
