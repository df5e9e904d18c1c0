/**
 * One fixed colour per memory component, for every page of the sandbox (figures, charts, legends).
 * Paul Tol's "muted" qualitative scheme (with the blue of his "bright" scheme for Framework Heap,
 * as muted's indigo vanishes on a dark background): distinguishable with protanopia, deuteranopia
 * and tritanopia, and readable on light and dark backgrounds. `ink` is the text colour on `fill`.
 */

export type MemoryComponentId =
  | 'frameworkHeap'
  | 'taskHeap'
  | 'managed'
  | 'frameworkOffHeap'
  | 'taskOffHeap'
  | 'network'
  | 'jvmMetaspace'
  | 'jvmOverhead'
  | 'jobManagerHeap'
  | 'jobManagerOffHeap';

export interface ComponentStyle {
  /** The name Flink's memory-model figure uses. */
  readonly label: string;
  /** For boxes too narrow for the full label. */
  readonly short: string;
  readonly fill: string;
  readonly ink: string;
}

const DARK_INK = '#111418';
const LIGHT_INK = '#ffffff';

export const MEMORY_COMPONENTS: Readonly<Record<MemoryComponentId, ComponentStyle>> = {
  frameworkHeap: { label: 'Framework Heap', short: 'FW Heap', fill: '#4477AA', ink: LIGHT_INK },
  taskHeap: { label: 'Task Heap', short: 'Task', fill: '#88CCEE', ink: DARK_INK },
  managed: { label: 'Managed Memory', short: 'Managed', fill: '#117733', ink: LIGHT_INK },
  frameworkOffHeap: { label: 'Framework Off-Heap', short: 'FW Off', fill: '#999933', ink: DARK_INK },
  taskOffHeap: { label: 'Task Off-Heap', short: 'Task Off', fill: '#DDCC77', ink: DARK_INK },
  network: { label: 'Network', short: 'Net', fill: '#44AA99', ink: DARK_INK },
  jvmMetaspace: { label: 'JVM Metaspace', short: 'Meta', fill: '#AA4499', ink: LIGHT_INK },
  jvmOverhead: { label: 'JVM Overhead', short: 'Ovh', fill: '#CC6677', ink: DARK_INK },
  // The JobManager's heap and off-heap are drawn in the hues of the TaskManager's task heap and task off-heap.
  jobManagerHeap: { label: 'JVM Heap', short: 'Heap', fill: '#88CCEE', ink: DARK_INK },
  jobManagerOffHeap: { label: 'Off-Heap Memory', short: 'Off-Heap', fill: '#DDCC77', ink: DARK_INK },
};
