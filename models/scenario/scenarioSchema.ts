/**
 * The YAML form of a scenario (scenarios/*.yaml; scenario.schema.json is emitted from it) as a zod schema that
 * validates it and transforms it into exactly the engine's `Scenario` (minus `id`, which is the file name):
 * sizes become bytes, durations milliseconds, defaults are filled in, Flink config is flattened.
 * Each field is documented once, here, with `.describe()`: meaning, unit, default. The same text
 * ends up in the JSON Schema editors use (`scenarioJsonSchema.ts`).
 */
import { z } from 'zod';
import { readKubernetesInput } from '../config/kubernetes/manifests';
import {
  DEFAULT_OPERATOR_VERSION,
  type OperatorVersion,
  OperatorVersionError,
  parseOperatorVersion,
} from '../config/kubernetes/operatorVersions';
import { DEFAULT_VERSION, parseFlinkVersion, UnsupportedVersionError } from '../config/flinkVersion';
import { crossCheckScenario } from './crossChecks';
import { durationField, flinkConfigField, sizeField } from './fields';
import { describeValue, didYouMean } from './messages';
import { watchField } from './watchNames';
import { formatDuration } from '../units/duration';
import type {
  Expectation,
  FaultAction,
  LeakInjection,
  LeakKind,
  LeakShape,
  LeakSpec,
  OperatorSpec,
  Scenario,
  ScheduledEvent,
  TrafficProfile,
} from './types';
import {
  ALLOCATORS,
  DEFAULT_LEAK_SITES,
  DEPLOYMENTS,
  FAULT_ACTIONS,
  GARBAGE_COLLECTORS,
  JDK_VERSIONS,
  LEAK_KINDS,
  LEAK_RELEASES,
  CLASS_USES,
  LEAK_SHAPES,
  LEAK_TRIGGERS,
  OPERATOR_KINDS,
  rampBytesPerMs,
  STATE_ACCESSES,
} from './vocabulary';

export * from './vocabulary';

/** Everything in `Scenario` that the file defines (the id comes from the file name). */
type ScenarioFields = Omit<Scenario, 'id'>;

const SIZE = 'A Flink memory size ("512k", "64m", "4g", units b/k/m/g/t, binary) or a number of bytes.';
const DURATION = 'A duration ("500ms", "30s", "15m", "6h", "7d") or a number of milliseconds.';

const flinkVersion = z
  .string()
  .superRefine((text, ctx) => {
    try {
      parseFlinkVersion(text);
    } catch (error) {
      if (!(error instanceof UnsupportedVersionError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message, input: text });
    }
  })
  .default(DEFAULT_VERSION)
  .describe(
    `Flink release whose memory model applies, as "MAJOR.MINOR[.PATCH]" text (quote it: 1.20 unquoted is the number 1.2). Default "${DEFAULT_VERSION}".`,
  );

const flink = z
  .strictObject({
    version: flinkVersion,
    config: flinkConfigField()
      .prefault({})
      .describe(
        'Flink configuration, as in flink-conf.yaml or config.yaml: flat dotted keys (taskmanager.memory.process.size: 4g), nested maps, or both; flattened to dotted keys, values kept as the text typed. Default: none (Flink defaults).',
      ),
    flinkDeployment: z
      .string()
      .optional()
      .describe(
        'A Flink Kubernetes Operator FlinkDeployment (or Helm values holding one) pasted as a YAML block (flinkDeployment: |): its flinkConfiguration and resource.memory are read as the operator release flink.operatorVersion maps them (models/config/kubernetes); keys in flink.config win. Its flinkVersion and pod limits are not applied: set flink.version and cluster.containerLimit.',
      ),
    operatorVersion: z
      .string()
      .optional()
      .superRefine((text, ctx) => {
        if (text === undefined) return;
        try {
          parseOperatorVersion(text);
        } catch (error) {
          if (!(error instanceof OperatorVersionError)) throw error;
          ctx.addIssue({ code: 'custom', message: error.message, input: text });
        }
      })
      .describe(
        `The Flink Kubernetes Operator release whose FlinkDeployment mapping reads flink.flinkDeployment ("1.13", "1.13.0" or "main"; quote it). Unset: the newest release, ${DEFAULT_OPERATOR_VERSION}.`,
      ),
  })
  .transform(({ flinkDeployment, operatorVersion, ...f }, ctx) =>
    flinkDeployment === undefined ? f : withDeployment(f, flinkDeployment, operatorVersion, ctx),
  )
  .prefault({})
  .describe('The Flink release and its configuration. Default: Flink 2.0 with no options set.');

/** flink.flinkDeployment's options under flink.config (which wins), or an issue when the text is no FlinkDeployment. */
function withDeployment(
  f: { version: string; config: Record<string, string> },
  text: string,
  operatorVersion: string | undefined,
  ctx: z.RefinementCtx,
): { version: string; config: Record<string, string> } {
  let operator: OperatorVersion = DEFAULT_OPERATOR_VERSION;
  try {
    if (operatorVersion !== undefined) operator = parseOperatorVersion(operatorVersion);
  } catch (error) {
    if (!(error instanceof OperatorVersionError)) throw error;
    return f; // reported at flink.operatorVersion
  }
  const input = readKubernetesInput(text, 'flink.flinkDeployment', { operatorVersion: operator, flinkVersion: f.version });
  if (!input || (input.kind !== 'FlinkDeployment' && input.kind !== 'Helm values')) {
    ctx.issues.push({
      code: 'custom',
      message: 'is not a FlinkDeployment (apiVersion flink.apache.org/…, kind FlinkDeployment) or Helm values holding one',
      input: text,
      path: ['flinkDeployment'],
    });
    return f;
  }
  // What the operator or the API server would refuse is refused here too, with the embedded text's line.
  for (const refusal of input.refused)
    ctx.issues.push({ code: 'custom', message: `refused by operator ${operator}: ${refusal}`, input: text, path: ['flinkDeployment'] });
  const fromDeployment: Record<string, string> = {};
  for (const e of input.entries) fromDeployment[e.key] = e.value;
  return { ...f, config: { ...fromDeployment, ...f.config } };
}

const cluster = z
  .strictObject({
    deployment: z
      .enum(DEPLOYMENTS)
      .default('standalone')
      .describe('Where the TaskManagers run: standalone processes, YARN containers or Kubernetes pods. Default standalone.'),
    taskmanagers: z
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .describe('Number of TaskManager processes (targets taskmanager-1 … taskmanager-<n>). Default 1.'),
    containerLimit: sizeField({ positive: true, quantity: true })
      .optional()
      .describe(
        `Memory limit of each TaskManager container/pod. ${SIZE} Or a Kubernetes quantity ("4Gi", "4096Mi"; "4G" is 4·10⁹ bytes). Default: Flink's total process size (what YARN and native Kubernetes request).`,
      ),
    jobManagerContainerLimit: sizeField({ positive: true, quantity: true })
      .optional()
      .describe(
        `Memory limit of the JobManager container/pod. ${SIZE} Or a Kubernetes quantity ("1Gi"). Default: Flink's JobManager total process size.`,
      ),
    restartDelay: durationField()
      .prefault('30s')
      .describe(`How long a killed or exited TaskManager takes to come back in a new container. ${DURATION} Default 30s.`),
    gc: z
      .enum(GARBAGE_COLLECTORS)
      .default('G1')
      .describe(
        "Garbage collector of the JVMs. A -XX:+UseG1GC/UseParallelGC/UseSerialGC in the Flink configuration's env.java.opts… wins for that process. Default G1.",
      ),
    jdk: z
      .literal(JDK_VERSIONS)
      .default(17)
      .describe(
        'Java major version of the JVMs (8, 11, 17, 21 or 25): the direct OOM text, metaspace reclamation (elastic from 16). Calibrated: 17 and 25. Default 17.',
      ),
    yarnCheckInterval: durationField({ positive: true })
      .prefault('3s')
      .describe(
        `How often the YARN NodeManager checks container memory (yarn.nodemanager.container-monitor.interval-ms). ${DURATION} Default 3s.`,
      ),
    allocator: z
      .enum(ALLOCATORS)
      .optional()
      .describe(
        "The TaskManagers' malloc, which decides how much of the memory RocksDB frees stays resident: glibc (arenas keep freed chunks) or jemalloc (returns them after its decay time). Default: jemalloc on Kubernetes from Flink 1.12 (Flink's docker images preload libjemalloc unless DISABLE_JEMALLOC is set), glibc otherwise (YARN, standalone).",
      ),
    mallocArenaMax: z
      .int()
      .min(1)
      .max(1024)
      .optional()
      .describe(
        "MALLOC_ARENA_MAX in the TaskManagers' environment (containerized.taskmanager.env.MALLOC_ARENA_MAX): the most glibc arenas, each keeping its own freed memory. glibc only. Default: glibc's, 8 × the node's CPUs (more than the threads RocksDB allocates from).",
      ),
  })
  .prefault({})
  .describe('The cluster the job runs on. Default: one standalone TaskManager, G1, JDK 17.');

const diurnal = z
  .strictObject({
    peakHour: z
      .number()
      .min(0)
      .lt(24)
      .default(14)
      .describe('Hour of the simulated day (0 ≤ h < 24, fractions allowed) with the highest rate. Default 14.'),
    troughFraction: z
      .number()
      .min(0)
      .max(1)
      .default(0.3)
      .describe('Lowest rate of the day as a fraction of the peak rate (0..1). Default 0.3.'),
  })
  .prefault({})
  .describe('A day-long sine wave of the rate.');

const profile = z
  .union([z.enum(['constant', 'diurnal']), z.strictObject({ diurnal })], {
    error: (issue) => `must be constant, diurnal or { diurnal: { peakHour, troughFraction } } (got ${describeValue(issue.input)})`,
  })
  .default('constant')
  .describe(
    'Shape of a source\'s rate over time: "constant", "diurnal" (peak at 14:00, trough 0.3 of the peak) or { diurnal: { peakHour, troughFraction } }. Default constant.',
  );

const leak = z
  .strictObject({
    kind: z
      .enum(LEAK_KINDS)
      .describe(
        'Where the leaked memory lives: heap, direct (ByteBuffer.allocateDirect), unsafe (Unsafe.allocateMemory), native (malloc: zlib, RocksDB…) or metaspace (classes). Required.',
      ),
    bytes: sizeField().prefault(0).describe(`Bytes leaked per occurrence (per open, record, exception or call). ${SIZE} Default 0.`),
    at: z
      .enum(LEAK_TRIGGERS)
      .describe('When it is allocated: in open() of every task attempt, per record, per exception thrown, or per async call. Required.'),
    release: z
      .enum(LEAK_RELEASES)
      .describe(
        'How it is released: by close(), only when a GC finds it unreachable (cleaner/finalizer), or never (still reachable). Required.',
      ),
    classes: z.int().min(0).default(0).describe('Metaspace leaks: classes loaded per occurrence (a class-loader leak). Default 0.'),
    classUse: z
      .enum(CLASS_USES)
      .optional()
      .describe(
        'Metaspace leaks: how the classes are used: loaded (linked only, ~3.3 KB of metaspace each) or initialised (run, ~5.9 KB each). When absent: initialised.',
      ),
    threads: z
      .int()
      .min(0)
      .default(0)
      .describe('Threads started and never stopped per occurrence (each costs stack memory in RSS). Default 0.'),
    site: z
      .string()
      .min(1)
      .optional()
      .describe(
        `Allocation site shown in diagnostics ("ChronicleMap", "java.util.zip.Deflater"). Default by kind: ${Object.entries(
          DEFAULT_LEAK_SITES,
        )
          .map(([k, v]) => `${k} "${v}"`)
          .join(', ')}.`,
      ),
  })
  .superRefine((value, ctx) => {
    if (value.classes > 0 && value.kind !== 'metaspace') {
      ctx.addIssue({
        code: 'custom',
        message: `only metaspace leaks load classes (this leak is ${value.kind})`,
        path: ['classes'],
        input: value.classes,
      });
    }
    const classesCount = value.kind === 'metaspace' ? value.classes : 0;
    if (value.bytes === 0 && classesCount === 0 && value.threads === 0) {
      const what = value.kind === 'metaspace' ? 'bytes or classes' : 'bytes';
      ctx.addIssue({ code: 'custom', message: `leaks nothing: set ${what} (or threads) above 0`, input: value });
    }
  });

const keyedState = z
  .strictObject({
    name: z.string().min(1).describe('The state\'s name (its column family), as the job declares it ("counts", "last-seen"). Required.'),
    keys: z.int().min(0).describe('Distinct keys over all subtasks; each subtask holds keys ÷ parallelism. Required.'),
    valueBytes: sizeField().describe(`Serialized bytes of one key's value. ${SIZE} Required.`),
    access: z
      .enum(STATE_ACCESSES)
      .default('point')
      .describe(
        'How records read it: point (ValueState#value, MapState#get: one block per read) or iterator (MapState#entries/keys, ListState: iterators pin blocks while open). Default point.',
      ),
    iteratorsOpen: z
      .int()
      .min(0)
      .default(0)
      .describe(
        "Iterators one subtask keeps open at once over this state (access iterator): each pins a data block, and without partitioned index/filters its file's index block. Default 0.",
      ),
  })
  .superRefine((value, ctx) => {
    if (value.iteratorsOpen > 0 && value.access !== 'iterator')
      ctx.addIssue({
        code: 'custom',
        message: 'only an iterator-read state keeps iterators open (set access: iterator)',
        path: ['iteratorsOpen'],
        input: value.iteratorsOpen,
      });
  })
  .describe('A keyed state in RocksDB: { name, keys, valueBytes, access: point | iterator, iteratorsOpen? }.');

const operator = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, {
      error: (issue) => `must start with a lower-case letter and use only a-z, 0-9 and '-' (got ${describeValue(issue.input)})`,
    })
    .describe('Unique name of the operator (lower-case letters, digits, "-"); events and diagnostics refer to it. Required.'),
  kind: z.enum(OPERATOR_KINDS).describe('What the operator does; the first operator must be a source. Required.'),
  parallelism: z.int().min(1).max(10_000).default(1).describe('Number of parallel subtasks (1..10000). Default 1.'),
  recordsPerSecond: z
    .number()
    .min(0)
    .default(0)
    .describe("Sources: records per second over all subtasks at the profile's peak. Ignored for other operators. Default 0."),
  selectivity: z.number().min(0).default(1).describe('Records emitted per record received (filters < 1, flatMaps > 1). Default 1.'),
  profile,
  noise: z
    .number()
    .min(0)
    .max(1)
    .default(0)
    .describe('Relative random noise on the rate (0..1), redrawn every simulated minute from the seed. Default 0.'),
  heapBytesPerRecord: sizeField()
    .prefault(0)
    .describe(`Short-lived garbage allocated on the heap per record processed. ${SIZE} Default 0.`),
  stateBytes: sizeField()
    .prefault(0)
    .describe(`Long-lived heap state per subtask (window contents, caches), held while the task runs. ${SIZE} Default 0.`),
  costPerRecordUs: z
    .number()
    .min(0)
    .default(0)
    .describe('CPU time per record in microseconds; with the parallelism it bounds the throughput (back pressure). Default 0.'),
  exceptionsPerRecord: z
    .number()
    .min(0)
    .default(0)
    .describe('Exceptions thrown per record (per-exception leaks scale with it). Default 0.'),
  dependency: z
    .strictObject({
      capacityPerSecond: z
        .number()
        .min(0)
        .describe('Calls per second the dependency answers in time, over all subtasks; calls beyond it time out. Required.'),
      callsPerRecord: z.number().min(0).default(1).describe('Calls per record processed. Default 1.'),
    })
    .optional()
    .describe(
      'An external service the operator calls per record (a scoring or profile service): calls beyond its capacity time out, and each timeout is an exception thrown (and logged) — so a traffic spike beyond the capacity makes the exceptions. Default: none.',
    ),
  leaks: z.array(leak).prefault([]).describe('Memory this operator leaks or holds, attached to lifecycle points or records. Default none.'),
  keyedState: z
    .array(keyedState)
    .optional()
    .describe(
      "The operator's keyed states, each a column family of its RocksDB instance in every subtask, when state.backend.type is rocksdb: what RocksDB holds in native memory follows from them (models/rocksdb). Ignored with the heap backend. Default none.",
    ),
  window: z
    .strictObject({
      size: durationField({ positive: true }).describe(`Length of the tumbling event-time windows. ${DURATION} Required.`),
      allowedLateness: durationField()
        .prefault(0)
        .describe(`How long after the window end late records are still accepted (state is kept until then). ${DURATION} Default 0.`),
      outOfOrderness: durationField()
        .prefault(0)
        .describe(`How far the watermark trails the newest event (BoundedOutOfOrderness). ${DURATION} Default 0.`),
      bytesPerRecord: sizeField({ positive: true }).describe(
        `Heap state kept per record until its window's cleanup timer fires: the Java objects of the heap backend, about 1.3 × what a checkpoint writes for it (the Flink lab's figure). ${SIZE} Required.`,
      ),
    })
    .optional()
    .describe(
      'Keyed event-time window state on the heap backend (kind window only): kept per record until the watermark passes window end + allowed lateness. Default: none.',
    ),
});

const job = z
  .strictObject({
    name: z.string().min(1).default('job').describe('Job name shown in the UI and logs. Default "job".'),
    operators: z.array(operator).min(1).describe('The job graph as a chain, from the source (first) to the sink (last). At least one.'),
  })
  .describe('The Flink job: its operators in order. Required.');

/** The fields an action requires (and no other action allows); `for` of a leak depends on its shape (ramp only). */
const ACTION_FIELDS = {
  'kill-container': [],
  'fail-task': [],
  'force-gc': [],
  'slow-sink': ['factor', 'for'],
  spike: ['factor', 'for'],
  'exception-storm': ['for', 'rate'],
  'idle-partition': ['for'],
  'submit-job': ['for', 'classes'],
  'stuck-blob-connections': ['for', 'connections'],
  'crash-process': [],
  'restart-process': [],
  leak: ['pool', 'shape', 'bytes'],
} as const satisfies Readonly<Record<FaultAction, readonly ActionField[]>>;

type ActionField = 'factor' | 'for' | 'rate' | 'classes' | 'connections' | 'pool' | 'shape' | 'bytes';
const ACTION_FIELD_NAMES: readonly ActionField[] = ['factor', 'for', 'rate', 'classes', 'connections', 'pool', 'shape', 'bytes'];

const uses = (action: FaultAction, field: ActionField) => (ACTION_FIELDS[action] as readonly ActionField[]).includes(field);
const users = (field: ActionField) =>
  FAULT_ACTIONS.filter((a) => uses(a, field)).join(', ') +
  (field === 'for' ? ' and ramp leaks' : field === 'bytes' ? ' and submit-job' : '');

const event = z
  .strictObject({
    at: durationField().describe(`Simulated time of the (first) occurrence. ${DURATION} Required.`),
    every: durationField({ positive: true })
      .optional()
      .describe(
        `Repeat period (not for per-restart or per-record leaks, which last from their injection on). ${DURATION} Default: fires once.`,
      ),
    until: durationField()
      .optional()
      .describe(`Last time a repeating event may fire (inclusive). ${DURATION} Default: the end of the run.`),
    do: z
      .enum(FAULT_ACTIONS)
      .describe(
        'The fault or nudge: kill-container, crash-process, restart-process (a planned restart: SIGTERM, exit 143, started again), fail-task, slow-sink, spike, exception-storm, force-gc, idle-partition (a source partition goes idle and the watermark stops), submit-job (a batch job on the JobManager), stuck-blob-connections, or leak (memory leaks from then on: pool, shape, bytes). Required.',
      ),
    target: z
      .string()
      .min(1)
      .optional()
      .describe(
        'What it hits: random (seeded), all, jobmanager, taskmanager-<n> (1-based) or an operator id. Leaks: an operator id for per-restart and per-record, processes for ramp and burst. Default: random for kill-container, crash-process and fail-task, jobmanager for restart-process, the last operator for slow-sink and per-restart/per-record leaks, all (the TaskManagers) otherwise.',
      ),
    factor: z
      .number()
      .positive()
      .optional()
      .describe(
        'spike: multiplier of the source rate; slow-sink: multiplier of the cost per record. Required (> 1) for those; not allowed otherwise.',
      ),
    for: durationField({ positive: true })
      .optional()
      .describe(
        `How long spike, slow-sink, exception-storm, idle-partition, submit-job and stuck-blob-connections last, and over how long a ramp leak leaks its bytes. ${DURATION} Required for those; not allowed otherwise.`,
      ),
    rate: z
      .number()
      .positive()
      .optional()
      .describe('exception-storm: exceptions per second over the job. Required for it; not allowed otherwise.'),
    classes: z
      .int()
      .positive()
      .optional()
      .describe(
        'submit-job: classes the submitted job loads on the JobManager (~5.9 KB of metaspace each when initialised, ~3.3 KB when only loaded; see classUse). Required for it; not allowed otherwise.',
      ),
    classUse: z
      .enum(CLASS_USES)
      .optional()
      .describe(
        "submit-job and metaspace leaks: how the job's classes are used: loaded (linked only, ~3.3 KB of metaspace each) or initialised (static initialisers and methods run, ~5.9 KB each). When absent: initialised.",
      ),
    connections: z
      .int()
      .positive()
      .optional()
      .describe(
        'stuck-blob-connections: how many connections to the blob server hang, each holding one of its blob.fetch.num-concurrent slots. Required for it; not allowed otherwise.',
      ),
    set: z
      .strictObject({
        'blob.fetch.num-concurrent': z
          .int()
          .positive()
          .describe("The restarted JobManager's blob server limit (concurrent fetches it serves)."),
      })
      .optional()
      .describe(
        'restart-process on the jobmanager: options the restarted JobManager starts with, as when an operator edits the configuration before the restart. Only blob.fetch.num-concurrent (the blob server reads it at start; Airwallex restarted the JobManager with a higher value). Not allowed otherwise.',
      ),
    pinned: z
      .boolean()
      .optional()
      .describe(
        'submit-job: the job leaves its class loader reachable (a ThreadLocal on a JobManager pool thread, a static cache), so its classes are never unloaded. When absent: false.',
      ),
    pool: z
      .enum(LEAK_KINDS)
      .optional()
      .describe(
        'leak: where the leaked memory lives: heap (retained objects), direct (ByteBuffer.allocateDirect, against -XX:MaxDirectMemorySize), unsafe (Unsafe.allocateMemory) or native (malloc), which only the container limits, or metaspace (class metadata: per-restart or burst only). Required for it; not allowed otherwise.',
      ),
    shape: z
      .enum(LEAK_SHAPES)
      .optional()
      .describe(
        "leak: how it leaks, never released: per-restart (bytes in every open() of the target operator's subtasks from then on: each restart, in the same TaskManager JVM), per-record (bytes per record the target operator processes), ramp (bytes in total, linearly over for, on the target processes; a restarted JVM leaks again from zero) or burst (bytes at once on each target process; every: repeats it). Required for it; not allowed otherwise.",
      ),
    bytes: sizeField({ positive: true })
      .optional()
      .describe(
        `leak: how much: per open() (per-restart), per record (per-record), in total (ramp) or at each firing (burst); for metaspace, bytes of class metadata (one class per ~5.9 KB, or ~3.3 KB with classUse: loaded; at least one). submit-job (optional): the metaspace its classes take, when measured (the Flink lab's 1004 classes took 4.19 MB), instead of classes × the per-class figure. ${SIZE} Required for leak; not allowed for other actions.`,
      ),
  })
  .superRefine((value, ctx) => {
    const problem: Problem = (path, message, input) => ctx.addIssue({ code: 'custom', path: [path], message, input });
    const what = value.do === 'leak' && value.shape !== undefined ? `a ${value.shape} leak` : value.do;
    for (const field of ACTION_FIELD_NAMES) {
      const required = requires(value, field);
      if (required === true && value[field] === undefined) problem(field, `is required for ${what}`, undefined);
      if (required === false && value[field] !== undefined)
        problem(field, `only applies to ${users(field)} (this event is ${what})`, value[field]);
    }
    if (uses(value.do, 'factor') && value.factor !== undefined && value.factor <= 1)
      problem('factor', `must be > 1 for ${value.do} (got ${value.factor})`, value.factor);
    if (value.classUse !== undefined && value.do !== 'submit-job' && !(value.do === 'leak' && value.pool === 'metaspace'))
      problem('classUse', `only applies to submit-job and metaspace leaks (this event is ${what})`, value.classUse);
    if (value.set !== undefined && (value.do !== 'restart-process' || value.target !== 'jobmanager'))
      problem('set', 'only applies to restart-process on the jobmanager', value.set);
    if (value.do !== 'submit-job' && value.pinned !== undefined)
      problem('pinned', `only applies to submit-job (this event is ${value.do})`, value.pinned);
    if (value.until !== undefined && value.every === undefined) problem('until', 'needs every: a one-off event has no end', value.until);
    if (value.until !== undefined && value.until < value.at) problem('until', 'must not be before at', value.until);
    if (value.do === 'leak' && value.shape !== undefined) leakProblems({ ...value, shape: value.shape }, problem);
  });

type Problem = (path: string, message: string, input: unknown) => void;

/** Whether the event requires `field` (false: it refuses it); undefined while a leak's shape, which decides `for`, is unknown. */
function requires(value: { readonly do: FaultAction; readonly shape?: LeakShape | undefined }, field: ActionField): boolean | undefined {
  // submit-job may state the metaspace its classes take (a measured figure); without it, classes × the per-class figure
  if (field === 'bytes' && value.do === 'submit-job') return undefined;
  if (field !== 'for' || value.do !== 'leak') return uses(value.do, field);
  return value.shape === undefined ? undefined : value.shape === 'ramp';
}

interface LeakFields {
  readonly shape: LeakShape;
  readonly pool?: LeakKind | undefined;
  readonly every?: number | undefined;
  readonly bytes?: number | undefined;
  readonly for?: number | undefined;
}

/** The rules of a leak's shape: what may repeat, what metaspace can do, a ramp the engine can resolve. */
function leakProblems({ shape, pool, every, bytes, for: forMs }: LeakFields, problem: Problem): void {
  if ((shape === 'per-restart' || shape === 'per-record') && every !== undefined) {
    problem('every', `does not apply to a ${shape} leak: it lasts from its injection on (repeat a burst or a ramp instead)`, every);
  }
  if (pool === 'metaspace' && (shape === 'per-record' || shape === 'ramp')) {
    problem(
      'shape',
      `a metaspace leak cannot be ${shape}: classes are loaded one at a time, not as a flow; use shape: burst with every: (or per-restart)`,
      shape,
    );
  }
  if (shape === 'ramp' && bytes !== undefined && forMs !== undefined && rampBytesPerMs(bytes, forMs) < 1) {
    problem(
      'bytes',
      `is too little for a ramp over ${formatDuration(forMs)}: it rounds to 0 bytes per ms; leak more, over a shorter for, or use shape: burst with every:`,
      bytes,
    );
  }
}

const narrationStep = z.strictObject({
  at: durationField().describe(`When the text appears. ${DURATION} Required.`),
  text: z.string().min(1).describe('What the narrator says at that moment. Required.'),
});

const EXPECT_KEYS = ['event', 'before', 'after', 'absent', 'atLeast'] as const;

const expectation = z
  .object({
    event: z.string().min(1).describe('Event type of the trace to look for (jvm.oom, container.killed, …). Required.'),
    before: durationField().optional().describe(`A matching event must occur before this time. ${DURATION} Default: any time.`),
    after: durationField().optional().describe(`A matching event must occur after this time. ${DURATION} Default: any time.`),
    absent: z
      .boolean()
      .default(false)
      .describe('true: no matching event may occur (in the before/after window, if given; else during the whole run). Default false.'),
    atLeast: z.int().min(1).default(1).describe('How many matching events must occur (in the window). Default 1.'),
  })
  .catchall(
    z
      .union([z.string(), z.number()], { error: (issue) => `must be text or a number (got ${describeValue(issue.input)})` })
      .describe('Any other key: a field the event must have, e.g. pool: direct or reason: k8s-oomkilled.'),
  )
  .superRefine((value, ctx) => {
    if (value.absent && value.atLeast !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'absent means "none"; it cannot be combined with atLeast',
        path: ['atLeast'],
        input: value.atLeast,
      });
    }
    if (value.before !== undefined && value.after !== undefined && value.after >= value.before) {
      ctx.addIssue({ code: 'custom', message: 'after must be earlier than before', path: ['after'], input: value.after });
    }
    for (const key of Object.keys(value)) {
      const hint = (EXPECT_KEYS as readonly string[]).includes(key) ? '' : didYouMean(key, EXPECT_KEYS);
      if (hint) ctx.addIssue({ code: 'custom', message: `'${key}' would be matched as an event field${hint}`, path: [key], input: key });
    }
  });

/** `watch:`'s documentation, shared with lesson steps. */
export const WATCH_DESCRIPTION = (what: string): string =>
  `${what}. 1 to 4 Flink metric names (Status.JVM.Memory.Direct.MemoryUsed, Status.JVM.Memory.Heap.Used, rssBytes, lastCheckpointSize, backPressuredTimeMsPerSecond…; the list is models/scenario/watchMetrics.ts); a dashboard's form of one is read too (flink_taskmanager_Status_JVM_Memory_Heap_Used, Status.JVM.GarbageCollector.G1_Young_Generation.Count). The simulation ignores it. Default none.`;

const scenarioShape = z.strictObject({
  title: z.string().min(1).describe('Headline of the story, shown in the UI and the CLI. Required.'),
  seed: z
    .union([z.string(), z.int()], { error: (issue) => `must be text or a whole number (got ${describeValue(issue.input)})` })
    .transform(String)
    .prefault('1')
    .describe('Seed of every random draw (noise, random targets): the same seed gives the same run. Text or a whole number. Default "1".'),
  duration: durationField({ positive: true }).describe(`How much simulated time the run covers. ${DURATION} Required.`),
  sampleInterval: durationField({ positive: true })
    .prefault('1s')
    .describe(`Metrics sampling interval of the trace. ${DURATION} Default 1s.`),
  flink,
  cluster,
  job,
  events: z.array(event).prefault([]).describe('Faults and nudges injected at given times, optionally repeating. Default none.'),
  narration: z.array(narrationStep).prefault([]).describe('Texts shown as the run reaches given times. Default none.'),
  annotations: z
    .array(
      z.strictObject({
        at: durationField().describe(`The moment it marks. ${DURATION} Required.`),
        text: z.string().min(1).describe("What happened there, in the postmortem author's words. Required."),
      }),
    )
    .prefault([])
    .describe(
      'Notes pinned to moments of the run (a postmortem\'s "02:13 the first OOM"): shown on the timeline, kept in reports. The simulation ignores them. Default none.',
    ),
  expect: z
    .array(expectation)
    .prefault([])
    .describe('What the run must (or must not) produce: { event, before?, after?, absent?, atLeast?, <field>: <value>… }. Default none.'),
  watch: watchField()
    .optional()
    .describe(WATCH_DESCRIPTION('The dashboard panels that tell the story, most telling first: shown first and large in the sandbox')),
});

type RawScenario = z.output<typeof scenarioShape>;
type RawOperator = RawScenario['job']['operators'][number];
type RawEvent = RawScenario['events'][number];

function toProfile(raw: RawOperator['profile']): TrafficProfile {
  if (raw === 'constant') return { kind: 'constant' };
  if (raw === 'diurnal') return { kind: 'diurnal', peakHour: 14, troughFraction: 0.3 };
  return { kind: 'diurnal', peakHour: raw.diurnal.peakHour, troughFraction: raw.diurnal.troughFraction };
}

function toOperator(raw: RawOperator): OperatorSpec {
  const { leaks, profile: rawProfile, window: rawWindow, ...rest } = raw;
  return {
    ...rest,
    profile: toProfile(rawProfile),
    leaks: leaks.map((l): LeakSpec => ({ ...l, site: l.site ?? DEFAULT_LEAK_SITES[l.kind] })),
    eventTimeWindow: rawWindow && {
      sizeMs: rawWindow.size,
      allowedLatenessMs: rawWindow.allowedLateness,
      outOfOrdernessMs: rawWindow.outOfOrderness,
      bytesPerRecord: rawWindow.bytesPerRecord,
    },
  };
}

function defaultTarget(raw: RawEvent, operators: readonly RawOperator[]): string {
  const action = raw.do;
  if (action === 'crash-process') return 'random';
  if (action === 'restart-process') return 'jobmanager';
  if (action === 'kill-container' || action === 'fail-task') return 'random';
  if (action === 'slow-sink' || raw.shape === 'per-restart' || raw.shape === 'per-record')
    return operators[operators.length - 1]?.id ?? 'all';
  return 'all';
}

function toLeak(raw: RawEvent): LeakInjection | undefined {
  if (raw.do !== 'leak' || raw.pool === undefined || raw.shape === undefined || raw.bytes === undefined) return undefined;
  return {
    pool: raw.pool,
    shape: raw.shape,
    bytes: raw.bytes,
    ...(raw.pool === 'metaspace' ? { classUse: raw.classUse ?? 'initialised' } : {}),
  };
}

function toEvent(raw: RawEvent, operators: readonly RawOperator[]): ScheduledEvent {
  return {
    atMs: raw.at,
    everyMs: raw.every,
    untilMs: raw.until,
    action: raw.do,
    target: raw.target ?? defaultTarget(raw, operators),
    factor: raw.factor ?? 1,
    forMs: raw.for ?? 0,
    rate: raw.rate ?? 0,
    classes: raw.classes ?? 0,
    pinned: raw.pinned ?? false,
    ...(raw.set ? { set: { 'blob.fetch.num-concurrent': raw.set['blob.fetch.num-concurrent'] } } : {}),
    ...(raw.do === 'submit-job' ? { classUse: raw.classUse ?? 'initialised', metaspaceBytes: raw.bytes ?? 0 } : {}),
    connections: raw.connections ?? 0,
    leak: toLeak(raw),
  };
}

/** One expectation as files write it (`{ event, before?, after?, absent?, atLeast?, <field>… }`), parsed; lessons use it too. */
export const expectationField = expectation.transform((raw) => toExpectation(raw as RawScenario['expect'][number]));

function toExpectation(raw: RawScenario['expect'][number]): Expectation {
  const { event: eventType, before, after, absent, atLeast, ...where } = raw;
  return { event: eventType, where, beforeMs: before, afterMs: after, absent, atLeast };
}

function toScenario(raw: RawScenario) {
  const { cluster: c, job: j } = raw;
  return {
    title: raw.title,
    seed: raw.seed,
    durationMs: raw.duration,
    sampleIntervalMs: raw.sampleInterval,
    flink: { version: raw.flink.version, config: raw.flink.config },
    cluster: {
      deployment: c.deployment,
      taskManagers: c.taskmanagers,
      taskManagerContainerLimitBytes: c.containerLimit,
      jobManagerContainerLimitBytes: c.jobManagerContainerLimit,
      restartDelayMs: c.restartDelay,
      gc: c.gc,
      jdk: c.jdk,
      yarnCheckIntervalMs: c.yarnCheckInterval,
      ...(c.allocator !== undefined ? { allocator: c.allocator } : {}),
      ...(c.mallocArenaMax !== undefined ? { mallocArenaMax: c.mallocArenaMax } : {}),
    },
    job: { name: j.name, operators: j.operators.map(toOperator) },
    events: raw.events.map((e) => toEvent(e, j.operators)),
    narration: raw.narration.map((n) => ({ atMs: n.at, text: n.text })),
    annotations: raw.annotations.map((a) => ({ atMs: a.at, text: a.text })),
    expect: raw.expect.map(toExpectation),
    watch: raw.watch ?? [],
  };
}

/**
 * The scenario file schema: YAML form in, `ScenarioFields` out. Validate with
 * `scenarioSchema.safeParse(data, { error: scenarioErrorMap })` for readable messages
 * (`loadScenario` does this and adds file positions).
 */
export const scenarioSchema = scenarioShape
  .superRefine(crossCheckScenario, { when: () => true })
  .transform(toScenario)
  .describe('A Flink Memory Sandbox scenario: a cluster, a job, faults over time, narration and expected outcomes.');

/** `T` with every property and array readonly, to compare shapes regardless of mutability. */
type Immutable<T> = T extends readonly (infer U)[]
  ? readonly Immutable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Immutable<T[K]> }
    : T;
type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * Compile-time proof that the schema produces exactly the engine's type, field for field: the
 * output (inferred, not annotated) is assignable to `ScenarioFields`, and the two have the same
 * fields and field types both ways (only readonly-ness may differ).
 */
// biome-ignore lint/correctness/noUnusedVariables: a compile-time proof, read by the type checker only
const SCHEMA_OUTPUT_IS_SCENARIO: [z.output<typeof scenarioSchema>] extends [ScenarioFields] ? true : false = true;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time proof, read by the type checker only
const SCENARIO_IS_SCHEMA_OUTPUT: Equals<Immutable<z.output<typeof scenarioSchema>>, Immutable<ScenarioFields>> = true;
