// Protects the sizing figures (models/sizing/runMetrics.ts): each is checked against a value derived another way — the run's summary, its
// events, the scenario's own numbers — on library scenarios and small built ones.
import { describe, expect, it } from 'vitest';
import { runScenario, type RunResult } from '../../../models/run/runScenario';
import type { TraceEvent } from '../../../models/engine/trace';
import { measureRun, type Measurement } from '../../../models/sizing/runMetrics';
import { directLeakReachable, FIXED_DELAY, fault, HOUR, loadShipped, MINUTE, operator, scenario } from '../../helpers/engine';

const eventsOf = <T extends TraceEvent['type']>(r: RunResult, type: T) =>
  r.events.filter((e): e is TraceEvent & { type: T } => e.type === type);

// The reachable-map story (direct-leak-on-restart before issue 12): no container kills, so every TaskManager lives 5 h.
describe('a reachable direct leak (direct-leak-on-restart before issue 12), 5 hours', () => {
  const leaky = directLeakReachable();
  const run = runScenario(leaky, { durationMs: 5 * HOUR });
  const m: Measurement = measureRun(leaky, { durationMs: 5 * HOUR, windowsMs: [HOUR] });

  it('is the same run as `flink-mem run` (same trace hash), so a cell can be opened as a run', () => {
    expect([m.traceHash, m.simulatedMs, m.seed]).toEqual([run.traceHash, 5 * HOUR, '7']);
  });

  it('first failure: the direct OOM at 4h20m (the run summary) on taskmanager-1', () => {
    expect(m.metrics.firstFailure).toMatchObject({
      atMs: run.summary.firstFailure?.atMs,
      type: 'jvm.oom',
      process: 'taskmanager-1',
      pool: 'direct',
    });
    // 4h20m10.751s: the open() at 4h20m10.210s fails only after Bits.reserveMemory's System.gc() (30 ms) and its 511 ms of sleeps.
    expect(m.metrics.timeToFirstFailureMs).toBe(15_610_751);
    expect(m.metrics.firstFailurePool).toBe('direct');
    expect(m.metrics.firstFailure?.message).toMatch(/^java\.lang\.OutOfMemoryError: Direct buffer memory/);
  });

  it('counts OOMs, restarts and checkpoints as the summary does', () => {
    const ooms = Object.values(run.summary.processes).reduce((n, p) => n + p.ooms.heap + p.ooms.direct + p.ooms.metaspace, 0);
    expect(m.metrics.oomCount).toBe(ooms);
    expect(m.metrics.failures['direct-oom'].count).toBe(ooms);
    expect(m.metrics.restarts).toBe(eventsOf(run, 'job.restart').length);
    expect(m.metrics.restarts).toBe(run.summary.job.restarts);
    expect([m.metrics.checkpointsFailed, m.metrics.containerKillCount, m.metrics.processExitCount]).toEqual([0, 0, 0]);
  });

  it('peak RSS and headroom per TaskManager: the summary peaks against the 4 GiB YARN container', () => {
    for (const tm of m.metrics.taskManagers) {
      const p = run.summary.processes[tm.process];
      expect(tm.peakRssBytes).toBe(p?.peakRssBytes);
      expect(tm.containerLimitBytes).toBe(4 * 1024 ** 3);
      expect(tm.minHeadroomBytes).toBe(4 * 1024 ** 3 - (p?.peakRssBytes ?? 0));
      expect(tm.minHeadroomPercent).toBe(Math.round(((4 * 1024 ** 3 - (p?.peakRssBytes ?? 0)) * 10_000) / 4 / 1024 ** 3) / 100);
    }
    expect(m.metrics.taskManagers.map((t) => t.process)).toEqual(['taskmanager-1', 'taskmanager-2', 'taskmanager-3', 'taskmanager-4']);
    const lowest = Math.min(...m.metrics.taskManagers.map((t) => t.minHeadroomPercent ?? Infinity));
    expect(m.metrics.minRssHeadroom?.percent).toBe(lowest);
    expect(m.metrics.peakRssBytes).toBe(Math.max(...m.metrics.taskManagers.map((t) => t.peakRssBytes)));
  });

  it('GC time: the pauses of the gc events over the time alive (the Time columns sum the same pauses)', () => {
    for (const tm of m.metrics.taskManagers) {
      const pausedMs = eventsOf(run, 'gc')
        .filter((e) => e.process === tm.process)
        .reduce((sum, e) => sum + e.pauseMs, 0);
      expect(tm.gcTimeMs).toBe(pausedMs);
      expect(tm.aliveMs).toBe(5 * HOUR);
      expect(tm.gcTimePercent).toBe(Math.round((pausedMs * 10_000) / (5 * HOUR)) / 100);
    }
  });

  it('a window measures only its first hour: before the first failure, with the restarts of that hour', () => {
    const hour = m.windows[0];
    expect(hour?.untilMs).toBe(HOUR);
    expect(hour?.metrics.firstFailure).toBeNull();
    expect(hour?.metrics.restarts).toBe(eventsOf(run, 'job.restart').filter((e) => e.atMs <= HOUR).length);
    expect(hour?.metrics.recordsProcessed).toBeLessThan(m.metrics.recordsProcessed);
  });
});

describe('throughput, back pressure and kills', () => {
  it('hello-memory-model: a constant 1000 records/s source, caught up after the start, averages exactly 1000/s', () => {
    const m = measureRun(loadShipped('hello-memory-model'), { durationMs: HOUR });
    expect(m.metrics.throughputRecordsPerSecond).toBe(1000);
    expect(Math.abs(m.metrics.recordsProcessed - 3_600_000)).toBeLessThan(10);
    // Standalone: no container limit, so no headroom to measure.
    expect([
      m.metrics.minRssHeadroom,
      m.metrics.taskManagers[0]?.minHeadroomBytes,
      m.metrics.backPressureHighPercent,
      m.metrics.firstFailure,
    ]).toEqual([null, null, 0, null]);
  });

  it('a sink slower than the source keeps the source HIGH from the job start to the end', () => {
    const slow = scenario({
      durationMs: 10 * MINUTE,
      operators: [
        operator({ id: 'src', kind: 'source', recordsPerSecond: 1000, costPerRecordUs: 1 }),
        operator({ id: 'sink', kind: 'sink', costPerRecordUs: 2000 }),
      ],
    });
    const run = runScenario(slow);
    const levels = eventsOf(run, 'backpressure.level');
    const high = levels.find((e) => e.vertex === 'src' && e.level === 'HIGH');
    expect(high?.atMs).toBeLessThan(10_000); // once the job runs (the TaskManager registers, tasks deploy)
    expect(levels.filter((e) => e.atMs > (high?.atMs ?? 0) && e.level !== 'HIGH')).toEqual([]);
    const m = measureRun(slow);
    expect(m.metrics.backPressureHighPercent).toBe(Math.round(((10 * MINUTE - (high?.atMs ?? 0)) * 10_000) / (10 * MINUTE)) / 100);
    // The sink's 2 ms per record allow 500 records/s, from the moment the job runs (when the source turns HIGH).
    const runningMs = 10 * MINUTE - (high?.atMs ?? 0);
    expect(m.metrics.recordsProcessed).toBe((500 * runningMs) / 1000);
    expect(m.metrics.throughputRecordsPerSecond).toBe(Math.round(((500 * runningMs) / (10 * MINUTE)) * 100) / 100);
  });

  it('pod-limit-mismatch: the first OOMKilled at 3h20m is the first failure; headroom goes negative by what the kill reports', () => {
    const pod = loadShipped('pod-limit-mismatch');
    const run = runScenario(pod, { durationMs: 4 * HOUR });
    const kills = eventsOf(run, 'container.killed');
    const m = measureRun(pod, { durationMs: 4 * HOUR }).metrics;
    expect(m.firstFailure).toMatchObject({ atMs: kills[0]?.atMs, type: 'container.killed', pool: 'container', process: kills[0]?.process });
    // 12 048 345 (3h20m48.345s): heap pages resident as eden fills (12 050 652 when they became resident at young GCs) and
    // metaspace per class as measured (5899 B initialised: 11 553 190 with the earlier 7.7 KB).
    expect(m.timeToFirstFailureMs).toBe(12_048_345);
    expect(m.containerKillCount).toBe(kills.length);
    const worst = Math.min(...kills.map((k) => k.limitBytes - k.rssBytes));
    expect(m.minRssHeadroom?.bytes).toBe(worst);
    expect(m.minRssHeadroom?.percent).toBe(Math.round((worst * 10_000) / 3584 / 1048576) / 100);
    expect(m.peakRssBytes).toBe(Math.max(...kills.map((k) => k.rssBytes)));
    // Each kill costs its TaskManager the 30 s restartDelay of life.
    for (const tm of m.taskManagers) {
      const own = kills.filter((k) => k.process === tm.process).length;
      expect(tm.aliveMs).toBe(4 * HOUR - own * 30_000);
    }
  });

  it('injected kills and crashes are not failures, but the TaskManager is dead until its replacement starts', () => {
    const injected = scenario({
      durationMs: 20 * MINUTE,
      // With a restart strategy the job recovers (without one, Flink's default when checkpointing is off, it fails: that is a failure).
      config: FIXED_DELAY,
      cluster: { deployment: 'kubernetes', restartDelayMs: 30_000 },
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 100, costPerRecordUs: 10 })],
      events: [
        fault({ atMs: 5 * MINUTE, action: 'kill-container', target: 'taskmanager-1' }),
        fault({ atMs: 10 * MINUTE, action: 'crash-process', target: 'taskmanager-1' }),
      ],
    });
    const m = measureRun(injected).metrics;
    expect([m.firstFailure, m.containerKillCount, m.processExitCount, m.oomCount]).toEqual([null, 0, 0, 0]);
    expect(m.taskManagers[0]?.aliveMs).toBe(20 * MINUTE - 2 * 30_000);
  });

  it("jm-metaspace-batch: the JobManager's fatal Metaspace OOM ends its JVM in the same millisecond, one failure, not two", () => {
    const jm = loadShipped('jm-metaspace-batch');
    const run = runScenario(jm, { durationMs: 3 * 24 * HOUR });
    const oom = eventsOf(run, 'jvm.oom')[0];
    expect(eventsOf(run, 'process.exited').find((e) => e.process === oom?.process && e.atMs === oom?.atMs)).toBeDefined();
    const m = measureRun(jm, { durationMs: 3 * 24 * HOUR }).metrics;
    expect(m.firstFailure).toMatchObject({ atMs: oom?.atMs, process: 'jobmanager', pool: 'metaspace', type: 'jvm.oom' });
    expect([m.oomCount, m.processExitCount, m.failures['metaspace-oom'].count]).toEqual([
      eventsOf(run, 'jvm.oom').length,
      0,
      eventsOf(run, 'jvm.oom').length,
    ]);
  });
});
