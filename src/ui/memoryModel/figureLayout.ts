/**
 * The memory-model figure as data: Flink's nesting of memory components (Total Process ⊃ Total
 * Flink ⊃ JVM Heap / Off-Heap ⊃ …) and its layout as nested boxes whose widths, and so areas, are
 * proportional to bytes. Every box spans its children; leaves reach down to the bottom.
 */
import type { JobManagerMemory } from '../../../models/derivation/jobManager';
import type { TaskManagerMemory } from '../../../models/derivation/taskManager';
import { JM, TM } from '../../../models/config/options';
import { MEMORY_COMPONENTS, type MemoryComponentId } from '../palette';

type GroupId = 'totalProcess' | 'totalFlink' | 'jvmHeap' | 'offHeap' | 'directMemory';

export interface FigureNode {
  readonly id: MemoryComponentId | GroupId;
  readonly label: string;
  /** For boxes too narrow for the label. */
  readonly short: string;
  readonly bytes: bigint;
  /** The option whose editor field shows this size as its result. */
  readonly key?: string;
  readonly children: readonly FigureNode[];
}

const leaf = (id: MemoryComponentId, bytes: bigint, key?: string): FigureNode => ({
  id,
  label: MEMORY_COMPONENTS[id].label,
  short: MEMORY_COMPONENTS[id].short,
  bytes,
  children: [],
  ...(key === undefined ? {} : { key }),
});

const GROUP_SHORT: Readonly<Record<GroupId, string>> = {
  totalProcess: 'Process',
  totalFlink: 'Flink',
  jvmHeap: 'Heap',
  offHeap: 'Off-Heap',
  directMemory: 'Direct',
};

const group = (id: GroupId, label: string, bytes: bigint, children: FigureNode[], key?: string): FigureNode => ({
  id,
  label,
  short: GROUP_SHORT[id],
  bytes,
  children,
  ...(key === undefined ? {} : { key }),
});

export function taskManagerTree(m: TaskManagerMemory): FigureNode {
  return group(
    'totalProcess',
    'Total Process Memory',
    m.totalProcessMemory,
    [
      group(
        'totalFlink',
        'Total Flink Memory',
        m.totalFlinkMemory,
        [
          group('jvmHeap', 'JVM Heap', m.jvmHeap, [
            leaf('frameworkHeap', m.frameworkHeap, TM.frameworkHeap.key),
            leaf('taskHeap', m.taskHeap, TM.taskHeap.key),
          ]),
          group('offHeap', 'Off-Heap Memory', m.managed + m.jvmDirect, [
            leaf('managed', m.managed, TM.managedSize.key),
            group('directMemory', 'Direct Memory', m.jvmDirect, [
              leaf('frameworkOffHeap', m.frameworkOffHeap, TM.frameworkOffHeap.key),
              leaf('taskOffHeap', m.taskOffHeap, TM.taskOffHeap.key),
              leaf('network', m.network, TM.networkFraction.key),
            ]),
          ]),
        ],
        TM.flinkSize.key,
      ),
      leaf('jvmMetaspace', m.jvmMetaspace, TM.metaspace.key),
      leaf('jvmOverhead', m.jvmOverhead, TM.overheadFraction.key),
    ],
    TM.processSize.key,
  );
}

export function jobManagerTree(m: JobManagerMemory): FigureNode {
  return group(
    'totalProcess',
    'Total Process Memory',
    m.totalProcessMemory,
    [
      group(
        'totalFlink',
        'Total Flink Memory',
        m.totalFlinkMemory,
        [leaf('jobManagerHeap', m.jvmHeap, JM.heap.key), leaf('jobManagerOffHeap', m.offHeap, JM.offHeap.key)],
        JM.flinkSize.key,
      ),
      leaf('jvmMetaspace', m.jvmMetaspace, JM.metaspace.key),
      leaf('jvmOverhead', m.jvmOverhead, JM.overheadFraction.key),
    ],
    JM.processSize.key,
  );
}

/** Flink 1.10's JobManager: only the heap is known. */
export function legacyJobManagerTree(heap: bigint): FigureNode {
  return group('totalProcess', 'JobManager process (only the heap is configured)', heap, [
    leaf('jobManagerHeap', heap, JM.legacyHeapSize.key),
  ]);
}

export interface FigureBox {
  readonly node: FigureNode;
  /** 0 for Total Process Memory, 1 for what it contains, … */
  readonly depth: number;
  /** Horizontal extent in pixels. */
  readonly left: number;
  readonly width: number;
  /** Share of the whole process, 0..1. */
  readonly share: number;
  readonly isLeaf: boolean;
}

export interface FigureLayout {
  readonly boxes: readonly FigureBox[];
  /** The deepest level (number of frames around the deepest leaf). */
  readonly depth: number;
}

/**
 * Pre-order boxes (each parent before its children, so children paint on top) for a figure
 * `widthPx` wide. A group's children share its width minus `padPx` on each side, in proportion
 * to their bytes; drawn with equal heights, leaves' areas follow their sizes up to that padding.
 */
export function layoutFigure(root: FigureNode, widthPx: number, padPx = 4): FigureLayout {
  const total = sizeOf(root);
  const boxes: FigureBox[] = [];
  let depth = 0;
  const visit = (node: FigureNode, level: number, left: number, width: number): void => {
    depth = Math.max(depth, level);
    const isLeaf = node.children.length === 0;
    boxes.push({ node, depth: level, left, width, share: fraction(sizeOf(node), total), isLeaf });
    if (isLeaf) return;
    const pad = Math.min(padPx, width / 4);
    const inner = Math.max(0, width - 2 * pad);
    const bytes = sizeOf(node);
    let offset = 0n;
    for (const child of node.children) {
      const childBytes = sizeOf(child);
      visit(child, level + 1, left + pad + inner * fraction(offset, bytes), inner * fraction(childBytes, bytes));
      offset += childBytes;
    }
  };
  visit(root, 0, 0, Math.max(0, widthPx));
  return { boxes, depth };
}

/** A group is as wide as its children, so boxes stay nested even if the sizes given disagree. */
function sizeOf(node: FigureNode): bigint {
  if (node.children.length === 0) return node.bytes;
  return node.children.reduce((sum, c) => sum + sizeOf(c), 0n);
}

function fraction(part: bigint, whole: bigint): number {
  return whole <= 0n ? 0 : Number(part) / Number(whole);
}

export interface LegendRow {
  readonly node: FigureNode;
  /** Share of the whole process, 0..1. */
  readonly share: number;
}

export function legendRows(root: FigureNode): LegendRow[] {
  const total = sizeOf(root);
  const rows: LegendRow[] = [];
  const visit = (node: FigureNode): void => {
    if (node.children.length === 0) rows.push({ node, share: fraction(node.bytes, total) });
    node.children.forEach(visit);
  };
  visit(root);
  return rows;
}

/** The size each option's field shows as its result, by option key. */
export function sizesByOption(root: FigureNode): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const visit = (node: FigureNode): void => {
    if (node.key !== undefined) out.set(node.key, node.bytes);
    node.children.forEach(visit);
  };
  visit(root);
  return out;
}
