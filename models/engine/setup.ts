/**
 * What a run derives once from its scenario: each process's limits through Flink's own memory
 * derivation (the same code as `flink-mem derive`), the container limits, the restart strategy.
 */
import { atLeast, hasJobManagerMemoryModel, isFlink1100, parseFlinkVersion } from '../config/flinkVersion';
import { deriveMemory, type DeriveResult } from '../memoryModel';
import type { Scenario } from '../scenario/types';
import { FlinkError } from '../config/flinkError';
import { readRuntimeOptions, type RuntimeOptions } from '../config/runtimeReader';
import type { FlinkConfiguration } from '../config/configuration';
import { readJvmOptions } from '../config/jvmOptions';
import { defaultAllocator } from '../rocksdb/allocator';
import { frocksDbLine } from '../rocksdb/footprint';
import { JVM, MiB } from './state/jvmConstants';
import type { JvmOptionOverride, JvmSizing } from './state/jvmState';
import type { ScenarioMemory, SimSetup } from './state/sim';

export type { ScenarioMemory } from './state/sim';
import { metricNames } from './trace';

/** The scenario's Flink configuration is one Flink refuses: nothing can run. */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly keys: readonly string[],
    /** Flink's "Caused by" messages, outermost first (for a refused derivation). */
    readonly causes: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * A scenario's flink.config is applied on top of the distribution's shipped configuration file
 * (docs/flink-memory-model.md §1.3): a process with no memory basis of its own gets the shipped size.
 */
function withShippedDefaults(config: Readonly<Record<string, string>>, version: string): Record<string, string> {
  const has = (...keys: string[]) => keys.some((k) => config[k] !== undefined);
  const out: Record<string, string> = {};
  const modern = hasJobManagerMemoryModel(parseFlinkVersion(version));
  if (
    !has('taskmanager.memory.process.size', 'taskmanager.memory.flink.size', 'taskmanager.heap.size', 'taskmanager.heap.mb') &&
    !(has('taskmanager.memory.task.heap.size') && has('taskmanager.memory.managed.size', 'taskmanager.memory.size'))
  ) {
    out['taskmanager.memory.process.size'] = isFlink1100(parseFlinkVersion(version)) ? '1568m' : '1728m';
  }
  if (
    modern &&
    !has(
      'jobmanager.memory.process.size',
      'jobmanager.memory.flink.size',
      'jobmanager.memory.heap.size',
      'jobmanager.heap.size',
      'jobmanager.heap.mb',
    )
  ) {
    out['jobmanager.memory.process.size'] = '1600m';
  }
  if (!modern && !has('jobmanager.heap.size', 'jobmanager.heap.mb')) out['jobmanager.heap.size'] = '1024m';
  return { ...out, ...config };
}

/** The TaskManager's and the JobManager's memory as Flink derives it for this scenario (a SetupError if Flink refuses). */
export function deriveScenarioMemory(scenario: Scenario): ScenarioMemory {
  const config = withShippedDefaults(scenario.flink.config, scenario.flink.version);
  const entries = Object.entries(config).map(([key, value]) => ({ key, value, origin: `${scenario.id}: flink.config` }));
  const request = { flinkVersion: scenario.flink.version, entries, deployment: scenario.cluster.deployment };
  const tm = refusedOrOk(deriveMemory({ ...request, process: 'taskmanager' }));
  const jm = refusedOrOk(deriveMemory({ ...request, process: 'jobmanager' }));
  if (tm.process !== 'taskmanager' || jm.process !== 'jobmanager') throw new Error('unreachable');
  return { config, taskManager: tm, jobManager: jm };
}

export function createSetup(scenario: Scenario): SimSetup {
  const memory = deriveScenarioMemory(scenario);
  const { taskManager: tm, jobManager: jm } = memory;
  const runtime = runtimeOptions(tm);
  const m = tm.taskManager.memory;
  const taskManagerSizing = withJvmOptions(tm.config, scenario, {
    kind: 'taskmanager',
    heapMaxBytes: Number(m.jvmHeap),
    directLimitBytes: Number(m.jvmDirect),
    directLimitSet: true,
    metaspaceMaxBytes: Number(m.jvmMetaspace),
    managedBudgetBytes: Number(m.managed),
    networkBytes: tm.network.buffers * Number(tm.network.segmentSize),
    networkSegments: tm.network.buffers,
    segmentSizeBytes: Number(tm.network.segmentSize),
    processSizeBytes: Number(m.totalProcessMemory),
    containerLimitBytes: containerLimit(scenario, scenario.cluster.taskManagerContainerLimitBytes, Number(m.totalProcessMemory)),
    gc: scenario.cluster.gc,
    exitOnOom: runtime.exitOnOom,
  });
  return {
    memory,
    taskManagerSizing,
    jobManagerSizing: withJvmOptions(jm.config, scenario, jobManagerSizing(scenario, jm)),
    slotsPerTaskManager: tm.taskManager.slots,
    managedPerSlotBytes: Math.floor(Number(m.managed) / Math.max(1, tm.taskManager.slots)),
    classLoaderPerAttempt: !atLeast(parseFlinkVersion(scenario.flink.version), 1, 11),
    taskLog: {
      attemptSuffix: atLeast(parseFlinkVersion(scenario.flink.version), 1, 11),
      structuredAttemptId: atLeast(parseFlinkVersion(scenario.flink.version), 1, 16),
    },
    taskManagerFatalExitCode: atLeast(parseFlinkVersion(scenario.flink.version), 1, 13) ? 1 : 2,
    runtime,
    metricNames: metricNames(taskManagerSizing.gc),
    rocksdb: {
      frocksdb: frocksDbLine(parseFlinkVersion(scenario.flink.version)),
      fractionRoundedDown: atLeast(parseFlinkVersion(scenario.flink.version), 1, 12),
      allocator: scenario.cluster.allocator ?? defaultAllocator(parseFlinkVersion(scenario.flink.version), scenario.cluster.deployment),
      mallocArenaMax: scenario.cluster.mallocArenaMax,
    },
  };
}

/** The limits Flink derives, before the JVM options of its configuration are applied. */
type FlinkSizing = Omit<JvmSizing, 'jdk' | 'disableExplicitGc' | 'threadResidentBytes' | 'jvmOptionOverrides'>;

/**
 * The JVM options of the process's Flink configuration (models/config/jvmOptions.ts) on top of Flink's limits: they
 * come later on the java command line, so a size or collector there wins; each replacement is recorded for explain.
 */
function withJvmOptions(config: FlinkConfiguration, scenario: Scenario, sizing: FlinkSizing): JvmSizing {
  let options: ReturnType<typeof readJvmOptions>;
  try {
    options = readJvmOptions(config, sizing.kind, parseFlinkVersion(scenario.flink.version));
  } catch (e) {
    if (!(e instanceof FlinkError)) throw e;
    throw new SetupError(`flink.config: ${e.message}`, e.keys);
  }
  const overrides: JvmOptionOverride[] = [];
  const source = (what: JvmOptionOverride['what'], match: (o: string) => boolean, replaced: string) => {
    const found = options.sources.filter((s) => match(s.option)).at(-1);
    if (found) overrides.push({ what, option: found.option, key: found.key, replaced });
  };
  const isSize =
    (...prefixes: string[]) =>
    (o: string) =>
      prefixes.some((p) => o.startsWith(p));
  if (options.maxHeapBytes !== undefined) source('heap', isSize('-Xmx', '-XX:MaxHeapSize='), `${sizing.heapMaxBytes}`);
  if (options.maxDirectBytes !== undefined) source('direct', isSize('-XX:MaxDirectMemorySize='), `${sizing.directLimitBytes}`);
  if (options.maxMetaspaceBytes !== undefined) source('metaspace', isSize('-XX:MaxMetaspaceSize='), `${sizing.metaspaceMaxBytes}`);
  if (options.gc !== undefined && options.gc !== sizing.gc) source('gc', (o) => o.startsWith('-XX:+Use'), sizing.gc);
  if (options.xssBytes !== undefined) source('stack', isSize('-Xss', '-XX:ThreadStackSize='), '1m (the JVM default)');
  return {
    ...sizing,
    heapMaxBytes: options.maxHeapBytes ?? sizing.heapMaxBytes,
    directLimitBytes: options.maxDirectBytes ?? sizing.directLimitBytes,
    directLimitSet: sizing.directLimitSet || options.maxDirectBytes !== undefined,
    metaspaceMaxBytes: options.maxMetaspaceBytes ?? sizing.metaspaceMaxBytes,
    gc: options.gc ?? sizing.gc,
    jdk: scenario.cluster.jdk,
    disableExplicitGc: options.disableExplicitGc ?? false,
    threadResidentBytes: threadResident(options.xssBytes),
    jvmOptionOverrides: overrides,
  };
}

/**
 * A parked thread touches ~98 KB (its stack's shadow pages and thread structures, measured); a stack of -Xss bytes
 * cannot hold more than that plus the thread's malloc'd structures (JVM.threadNativeBytes). HotSpot refuses
 * -Xss below 136k, so the cap binds only for threads that run deep; the model's threads are parked or shallow.
 */
function threadResident(xssBytes: number | undefined): number {
  if (xssBytes === undefined) return JVM.threadResidentBytes;
  return Math.min(JVM.threadResidentBytes, xssBytes + JVM.threadNativeBytes);
}

/**
 * Flink's runtime options from the same configuration the processes derive their memory from (the scenario's
 * flink.config with any -D override applied), through the one reader; a value Flink refuses is a SetupError.
 */
function runtimeOptions(tm: DeriveResult & { ok: true }): RuntimeOptions {
  try {
    return readRuntimeOptions(tm.config, parseFlinkVersion(tm.flinkVersion));
  } catch (e) {
    if (!(e instanceof FlinkError)) throw e;
    throw new SetupError(`flink.config: ${e.message}`, e.keys, e.causes());
  }
}

function refusedOrOk(result: DeriveResult): DeriveResult & { ok: true } {
  if (!result.ok)
    throw new SetupError(
      `flink.config: ${result.process === 'taskmanager' ? 'TaskManager' : 'JobManager'}: ${result.error.message}`,
      result.error.keys,
      result.error.causes,
    );
  return result;
}

/**
 * The limit the container enforces: the scenario's, else what Flink asks for — YARN rounds the request up to a
 * multiple of yarn.scheduler.minimum-allocation-mb (1024), native Kubernetes uses process size × limit-factor (1.0);
 * a standalone process has no container limit.
 */
function containerLimit(scenario: Scenario, configured: number | undefined, processSize: number): number {
  if (configured !== undefined) return configured;
  switch (scenario.cluster.deployment) {
    case 'yarn':
      return Math.ceil(processSize / (1024 * MiB)) * 1024 * MiB;
    case 'kubernetes':
      return processSize;
    default:
      return 0;
  }
}

function jobManagerSizing(scenario: Scenario, result: DeriveResult & { ok: true }): FlinkSizing {
  if (result.process !== 'jobmanager') throw new Error('unreachable');
  const jm = result.jobManager;
  const base = {
    kind: 'jobmanager' as const,
    managedBudgetBytes: 0,
    networkBytes: 0,
    networkSegments: 0,
    segmentSizeBytes: 0,
    gc: scenario.cluster.gc,
    exitOnOom: true,
  };
  if (!('memory' in jm)) {
    // Flink 1.10: only -Xmx (JVM default heap of 1 GiB assumed when unset); direct defaults to the heap; metaspace unbounded.
    const heap = Number(jm.jvmHeap ?? 1024n * 1048576n);
    return {
      ...base,
      heapMaxBytes: heap,
      directLimitBytes: heap,
      directLimitSet: false,
      metaspaceMaxBytes: 4096 * MiB,
      processSizeBytes: heap + 512 * MiB,
      containerLimitBytes: containerLimit(scenario, scenario.cluster.jobManagerContainerLimitBytes, heap + 512 * MiB),
    };
  }
  const m = jm.memory;
  const heap = Number(m.jvmHeap);
  return {
    ...base,
    heapMaxBytes: heap,
    directLimitBytes: jm.directMemoryLimited ? Number(m.offHeap) : heap,
    directLimitSet: jm.directMemoryLimited,
    metaspaceMaxBytes: Number(m.jvmMetaspace),
    processSizeBytes: Number(m.totalProcessMemory),
    containerLimitBytes: containerLimit(scenario, scenario.cluster.jobManagerContainerLimitBytes, Number(m.totalProcessMemory)),
  };
}
