// Protects the observed-data overlay's reader: the sandbox's own CSV and Prometheus-style names,
// absolute times shifted to the run's start, gaps, and every problem named by line and column.
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRow } from '../../../models/engine/metricsCsv';
import { metricNames } from '../../../models/engine/trace';
import { ObservedCsvError, parseObservedCsv } from '../../../src/sandbox/observedCsv';

describe('parseObservedCsv', () => {
  it("reads the sandbox's own metrics CSV", () => {
    const values = metricNames('G1').map((_, i) => i * 10);
    const text =
      csvHeader(metricNames('G1')) +
      csvRow(1000, 'taskmanager-2', values) +
      csvRow(
        2000,
        'taskmanager-2',
        values.map((v) => v + 1),
      );
    const observed = parseObservedCsv(text, 'm.csv');
    const heap = observed.series.find((s) => s.key === 'heapUsed');
    expect(heap).toEqual({ process: 'taskmanager-2', key: 'heapUsed', t: [1000, 2000], v: [0, 1] });
    expect(observed.series.find((s) => s.key === 'rss')?.v).toEqual([190, 191]);
    expect(observed.ignored).toContain('Status.JVM.Threads.Count');
  });

  it('reads Prometheus names with absolute times, shifted so the first sample is at 0, and keeps gaps', () => {
    const epochSeconds = Date.parse('2026-11-20T10:01:00Z') / 1000;
    const text = [
      'time,process,flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed,up',
      '2026-11-20T10:00:30Z,taskmanager-1,,1',
      '2026-11-20T10:00:00Z,taskmanager-1,100,1',
      `${epochSeconds},taskmanager-1,300,1`,
    ].join('\n');
    const observed = parseObservedCsv(text, 'p.csv');
    expect(observed.series).toEqual([{ process: 'taskmanager-1', key: 'directUsed', t: [0, 60_000], v: [100, 300] }]);
    expect(observed.ignored).toEqual(['up']);
  });

  it('names the line and column of every problem', () => {
    const bad = (text: string) => () => parseObservedCsv(text, 'x.csv');
    expect(bad('a,b\n1,2')).toThrow(ObservedCsvError);
    expect(bad('a,b\n1,2')).toThrow(/line 1: no time column/);
    expect(bad('timeMs,foo\n1,2')).toThrow(/line 1: no column names a charted Flink metric/);
    expect(bad('timeMs,Status.JVM.Memory.Heap.Used\nsoon,2')).toThrow("line 2, timeMs: 'soon' is not a number of milliseconds");
    expect(bad('timeMs,Status.JVM.Memory.Heap.Used\n1,lots')).toThrow("line 2, Status.JVM.Memory.Heap.Used: 'lots' is not a number");
    expect(bad('timeMs,process,Status.JVM.Memory.Heap.Used\n1,tm1,5')).toThrow(
      "line 2, process: 'tm1' is not jobmanager or taskmanager-<n>",
    );
    expect(bad('timeMs,Status.JVM.Memory.Heap.Used\n1,2,3')).toThrow('line 2: 3 cells for 2 columns');
  });
});
