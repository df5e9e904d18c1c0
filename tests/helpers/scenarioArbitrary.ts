/**
 * fast-check arbitraries of small but nasty scenarios, built as `Scenario` objects within the
 * limits the scenario schema enforces: 1–3 TaskManagers, 1–4 operators (a source first),
 * parallelism up to slots × TaskManagers, leaks of every kind/trigger/release, every fault (injected
 * leaks of every shape included), every deployment and collector, and restart strategies that keep the job restarting or give up.
 */
import fc from 'fast-check';
import type {
  Deployment,
  FaultAction,
  GarbageCollector,
  LeakKind,
  LeakRelease,
  LeakShape,
  LeakSpec,
  LeakTrigger,
  OperatorKind,
  OperatorSpec,
  Scenario,
  ScheduledEvent,
} from '../../models/scenario/types';
import { fault, leak, MiB, MINUTE, operator } from './engine';

const KINDS: readonly LeakKind[] = ['heap', 'direct', 'unsafe', 'native', 'metaspace'];
const TRIGGERS: readonly LeakTrigger[] = ['open', 'record', 'exception', 'call'];
const RELEASES: readonly LeakRelease[] = ['close', 'gc', 'never'];
const LATER_KINDS: readonly OperatorKind[] = ['map', 'flatMap', 'window', 'asyncIO', 'sink'];
const ACTIONS: readonly FaultAction[] = ['kill-container', 'fail-task', 'slow-sink', 'spike', 'exception-storm', 'force-gc', 'leak'];
/** The wide profile adds the actions that restart or crash processes and stall the watermark. */
const WIDE_ACTIONS: readonly FaultAction[] = [...ACTIONS, 'kill-container', 'fail-task', 'crash-process', 'idle-partition', 'leak'];
const SHAPES: readonly LeakShape[] = ['per-restart', 'per-record', 'ramp', 'burst'];
const DEPLOYMENTS: readonly Deployment[] = ['standalone', 'yarn', 'kubernetes'];
const COLLECTORS: readonly GarbageCollector[] = ['G1', 'Parallel', 'Serial'];
const PROCESS_SIZES = ['1g', '1728m', '2g', '4g'] as const;
const PROCESS_BYTES: Record<(typeof PROCESS_SIZES)[number], number> = {
  '1g': 1024 * MiB,
  '1728m': 1728 * MiB,
  '2g': 2048 * MiB,
  '4g': 4096 * MiB,
};

/** Bytes per occurrence that make each trigger matter within an hour without exploding. */
function leakArbitrary(): fc.Arbitrary<LeakSpec> {
  return fc
    .record({
      kind: fc.constantFrom(...KINDS),
      at: fc.constantFrom(...TRIGGERS),
      release: fc.constantFrom(...RELEASES),
      scale: fc.integer({ min: 1, max: 1000 }),
      classes: fc.integer({ min: 0, max: 3000 }),
      threads: fc.constantFrom(0, 0, 0, 1, 2),
    })
    .map(({ kind, at, release, scale, classes, threads }) => {
      const unit = at === 'open' ? 64 * 1024 : at === 'exception' ? 64 : 2;
      const bytes = kind === 'metaspace' && classes > 0 ? 0 : scale * unit;
      return leak({
        kind,
        at,
        release,
        bytes,
        classes: kind === 'metaspace' ? classes : 0,
        threads: at === 'record' ? 0 : threads,
        site: `${kind} ${at} ${release}`,
      });
    });
}

function windowArbitrary(): fc.Arbitrary<OperatorSpec['eventTimeWindow']> {
  return fc.option(
    fc.record({
      sizeMs: fc.constantFrom(10_000, MINUTE, 5 * MINUTE),
      allowedLatenessMs: fc.constantFrom(0, 30_000),
      outOfOrdernessMs: fc.constantFrom(0, 5000, 60_000),
      bytesPerRecord: fc.constantFrom(64, 512, 4096),
    }),
    { nil: undefined },
  );
}

function operatorsArbitrary(maxParallelism: number, wide: boolean): fc.Arbitrary<OperatorSpec[]> {
  const later = fc.record({
    kind: fc.constantFrom(...LATER_KINDS),
    parallelism: fc.integer({ min: 1, max: maxParallelism }),
    selectivity: fc.constantFrom(0.5, 1, 1, 2),
    heapBytesPerRecord: fc.integer({ min: 0, max: 4096 }),
    stateBytes: fc.constantFrom(0, 0, 4 * MiB, 32 * MiB),
    costPerRecordUs: fc.constantFrom(0, 10, 50, 200),
    exceptionsPerRecord: fc.constantFrom(0, 0, 0.001, 0.01),
    leaks: fc.array(leakArbitrary(), { maxLength: wide ? 3 : 2 }),
    eventTimeWindow: wide ? windowArbitrary() : fc.constant(undefined),
  });
  const source = fc.record({
    parallelism: fc.integer({ min: 1, max: maxParallelism }),
    recordsPerSecond: fc.constantFrom(0, 500, 5000, 20000),
    noise: fc.constantFrom(0, 0.05, 0.2),
    profile: fc.constantFrom({ kind: 'constant' as const }, { kind: 'diurnal' as const, peakHour: 14, troughFraction: 0.3 }),
    heapBytesPerRecord: fc.integer({ min: 0, max: 4096 }),
    leaks: fc.array(leakArbitrary(), { maxLength: 2 }),
  });
  return fc.tuple(source, fc.array(later, { maxLength: wide ? 4 : 3 })).map(([src, rest]) => [
    operator({ id: 'src', kind: 'source', ...src }),
    // Window state belongs to window operators only (the schema's rule).
    ...rest.map((op, i) => operator({ id: `op${i + 1}`, ...op, eventTimeWindow: op.kind === 'window' ? op.eventTimeWindow : undefined })),
  ]);
}

/**
 * When a fault fires: anywhere in the run, or on the instants where deployments happen (job start at 1 s, tasks
 * deploying 10 ms later, opening at 210 ms, running at 1010 ms; TaskManagers registering) so faults meet deploys.
 */
function atArbitrary(durationMs: number): fc.Arbitrary<number> {
  const deployInstants = [0, 1000, 1010, 1210, 2010, 3000, 3010, 3210, 4010].filter((t) => t <= durationMs);
  return fc.oneof(fc.integer({ min: 0, max: durationMs }), fc.constantFrom(...deployInstants));
}

function targetArbitrary(action: FaultAction, operatorIds: readonly string[], taskManagers: number): fc.Arbitrary<string> {
  const tms = Array.from({ length: taskManagers }, (_, i) => `taskmanager-${i + 1}`);
  switch (action) {
    case 'kill-container':
      return fc.constantFrom('random', 'all', 'jobmanager', ...tms);
    case 'fail-task':
      return fc.constantFrom('random', 'all', ...operatorIds);
    case 'slow-sink':
      return fc.constantFrom(...operatorIds);
    case 'force-gc':
    case 'crash-process':
      return fc.constantFrom('all', 'random', 'jobmanager', ...tms);
    default:
      return fc.constant('all');
  }
}

/**
 * A `leak` event as the schema allows it: an operator target for per-restart and per-record, processes for ramp and
 * burst; no metaspace flows; `every` only on ramps and bursts; a ramp of at least 1 byte per ms.
 */
function leakEventArbitrary(durationMs: number, operatorIds: readonly string[], taskManagers: number): fc.Arbitrary<ScheduledEvent> {
  const tms = Array.from({ length: taskManagers }, (_, i) => `taskmanager-${i + 1}`);
  return fc.constantFrom(...SHAPES).chain((shape) => {
    const flow = shape === 'per-record' || shape === 'ramp';
    return fc
      .record({
        atMs: atArbitrary(durationMs),
        everyMs: fc.option(
          fc.integer({ min: 1, max: 15 }).map((m) => m * MINUTE),
          { nil: undefined },
        ),
        pool: fc.constantFrom(...KINDS.filter((k) => !flow || k !== 'metaspace')),
        scale: fc.integer({ min: 1, max: 1000 }),
        forMs: fc.integer({ min: 1, max: 30 }).map((m) => m * MINUTE),
        target:
          shape === 'per-restart' || shape === 'per-record'
            ? fc.constantFrom(...operatorIds)
            : fc.constantFrom('all', 'random', 'jobmanager', ...tms),
      })
      .map(({ atMs, everyMs, pool, scale, forMs, target }) => {
        const bytes = shape === 'per-record' ? scale * 2 : shape === 'ramp' ? Math.max(forMs, scale * 512 * 1024) : scale * 256 * 1024;
        const repeats = shape === 'ramp' || shape === 'burst';
        return fault({
          atMs,
          everyMs: repeats ? everyMs : undefined,
          action: 'leak',
          target,
          forMs: shape === 'ramp' ? forMs : 0,
          leak: { pool, shape, bytes },
        });
      });
  });
}

function faultArbitrary(
  durationMs: number,
  operatorIds: readonly string[],
  taskManagers: number,
  wide: boolean,
): fc.Arbitrary<ScheduledEvent> {
  return fc
    .constantFrom(...(wide ? WIDE_ACTIONS : ACTIONS))
    .chain((action) =>
      action === 'leak'
        ? leakEventArbitrary(durationMs, operatorIds, taskManagers)
        : nudgeArbitrary(action, durationMs, operatorIds, taskManagers),
    );
}

function nudgeArbitrary(
  action: FaultAction,
  durationMs: number,
  operatorIds: readonly string[],
  taskManagers: number,
): fc.Arbitrary<ScheduledEvent> {
  return fc
    .record({
      atMs: atArbitrary(durationMs),
      everyMs: fc.option(
        fc.integer({ min: 1, max: 15 }).map((m) => m * MINUTE),
        { nil: undefined },
      ),
      target: targetArbitrary(action, operatorIds, taskManagers),
      factor: fc.constantFrom(1.5, 3, 20),
      forMs: fc.integer({ min: 1, max: 10 * 60 }).map((s) => s * 1000),
      rate: fc.constantFrom(1, 100, 1000),
    })
    .map(({ atMs, everyMs, target, factor, forMs, rate }) => {
      const timed = action === 'spike' || action === 'slow-sink' || action === 'exception-storm' || action === 'idle-partition';
      return fault({
        atMs,
        everyMs,
        action,
        target,
        factor: action === 'spike' || action === 'slow-sink' ? factor : 1,
        forMs: timed ? forMs : 0,
        rate: action === 'exception-storm' ? rate : 0,
      });
    });
}

const RESTART_STRATEGIES: ReadonlyArray<Record<string, string>> = [
  {},
  { 'execution.checkpointing.interval': '1 min' },
  { 'restart-strategy.type': 'none' },
  { 'restart-strategy.type': 'fixed-delay', 'restart-strategy.fixed-delay.attempts': '50', 'restart-strategy.fixed-delay.delay': '5 s' },
  {
    'restart-strategy.type': 'failure-rate',
    'restart-strategy.failure-rate.max-failures-per-interval': '3',
    'restart-strategy.failure-rate.failure-rate-interval': '5 min',
  },
  { 'restart-strategy.type': 'exponential-delay' },
];

export interface ArbitraryOptions {
  readonly minDurationMs?: number;
  readonly maxDurationMs?: number;
  /**
   * The fuzzing profile: up to 8 TaskManagers, 1 s samples, a restart delay of 0, RocksDB and window state, up to
   * 8 faults (process crashes and idle partitions too) often at the instants of deployments.
   */
  readonly wide?: boolean;
}

/** A whole scenario: cluster, configuration, job, faults. */
export function scenarioArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  const wide = options.wide === true;
  const cluster = fc.record({
    taskManagers: fc.integer({ min: 1, max: wide ? 8 : 3 }),
    slots: fc.integer({ min: 1, max: 4 }),
    deployment: fc.constantFrom(...DEPLOYMENTS),
    gc: fc.constantFrom(...COLLECTORS),
    jdk: fc.constantFrom(8 as const, 11 as const, 17 as const, 21 as const),
    processSize: fc.constantFrom(...PROCESS_SIZES),
    limitFactor: fc.option(fc.constantFrom(0.6, 0.8, 1, 1.25), { nil: undefined }),
    restartDelayMs: wide ? fc.constantFrom(0, 1000, 5000, 30_000) : fc.constantFrom(5000, 30_000, 120_000),
    yarnCheckIntervalMs: fc.constantFrom(1000, 3000, 10_000),
    version: fc.constantFrom('1.16', '1.18', '1.19', '1.20', '2.0'),
    restart: fc.constantFrom(...RESTART_STRATEGIES),
    backend: wide ? fc.constantFrom(undefined, undefined, 'rocksdb') : fc.constant(undefined),
    exitOnOom: fc.boolean(),
    taskOffHeap: fc.constantFrom(undefined, '64m', '256m'),
    durationMs: fc
      .integer({ min: (options.minDurationMs ?? 10 * MINUTE) / MINUTE, max: (options.maxDurationMs ?? 60 * MINUTE) / MINUTE })
      .map((m) => m * MINUTE),
    seed: fc.integer({ min: 0, max: 1_000_000 }).map(String),
    sampleIntervalMs: wide ? fc.constantFrom(1000, 1000, 5000, 10_000) : fc.constantFrom(1000, 1000, 5000),
  });
  return cluster.chain((c) =>
    operatorsArbitrary(c.slots * c.taskManagers, wide).chain((operators) =>
      fc
        .array(
          faultArbitrary(
            c.durationMs,
            operators.map((o) => o.id),
            c.taskManagers,
            wide,
          ),
          { maxLength: wide ? 8 : 4 },
        )
        .map((events): Scenario => {
          const config: Record<string, string> = {
            'taskmanager.memory.process.size': c.processSize,
            'taskmanager.numberOfTaskSlots': String(c.slots),
            ...c.restart,
            ...(c.exitOnOom ? { 'taskmanager.jvm-exit-on-oom': 'true' } : {}),
            ...(c.backend ? { 'state.backend.type': c.backend } : {}),
            // Task off-heap memory comes out of the Flink memory: only the larger TaskManagers have room for it.
            ...(c.taskOffHeap && PROCESS_BYTES[c.processSize] >= 2048 * MiB
              ? { 'taskmanager.memory.task.off-heap.size': c.taskOffHeap }
              : {}),
          };
          return {
            id: 'generated',
            title: 'generated scenario',
            seed: c.seed,
            durationMs: c.durationMs,
            sampleIntervalMs: c.sampleIntervalMs,
            flink: { version: c.version, config },
            cluster: {
              deployment: c.deployment,
              taskManagers: c.taskManagers,
              taskManagerContainerLimitBytes:
                c.limitFactor === undefined ? undefined : Math.round(PROCESS_BYTES[c.processSize] * c.limitFactor),
              jobManagerContainerLimitBytes: undefined,
              restartDelayMs: c.restartDelayMs,
              gc: c.gc,
              jdk: c.jdk,
              yarnCheckIntervalMs: c.yarnCheckIntervalMs,
            },
            job: { name: 'generated-job', operators },
            events,
            narration: [],
            annotations: [],
            expect: [],
            watch: [],
          };
        }),
    ),
  );
}
