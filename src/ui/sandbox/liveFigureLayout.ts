/**
 * Where the live memory figure draws what: the memory-model room's boxes (layoutFigure) on one byte scale shared
 * with the RSS bar and the container limit, and each measured pool as a level rising from the bottom of its boxes
 * (a box's area stands for its bytes, so a fill's height is its share of the box). Pure, for tests.
 */
import { type FigureBox, type FigureNode, layoutFigure } from '../memoryModel/figureLayout';
import type { PoolFill } from './liveMemory';

export const FIGURE = {
  /** Above the boxes: the container limit's dimension line and label. */
  limitRowPx: 22,
  /** Each frame's title row. */
  rowPx: 22,
  /** Room inside a frame's sides and bottom. */
  padPx: 4,
  /** A leaf: its label row, then the part a fill rises in. */
  leafHeadPx: 20,
  leafFillPx: 110,
  /** Under the boxes: the RSS bar and its label. */
  rssGapPx: 8,
  rssBarPx: 18,
  marginPx: 1,
} as const;

export interface FillBar {
  readonly fill: PoolFill;
  /** One rectangle per box the pool spans (each in that box's colour), all at the same level. */
  readonly rects: readonly { readonly box: FigureBox; readonly x: number; readonly width: number }[];
  readonly left: number;
  readonly right: number;
  /** The level's y and the fill's height; 0 while the process is down. */
  readonly y: number;
  readonly heightPx: number;
  /** Bytes beyond the boxes' budget (0 when within). */
  readonly overBytes: number;
}

export interface LiveFigureGeometry {
  readonly boxes: readonly FigureBox[];
  readonly depth: number;
  /** Where a leaf's fill part starts and ends (y). */
  readonly fillTop: number;
  readonly fillBottom: number;
  readonly fills: readonly FillBar[];
  /** Pixels per byte on the figure's one scale. */
  readonly pxPerByte: number;
  readonly processRight: number;
  /** x of the container limit; undefined without one. */
  readonly limitX: number | undefined;
  readonly rss: { readonly y: number; readonly width: number; readonly overLimitX: number | undefined } | undefined;
  readonly heightPx: number;
}

/**
 * Lays the figure out `widthPx` wide: the scale fits the largest of the process size, the container limit and RSS,
 * so a container larger than Flink's request, or RSS beyond the limit, shows as room or overflow beside the boxes.
 */
export function liveFigureLayout(
  tree: FigureNode,
  fills: readonly PoolFill[],
  widthPx: number,
  rssBytes: number,
  containerLimitBytes: number,
): LiveFigureGeometry {
  const F = FIGURE;
  const inner = Math.max(0, widthPx - 2 * F.marginPx);
  const rss = Number.isFinite(rssBytes) && rssBytes > 0 ? rssBytes : 0;
  const scaleBytes = Math.max(Number(tree.bytes), containerLimitBytes, rss, 1);
  const pxPerByte = inner / scaleBytes;
  const processWidth = Number(tree.bytes) * pxPerByte;
  const layout = layoutFigure(tree, processWidth, F.padPx);
  const top = F.limitRowPx;
  const boxes = layout.boxes.map((b) => ({ ...b, left: b.left + F.marginPx }));
  const deepest = Math.max(0, ...boxes.filter((b) => b.isLeaf).map((b) => b.depth));
  const fillTop = top + deepest * F.rowPx + F.leafHeadPx;
  const fillBottom = fillTop + F.leafFillPx;
  const boxesBottom = fillBottom + layout.depth * F.padPx;
  const bars = fills.map((fill) => fillBar(fill, boxes, fillBottom));
  const limitX = containerLimitBytes > 0 ? F.marginPx + containerLimitBytes * pxPerByte : undefined;
  const rssY = boxesBottom + F.rssGapPx;
  return {
    boxes,
    depth: layout.depth,
    fillTop,
    fillBottom,
    fills: bars,
    pxPerByte,
    processRight: F.marginPx + processWidth,
    limitX,
    rss:
      rss > 0
        ? { y: rssY, width: rss * pxPerByte, overLimitX: limitX !== undefined && rss > containerLimitBytes ? limitX : undefined }
        : undefined,
    heightPx: rssY + F.rssBarPx + 2,
  };
}

function fillBar(fill: PoolFill, boxes: readonly FigureBox[], bottom: number): FillBar {
  const spanned = boxes.filter((b) => b.isLeaf && (fill.leaves as readonly string[]).includes(b.node.id));
  const share = Number.isFinite(fill.usedBytes) && fill.budgetBytes > 0 ? Math.max(0, fill.usedBytes / fill.budgetBytes) : 0;
  const heightPx = Math.min(1, share) * FIGURE.leafFillPx;
  const inset = (b: FigureBox) => Math.min(1, b.width / 4);
  return {
    fill,
    rects: spanned.map((box) => ({ box, x: box.left + inset(box), width: Math.max(0, box.width - 2 * inset(box)) })),
    left: Math.min(...spanned.map((b) => b.left)),
    right: Math.max(...spanned.map((b) => b.left + b.width)),
    y: bottom - heightPx,
    heightPx,
    overBytes: Number.isFinite(fill.usedBytes) ? Math.max(0, fill.usedBytes - fill.budgetBytes) : 0,
  };
}
