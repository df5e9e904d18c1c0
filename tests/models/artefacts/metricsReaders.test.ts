// Protects the metric readers of models/artefacts/ (issue 15): every sample of tests/fixtures/artefacts/metrics read to
// the expected series (count, first and last sample exactly), processes matched by id, order or choice, the parts not
// read named with their reason, and bad input refused with file, line, field and problem (never NaN, never a default).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { counterRate, metricsFormatOf, readMetricsExport } from '../../../models/artefacts/metricsExport';
import { classifyMetric, splitSeriesName, watchPanelOf } from '../../../models/artefacts/metricNames';
import { ArtefactError, type ObservedMetrics } from '../../../models/artefacts/observedSeries';
import { formatEpochMs, parseAbsoluteTime } from '../../../models/artefacts/observedTimes';

const DIR = new URL('../../fixtures/artefacts/metrics/', import.meta.url).pathname;
const read = (file: string, options = {}) => readMetricsExport(readFileSync(DIR + file, 'utf8'), file, options);
const MiB = 1_048_576;
const T0 = Date.UTC(2026, 11, 4, 10, 0, 0);

/** One series by process and metric, its first and last samples, and its length. */
function ends(m: ObservedMetrics, process: string, metric: string) {
  const s = m.series.find((x) => x.process === process && x.metric === metric);
  if (!s) throw new Error(`no ${process} ${metric} in ${m.series.map((x) => `${x.process} ${x.metric}`).join(', ')}`);
  const n = s.tMs.length;
  return { n, first: [s.tMs[0], s.values[0]], last: [s.tMs[n - 1], s.values[n - 1]], source: s.source, epoch0: s.epochMs?.[0] };
}

function expectFinite(m: ObservedMetrics) {
  for (const s of m.series) for (const v of [...s.values, ...s.tMs]) expect(Number.isFinite(v)).toBe(true);
}

describe('Grafana CSV downloads', () => {
  it('series joined by time (raw): label sets in quoted headers, tm_id matched by order, a gap, an unknown Flink metric named', () => {
    const m = read('grafana-joined-raw.csv');
    expect(m.format).toBe('grafana-csv');
    expect(m.startEpochMs).toBe(T0);
    expect(m.series).toHaveLength(2);
    expect(ends(m, 'taskmanager-1', 'directUsed')).toMatchObject({
      n: 6,
      first: [0, 210 * MiB + 12345],
      last: [150_000, 402 * MiB + 12345],
    });
    expect(ends(m, 'taskmanager-2', 'directUsed')).toMatchObject({ n: 5, first: [0, 208 * MiB + 7], last: [150_000, 208 * MiB + 7] });
    expect(m.matches).toEqual([
      { source: 'flink_taskmanager_1_1', process: 'taskmanager-1', by: 'order' },
      { source: 'flink_taskmanager_1_2', process: 'taskmanager-2', by: 'order' },
    ]);
    expect(m.unread).toHaveLength(1);
    expect(m.unread[0]?.where).toMatch(/^line 1, column 4 'flink_taskmanager_Status_JVM_CPU_Load\{/);
    expect(m.unread[0]?.reason).toBe('a Flink metric the sandbox does not model');
    expectFinite(m);
  });

  it('"Formatted data": zone-less times read as UTC with a note, values such as 3.62 GiB in bytes (rounded), cAdvisor names', () => {
    const m = read('grafana-formatted.csv');
    expect(m.startEpochMs).toBe(T0 + 3_600_000);
    expect(ends(m, 'taskmanager-1', 'rss')).toMatchObject({
      n: 4,
      first: [0, Math.round(3.62 * 1024 ** 3)],
      last: [180_000, Math.round(3.95 * 1024 ** 3)],
    });
    expect(ends(m, 'taskmanager-1', 'containerLimit')).toMatchObject({ n: 4, first: [0, 4 * 1024 ** 3], source: 'flink-taskmanager-1-1' });
    expect(m.notes.join()).toMatch(/line 2: times carry no zone/);
  });

  it('Grafana ≤ 6\'s long export ("Series";"Time";"Value"): null gaps, zoned times, the job\'s numRestarts, up not read', () => {
    const m = read('grafana6-long.csv');
    expect(m.format).toBe('grafana-csv-long');
    expect(m.startEpochMs).toBe(T0);
    expect(ends(m, 'taskmanager-1', 'metaspaceUsed')).toMatchObject({ n: 3, first: [0, 180 * MiB], last: [180_000, 228 * MiB] });
    expect(ends(m, 'job', 'numRestarts')).toMatchObject({ n: 4, first: [0, 0], last: [180_000, 3] });
    expect(m.matches).toContainEqual({ source: '', process: 'job', by: 'scope' });
    expect(m.unread).toEqual([{ where: `series 'up{instance="10.0.0.5:9249"}' (lines 10–10)`, reason: 'not a metric the sandbox reads' }]);
  });

  it("Grafana ≤ 6's series-as-columns Excel export (sep=;, epoch seconds, undefined gaps): order of first appearance decides", () => {
    const m = read('grafana6-columns-excel.csv');
    // container …000003 has a sample at 0, …000002 only from 60 s: first appearance, not the id's order, gives taskmanager-1
    expect(ends(m, 'taskmanager-1', 'heapUsed')).toMatchObject({
      n: 3,
      first: [0, 400 * MiB],
      source: 'container_e01_1733300000000_0001_01_000003',
    });
    expect(ends(m, 'taskmanager-2', 'heapUsed')).toMatchObject({ n: 2, first: [60_000, 500 * MiB + 1], last: [120_000, 500 * MiB + 2] });
    // the user's choice overrides the order
    const chosen = read('grafana6-columns-excel.csv', { processes: { container_e01_1733300000000_0001_01_000002: 'taskmanager-1' } });
    expect(chosen.matches).toEqual([
      { source: 'container_e01_1733300000000_0001_01_000002', process: 'taskmanager-1', by: 'choice' },
      { source: 'container_e01_1733300000000_0001_01_000003', process: 'taskmanager-2', by: 'order' },
    ]);
  });
});

describe("process matching and the user's choices", () => {
  it('keeps a scenario id the file already uses, and numbers the other processes around it', () => {
    const text = ['"Time","rssBytes{pod=""taskmanager-2""}","rssBytes{pod=""tm-b""}","rssBytes{pod=""tm-a""}"', '1796378400000,1,2,3'].join(
      '\n',
    );
    expect(readMetricsExport(text, 'p.csv').matches).toEqual([
      { source: 'taskmanager-2', process: 'taskmanager-2', by: 'id' },
      { source: 'tm-a', process: 'taskmanager-1', by: 'order' },
      { source: 'tm-b', process: 'taskmanager-3', by: 'order' },
    ]);
  });

  it("reads a legend's columns (no metric in the header) as the metric the user names, each column a process", () => {
    const text = '"Time","flink-taskmanager-1-1","flink-taskmanager-1-2"\r\n1796378400000,1.5 GiB,2 GiB\r\n';
    const without = readMetricsExport(text, 'legend.csv');
    expect(without.series).toEqual([]);
    expect(without.unread.map((u) => u.reason)).toEqual(['not a metric the sandbox reads', 'not a metric the sandbox reads']);
    const m = readMetricsExport(text, 'legend.csv', { metric: { id: 'heapUsed', unit: 'bytes' } });
    expect(m.series.map((s) => [s.process, s.metric, s.source, s.values[0]])).toEqual([
      ['taskmanager-1', 'heapUsed', 'flink-taskmanager-1-1', 1.5 * 1024 ** 3],
      ['taskmanager-2', 'heapUsed', 'flink-taskmanager-1-2', 2 * 1024 ** 3],
    ]);
  });
});

describe('Prometheus API answers', () => {
  it('a query_range matrix: fractional epoch seconds, YARN container ids, a GC time counter, NaN samples and a task metric named', () => {
    const m = read('prometheus-query-range.json');
    expect(m.format).toBe('prometheus-json');
    expect(m.series).toHaveLength(4);
    expect(ends(m, 'taskmanager-1', 'heapUsed')).toMatchObject({
      n: 5,
      first: [123, 300 * MiB],
      last: [60_000, 300 * MiB + 4000],
      epoch0: T0 + 123,
    });
    expect(ends(m, 'taskmanager-2', 'heapUsed')).toMatchObject({ n: 5, first: [123, 300 * MiB + 1], last: [60_000, 300 * MiB + 4001] });
    expect(ends(m, 'taskmanager-1', 'directUsed')).toMatchObject({ n: 2, first: [0, 220_000_000], last: [30_000, 220_000_000] });
    expect(m.unread.map((u) => u.reason)).toEqual(['1 samples are NaN or ±Inf', 'a task or operator metric the sandbox does not read']);
    expect(m.unread[0]?.where).toMatch(/^line 99, data\.result\[3\] flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed\{/);
    expectFinite(m);
  });

  it('GC time as a rate: ms of pauses per second, a fall read as a reset (the JVM restarted)', () => {
    const gc = read('prometheus-query-range.json').series.find((s) => s.metric === 'gcYoungTime');
    expect(gc?.values).toEqual([0, 120, 260, 15, 140]);
    const rate = counterRate(gc!);
    expect(rate.tMs).toEqual([15_000, 30_000, 45_000, 60_000]);
    expect(rate.perSecond).toEqual([8, 140 / 15, 1, 125 / 15]);
    expect(rate.resetsAtMs).toEqual([45_000]);
  });

  it("an instant vector of cAdvisor's container memory: pods matched (the JobManager by its name), pod totals and pause containers named", () => {
    const m = read('prometheus-query-vector.json');
    expect(m.series).toHaveLength(6);
    expect(m.startEpochMs).toBe(T0 + 600_500);
    expect(ends(m, 'taskmanager-2', 'rss')).toMatchObject({ n: 1, first: [0, 3_900_000_000], source: 'flink-taskmanager-1-2' });
    expect(ends(m, 'jobmanager', 'containerLimit')).toMatchObject({ first: [0, 1_717_986_918] });
    expect(m.unread.map((u) => u.reason)).toEqual([
      ...Array(3)
        .fill(0)
        .flatMap(() => ['the pod\'s cgroup total (container=""), not one container', "the pod's pause container"]),
    ]);
    // a scenario with one TaskManager: the second pod is named as not matched
    const one = read('prometheus-query-vector.json', { taskManagers: 1 });
    expect(one.series.filter((s) => s.process.startsWith('taskmanager'))).toHaveLength(2);
    expect(one.unread.filter((u) => u.reason === 'no TaskManager left to match: the scenario has 1')).toHaveLength(2);
  });
});

describe('a real PrometheusReporter scrape (the Flink lab, 1.20.5 with flink-metrics-prometheus 1.20.3)', () => {
  const m = read('flink-lab-prometheus-direct-leak.prom');

  it('reads every scrape of both processes: the TaskManager by tm_id, the JobManager by its scope, the job by its scope', () => {
    expect(m.format).toBe('prometheus-text');
    expect(m.matches.map((x) => [x.process, x.by])).toEqual(
      expect.arrayContaining([
        ['taskmanager-1', 'order'],
        ['jobmanager', 'order'],
        ['job', 'scope'],
      ]),
    );
    const direct = m.series.find((s) => s.metric === 'directUsed');
    expect(direct?.source).toMatch(/^localhost:\d+_[0-9a-f]{6}$/);
    // the direct-leak staircase: 16 MiB per restart (calibration/flink-lab/README.md), so its last value exceeds the first by
    // at least 6 steps before the OOM
    expect((direct?.values.at(-1) as number) - (direct?.values[0] as number)).toBeGreaterThanOrEqual(6 * 16 * MiB);
    const restarts = m.series.find((s) => s.metric === 'numRestarts');
    expect(restarts?.values.at(-1)).toBe(12);
    expectFinite(m);
  });

  it('names the families it does not read, once each', () => {
    expect(m.unread.map((u) => u.reason).sort()).toEqual(['a Flink metric the sandbox does not model', 'not a metric the sandbox reads']);
    expect(m.unread.map((u) => u.where.replace(/^line \d+ /, '').replace(/ \(.*$/, '')).sort()).toEqual([
      'flink_jobmanager_numRunningJobs',
      'flink_taskmanager_Status_JVM_Memory_Direct_Count',
    ]);
  });
});

describe('YARN NodeManager metrics2 FileSink lines', () => {
  it('reads PMemUsageMBsAvgMBs as RSS and pMemLimitMBs as the limit (MiB), names the statistics and other records it skips', () => {
    const m = read('yarn-nodemanager-metrics2.out');
    expect(m.format).toBe('yarn-metrics2');
    expect(ends(m, 'taskmanager-1', 'rss')).toMatchObject({ n: 4, first: [0, 3900 * MiB], last: [9000, 4080 * MiB] });
    expect(ends(m, 'taskmanager-1', 'containerLimit')).toMatchObject({ n: 4, first: [0, 4096 * MiB] });
    expect(m.unread[0]).toEqual({ where: 'line 3, record NodeManagerMetrics', reason: 'not a container record (ContainerResource_…)' });
    expect(m.unread.map((u) => u.where)).toContain('line 1, PMemUsageMBsStdevMBs');
  });
});

describe('names, times and the format detection', () => {
  it("maps the Flink reporter's, the sandbox's, cAdvisor's and YARN's names to the product's metrics", () => {
    const id = (name: string) => {
      const c = classifyMetric(name);
      return c.ok ? [c.metric, c.scope] : c.reason;
    };
    expect(id('flink_taskmanager_Status_JVM_GarbageCollector_PS_MarkSweep_Count')).toEqual(['gcOldCount', 'taskmanager']);
    expect(id('flink_jobmanager_Status_JVM_GarbageCollector_Copy_Time')).toEqual(['gcYoungTime', 'jobmanager']);
    expect(id('flink_taskmanager_Status_Shuffle_Netty_UsedMemorySegments')).toEqual(['networkSegmentsUsed', 'taskmanager']);
    expect(id('flink_jobmanager_job_fullRestarts')).toEqual(['numRestarts', 'job']);
    expect(id('Status.JVM.GarbageCollector.G1 Young Generation.Count')).toEqual(['gcYoungCount', 'process']);
    expect(id('rssBytes')).toEqual(['rss', 'process']);
    expect(id('flink_taskmanager_Status_JVM_GarbageCollector_G1_Concurrent_GC_Time')).toMatch(/^G1 Concurrent GC counts concurrent cycles/);
    expect(id('flink_taskmanager_Status_JVM_GarbageCollector_ZGC_Pauses_Count')).toMatch(/^ZGC and Shenandoah are not modelled/);
    expect(id('container_memory_usage_bytes')).toMatch(/page cache/);
    expect(classifyMetric('kube_pod_container_resource_limits', { resource: 'cpu' })).toEqual({
      ok: false,
      reason: 'a limit of cpu, not memory',
    });
    // and each to the dashboard panel that shows it
    expect(['gcOldTime', 'rss', 'numRestarts', 'heapMax'].map((m) => watchPanelOf(m as 'rss'))).toEqual([
      'Status.JVM.GarbageCollector.Time',
      'rssBytes',
      'numRestarts',
      undefined,
    ]);
    expect(splitSeriesName('m{a="x \\"y\\"", b="2",}')).toEqual({ base: 'm', labels: { a: 'x "y"', b: '2' } });
    expect(splitSeriesName('m{a=x}')).toBeUndefined();
  });

  it('reads absolute times without the wall clock, exactly as Date would', () => {
    expect(parseAbsoluteTime('2026-12-04T10:00:00Z')).toEqual({ epochMs: T0, zoned: true });
    expect(parseAbsoluteTime('2026-12-04T11:00:00+01:00')?.epochMs).toBe(T0);
    expect(parseAbsoluteTime('1970-01-01T00:00:00-0130')?.epochMs).toBe(90 * 60_000);
    expect(parseAbsoluteTime('2024-02-29 23:59:59.5')).toEqual({ epochMs: Date.UTC(2024, 1, 29, 23, 59, 59, 500), zoned: false });
    expect(parseAbsoluteTime('1600-03-01T00:00:00Z')?.epochMs).toBe(Date.UTC(1600, 2, 1));
    expect(parseAbsoluteTime('1796378400')?.epochMs).toBe(T0);
    expect(parseAbsoluteTime('1796378400123')?.epochMs).toBe(T0 + 123);
    expect(parseAbsoluteTime('1796378400.5')?.epochMs).toBe(T0 + 500);
    expect(formatEpochMs(T0 + 123)).toBe('2026-12-04T10:00:00.123Z');
    expect(parseAbsoluteTime('2026-13-04T10:00:00Z')).toBeUndefined();
  });

  it('tells the formats apart by their first line', () => {
    expect(
      [
        'grafana-joined-raw.csv',
        'prometheus-query-range.json',
        'flink-lab-prometheus-direct-leak.prom',
        'yarn-nodemanager-metrics2.out',
      ].map((f) => metricsFormatOf(readFileSync(DIR + f, 'utf8'))),
    ).toEqual(['csv', 'prometheus-json', 'prometheus-text', 'yarn-metrics2']);
  });
});

describe('CSV text', () => {
  it("reads a byte-order mark, Excel's tab-separated export and a ';' file with decimal commas", () => {
    const tabbed = '\uFEFF"Time"\t"rssBytes{pod=""a""}"\r\n1796378400000\t1.5 MiB\r\n';
    expect(readMetricsExport(tabbed, 't.csv').series[0]?.values).toEqual([1.5 * MiB]);
    const comma = '"Time";"Status.JVM.Memory.Heap.Used"\n2026-12-04T10:00:00Z;1,5 KiB\n';
    expect(readMetricsExport(comma, 'c.csv').series[0]?.values).toEqual([1536]);
    // with ',' between cells a decimal comma cannot be told from a separator
    expect(() => readMetricsExport('"Time","rssBytes"\n1796378400000,"1,5"\n', 'x.csv')).toThrow(
      "x.csv:2: rssBytes: '1,5' is not a number",
    );
  });
});

describe('bad input: file, line, field and problem', () => {
  const problem = (text: string, file = 'x.csv') => {
    try {
      readMetricsExport(text, file);
    } catch (error) {
      expect(error).toBeInstanceOf(ArtefactError);
      return (error as Error).message;
    }
    throw new Error('read without an error');
  };
  it('names each problem', () => {
    expect(problem('"Time","flink_taskmanager_Status_JVM_Memory_Heap_Used{tm_id=""a""}"\r\n1796378400000,12 apples\r\n')).toBe(
      `x.csv:2: flink_taskmanager_Status_JVM_Memory_Heap_Used{tm_id="a"}: '12 apples': 'apples' is not a unit of bytes (B, KiB, MiB, GiB, TiB, kB, KB, MB, GB, TB)`,
    );
    expect(problem('"Time","rssBytes"\n04.12.2026 10:00,1\n')).toBe(
      "x.csv:2: Time: '04.12.2026 10:00' is not epoch seconds, epoch milliseconds or an ISO 8601 date",
    );
    expect(problem('"Series";"Time";"Value"\n"rssBytes";"1796378400";1;2\n')).toBe('x.csv:2: 4 cells for 3 columns (Series, Time, Value)');
    expect(problem('"Time","rssBytes\n1,2\n')).toBe('x.csv:1: a quoted cell is not closed');
    expect(problem('T\u0000i\u0000m\u0000e\u0000')).toMatch(/^x\.csv: holds NUL characters: UTF-16 text/);
    expect(problem('{"status":"error","errorType":"bad_data","error":"parse error"}', 'q.json')).toBe(
      'q.json:1: status: the query failed: bad_data: parse error',
    );
    expect(problem('{"status":"success","data":{"resultType":"scalar","result":[1,"2"]}}', 'q.json')).toMatch(
      /^q\.json:1: data\.resultType: 'scalar' holds no series/,
    );
    expect(
      problem(
        '{"status":"success","data":{"resultType":"matrix","result":[\n{"metric":{"__name__":"rssBytes"},"values":[[1,2]]}]}}',
        'q.json',
      ),
    ).toBe('q.json:2: data.result[0].values[0]: [1,2] is not a [time, "value"] pair');
    expect(problem('{"data": ', 'q.json')).toMatch(/^q\.json: is not JSON: /);
    expect(problem('# scrape 2026-12-04T10:00:00Z\nflink_taskmanager_Status_JVM_Memory_Heap_Used{tm_id="a"} lots\n', 's.prom')).toBe(
      `s.prom:2: flink_taskmanager_Status_JVM_Memory_Heap_Used{tm_id="a"}: 'lots' is not a number`,
    );
    expect(problem('rssBytes 1 1796378400000\nrssBytes 2\n', 's.prom')).toBe(
      's.prom:2: a sample without a time among timed ones (give each scrape a `# scrape <time>` line)',
    );
    expect(problem('1796378400000 container.ContainerResource_container_1_2_3_4: pMemLimitMBs=x\n', 'nm.out')).toBe(
      "nm.out:1: pMemLimitMBs: 'x' is not a number",
    );
  });
});
