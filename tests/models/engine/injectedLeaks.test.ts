// Protects the `leak` event: each shape (per-restart, per-record, ramp, burst) leaks exactly what it says, in the pool it names, where it
// says, ends the way the JVM, Flink and the container end it, shows in the diagnostics, and keeps runs deterministic (same hash, any step
// size, exact seek).
import { describe, expect, it } from 'vitest';
import { heapHistogram } from '../../../models/engine/diagnostics';
import { DEPLOY_STEPS } from '../../../models/engine/job/tasks';
import { BASELINE } from '../../../models/engine/state/jvmConstants';
import { jdkTraits } from '../../../models/engine/state/jdk';

/** Metaspace per class at the default JDK (17) of these scenarios. */
const PER_CLASS = jdkTraits(17).metaspaceBytesPerClass;
import { runScenario, type RunResult } from '../../../models/run/runScenario';
import { Simulation } from '../../../models/engine/simulation';
import type { TraceEvent } from '../../../models/engine/trace';
import { InvariantChecker } from '../../../models/invariants';
import type { Scenario } from '../../../models/scenario/types';
import {
  fault,
  firstDifference,
  FIXED_DELAY,
  HOUR,
  leakAt,
  MiB,
  MINUTE,
  operator,
  perRestartDirectLeakScenario,
  SampleRecorder,
  scenario,
} from '../../helpers/engine';

/** From a restart to open(): SCHEDULED → DEPLOYING → INITIALIZING. */
const TO_OPEN_MS = (DEPLOY_STEPS[0]?.[1] ?? 0) + (DEPLOY_STEPS[1]?.[1] ?? 0);
const DIRECT = 'Status.JVM.Memory.Direct.MemoryUsed';
const METASPACE = 'Status.JVM.Memory.Metaspace.Used';
const FLINK_DIRECT_OOM = 'java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred.';
const FLINK_METASPACE_OOM = 'java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred.';

/** A whole run with a sample of every process each `everyMs`, invariants checked after every step. */
function run(s: Scenario, everyMs = MINUTE): { result: RunResult; samples: SampleRecorder; problems: string[] } {
  const samples = new SampleRecorder(s.cluster.gc, (atMs) => atMs % everyMs === 0);
  const checker = new InvariantChecker();
  const problems: string[] = [];
  const result = runScenario(s, { sinks: [samples], afterStep: (sim) => problems.length < 10 && problems.push(...checker.check(sim)) });
  return { result, samples, problems };
}

const ofType = <T extends TraceEvent['type']>(events: readonly TraceEvent[], type: T) =>
  events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
const injected = (r: RunResult) =>
  ofType(r.events, 'fault.injected')
    .filter((e) => e.action === 'leak')
    .map((e) => e.message);

describe('per-restart: every open() of the operator from the injection on, in the same TaskManager JVM', () => {
  // 2g TaskManager with 256m task off-heap: -XX:MaxDirectMemorySize = 128m + 256m + network; room for five 64 MiB steps.
  const s = perRestartDirectLeakScenario();
  const { result, samples, problems } = run(s);
  const direct = (minute: number) => samples.at('taskmanager-1', minute * MINUTE, DIRECT);
  const start = direct(1);

  it('says what leaks, how much and where', () => {
    expect(injected(result)).toEqual([
      'Scenario event: leak on sink: 64 MiB of direct memory per restart (in every open() of its subtasks from now on), never freed.',
    ]);
    expect(problems).toEqual([]);
  });

  it('leaves the running subtask alone, then steps direct memory up by exactly 64 MiB per restart', () => {
    expect(start).toBe(5079 * 32 * 1024 + BASELINE.taskmanager.frameworkDirectBytes); // the network pool (5079 segments of 32 KiB) + the framework's buffers
    expect(direct(9)).toBe(start);
    for (let restart = 1; restart <= 5; restart++)
      expect(direct(10 * restart + 5), `after restart ${restart}`).toBe(start + restart * 64 * MiB);
  });

  it("ends in a direct OOM at the sixth open(), after one System.gc() and Bits.reserveMemory's retries, with Flink's and the JDK's texts", () => {
    const limit = 569_083_168; // -XX:MaxDirectMemorySize of this TaskManager
    expect(start + 5 * 64 * MiB).toBeLessThanOrEqual(limit);
    expect(start + 6 * 64 * MiB).toBeGreaterThan(limit);
    const oom = ofType(result.events, 'jvm.oom')[0];
    // The sixth open() asks at the restart + the deployment; its System.gc() runs then, and the error comes after the
    // GC's pause and the 511 ms of sleeps (java/nio/Bits.java, MAX_SLEEPS = 9: 1 + 2 + … + 256 ms).
    const requestedAtMs = 60 * MINUTE + 10_000 + TO_OPEN_MS;
    const gcs = ofType(result.events, 'gc').filter((e) => e.kind === 'full' && e.atMs <= (oom?.atMs ?? 0));
    expect(gcs.map((g) => `${g.atMs} ${g.gcCause}`)).toEqual([`${requestedAtMs} System.gc()`]);
    expect(oom?.atMs).toBe(requestedAtMs + (gcs[0]?.pauseMs ?? NaN) + 511);
    expect(oom).toMatchObject({ process: 'taskmanager-1', pool: 'direct', task: 'Sink: sink (1/1)' });
    expect(oom?.cause).toEqual({
      allocation: 'injected direct leak (per-restart) in Sink: sink (1/1) open()',
      requestedBytes: 64 * MiB,
      usedBytes: start + 5 * 64 * MiB,
      limitBytes: limit,
      limit: '-XX:MaxDirectMemorySize',
      requestedAtMs,
    });
    expect(oom?.message.startsWith(FLINK_DIRECT_OOM)).toBe(true);
    expect(oom?.jdkMessage).toBe(
      `java.lang.OutOfMemoryError: Cannot reserve 67108864 bytes of direct buffer memory (allocated: ${start + 5 * 64 * MiB}, limit: ${limit})`,
    );
  });

  it('shows in the native profile at the OOM: five maps, the sixth refused', () => {
    const top = result.diagnostics[0]?.nativeProfile[0];
    expect(top).toMatchObject({ site: 'injected direct leak (per-restart) → ByteBuffer.allocateDirect', bytes: 5 * 64 * MiB });
  });
});

describe('per-record: a flow on every record the operator processes', () => {
  // 1000 records/s × 1 KiB kept = 1024 bytes per ms of malloc memory on the sink's TaskManager (1g: a 1 GiB container either way).
  const on = (deployment: 'kubernetes' | 'yarn') =>
    run(
      scenario({
        durationMs: 30 * MINUTE,
        cluster: { deployment },
        operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000 }), operator({ id: 'sink', kind: 'sink' })],
        events: [leakAt(10 * MINUTE, { pool: 'native', shape: 'per-record', bytes: 1024 })],
      }),
    );

  it('grows native memory and RSS at exactly 1024 bytes per ms; the pod is OOMKilled in the millisecond RSS passes its limit', () => {
    const { result, samples, problems } = on('kubernetes');
    expect(injected(result)).toEqual([
      'Scenario event: leak on sink: 1 KiB of native (malloc) memory per record it processes, never freed.',
    ]);
    expect(problems).toEqual([]);
    const at = (minute: number, metric: string) => samples.at('taskmanager-1', minute * MINUTE, metric);
    expect(at(10, 'nativeBytes')).toBe(0);
    // Heap pages become resident as eden fills: RSS also rises by the TaskManager's baseline allocation (64 bytes per ms),
    // as eden has not filled once by the kill (its first young GC would come after ~24 min).
    const perMs = 1024 + BASELINE.taskmanager.garbageBytesPerMs;
    for (const minute of [11, 12, 13]) {
      expect(at(minute, 'nativeBytes')).toBe((minute - 10) * 60_000 * 1024);
      expect(at(minute, 'rssBytes') - at(minute - 1, 'rssBytes')).toBe(60_000 * perMs);
    }
    const limit = 1024 * MiB;
    const crossing = 10 * MINUTE + Math.floor((limit - at(10, 'rssBytes')) / perMs) + 1;
    const kill = ofType(result.events, 'container.killed')[0];
    expect(kill).toMatchObject({ atMs: crossing, reason: 'k8s-oomkilled', exitCode: 137, limitBytes: limit });
    // RSS at 10 min: 306_504_673 B — 48 MiB of old live data + 38.4 MB of eden touched at 64 B/ms, 72 MiB of direct
    // buffers, metaspace of 12,000 loaded framework classes at 3268 B and 2000 initialised job classes at 5899 B
    // (measured on JDK 17), 64 threads at 98 KiB, the JVM's own areas; 767_237_151 B to the limit at 1088 B/ms.
    expect(crossing).toBe(1_305_182);
    // The cgroup refuses the charge that would pass the limit and kills: its usage stays at the limit.
    expect(kill?.rssBytes).toBe(limit);
    expect(ofType(result.events, 'jvm.oom')).toEqual([]); // no Java error: the JVM does not limit malloc
    expect(result.diagnostics[0]?.nativeProfile[0]).toMatchObject({
      site: 'injected native leak (per-record)',
      bytes: (crossing - 10 * MINUTE) * 1024,
    });
  });

  it('on YARN the NodeManager kills at its next 3 s monitoring round after the crossing (exit 143)', () => {
    const kill = ofType(on('yarn').result.events, 'container.killed')[0];
    expect(kill).toMatchObject({ atMs: Math.ceil(1_305_182 / 3000) * 3000, reason: 'yarn-pmem', exitCode: 143 });
  });
});

describe('ramp: bytes over `for`, linearly, on whichever JVM of the process is alive', () => {
  const ramp = (bytes: number, durationMs: number) =>
    scenario({
      durationMs,
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000, heapBytesPerRecord: 1000 })],
      events: [leakAt(10 * MINUTE, { pool: 'heap', shape: 'ramp', bytes }, { target: 'taskmanager-1', forMs: HOUR })],
    });
  const leakedAt = (s: Scenario, t: number) => {
    const sim = new Simulation(s);
    sim.advanceTo(t);
    return {
      bytes: heapHistogram(sim, 1).find((e) => e.className === 'injected heap leak (ramp)')?.bytes ?? 0,
      instance: sim.state.jvms[1]?.instance,
    };
  };

  // 512 MiB over 1h = 149 bytes/ms (536870912 / 3600000 rounded once) into a 154 MiB heap (-Xmx of a 1g TaskManager).
  const big = ramp(512 * MiB, 2 * HOUR);

  it('retains 149 bytes per ms of heap, linearly, shown in the heap histogram', () => {
    for (const minute of [11, 15, 19]) expect(leakedAt(big, minute * MINUTE)).toEqual({ bytes: 149 * (minute - 10) * MINUTE, instance: 1 });
  });

  it('fills the old generation until full GCs cannot make room: java.lang.OutOfMemoryError: Java heap space', () => {
    const { result, problems } = run(big);
    expect(injected(result)[0]).toBe('Scenario event: leak on taskmanager-1: 512 MiB of heap over 1h (149 bytes/ms), never freed.');
    expect(problems).toEqual([]);
    const oom = ofType(result.events, 'jvm.oom')[0];
    // G1 thrashes before it gives up (full GCs at 21m55s, 22m12s, 22m15s, 22m16s, each freeing less), and fails when a
    // full GC leaves no region for eden: 22m16.922s, with the ramp's 109.8 MB in old.
    const oomAtMs = 1_336_922;
    expect(oom).toMatchObject({
      atMs: oomAtMs,
      process: 'taskmanager-1',
      pool: 'heap',
      message: 'java.lang.OutOfMemoryError: Java heap space',
    });
    const fulls = ofType(result.events, 'gc').filter((g) => g.atMs === oom?.atMs && g.kind === 'full');
    expect(fulls.map((g) => g.gcCause)).toEqual(['G1 Compaction Pause', 'G1 Compaction Pause']);
    expect(result.diagnostics[0]?.heapHistogram[0]).toEqual({
      className: 'injected heap leak (ramp)',
      instances: 0,
      bytes: 149 * (oomAtMs - 10 * MINUTE),
    });
  });

  it('a restarted JVM starts from zero and leaks again, until the ramp ends; then nothing more leaks', () => {
    const { result } = run(big);
    const starts = ofType(result.events, 'process.started').filter((e) => e.process === 'taskmanager-1' && e.instance > 1);
    const second = starts[0]?.atMs ?? NaN;
    expect(leakedAt(big, 30 * MINUTE)).toEqual({ bytes: 149 * (30 * MINUTE - second), instance: 2 });
    const last = starts.filter((e) => e.atMs < 70 * MINUTE).at(-1);
    const lastShare = 149 * (70 * MINUTE - (last?.atMs ?? NaN));
    expect(leakedAt(big, 70 * MINUTE).bytes).toBe(lastShare);
    expect(leakedAt(big, 2 * HOUR)).toEqual({ bytes: lastShare, instance: last?.instance });
  });

  it('a small ramp (64 MiB over 1h: 19 bytes/ms) leaks 68 400 000 bytes in all, and no OOM follows', () => {
    const small = ramp(64 * MiB, 2 * HOUR);
    expect(leakedAt(small, 70 * MINUTE).bytes).toBe(19 * HOUR);
    expect(leakedAt(small, 2 * HOUR).bytes).toBe(19 * HOUR);
    expect(ofType(run(small).result.events, 'jvm.oom')).toEqual([]);
  });

  it('a direct ramp names itself as the allocation that met -XX:MaxDirectMemorySize', () => {
    const s = scenario({
      durationMs: HOUR,
      config: FIXED_DELAY,
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000 })],
      events: [leakAt(10 * MINUTE, { pool: 'direct', shape: 'ramp', bytes: 256 * MiB }, { forMs: HOUR })],
    });
    const { events } = runScenario(s);
    const oom = ofType(events, 'jvm.oom')[0];
    // 75 bytes/ms into the 120 MiB left under the 192 MiB limit of a 1g TaskManager: the ramp's allocation that crosses
    // it runs one System.gc(), then its thread sleeps in Bits.reserveMemory's retries (the GC's pause + 511 ms), the
    // ramp allocating nothing meanwhile, and the error follows.
    const requestedAtMs = 10 * MINUTE + Math.floor(((192 - 72) * MiB) / 75) + 1;
    const fulls = ofType(events, 'gc').filter((g) => g.process === 'taskmanager-1' && g.kind === 'full' && g.atMs <= (oom?.atMs ?? 0));
    expect(fulls.map((g) => `${g.atMs} ${g.gcCause}`)).toEqual([`${requestedAtMs} System.gc()`]);
    expect(oom).toMatchObject({
      atMs: requestedAtMs + (fulls[0]?.pauseMs ?? NaN) + 511,
      pool: 'direct',
      cause: { allocation: 'injected direct leak (ramp)', requestedAtMs },
    });
  });
});

describe('burst: one allocation on each target process at every firing', () => {
  it('metaspace every 20 min: steps of 64 MiB and 11376 classes (initialised, 5899 B each), the G1 Metadata GC Threshold pauses, then OutOfMemoryError: Metaspace', () => {
    const s = scenario({
      durationMs: 100 * MINUTE,
      cluster: { taskManagers: 2 },
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000 })],
      events: [
        leakAt(10 * MINUTE, { pool: 'metaspace', shape: 'burst', bytes: 64 * MiB }, { target: 'taskmanager-2', everyMs: 20 * MINUTE }),
      ],
    });
    const { result, samples, problems } = run(s, 10 * MINUTE);
    expect(problems).toEqual([]);
    expect(injected(result)[0]).toBe('Scenario event: leak on taskmanager-2: 64 MiB of metaspace (11376 classes) at once, never freed.');
    expect(11376).toBe(Math.floor((64 * MiB) / PER_CLASS.initialised));
    const base = BASELINE.taskmanager.classes * PER_CLASS.loaded; // taskmanager-2 runs no task: no job classes
    const at = (minute: number, metric: string) => samples.at('taskmanager-2', minute * MINUTE, metric);
    for (const [minute, steps] of [
      [0, 0],
      [10, 1],
      [20, 1],
      [30, 2],
      [50, 3],
      [60, 3],
    ] as const) {
      expect(at(minute, METASPACE), `${minute} min`).toBe(base + steps * 64 * MiB);
      expect(at(minute, 'Status.JVM.ClassLoader.ClassesLoaded')).toBe(BASELINE.taskmanager.classes + steps * 11376);
    }
    const thresholds = ofType(result.events, 'gc').filter((g) => g.process === 'taskmanager-2' && g.gcCause === 'Metadata GC Threshold');
    // G1: a young Concurrent Start pause at a crossing (10, 50 min; its Remark raises the threshold to used / 0.6, so
    // 30 min crosses nothing); at the limit (70) the same pause, then the full GC, then one clearing soft references.
    expect(thresholds.map((g) => `${g.atMs / MINUTE} ${g.kind}`)).toEqual(['10 young', '50 young', '70 young', '70 full', '90 young']);
    expect(
      ofType(result.events, 'gc')
        .filter((g) => g.gcCause === 'Metadata GC Clear Soft References')
        .map((g) => g.atMs / MINUTE),
    ).toEqual([70]);
    const oom = ofType(result.events, 'jvm.oom')[0];
    expect(oom).toMatchObject({
      atMs: 70 * MINUTE,
      process: 'taskmanager-2',
      pool: 'metaspace',
      jdkMessage: 'java.lang.OutOfMemoryError: Metaspace',
    });
    expect(oom?.cause).toMatchObject({ requestedBytes: 64 * MiB, usedBytes: base + 3 * 64 * MiB, limitBytes: 256 * MiB });
    expect(oom?.message.startsWith(FLINK_METASPACE_OOM)).toBe(true);
    // classloader.fail-on-metaspace-oom-error hands it to TaskManagerRunner#onFatalError: FAILURE_EXIT_CODE 1 from 1.13.
    expect(ofType(result.events, 'process.exited')).toMatchObject([{ atMs: 70 * MINUTE, process: 'taskmanager-2', exitCode: 1 }]);
    expect(result.diagnostics[0]?.metaspace[0]).toEqual({ holder: 'injected metaspace leak (burst)', bytes: 3 * 64 * MiB });
    // The replacement JVM (back after the 30 s restart delay) starts clean; the next burst lands on it.
    expect(at(80, METASPACE)).toBe(base);
    expect(at(90, METASPACE)).toBe(base + 64 * MiB);
  });

  it('direct: a task of the process takes the OOM and fails (the TaskManager lives); with no task there, the fatal error handler stops it', () => {
    const s = scenario({
      durationMs: 20 * MINUTE,
      cluster: { taskManagers: 2 },
      config: FIXED_DELAY,
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000 })],
      events: [leakAt(10 * MINUTE, { pool: 'direct', shape: 'burst', bytes: 128 * MiB })],
    });
    const { result } = run(s);
    expect(injected(result)).toEqual(['Scenario event: leak on all TaskManagers: 128 MiB of direct memory at once, never freed.']);
    // Each TaskManager runs its System.gc() at the burst; the errors come after its pause and the 511 ms of retries.
    const gcs = ofType(result.events, 'gc').filter((g) => g.kind === 'full');
    expect(gcs.map((g) => `${g.atMs} ${g.process} ${g.gcCause}`)).toEqual([
      `${10 * MINUTE} taskmanager-1 System.gc()`,
      `${10 * MINUTE} taskmanager-2 System.gc()`,
    ]);
    const errorAtMs = 10 * MINUTE + (gcs[0]?.pauseMs ?? NaN) + 511;
    // 72 MiB in use + 128 MiB > the 192 MiB limit of a 1g TaskManager, even after the System.gc().
    expect(ofType(result.events, 'jvm.oom').map((e) => `${e.process} ${e.pool} ${e.cause.allocation} ${e.cause.requestedBytes}`)).toEqual([
      `taskmanager-1 direct injected direct leak (burst) ${128 * MiB}`,
      `taskmanager-2 direct injected direct leak (burst) ${128 * MiB}`,
    ]);
    const failed = ofType(result.events, 'task.state').filter((e) => e.to === 'FAILED');
    expect(failed.map((e) => `${e.atMs} ${e.task} ${e.process}`)).toEqual([`${errorAtMs} Source: src (1/1) taskmanager-1`]);
    // An uncaught error in a Flink thread: FatalExitExceptionHandler exits with -17, i.e. 239.
    expect(ofType(result.events, 'process.exited').map((e) => `${e.atMs} ${e.process} ${e.exitCode}`)).toEqual([
      `${errorAtMs} taskmanager-2 239`,
    ]);
  });

  it('unsafe: no JVM limit, RSS jumps at once and the pod is OOMKilled in that millisecond, no Java error', () => {
    const s = scenario({
      durationMs: 20 * MINUTE,
      cluster: { deployment: 'kubernetes' },
      operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 1000 })],
      events: [leakAt(10 * MINUTE, { pool: 'unsafe', shape: 'burst', bytes: 1024 * MiB }, { target: 'random' })],
    });
    const { result } = run(s);
    expect(injected(result)).toEqual(['Scenario event: leak on taskmanager-1: 1 GiB of Unsafe memory at once, never freed.']);
    expect(ofType(result.events, 'container.killed')).toMatchObject([{ atMs: 10 * MINUTE, reason: 'k8s-oomkilled', exitCode: 137 }]);
    expect(ofType(result.events, 'jvm.oom')).toEqual([]);
    expect(result.diagnostics[0]?.nativeProfile[0]).toMatchObject({ site: 'injected unsafe leak (burst)', bytes: 1024 * MiB });
  });
});

describe('determinism with injected leaks', () => {
  // Every shape at once on two TaskManagers: a per-restart direct staircase, a per-record heap flow, a native ramp on all, a random unsafe
  // burst every 20 min.
  const mixed = scenario({
    durationMs: 2 * HOUR,
    cluster: { taskManagers: 2, deployment: 'kubernetes' },
    config: { 'taskmanager.numberOfTaskSlots': '2', ...FIXED_DELAY },
    operators: [
      operator({ id: 'src', kind: 'source', parallelism: 2, recordsPerSecond: 2000, noise: 0.1, heapBytesPerRecord: 300 }),
      operator({ id: 'sink', kind: 'sink', parallelism: 2 }),
    ],
    events: [
      leakAt(5 * MINUTE, { pool: 'direct', shape: 'per-restart', bytes: 24 * MiB }),
      leakAt(7 * MINUTE + 333, { pool: 'heap', shape: 'per-record', bytes: 40 }, { target: 'src' }),
      leakAt(9 * MINUTE, { pool: 'native', shape: 'ramp', bytes: 400 * MiB }, { forMs: 40 * MINUTE }),
      leakAt(11 * MINUTE + 17, { pool: 'unsafe', shape: 'burst', bytes: 200 * MiB }, { target: 'random', everyMs: 20 * MINUTE }),
      fault({ atMs: 15 * MINUTE, everyMs: 15 * MINUTE, action: 'fail-task', target: 'random' }),
    ],
  });

  it('the mixed scenario fails in the ways it should (so the comparisons below compare something)', () => {
    const { result, problems } = run(mixed);
    expect(problems).toEqual([]);
    // The repeating burst (every 20 min) and fail-task (every 15 min) fire until the job is FAILED, then stop.
    const failedAt = ofType(result.events, 'job.status').find((e) => e.to === 'FAILED')?.atMs ?? Infinity;
    const bursts = [0, 1, 2, 3, 4, 5].filter((k) => 11 * MINUTE + 17 + k * 20 * MINUTE < failedAt).length;
    const failTasks = [1, 2, 3, 4, 5, 6, 7].filter((k) => k * 15 * MINUTE < failedAt).length;
    expect(failedAt).toBeLessThan(2 * HOUR);
    expect(bursts).toBeLessThan(6);
    expect(injected(result).length).toBe(3 + bursts);
    expect(ofType(result.events, 'fault.injected').filter((e) => e.action === 'fail-task')).toHaveLength(failTasks);
    expect(result.summary.job.restarts).toBeGreaterThan(3);
    expect(ofType(result.events, 'container.killed').length + ofType(result.events, 'jvm.oom').length).toBeGreaterThan(0);
  });

  it('same scenario and seed: the same hash and events; another seed: another hash', () => {
    const [a, b] = [runScenario(mixed), runScenario(mixed)] as const;
    expect(b.traceHash).toBe(a.traceHash);
    expect(firstDifference(a.events, b.events)).toBeUndefined();
    expect(runScenario(mixed, { seed: 'other' }).traceHash).not.toBe(a.traceHash);
  });

  it('steps of 100 ms, 1 s and 10 s give the same events and hash', () => {
    const [fine, base, coarse] = [100, 1000, 10_000].map((stepMs) => runScenario(mixed, { stepMs })) as [RunResult, RunResult, RunResult];
    expect(firstDifference(fine.events, base.events), '100 ms vs 1 s').toBeUndefined();
    expect(firstDifference(coarse.events, base.events), '10 s vs 1 s').toBeUndefined();
    expect(fine.traceHash).toBe(base.traceHash);
    expect(coarse.traceHash).toBe(base.traceHash);
  });

  it('seek to a time after the injections (back from later, forward from earlier) equals a straight run', () => {
    const straight = (t: number) => {
      const sim = new Simulation(mixed);
      sim.advanceTo(t);
      return { state: JSON.stringify(sim.state), hash: sim.traceHash(), events: [...sim.events] };
    };
    for (const [from, t] of [
      [100 * MINUTE, 47 * MINUTE + 123],
      [4 * MINUTE, 33 * MINUTE + 1],
    ] as const) {
      const sim = new Simulation(mixed);
      sim.advanceTo(from);
      sim.seek(t);
      const expected = straight(t);
      expect(firstDifference(sim.events, expected.events)).toBeUndefined();
      expect(sim.traceHash()).toBe(expected.hash);
      expect(JSON.stringify(sim.state) === expected.state, `state at ${t} ms`).toBe(true);
    }
  });
});
