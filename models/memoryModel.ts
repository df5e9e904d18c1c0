/**
 * The configuration model's front door: Flink version + configuration + process kind in,
 * every component in bytes (or Flink's exact refusal) out. Pure; shared by the CLI and the UI.
 */
import { FlinkConfiguration, type ConfigEntry } from './config/configuration';
import { configWarnings } from './config/configCheck';
import { jvmCommandLine, type JvmCommandLine } from './config/jvmCommandLine';
import { FlinkError } from './config/flinkError';
import {
  DEFAULT_VERSION,
  formatFlinkVersion,
  hasJobManagerMemoryModel,
  isUnverified,
  NEWEST_VERIFIED_VERSION,
  parseFlinkVersion,
  prefixesTaskManagerErrors,
  type FlinkVersion,
} from './config/flinkVersion';
import { JM, TM, type ProcessKind } from './config/options';
import type { Note } from './config/note';
import { DerivationContext, type FractionStep } from './derivation/derivationContext';
import {
  deriveJobManager,
  deriveLegacyJobManager,
  withJobManagerPrefix,
  type JobManagerProcess,
  type LegacyJobManagerProcess,
} from './derivation/jobManager';
import { type Deployment, mapLegacyHeap } from './derivation/legacyHeap';
import { networkBufferCount, segmentSize } from './derivation/networkBuffers';
import { deriveTaskManager, taskExecutorSlots, type TaskManagerProcess } from './derivation/taskManager';
import { containerFit, processSizeForLimit, type ContainerFit } from './derivation/containerFit';
import { MiB } from './units/memorySize';

export interface DeriveRequest {
  readonly process: ProcessKind;
  /** e.g. "1.18", "1.10.0"; the newest modelled version when omitted. */
  readonly flinkVersion?: string;
  readonly entries: readonly ConfigEntry[];
  /** Decides where legacy heap options are mapped (standalone scripts vs. YARN/Kubernetes). */
  readonly deployment?: Deployment;
  /** FLINK_TM_HEAP / FLINK_JM_HEAP as the start scripts would see them. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface DerivationFailure {
  readonly javaClass: string;
  /** Flink's full top-level message. */
  readonly message: string;
  /** "Caused by" messages, outermost first. */
  readonly causes: readonly string[];
  readonly keys: readonly string[];
  /** `configuration`: BashJavaUtils refuses; `startup`: the TaskManager fails building its network stack. */
  readonly stage: 'configuration' | 'startup';
}

interface Common {
  readonly flinkVersion: string;
  readonly deployment: Deployment;
  readonly config: FlinkConfiguration;
  /** Config warnings, then the INFO/WARN lines Flink logs while deriving. */
  readonly notes: readonly Note[];
  /** The components derived as a fraction of a total (network, managed, JVM overhead), with base, product and cap. */
  readonly fractions: readonly FractionStep[];
}

export type DeriveResult =
  | (Common & {
      readonly ok: true;
      readonly process: 'taskmanager';
      readonly taskManager: TaskManagerProcess;
      readonly network: { readonly segmentSize: bigint; readonly buffers: number };
    })
  | (Common & { readonly ok: true; readonly process: 'jobmanager'; readonly jobManager: JobManagerProcess | LegacyJobManagerProcess })
  | (Common & { readonly ok: false; readonly process: ProcessKind; readonly error: DerivationFailure });

/** Throws `UnsupportedVersionError` for a version outside 1.10–2.x; every configuration problem is a result. */
export function deriveMemory(request: DeriveRequest): DeriveResult {
  const version = parseFlinkVersion(request.flinkVersion ?? DEFAULT_VERSION);
  const deployment = request.deployment ?? 'standalone';
  const config = new FlinkConfiguration(request.entries);
  const notes: Note[] = [...configWarnings(config, version)];
  if (isUnverified(version)) {
    // 1.10.0–2.3.0 are each checked against Flink's own classes (calibration/config-oracle); a later 2.x is not.
    notes.push({
      level: 'INFO',
      message: `Flink ${formatFlinkVersion(version)} is derived with the ${NEWEST_VERIFIED_VERSION} rules: releases after ${NEWEST_VERIFIED_VERSION} were not checked against Flink's code.`,
      keys: [],
    });
  }
  const fractions: FractionStep[] = [];
  const common = { flinkVersion: formatFlinkVersion(version), deployment, config, notes, fractions };
  let stage: DerivationFailure['stage'] = 'configuration';
  try {
    if (request.process === 'jobmanager')
      return {
        ...common,
        ok: true,
        process: 'jobmanager',
        jobManager: jobManager(config, version, deployment, request.env ?? {}, notes, fractions),
      };
    const taskManager = deriveTaskManager(
      new DerivationContext(mapTaskManagerLegacyHeap(config, version, deployment, request.env ?? {}, notes), version, notes, fractions),
    );
    stage = 'startup';
    const slots = taskExecutorSlots(taskManager.slots);
    const ctx = new DerivationContext(config, version, notes);
    const segment = segmentSize(ctx);
    return {
      ...common,
      ok: true,
      process: 'taskmanager',
      // The slots the started TaskManager offers (-1 became 1); the dynamic properties keep the configured text.
      taskManager: { ...taskManager, slots },
      network: { segmentSize: segment, buffers: networkBufferCount(taskManager.memory.network, segment) },
    };
  } catch (e) {
    if (!(e instanceof FlinkError)) throw e;
    return { ...common, ok: false, process: request.process, error: failure(e, stage) };
  }
}

function mapTaskManagerLegacyHeap(
  config: FlinkConfiguration,
  version: FlinkVersion,
  deployment: Deployment,
  env: Readonly<Record<string, string>>,
  notes: Note[],
): FlinkConfiguration {
  const target = deployment === 'standalone' ? TM.flinkSize : TM.processSize;
  try {
    const mapped = mapLegacyHeap(
      config,
      version,
      { envVar: 'FLINK_TM_HEAP', heapSize: TM.legacyHeapSize, heapMb: TM.legacyHeapMb },
      target,
      env,
    );
    if (mapped.note) notes.push(mapped.note);
    return mapped.config;
  } catch (e) {
    if (e instanceof FlinkError && prefixesTaskManagerErrors(version))
      throw e.prefixed('TaskManager failed to map legacy JVM heap option to the new one: ');
    throw e;
  }
}

function jobManager(
  config: FlinkConfiguration,
  version: FlinkVersion,
  deployment: Deployment,
  env: Readonly<Record<string, string>>,
  notes: Note[],
  fractions: FractionStep[],
) {
  if (!hasJobManagerMemoryModel(version)) return deriveLegacyJobManager(new DerivationContext(config, version, notes), deployment, env);
  const target = deployment === 'standalone' ? JM.heap : JM.processSize;
  return withJobManagerPrefix(version, () => {
    const mapped = mapLegacyHeap(
      config,
      version,
      { envVar: 'FLINK_JM_HEAP', heapSize: JM.legacyHeapSize, heapMb: JM.legacyHeapMb },
      target,
      env,
    );
    if (mapped.note) notes.push(mapped.note);
    return deriveJobManager(new DerivationContext(mapped.config, version, notes, fractions));
  });
}

function failure(e: FlinkError, stage: DerivationFailure['stage']): DerivationFailure {
  return { javaClass: e.javaClass, message: e.message, causes: e.causes(), keys: e.keys, stage };
}

export interface FitRequest {
  /** The container or pod memory limit. */
  readonly limit: bigint;
  /** Slots per TaskManager for the per-slot shares (overrides `taskmanager.numberOfTaskSlots`). */
  readonly slots?: number;
  readonly limitFactor?: number;
}

export interface FitReport {
  readonly current: DeriveResult;
  readonly fit: ContainerFit | undefined;
  /** The same configuration with `*.memory.process.size` set from the limit (and flink.size removed). */
  readonly suggestedProcessSize: bigint;
  readonly suggested: DeriveResult;
}

/** The pod-limit check and its inverse, for TaskManagers and JobManagers alike. */
export function checkContainerFit(request: DeriveRequest, fitRequest: FitRequest): FitReport {
  const slotEntries =
    fitRequest.slots === undefined || request.process !== 'taskmanager'
      ? []
      : [{ key: TM.slots.key, value: String(fitRequest.slots), origin: '--slots' }];
  const current = deriveMemory({ ...request, entries: [...request.entries, ...slotEntries] });
  const kind = request.deployment ?? 'standalone';
  const fit = current.ok ? containerFit(totalProcessOf(current), fitRequest.limit, kind) : undefined;
  const suggestedProcessSize = processSizeForLimit(fitRequest.limit, fitRequest.limitFactor);
  const options = request.process === 'taskmanager' ? TM : JM;
  const kept = request.entries.filter((e) => ![options.processSize.key, options.flinkSize.key].includes(e.key));
  const suggested = deriveMemory({
    ...request,
    entries: [
      ...kept,
      ...slotEntries,
      { key: options.processSize.key, value: `${suggestedProcessSize / MiB}m`, origin: 'derived from the container limit' },
    ],
  });
  return { current, fit, suggestedProcessSize, suggested };
}

/** Total process memory of a successful derivation (1.10 JobManagers: the heap, all that is known). */
function totalProcessOf(result: DeriveResult & { ok: true }): bigint {
  if (result.process === 'taskmanager') return result.taskManager.memory.totalProcessMemory;
  const jm = result.jobManager;
  return 'memory' in jm ? jm.memory.totalProcessMemory : (jm.jvmHeap ?? 0n);
}

/** The command line of a derived process (the CLI's `derive` and the memory-model page). */
export function jvmCommandLineOf(result: DeriveResult & { ok: true }): JvmCommandLine {
  const version = parseFlinkVersion(result.flinkVersion);
  if (result.process === 'taskmanager') {
    const tm = result.taskManager;
    return jvmCommandLine({
      config: result.config,
      process: 'taskmanager',
      version,
      flinkJvmArgs: tm.jvmArgs,
      processBytes: tm.memory.totalProcessMemory,
    });
  }
  const jm = result.jobManager;
  const processBytes = 'memory' in jm ? jm.memory.totalProcessMemory : undefined;
  return jvmCommandLine({ config: result.config, process: 'jobmanager', version, flinkJvmArgs: jm.jvmArgs, processBytes });
}
