// Protects the observed-data overlay's reader: the sandbox's own CSV and Prometheus-style names, Grafana downloads and
// Prometheus API answers (through models/artefacts), absolute times shifted to the run's start, gaps, the processes
// matched, and every problem named by line and column.
import { readFileSync } from 'node:fs';
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

  it("reads a Grafana download with label sets: tm_id matched to taskmanager-1, -2 by order, or to the user's choice", () => {
    const file = new URL('../../fixtures/artefacts/metrics/grafana-joined-raw.csv', import.meta.url);
    const observed = parseObservedCsv(readFileSync(file, 'utf8'), 'grafana.csv');
    expect(observed.series.map((s) => [s.process, s.key, s.t.length, s.v[0]])).toEqual([
      ['taskmanager-1', 'directUsed', 6, 210 * 1048576 + 12345],
      ['taskmanager-2', 'directUsed', 5, 208 * 1048576 + 7],
    ]);
    expect(observed.ignored).toEqual([
      'flink_taskmanager_Status_JVM_CPU_Load{host="10_0_0_5", instance="10.0.0.5:9249", job="flink", tm_id="flink_taskmanager_1_1"}',
    ]);
    expect(observed.unread?.[0]?.reason).toBe('a Flink metric the sandbox does not model');
    const swapped = parseObservedCsv(readFileSync(file, 'utf8'), 'grafana.csv', { 'flink-taskmanager-1-2': 'taskmanager-1' });
    expect(swapped.series.map((s) => [s.process, s.v[0]])).toEqual([
      ['taskmanager-2', 210 * 1048576 + 12345],
      ['taskmanager-1', 208 * 1048576 + 7],
    ]);
  });

  it('reads a Prometheus query_range answer and lists the series it does not draw (GC time, counts)', () => {
    const file = new URL('../../fixtures/artefacts/metrics/prometheus-query-range.json', import.meta.url);
    const observed = parseObservedCsv(readFileSync(file, 'utf8'), 'range.json');
    expect(observed.series.map((s) => `${s.process} ${s.key}`)).toEqual([
      'taskmanager-1 heapUsed',
      'taskmanager-2 heapUsed',
      'taskmanager-1 directUsed',
    ]);
    expect(observed.ignored).toEqual([
      'flink_taskmanager_Status_JVM_GarbageCollector_G1_Young_Generation_Time{host="worker_1", job="flink", tm_id="container_e01_1733300000000_0001_01_000002"}',
    ]);
    expect(observed.metrics?.startEpochMs).toBe(Date.UTC(2026, 11, 4, 10));
  });

  it('names the problems of the other formats by line and field', () => {
    expect(() => parseObservedCsv('{"status":"success","data":{"resultType":"matrix","result":[]}}', 'q.json')).toThrow(
      'line 1: no column names a charted Flink metric',
    );
    expect(() => parseObservedCsv('"Time","rssBytes"\n1796378400000,5 parsecs\n', 'g.csv')).toThrow(
      "line 2, rssBytes: '5 parsecs': 'parsecs' is not a unit of bytes",
    );
  });
});
