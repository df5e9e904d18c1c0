// Protects the memory figure: Flink's nesting, sizes that add up, and boxes drawn inside their parents to scale.
import { describe, expect, it } from 'vitest';
import { deriveMemory } from '../../models/memoryModel';
import {
  layoutFigure,
  legendRows,
  sizesByOption,
  taskManagerTree,
  jobManagerTree,
  type FigureNode,
} from '../../src/ui/memoryModel/figureLayout';

function tmTree(size: string): FigureNode {
  const r = deriveMemory({ process: 'taskmanager', entries: [{ key: 'taskmanager.memory.process.size', value: size, origin: 't' }] });
  if (!r.ok || r.process !== 'taskmanager') throw new Error('derivation failed');
  return taskManagerTree(r.taskManager.memory);
}

const sum = (nodes: readonly FigureNode[]) => nodes.reduce((s, n) => s + n.bytes, 0n);

describe('taskManagerTree', () => {
  it("follows Flink's figure and every group is the sum of its parts", () => {
    const tree = tmTree('1728m');
    const check = (n: FigureNode): void => {
      if (n.children.length > 0) expect(sum(n.children)).toBe(n.bytes);
      n.children.forEach(check);
    };
    check(tree);
    expect(legendRows(tree).map((r) => r.node.id)).toEqual([
      'frameworkHeap',
      'taskHeap',
      'managed',
      'frameworkOffHeap',
      'taskOffHeap',
      'network',
      'jvmMetaspace',
      'jvmOverhead',
    ]);
    expect(sizesByOption(tree).get('taskmanager.memory.task.heap.size')).toBe(402653174n);
  });
});

describe('jobManagerTree', () => {
  it('has heap, off-heap, metaspace and overhead', () => {
    const r = deriveMemory({ process: 'jobmanager', entries: [{ key: 'jobmanager.memory.process.size', value: '1600m', origin: 't' }] });
    if (!r.ok || r.process !== 'jobmanager' || !('memory' in r.jobManager)) throw new Error('derivation failed');
    expect(legendRows(jobManagerTree(r.jobManager.memory)).map((x) => x.node.id)).toEqual([
      'jobManagerHeap',
      'jobManagerOffHeap',
      'jvmMetaspace',
      'jvmOverhead',
    ]);
  });
});

describe('layoutFigure', () => {
  const tree = tmTree('4g');
  const layout = layoutFigure(tree, 1000, 4);

  it('puts every box inside its parent, children side by side', () => {
    const byNode = new Map(layout.boxes.map((b) => [b.node, b]));
    for (const box of layout.boxes) {
      let prevRight = box.left;
      for (const child of box.node.children) {
        const c = byNode.get(child);
        expect(c).toBeDefined();
        if (!c) continue;
        expect(c.left).toBeGreaterThanOrEqual(prevRight - 1e-9);
        expect(c.left + c.width).toBeLessThanOrEqual(box.left + box.width + 1e-9);
        expect(c.depth).toBe(box.depth + 1);
        prevRight = c.left + c.width;
      }
    }
    expect(layout.depth).toBe(4);
  });

  it('gives siblings widths proportional to their bytes', () => {
    const heap = layout.boxes.filter((b) => b.node.id === 'frameworkHeap' || b.node.id === 'taskHeap');
    const [fw, task] = heap;
    if (!fw || !task) throw new Error('missing heap boxes');
    expect(task.width / fw.width).toBeCloseTo(Number(task.node.bytes) / Number(fw.node.bytes), 9);
  });

  it('draws nothing for a zero width and never a negative one', () => {
    for (const b of layoutFigure(tree, 0).boxes) expect(b.width).toBe(0);
    for (const b of layoutFigure(tree, 30, 8).boxes) expect(b.width).toBeGreaterThanOrEqual(0);
  });
});
