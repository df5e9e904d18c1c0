/**
 * The scenario an incident's artefacts describe, as the raw YAML object models/scenario/scenarioSchema.ts reads:
 * flink (version from the banner, the configuration the log loaded or the given file), cluster (TaskManagers seen,
 * collector, JDK, pod/container limit), a job whose suspect operator carries the leak the symptoms point to, the
 * restarts observed as fail-task events, and the failures as annotations. Shapes as the shipped scenarios write them
 * (scenarios/direct-leak-on-restart.yaml, calibration/flink-lab/twins/direct-leak-on-restart.yaml).
 */
import { DEFAULT_VERSION, parseFlinkVersion, selectableVersion } from '../config/flinkVersion';
import type { LeakModel, RestartSchedule } from '../fit/fitParameters';
import { mib } from '../fit/fitParameters';
import type { Readings } from './readArtefacts';
import type { ObservedFailure } from './types';

/** Options a scenario keeps: memory, slots, restarts, JVM options, state backend; not hosts, ports or addresses. */
const KEPT_KEY =
  /^(taskmanager\.memory\.|jobmanager\.memory\.|taskmanager\.numberOfTaskSlots$|restart-strategy|env\.java\.opts|state\.backend|taskmanager\.network\.|containerized\.|kubernetes\.(taskmanager|jobmanager)\.memory|jobmanager\.execution\.failover)/;

/** Placeholders of the job's throughput (the artefacts rarely say it): the Flink lab's twin figures. */
const RECORDS_PER_SECOND = 1000;
const HEAP_BYTES_PER_RECORD = 100;

export interface ScenarioInputs {
  readonly readings: Readings;
  readonly options: { readonly flinkVersion?: string | undefined; readonly seed?: string | undefined };
  readonly leak: LeakModel | undefined;
  readonly restarts: RestartSchedule | undefined;
  readonly failures: readonly ObservedFailure[];
  readonly taskManagers: number;
  readonly parallelism: number;
  readonly endMs: number;
  readonly allocationBytesPerSecond: number | undefined;
  readonly annotations: readonly { readonly atMs: number; readonly text: string }[];
  /** TaskManagers lost (crash-process) and the replacement's delay (cluster.restartDelay). */
  readonly lost?: { readonly crashes: readonly { atMs: number; process: string }[]; readonly restartDelayMs: number | undefined };
}

function flinkVersionOf(readings: Readings, chosen: string | undefined): string {
  const printed = chosen ?? readings.flinkLogs.find((l) => l.reading.banner)?.reading.banner?.flinkVersion;
  if (printed === undefined) return DEFAULT_VERSION;
  try {
    return selectableVersion(parseFlinkVersion(printed));
  } catch {
    return DEFAULT_VERSION;
  }
}

/** The configuration the user wrote: a given file, else the log's loaded properties (BashJavaUtils' derived -D left out). */
function configOf(readings: Readings): Record<string, string> {
  const log = readings.flinkLogs.find((l) => l.reading.process === 'taskmanager') ?? readings.flinkLogs[0];
  const source: Record<string, string> = { ...(log?.reading.configuration ?? {}) };
  // The start scripts pass the derived sizes as dynamic properties; the loaded file's own keys are what the user set.
  for (const [key, value] of Object.entries(log?.reading.dynamicProperties ?? {}))
    if (key.startsWith('taskmanager.memory.') && source[key] === value) delete source[key];
  Object.assign(source, readings.config);
  const kept: Record<string, string> = {};
  for (const key of Object.keys(source).sort()) {
    if (!KEPT_KEY.test(key)) continue;
    // --add-opens/--add-exports are the JDK 17 flags Flink's scripts add; they change no memory.
    const value = key.startsWith('env.java.opts')
      ? (source[key] as string)
          .split(/\s+/)
          .filter((w) => w && !w.startsWith('--add-'))
          .join(' ')
      : source[key];
    if (value) kept[key] = value;
  }
  return kept;
}

function clusterOf(readings: Readings, taskManagers: number): Record<string, unknown> {
  const formats = readings.clusterEvents.map((c) => c.format);
  const ids = readings.clusterEvents.flatMap((c) => c.events.map((e) => e.process));
  const deployment = formats.some((f) => f.startsWith('kube'))
    ? 'kubernetes'
    : ids.some((id) => id.startsWith('container_'))
      ? 'yarn'
      : ids.some((id) => /taskmanager-\d+-\d+/.test(id))
        ? 'kubernetes'
        : 'standalone';
  const limits = readings.clusterEvents.flatMap((c) => c.events.map((e) => e.figures.limitBytes ?? 0)).filter((b) => b > 0);
  const log = readings.flinkLogs.find((l) => l.reading.process === 'taskmanager')?.reading;
  const gcLog = readings.gcLogs[0]?.reading.jvm.collector;
  const gc = [log?.gcFromJvmOptions, gcLog].find((g) => g === 'G1' || g === 'Parallel' || g === 'Serial');
  const jdk = Number(/^(1\.)?(\d+)/.exec(log?.banner?.javaVersion ?? '')?.[2]);
  return {
    deployment,
    taskmanagers: taskManagers,
    ...(limits.length > 0 ? { containerLimit: Math.max(...limits) } : {}),
    ...(gc ? { gc } : {}),
    ...([8, 11, 17, 21, 25].includes(jdk) ? { jdk } : {}),
  };
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms))}ms`;

/** The sampling interval: about 2000 samples over the run, on a round value (the overlay's scrapes are rarely finer). */
function sampleIntervalOf(durationMs: number): string {
  const choices = [100, 500, 1000, 5000, 10_000, 30_000, 60_000];
  return `${choices.find((c) => durationMs / c <= 2000) ?? 60_000}ms`;
}

export function scenarioObject(input: ScenarioInputs): Record<string, unknown> {
  const { readings, leak, restarts } = input;
  const durationMs = Math.max(10_000, Math.ceil((input.endMs * 1.1) / 1000) * 1000);
  const subtasksPerTm = Math.max(1, Math.ceil(input.parallelism / input.taskManagers));
  const heapPerRecord = input.allocationBytesPerSecond
    ? Math.max(1, Math.round(input.allocationBytesPerSecond / (RECORDS_PER_SECOND * input.parallelism)))
    : HEAP_BYTES_PER_RECORD;
  const suspect: Record<string, unknown> = {
    id: 'suspect',
    kind: 'map',
    parallelism: input.parallelism,
    heapBytesPerRecord: heapPerRecord,
    costPerRecordUs: 5,
  };
  const events: Record<string, unknown>[] = [];
  if (leak?.shape === 'per-restart') {
    // a per-restart leak leaks in every open() of every subtask: a TaskManager's step is the sum of its subtasks'
    events.push({
      at: 0,
      do: 'leak',
      pool: leak.pool,
      shape: 'per-restart',
      bytes: Math.max(1, Math.round(leak.bytes / subtasksPerTm)),
      target: 'suspect',
    });
  } else if (leak?.shape === 'ramp') {
    events.push({
      at: seconds(leak.sinceMs),
      do: 'leak',
      pool: leak.pool,
      shape: 'ramp',
      bytes: leak.bytes,
      for: seconds(leak.forMs ?? 1000),
      target: leak.process,
    });
  }
  if (restarts && restarts.periodMs > 0)
    events.push({ at: seconds(restarts.firstMs), every: seconds(restarts.periodMs), do: 'fail-task', target: 'suspect' });
  for (const c of input.lost?.crashes ?? []) events.push({ at: seconds(c.atMs), do: 'crash-process', target: c.process });
  const watch = leak ? [watchOf(leak.pool), 'numRestarts'] : undefined;
  const restartDelayMs = input.lost?.restartDelayMs;
  return {
    title: `Imported incident: ${readings.provenance.map((p) => p.file.split(/[\\/]/).pop()).join(', ')}`,
    seed: input.options.seed ?? '1',
    duration: seconds(durationMs),
    sampleInterval: sampleIntervalOf(durationMs),
    flink: { version: flinkVersionOf(readings, input.options.flinkVersion), config: withRestartStrategy(configOf(readings), restarts) },
    cluster: {
      ...clusterOf(readings, input.taskManagers),
      ...(restartDelayMs !== undefined ? { restartDelay: seconds(restartDelayMs) } : {}),
    },
    job: {
      name: jobNameOf(readings),
      operators: [
        {
          id: 'source',
          kind: 'source',
          parallelism: input.parallelism,
          recordsPerSecond: RECORDS_PER_SECOND,
          heapBytesPerRecord: heapPerRecord,
          costPerRecordUs: 5,
        },
        suspect,
      ],
    },
    events,
    annotations: input.annotations.map((a) => ({ at: seconds(a.atMs), text: a.text })),
    ...(watch ? { watch } : {}),
  };
}

/**
 * Restarts observed but no strategy configured (a metrics export alone): fixed-delay with as many attempts as restarts
 * were seen and Flink's default delay of 1 s (RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY), else the
 * version's default strategy could end the job at its first failure.
 */
function withRestartStrategy(config: Record<string, string>, restarts: RestartSchedule | undefined): Record<string, string> {
  if (!restarts || Object.keys(config).some((k) => k.startsWith('restart-strategy'))) return config;
  return {
    ...config,
    'restart-strategy.type': 'fixed-delay',
    'restart-strategy.fixed-delay.attempts': String(restarts.restarts),
    'restart-strategy.fixed-delay.delay': '1 s',
  };
}

const watchOf = (pool: LeakModel['pool']) =>
  ({
    direct: 'Status.JVM.Memory.Direct.MemoryUsed',
    heap: 'Status.JVM.Memory.Heap.Used',
    metaspace: 'Status.JVM.Memory.Metaspace.Used',
    native: 'rssBytes',
  })[pool];

function jobNameOf(readings: Readings): string {
  for (const { reading } of readings.flinkLogs) for (const e of reading.events) if (e.type === 'job-transition' && e.job) return e.job;
  return 'imported-job';
}

/** How a leak's size reads in the scenario's header comment. */
export const leakWords = (leak: LeakModel) =>
  leak.shape === 'per-restart'
    ? `${leak.pool} ${mib(leak.bytes)} per restart`
    : `${leak.pool} ${mib(leak.bytes)} over ${Math.round((leak.forMs ?? 0) / 1000)} s`;
