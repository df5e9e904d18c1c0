/**
 * The container-fit panel's numbers: what each slot gets, and a bar that puts the process's
 * components next to the container limit.
 */
import { perSlotShare } from '../../../models/derivation/containerFit';
import type { TaskManagerMemory } from '../../../models/derivation/taskManager';
import { MiB } from '../../../models/units/memorySize';
import type { MemoryComponentId } from '../palette';
import { legendRows, type FigureNode } from './figureLayout';

export interface SlotShare {
  readonly component: MemoryComponentId;
  readonly total: bigint;
  readonly perSlot: bigint;
}

export function slotShares(m: TaskManagerMemory, slots: number): SlotShare[] {
  const rows: Array<[MemoryComponentId, bigint]> = [
    ['taskHeap', m.taskHeap],
    ['managed', m.managed],
    ['network', m.network],
    ['taskOffHeap', m.taskOffHeap],
  ];
  return rows.map(([component, total]) => ({ component, total, perSlot: perSlotShare(total, slots) }));
}

interface FitSegment {
  readonly id: string;
  readonly label: string;
  readonly bytes: bigint;
  /** Left edge and width as shares of the bar (0..1). */
  readonly start: number;
  readonly width: number;
}

export interface FitBar {
  readonly segments: readonly FitSegment[];
  /** Where the limit falls on the bar (0..1). */
  readonly limitAt: number;
}

/** The bar spans the larger of the process and the limit. */
export function fitBar(tree: FigureNode, limit: bigint): FitBar {
  const rows = legendRows(tree);
  const processBytes = rows.reduce((s, r) => s + r.node.bytes, 0n);
  const scale = processBytes > limit ? processBytes : limit;
  const share = (b: bigint) => (scale <= 0n ? 0 : Number(b) / Number(scale));
  let offset = 0n;
  const segments = rows.map((r) => {
    const seg = { id: r.node.id, label: r.node.label, bytes: r.node.bytes, start: share(offset), width: share(r.node.bytes) };
    offset += r.node.bytes;
    return seg;
  });
  return { segments, limitAt: share(limit) };
}

/** The suggested size as a config value Flink reads back exactly ("3072m"). */
export function processSizeValue(bytes: bigint): string {
  return bytes % MiB === 0n ? `${bytes / MiB}m` : `${bytes}b`;
}
