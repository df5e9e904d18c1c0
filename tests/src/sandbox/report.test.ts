// Protects the postmortem report: the zip holds report.md, the charts and the scenario; the scenario
// and seed in it reproduce the run's trace hash; annotations and explanations are in the Markdown;
// the same input gives the same bytes; an imported incident adds its fit, observed failures and series, and provenance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../models/engine/simulation';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { reportMarkdown, reportZip, type ReportInput } from '../../../src/sandbox/report';

const ROOT = join(import.meta.dirname, '../../..');
const yamlText = readFileSync(join(ROOT, 'scenarios', 'direct-leak-on-restart.yaml'), 'utf8');
const cursorMs = 5 * 3_600_000;

function input(): ReportInput {
  const sim = new Simulation(loadScenario(yamlText, 'direct-leak-on-restart.yaml'), {});
  sim.advanceTo(cursorMs);
  const oom = sim.events.find((e) => e.type === 'jvm.oom');
  if (!oom) throw new Error('no OOM to report');
  return {
    title: 'Direct memory staircase on task restarts',
    scenarioId: 'direct-leak-on-restart',
    fileName: 'direct-leak-on-restart.yaml',
    seed: sim.seed,
    flinkVersion: '1.16',
    durationMs: 12 * 3_600_000,
    cursorMs,
    traceHash: sim.traceHash(),
    yamlText,
    shareLink: 'http://localhost/#run=v1.x.y',
    timeline: [
      { atMs: oom.atMs, kind: 'failure', process: oom.process, text: oom.message },
      { atMs: 3_600_000, kind: 'annotation', process: '', text: 'the sink | starts failing' },
    ],
    explanations: [{ atMs: oom.atMs, process: oom.process, text: 'direct limit = framework off-heap + task off-heap + network' }],
    peaks: [
      {
        process: 'taskmanager-1',
        heapMaxBytes: 2 ** 30,
        heapPeakBytes: 2 ** 29,
        directLimitBytes: 2 ** 30,
        directPeakBytes: 2 ** 30,
        rssPeakBytes: 3 * 2 ** 30,
        containerLimitBytes: 4 * 2 ** 30,
      },
    ],
    charts: [{ process: 'taskmanager-1', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', png: new Uint8Array([137, 80, 78, 71]) }],
  };
}

describe('the postmortem report', () => {
  it('holds report.md, the charts and the scenario, which reproduces the trace hash', () => {
    const r = input();
    const files = unzipSync(reportZip(r));
    expect(Object.keys(files).sort()).toEqual([
      'charts/taskmanager-1.png',
      'charts/taskmanager-1.svg',
      'report.md',
      'scenario-direct-leak-on-restart.yaml',
    ]);
    const scenario = loadScenario(strFromU8(files['scenario-direct-leak-on-restart.yaml'] as Uint8Array), 'direct-leak-on-restart.yaml');
    const replay = new Simulation(scenario, { seed: r.seed });
    replay.advanceTo(r.cursorMs);
    expect(replay.traceHash()).toBe(r.traceHash);
    const md = strFromU8(files['report.md'] as Uint8Array);
    expect(md).toContain(
      `flink-mem run scenario-direct-leak-on-restart.yaml --seed 7 --duration ${cursorMs}ms --json   # traceHash ${r.traceHash}`,
    );
    expect(md).toContain('| 01:00:00 | 📌 note |  | the sink \\| starts failing |');
    expect(md).toContain('direct limit = framework off-heap + task off-heap + network');
    expect(md).toContain('| taskmanager-1 | 512 MiB / 1 GiB | 1 GiB / 1 GiB | 3 GiB / 4 GiB | 25.0 % |');
    expect(md).toContain('![taskmanager-1](charts/taskmanager-1.svg)');
  });

  it('gives the same bytes for the same input', () => {
    expect(reportZip(input())).toEqual(reportZip(input()));
    expect(reportMarkdown({ ...input(), explanations: [], timeline: [] })).toContain('No failure up to this moment.');
  });

  it('says how many failures of the same cause an explanation stands for', () => {
    const base = input();
    const repeats = { count: 1477, lastAtMs: 14_254_693, processes: ['taskmanager-3', 'taskmanager-1'] };
    const md = reportMarkdown({ ...base, explanations: base.explanations.map((e) => ({ ...e, repeats })) });
    expect(md).toContain('— the first of 1,477 failures of this cause (taskmanager-3, taskmanager-1; the last at 03:57:34.693)');
  });

  it('adds an imported incident: the fit and its quality, the observed failures and series (observed.csv), the provenance', () => {
    const GiB = 2 ** 30;
    const incident = {
      files: [
        { name: 'taskmanager.log', kind: 'flink-log' as const },
        { name: 'scrape.prom', kind: 'metrics' as const },
      ],
      provenance: [
        { file: 'taskmanager.log', kind: 'flink-log' as const, took: ['memory block lines 40–58 → taskmanager sizes'], ignored: [] },
      ],
      failures: [
        {
          kind: 'oom-direct',
          process: 'taskmanager-1',
          atMs: 600_000,
          text: 'OutOfMemoryError: Direct buffer memory',
          source: 'taskmanager.log:212',
        },
      ],
      crossChecks: [{ level: 'WARN' as const, message: 'the log shows -XX:MaxDirectMemorySize=1 GiB', keys: [] }],
      fit: {
        parameters: [
          {
            name: 'leak.direct.perRestart',
            value: 100_663_296,
            unit: 'bytes/restart',
            method: 'staircase',
            r2: 0.991,
            points: 5,
            text: 'direct memory grew 96 MiB per restart (fit over 5 restarts, R² 0.99)',
            drives: 'the scenario’s leak',
          },
          {
            name: 'liveSet.growth',
            value: 0,
            unit: 'bytes/hour',
            method: 'heap-after-gc (full GCs)',
            points: 4,
            text: 'the heap after GC grew 0 KiB per hour (fit over 4 collections, R² 1.00)',
          },
        ],
        series: [{ process: 'taskmanager-1', metric: 'directUsed', limitBytes: GiB, rmseBytes: GiB / 50, rmseRelative: 0.02, points: 20 }],
        firstFailure: { observedMs: 600_000, simulatedMs: 630_000, process: 'taskmanager-1', kind: 'oom-direct' },
        summary: [],
      },
      fitError: undefined,
      series: [
        {
          process: 'taskmanager-1',
          source: 'localhost:34413_b7d4ad',
          metric: 'directUsed' as const,
          name: 'flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed{tm_id="a,b"}',
          unit: 'bytes' as const,
          tMs: [0, 15_000],
          epochMs: undefined,
          values: [GiB / 4, GiB / 2],
        },
      ],
      unread: ['gc.log:3: a line no reader knows'],
    };
    const files = unzipSync(reportZip({ ...input(), incident }));
    const md = strFromU8(files['report.md'] as Uint8Array);
    expect(md).toContain(
      '- direct memory grew 96 MiB per restart (fit over 5 restarts, R² 0.99) — `leak.direct.perRestart` = 100663296 bytes/restart (staircase, 5 points, R² 0.99) → the scenario’s leak',
    );
    expect(md).toContain('(heap-after-gc (full GCs), 4 points) · also seen, not modelled');
    expect(md).toContain('First failure (oom-direct, taskmanager-1): observed 00:10:00, simulated 00:10:30.');
    expect(md).toContain('| taskmanager-1 | directUsed | 20.48 MiB | 1 GiB | 2.0 % | 20 |');
    expect(md).toContain('| 00:10:00 | oom-direct | taskmanager-1 | OutOfMemoryError: Direct buffer memory | taskmanager.log:212 |');
    expect(md).toContain('  - → memory block lines 40–58 → taskmanager sizes');
    expect(md).toContain('- not read: gc.log:3: a line no reader knows');
    expect(strFromU8(files['observed.csv'] as Uint8Array)).toBe(
      'timeMs,process,metric,unit,name,value\n' +
        '0,taskmanager-1,directUsed,bytes,"flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed{tm_id=""a,b""}",268435456\n' +
        '15000,taskmanager-1,directUsed,bytes,"flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed{tm_id=""a,b""}",536870912\n',
    );
    expect(reportMarkdown(input())).not.toContain('The incident this replay was fitted to');
  });
});
