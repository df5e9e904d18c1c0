// Protects the engine's async-client-per-call mechanism against real Flink: the twins of the Flink lab's
// async-timer-client run (calibration/flink-lab/twins/) must log Netty's warning as Netty logged it (logger, level, text,
// once, after the 65th timer), add one thread and the lab's live heap per call, and keep both flat with one timer per
// subtask, as recorded in calibration/fixtures/flink/<version>/async-timer-client.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL } from '../../models/engine/columns';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');
const TM = 'taskmanager-1';

interface ModeFixture {
  figures: {
    baselineThreads: number;
    liveHeapBytesPerTimer: number;
    rssBytesPerTimer: number;
    threadsPerTimer: number;
    timersPerSecond: number;
    maxThreads: number;
    maxLiveHeapBytes: number;
    baselineLiveHeapBytes: number;
  };
  texts: { nettyWarning: string[]; taskTransitions: string[] };
}

interface LabFixture {
  flinkVersion: string;
  params: { callsPerSecond: number };
  perCall: ModeFixture;
  shared: ModeFixture;
}

const fixtures = readdirSync(join(CALIBRATION, 'fixtures', 'flink'))
  .map((v) => join(CALIBRATION, 'fixtures', 'flink', v, 'async-timer-client.json'))
  .filter((f) => existsSync(f))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as LabFixture);

interface TwinRun {
  events: readonly TraceEvent[];
  /** [atMs, Threads.Count, RSS] of the TaskManager, every sample. */
  samples: Array<[number, number, number]>;
}

function runTwin(file: string): TwinRun {
  const twin = loadScenario(readFileSync(join(CALIBRATION, 'flink-lab', 'twins', file), 'utf8'), file);
  const samples: Array<[number, number, number]> = [];
  const sink: TraceSink = {
    sample: (atMs, process, values) => {
      if (process === TM) samples.push([atMs, values[COL.threads] as number, values[COL.rss] as number]);
    },
    event: () => {},
  };
  return { events: runScenario(twin, { sinks: [sink] }).events, samples };
}

const perCall = runTwin('async-timer-client.yaml');
const shared = runTwin('async-timer-client-shared.yaml');
/** The twins' calls per second: the source's rate (every record goes through asyncInvoke). */
const TWIN_CALLS_PER_SECOND = 50;

/** A log4j line of Flink's default layout: `date time LEVEL logger [] - message`. */
function parseLogLine(line: string): { ms: number; level: string; logger: string; message: string } {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (\w+)\s+(\S+)\s+\[\] - (.*)$/.exec(line);
  if (!m) throw new Error(`not a log line: ${line}`);
  const [h, min, s, ms] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
  return { ms: ((h * 60 + min) * 60 + s) * 1000 + ms, level: m[6] as string, logger: m[7] as string, message: m[8] as string };
}

/** Heap after each young GC of the TaskManager while the job ran (the engine's counterpart of a histogram's total). */
function heapAfterYoungGcs(run: TwinRun): Array<[number, number]> {
  return run.events.flatMap((e) =>
    e.type === 'gc' && e.process === TM && e.kind === 'young' ? [[e.atMs, e.heapAfterBytes] as [number, number]] : [],
  );
}

describe.each(fixtures)('Flink lab $flinkVersion: async-timer-client', (f) => {
  it("logs Netty's warning as Netty did: logger io.netty.util.HashedWheelTimer, ERROR, the same words, once", () => {
    expect(f.perCall.texts.nettyWarning).toHaveLength(1);
    const lab = parseLogLine(f.perCall.texts.nettyWarning[0] as string);
    expect(lab.logger).toBe('io.netty.util.HashedWheelTimer');
    const logged = perCall.events.filter((e) => e.type === 'log' && e.message.includes('HashedWheelTimer'));
    expect(logged).toHaveLength(1);
    const engine = logged[0] as Extract<TraceEvent, { type: 'log' }>;
    expect(engine.level).toBe(lab.level);
    expect(engine.message).toBe(`${lab.logger} - ${lab.message}`);
    // the shared client's single timer never trips it
    expect(shared.events.some((e) => e.type === 'log' && e.message.includes('HashedWheelTimer'))).toBe(false);
  });

  it('warns once more than 64 timers are alive, as the lab did', () => {
    const running = f.perCall.texts.taskTransitions.find((l) => l.includes('INITIALIZING to RUNNING')) as string;
    const labAfterMs = parseLogLine(f.perCall.texts.nettyWarning[0] as string).ms - parseLogLine(running).ms;
    // Netty: INSTANCE_COUNTER.incrementAndGet() > INSTANCE_COUNT_LIMIT (64) logs once, at the 65th timer. Three lab runs
    // logged it 1.34, 1.34 and 1.63 s after the task's RUNNING = 67, 67 and 81 calls at 50/s, and a fourth run (a clean
    // clone's full `calibrate -- flink`, load ≈ 10) 2.29 s = 114 calls: never before the 65th (−3 for the pacing's
    // start), later by the time the first call waits for the source's split on a loaded machine (up to 3 s allowed)
    const labCalls = (labAfterMs / 1000) * f.params.callsPerSecond;
    expect(labCalls).toBeGreaterThanOrEqual(62);
    expect(labCalls).toBeLessThanOrEqual(65 + 3 * f.params.callsPerSecond);
    // the engine checks at each sample: the warning's sample is the first with more than 64 leaked threads (its source
    // catches up on the records queued during deployment, so the 65th call comes sooner than in the lab)
    const warning = perCall.events.find((e) => e.type === 'log' && e.message.includes('HashedWheelTimer'));
    const base = (perCall.samples[0] as [number, number, number])[1] + 2 * 2; // 2 tasks × 2 threads each (BASELINE)
    const i = perCall.samples.findIndex(([t]) => t === warning?.atMs);
    expect((perCall.samples[i] as [number, number, number])[1] - base).toBeGreaterThan(64);
    expect((perCall.samples[i - 1] as [number, number, number])[1] - base).toBeLessThanOrEqual(64);
  });

  it('adds one thread per call, as the lab (Status.JVM.Threads.Count per HashedWheelTimer in the histogram)', () => {
    // the lab's slope of threads over timers: 1.00 ± 0.01 (the REST metric lags the histogram by a few threads)
    expect(Math.abs(f.perCall.figures.threadsPerTimer - 1)).toBeLessThan(0.02);
    const during = perCall.samples.filter(([t]) => t >= 10_000 && t <= 60_000);
    const [t0, n0] = during[0] as [number, number, number];
    const [t1, n1] = during.at(-1) as [number, number, number];
    const enginePerCall = (n1 - n0) / (((t1 - t0) / 1000) * TWIN_CALLS_PER_SECOND);
    // 2 %: whole threads per sample against 2,500 calls; a timer without its thread (0) or two threads each (2) fail
    expect(Math.abs(enginePerCall - f.perCall.figures.threadsPerTimer)).toBeLessThan(0.02);
  });

  it("keeps the lab's live heap per timer (heap after GC grows by it with every call)", () => {
    const gcs = heapAfterYoungGcs(perCall).filter(([t]) => t >= 10_000 && t <= 70_000);
    const [t0, h0] = gcs[0] as [number, number];
    const [t1, h1] = gcs.at(-1) as [number, number];
    const enginePerCall = (h1 - h0) / (((t1 - t0) / 1000) * TWIN_CALLS_PER_SECOND);
    // 5 %: the lab's slope over 15–20 histograms varied 25.5–25.9 KiB between runs; the engine's young GCs promote
    // whole seconds of calls; a missing wheel (512 buckets ≈ 12 KiB) or the client's 32 KiB kept alive fail
    expect(Math.abs(enginePerCall - f.perCall.figures.liveHeapBytesPerTimer)).toBeLessThan(0.05 * f.perCall.figures.liveHeapBytesPerTimer);
  });

  it("grows RSS per timer within 40 % of the lab's (the stack of its thread and the heap pages the timers touch)", () => {
    // [atMs, threads, rss]: the window while the heap fills (the lab's figure is over the same window, live heap < 90 %)
    const during = perCall.samples.filter(([t]) => t >= 10_000 && t <= 80_000);
    const [, n0, r0] = during[0] as [number, number, number];
    const [, n1, r1] = during.at(-1) as [number, number, number];
    const enginePerTimer = (r1 - r0) / (n1 - n0);
    // Loose, and listed as a gap: three lab runs gave 43.4, 52.8 and 43.9 KiB per timer (37.7–43.0 KiB once the heap's
    // pages were touched); the engine gives 57.9 KiB, its 36 KiB per timer thread plus heap pages it touches faster than
    // G1 did. 40 % still fails the parked-thread figure (98 KiB per thread, 120 KiB per timer) this run replaced.
    expect(enginePerTimer).toBeGreaterThan(f.perCall.figures.liveHeapBytesPerTimer);
    expect(Math.abs(enginePerTimer - f.perCall.figures.rssBytesPerTimer)).toBeLessThan(0.4 * f.perCall.figures.rssBytesPerTimer);
  });

  it('with one client per subtask, threads and the heap after GC stay flat (the fix)', () => {
    // the lab's shared window: threads within a few of the baseline (Flink's own pools), live heap within 2 MiB of it
    expect(f.shared.figures.maxThreads - f.shared.figures.baselineThreads).toBeLessThan(15);
    expect(f.shared.figures.maxLiveHeapBytes - f.shared.figures.baselineLiveHeapBytes).toBeLessThan(2 * 1048576);
    const running = shared.samples.filter(([t]) => t >= 10_000).map(([, n]) => n);
    expect(Math.max(...running) - Math.min(...running)).toBe(0);
    const after = heapAfterYoungGcs(shared).map(([, h]) => h);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThan(2 * 1048576);
  });
});
