/**
 * How each charted column is drawn, in the palette of the memory-model figure (palette.ts), so a
 * pool has one colour on every page.
 */
import { MEMORY_COMPONENTS } from '../palette';
import type { ChartKey } from '../../sandbox/chartColumns';

export interface SeriesStyle {
  readonly key: ChartKey;
  readonly label: string;
  readonly colour: string;
  /** A limit is drawn as a dashed line, a pool as a min/max band with its max line. */
  readonly limit: boolean;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { key: 'heapUsed', label: 'Heap used', colour: MEMORY_COMPONENTS.taskHeap.fill, limit: false },
  { key: 'directUsed', label: 'Direct used', colour: MEMORY_COMPONENTS.taskOffHeap.fill, limit: false },
  { key: 'managedUsed', label: 'Managed', colour: MEMORY_COMPONENTS.managed.fill, limit: false },
  { key: 'metaspaceUsed', label: 'Metaspace', colour: MEMORY_COMPONENTS.jvmMetaspace.fill, limit: false },
  { key: 'native', label: 'Native', colour: MEMORY_COMPONENTS.jvmOverhead.fill, limit: false },
  { key: 'rss', label: 'RSS', colour: 'var(--text)', limit: false },
  { key: 'containerLimit', label: 'Container limit', colour: 'var(--error)', limit: true },
  { key: 'heapMax', label: 'Heap max (-Xmx)', colour: MEMORY_COMPONENTS.frameworkHeap.fill, limit: true },
];

/** -XX:MaxDirectMemorySize: a fixed line per process (not a sampled column), in the direct pool's hue. */
export const DIRECT_LIMIT_COLOUR = MEMORY_COMPONENTS.frameworkOffHeap.fill;

/** The GC chart: young/mixed pauses in the heap's hue, full GCs in the palette's alarm red, time paused as the text colour. */
export const GC_STYLES = {
  young: MEMORY_COMPONENTS.frameworkHeap.fill,
  full: MEMORY_COMPONENTS.jvmOverhead.fill,
  share: 'var(--text)',
} as const;

/**
 * What the charts mark besides failures (red lines): job restarts (dashed, full height), checkpoints (ticks at the bottom), full GCs (ticks
 * at the top).
 */
export const MARK_STYLES = {
  restart: { colour: 'var(--warn)', label: 'Job restart' },
  checkpoint: { colour: 'var(--ok)', label: 'Checkpoint' },
  checkpointFailed: { colour: 'var(--error)', label: 'Checkpoint failed' },
  fullGc: { colour: GC_STYLES.full, label: 'Full GC' },
} as const;

/**
 * One colour per process on the dashboard's panels (a panel draws one metric for every process): the JobManager in the text's
 * colour, TaskManagers in Paul Tol's "vibrant" scheme (colour-blind safe, readable on light and dark), without its red, which
 * marks failures. Beyond seven TaskManagers the colours repeat.
 */
const TASK_MANAGER_COLOURS = ['#0077BB', '#EE7733', '#009988', '#EE3377', '#33BBEE', '#BBBB33', '#AA3377'];

export function processColour(index: number): string {
  return index === 0 ? 'var(--text)' : (TASK_MANAGER_COLOURS[(index - 1) % TASK_MANAGER_COLOURS.length] as string);
}
