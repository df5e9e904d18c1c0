// Protects the RocksDB panel's arithmetic (src/sandbox/rocksdbPanel.ts): the stack never hides a part's peak and breaks
// where the process was down, the budget is the managed memory as slots × the per-slot share, the headline says when RocksDB
// is beyond its budget and RSS at the container limit, and the dashboard leads with the panel on a RocksDB run.
import { describe, expect, it } from 'vitest';
import { COL } from '../../../models/engine/columns';
import { dashboardOrder } from '../../../src/sandbox/panels';
import type { RocksDbInfo } from '../../../src/sandbox/protocol';
import {
  activeSpanEnd,
  areaPath,
  budgetText,
  momentText,
  partMetric,
  partReported,
  partsOf,
  partsTotal,
  ROCKSDB_PARTS,
  rocksDbBudget,
  stackColumns,
} from '../../../src/sandbox/rocksdbPanel';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

const setup = (mode: RocksDbInfo['mode'], scope: RocksDbInfo['scope'], totalBytes: number): RocksDbInfo => ({
  mode,
  scope,
  totalBytes,
  cacheCapacityBytes: 0,
  writeBufferManagerBytes: 0,
  settings: [],
  metrics: [],
});

describe('the RocksDB panel', () => {
  it("names each part by Flink's RocksDB native metric", () => {
    expect(ROCKSDB_PARTS.map((p) => partMetric(p).metric)).toEqual([
      'rocksdb.block-cache-usage',
      'rocksdb.cur-size-all-mem-tables',
      'rocksdb.estimate-table-readers-mem',
      'rocksdb.block-cache-pinned-usage',
      'mallocRetainedBytes',
    ]);
  });

  it('says which parts Flink reports: its RocksDB native metrics are off unless switched on, malloc retained is no Flink metric', () => {
    const [cache, , , pinned, retained] = ROCKSDB_PARTS;
    if (!cache || !pinned || !retained) throw new Error('parts');
    expect(partReported(pinned, ['block-cache-pinned-usage'])).toEqual({
      reported: true,
      note: 'reported: state.backend.rocksdb.metrics.block-cache-pinned-usage is on',
    });
    expect(partReported(cache, ['block-cache-pinned-usage']).note).toBe(
      'not reported: state.backend.rocksdb.metrics.block-cache-usage is off (the default)',
    );
    expect(partReported(retained, ['block-cache-usage']).reported).toBe(false);
  });

  it('stacks the parts per pixel column, each top the sum of the parts below it, broken where the process was down', () => {
    const x = Float64Array.from([0, 1, 2]);
    const stack = stackColumns([
      { x, hi: Float64Array.from([100, 200, NaN]) },
      { x, hi: Float64Array.from([10, 20, NaN]) },
      { x, hi: Float64Array.from([1, 2, NaN]) },
    ]);
    expect([...(stack.tops[0] as Float64Array)]).toEqual([100, 200, NaN]);
    expect([...(stack.tops[2] as Float64Array)]).toEqual([111, 222, NaN]);
    // The top part's area runs from its own top back along the part below it; nothing is drawn where the process was down.
    expect(areaPath(x, stack.tops[2] as Float64Array, stack.tops[1], (v) => 1000 - v)).toBe('M0,889.0L1,778.0L1,780.0L0,890.0Z');
    expect(areaPath(x, stack.tops[0] as Float64Array, undefined, (v) => v)).toBe('M0,100.0L1,200.0L1,0.0L0,0.0Z');
  });

  it('budgets RocksDB its share per slot (managed or fixed-per-slot), once per TaskManager (fixed-per-tm), or nothing (unbounded)', () => {
    const b = rocksDbBudget({ slots: 2, rocksdb: setup('managed', 'slot', 512 * MiB) });
    expect(b).toEqual({ shares: 2, perShareBytes: 512 * MiB, totalBytes: 1024 * MiB, name: 'managed budget' });
    expect(budgetText(b)).toBe('1 GiB (2 slots × 512 MiB)');
    expect(budgetText(rocksDbBudget({ slots: 1, rocksdb: setup('fixed-per-slot', 'slot', 300 * MiB) }))).toBe('300 MiB (1 slot)');
    const tm = rocksDbBudget({ slots: 4, rocksdb: setup('fixed-per-tm', 'taskmanager', GiB) });
    expect([tm.totalBytes, tm.name, budgetText(tm, 'taskmanager')]).toEqual([GiB, 'fixed-per-tm budget', '1 GiB (per TaskManager)']);
    expect(rocksDbBudget({ slots: 2, rocksdb: setup('unbounded', 'column-family', 0) }).totalBytes).toBe(0);
  });

  it('reads a moment: RocksDB beyond its budget and RSS at the container limit is the signature of a RocksDB kill', () => {
    const row = new Array<number>(COL.mallocRetained + 1).fill(0);
    row[COL.rocksdbBlockCache] = 600 * MiB;
    row[COL.rocksdbMemtables] = 300 * MiB;
    row[COL.rocksdbPinned] = 400 * MiB;
    row[COL.mallocRetained] = 100 * MiB;
    const parts = partsOf(row);
    expect(partsTotal(parts)).toBe(1400 * MiB);
    const budget = rocksDbBudget({ slots: 2, rocksdb: setup('managed', 'slot', 512 * MiB) });
    const killed = momentText(parts, 2 * GiB - MiB, budget, 2 * GiB, 'glibc');
    expect(killed).toEqual({
      rocksdb:
        'RocksDB 1.27 GiB = 127 % of its managed budget 1 GiB (2 slots × 512 MiB) + 100 MiB freed but kept by glibc: 376 MiB beyond it',
      rss: 'RSS 2 GiB of the 2 GiB container limit (100 %)',
      overBudget: true,
      atLimit: true,
    });
    const fine = momentText(partsOf(row.map((v) => v / 2)), GiB, budget, 2 * GiB, 'glibc');
    expect([fine.overBudget, fine.atLimit]).toEqual([false, false]);
    expect(momentText(parts, Number.NaN, budget, 2 * GiB, 'glibc').rss).toBe('the process is down');
  });

  it('shows the span RocksDB held memory in, unzoomed: at least ten minutes, the whole run when RocksDB lasts into its last fifth', () => {
    const h = 3_600_000;
    expect(activeSpanEnd(0, 2 * h)).toBe(2 * h);
    expect(activeSpanEnd(2 * 60_000, 2 * h)).toBe(10 * 60_000);
    expect(activeSpanEnd(h / 2, 2 * h)).toBe(35 * 60_000);
    expect(activeSpanEnd(1.5 * h, 2 * h)).toBe(2 * h);
  });

  it('leads the dashboard on a RocksDB run, unless the scenario watches it itself', () => {
    expect(dashboardOrder(['rssBytes'], () => false, true).large.map((p) => p.id)).toEqual(['rocksdbNativeBytes', 'rssBytes']);
    expect(dashboardOrder(['rssBytes', 'rocksdbNativeBytes'], () => false, true).large.map((p) => p.id)).toEqual([
      'rssBytes',
      'rocksdbNativeBytes',
    ]);
    const plain = dashboardOrder(['rssBytes'], () => false, false);
    expect([...plain.large, ...plain.small].map((p) => p.id)).not.toContain('rocksdbNativeBytes');
  });
});
