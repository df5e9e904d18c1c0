/**
 * The catalogue of configuration options the memory model reads: the one place where each
 * key's meaning, unit, default (per version), deprecated aliases and availability are written
 * down (docs/flink-memory-model.md §1; TaskManagerOptions, JobManagerOptions, NettyShuffleEnvironmentOptions).
 */
import { GiB, MiB, KiB } from '../units/memorySize';
import { LONG_MAX } from '../units/javaNumbers';
import { type FlinkVersion, hasJobManagerMemoryModel, hasLegacyMemoryOptions, hasUncappedNetworkMax, isFlink1100 } from './flinkVersion';

export type ProcessKind = 'taskmanager' | 'jobmanager';
export type OptionType = 'memory' | 'float' | 'int' | 'double' | 'boolean' | 'string' | 'duration';
export type DefaultValue = bigint | number | boolean | string | undefined;

export interface OptionDef {
  readonly key: string;
  readonly type: OptionType;
  readonly process: ProcessKind;
  /** Short name as Flink's messages and memory-model figure use it. */
  readonly label: string;
  /** What it means, in one or two sentences. */
  readonly doc: string;
  readonly defaultValue: (v: FlinkVersion) => DefaultValue;
  /** Deprecated keys read when the main key is absent, in declaration order. */
  readonly deprecatedKeys: readonly string[];
  readonly availableIn: (v: FlinkVersion) => boolean;
  /** True when the option only changes other parts of Flink, not the sizes derived here. */
  readonly informational?: boolean;
}

const always = () => true;
const fixed = (value: DefaultValue) => () => value;

function option(def: Omit<OptionDef, 'deprecatedKeys' | 'availableIn'> & Partial<OptionDef>): OptionDef {
  return { deprecatedKeys: [], availableIn: always, ...def };
}

export const TM = {
  processSize: option({
    key: 'taskmanager.memory.process.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Total Process Memory',
    doc: 'Everything the TaskManager JVM process may use: total Flink memory + JVM metaspace + JVM overhead. What a container should be sized to.',
    defaultValue: fixed(undefined),
  }),
  flinkSize: option({
    key: 'taskmanager.memory.flink.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Total Flink Memory',
    doc: 'Heap + off-heap + network + managed memory, without metaspace and overhead. Takes precedence over the process size as the basis of the split.',
    defaultValue: fixed(undefined),
  }),
  frameworkHeap: option({
    key: 'taskmanager.memory.framework.heap.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Framework Heap',
    doc: 'JVM heap reserved for the Flink framework itself.',
    defaultValue: fixed(128n * MiB),
  }),
  taskHeap: option({
    key: 'taskmanager.memory.task.heap.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Task Heap',
    doc: 'JVM heap for operators and user code. When not set it is whatever Total Flink memory leaves over.',
    defaultValue: fixed(undefined),
  }),
  managedSize: option({
    key: 'taskmanager.memory.managed.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Managed Memory',
    doc: 'Native memory managed by Flink: RocksDB, sorting, hash tables, Python. Derived from the managed fraction when not set.',
    defaultValue: fixed(undefined),
    deprecatedKeys: ['taskmanager.memory.size'],
  }),
  managedFraction: option({
    key: 'taskmanager.memory.managed.fraction',
    type: 'float',
    process: 'taskmanager',
    label: 'Managed Memory fraction',
    doc: 'Fraction of Total Flink memory used as managed memory when managed.size is not set.',
    defaultValue: fixed(Math.fround(0.4)),
  }),
  frameworkOffHeap: option({
    key: 'taskmanager.memory.framework.off-heap.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Framework Off-Heap',
    doc: 'Direct and native memory for the Flink framework (counts towards -XX:MaxDirectMemorySize).',
    defaultValue: fixed(128n * MiB),
  }),
  taskOffHeap: option({
    key: 'taskmanager.memory.task.off-heap.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Task Off-Heap',
    doc: 'Direct and native memory for user code (counts towards -XX:MaxDirectMemorySize).',
    defaultValue: fixed(0n),
  }),
  networkMin: option({
    key: 'taskmanager.memory.network.min',
    type: 'memory',
    process: 'taskmanager',
    label: 'Network Memory min',
    doc: 'Lower bound of the network buffer memory.',
    defaultValue: fixed(64n * MiB),
    deprecatedKeys: ['taskmanager.network.memory.min'],
  }),
  networkMax: option({
    key: 'taskmanager.memory.network.max',
    type: 'memory',
    process: 'taskmanager',
    label: 'Network Memory max',
    doc: 'Upper bound of the network buffer memory: 1g until 1.16, unbounded from 1.17 (FLINK-30472).',
    defaultValue: (v) => (hasUncappedNetworkMax(v) ? LONG_MAX : GiB),
    deprecatedKeys: ['taskmanager.network.memory.max'],
  }),
  networkFraction: option({
    key: 'taskmanager.memory.network.fraction',
    type: 'float',
    process: 'taskmanager',
    label: 'Network Memory fraction',
    doc: 'Fraction of Total Flink memory used for network buffers, capped to [min, max].',
    defaultValue: fixed(Math.fround(0.1)),
    deprecatedKeys: ['taskmanager.network.memory.fraction'],
  }),
  metaspace: option({
    key: 'taskmanager.memory.jvm-metaspace.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'JVM Metaspace',
    doc: 'Becomes -XX:MaxMetaspaceSize: class metadata of Flink and user code. 96m in 1.10.0, 256m since 1.10.1 (FLINK-16406).',
    defaultValue: (v) => (isFlink1100(v) ? 96n * MiB : 256n * MiB),
  }),
  overheadMin: option({
    key: 'taskmanager.memory.jvm-overhead.min',
    type: 'memory',
    process: 'taskmanager',
    label: 'JVM Overhead min',
    doc: 'Lower bound of the memory reserved for thread stacks, code cache, GC structures and other native JVM use.',
    defaultValue: fixed(192n * MiB),
  }),
  overheadMax: option({
    key: 'taskmanager.memory.jvm-overhead.max',
    type: 'memory',
    process: 'taskmanager',
    label: 'JVM Overhead max',
    doc: 'Upper bound of the JVM overhead.',
    defaultValue: fixed(GiB),
  }),
  overheadFraction: option({
    key: 'taskmanager.memory.jvm-overhead.fraction',
    type: 'float',
    process: 'taskmanager',
    label: 'JVM Overhead fraction',
    doc: 'Fraction of Total Process memory reserved as JVM overhead, capped to [min, max].',
    defaultValue: fixed(Math.fround(0.1)),
  }),
  segmentSize: option({
    key: 'taskmanager.memory.segment-size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Memory segment size',
    doc: 'Size of one network buffer / memory segment; a power of two of at least 4096 bytes.',
    defaultValue: fixed(32n * KiB),
  }),
  slots: option({
    key: 'taskmanager.numberOfTaskSlots',
    type: 'int',
    process: 'taskmanager',
    label: 'Task slots',
    doc: 'Slots per TaskManager. Does not change the sizes; passed on as a dynamic property and the CPU-core fallback.',
    defaultValue: fixed(1),
  }),
  cpuCores: option({
    key: 'taskmanager.cpu.cores',
    type: 'double',
    process: 'taskmanager',
    label: 'CPU cores',
    doc: 'CPU cores of the TaskManager; falls back to the number of slots. Must be positive.',
    defaultValue: fixed(undefined),
  }),
  legacyHeapSize: option({
    key: 'taskmanager.heap.size',
    type: 'memory',
    process: 'taskmanager',
    label: 'Legacy TaskManager heap',
    doc: 'Pre-1.10 option, mapped to taskmanager.memory.flink.size (standalone) or .process.size (YARN/Kubernetes). Removed in 2.0.',
    defaultValue: fixed(undefined),
    availableIn: hasLegacyMemoryOptions,
  }),
  legacyHeapMb: option({
    key: 'taskmanager.heap.mb',
    type: 'int',
    process: 'taskmanager',
    label: 'Legacy TaskManager heap (MB)',
    doc: 'Pre-1.10 option in MiB, mapped like taskmanager.heap.size. Removed in 2.0.',
    defaultValue: fixed(undefined),
    availableIn: hasLegacyMemoryOptions,
  }),
  legacyNumberOfBuffers: option({
    key: 'taskmanager.network.numberOfBuffers',
    type: 'int',
    process: 'taskmanager',
    label: 'Legacy network buffer count',
    doc: 'Pre-1.10 network size as a buffer count; used only when no network.min/max/fraction is set. Removed in 2.0.',
    defaultValue: fixed(undefined),
    availableIn: hasLegacyMemoryOptions,
  }),
  externalResources: option({
    key: 'external-resources',
    type: 'string',
    process: 'taskmanager',
    label: 'External resources',
    doc: "';'-separated names of external resources (e.g. gpu); passed on as dynamic properties since 1.13.",
    defaultValue: fixed(undefined),
  }),
} as const;

export const JM = {
  processSize: option({
    key: 'jobmanager.memory.process.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'Total Process Memory',
    doc: 'Everything the JobManager JVM process may use: total Flink memory + JVM metaspace + JVM overhead.',
    defaultValue: fixed(undefined),
    availableIn: hasJobManagerMemoryModel,
  }),
  flinkSize: option({
    key: 'jobmanager.memory.flink.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'Total Flink Memory',
    doc: 'JVM heap + off-heap memory of the JobManager.',
    defaultValue: fixed(undefined),
    availableIn: hasJobManagerMemoryModel,
  }),
  heap: option({
    key: 'jobmanager.memory.heap.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'JVM Heap',
    doc: 'Becomes -Xmx/-Xms of the JobManager. Derived as the rest of Total Flink memory when not set.',
    defaultValue: fixed(undefined),
    availableIn: hasJobManagerMemoryModel,
  }),
  offHeap: option({
    key: 'jobmanager.memory.off-heap.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'Off-Heap Memory',
    doc: 'Direct and native memory of the JobManager; a -XX:MaxDirectMemorySize only if the direct memory limit is enabled.',
    defaultValue: fixed(128n * MiB),
    availableIn: hasJobManagerMemoryModel,
  }),
  directLimit: option({
    key: 'jobmanager.memory.enable-jvm-direct-memory-limit',
    type: 'boolean',
    process: 'jobmanager',
    label: 'Limit direct memory',
    doc: 'When true the off-heap size is passed as -XX:MaxDirectMemorySize.',
    defaultValue: fixed(false),
    availableIn: hasJobManagerMemoryModel,
  }),
  metaspace: option({
    key: 'jobmanager.memory.jvm-metaspace.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'JVM Metaspace',
    doc: "Becomes -XX:MaxMetaspaceSize: class metadata, including every submitted job's classes.",
    defaultValue: fixed(256n * MiB),
    availableIn: hasJobManagerMemoryModel,
  }),
  overheadMin: option({
    key: 'jobmanager.memory.jvm-overhead.min',
    type: 'memory',
    process: 'jobmanager',
    label: 'JVM Overhead min',
    doc: 'Lower bound of the memory reserved for thread stacks, code cache and other native JVM use.',
    defaultValue: fixed(192n * MiB),
    availableIn: hasJobManagerMemoryModel,
  }),
  overheadMax: option({
    key: 'jobmanager.memory.jvm-overhead.max',
    type: 'memory',
    process: 'jobmanager',
    label: 'JVM Overhead max',
    doc: 'Upper bound of the JVM overhead.',
    defaultValue: fixed(GiB),
    availableIn: hasJobManagerMemoryModel,
  }),
  overheadFraction: option({
    key: 'jobmanager.memory.jvm-overhead.fraction',
    type: 'float',
    process: 'jobmanager',
    label: 'JVM Overhead fraction',
    doc: 'Fraction of Total Process memory reserved as JVM overhead, capped to [min, max].',
    defaultValue: fixed(Math.fround(0.1)),
    availableIn: hasJobManagerMemoryModel,
  }),
  legacyHeapSize: option({
    key: 'jobmanager.heap.size',
    type: 'memory',
    process: 'jobmanager',
    label: 'Legacy JobManager heap',
    doc: 'The only JobManager memory option of 1.10 (default 1024m); mapped to jobmanager.memory.heap.size (standalone) or .process.size (YARN/Kubernetes) in 1.11–1.20. Removed in 2.0.',
    defaultValue: (v) => (hasJobManagerMemoryModel(v) ? undefined : 1024n * MiB),
    availableIn: hasLegacyMemoryOptions,
  }),
  legacyHeapMb: option({
    key: 'jobmanager.heap.mb',
    type: 'int',
    process: 'jobmanager',
    label: 'Legacy JobManager heap (MB)',
    doc: 'Legacy heap in MiB, read when jobmanager.heap.size is not set. Removed in 2.0.',
    defaultValue: fixed(undefined),
    availableIn: hasLegacyMemoryOptions,
  }),
} as const;

/**
 * Options near the memory model that do not enter the sizing, with the short text the memory-model page shows. Whether a
 * release declares a key (and so whether it is "unknown") is decided by Flink's own option keys (configCheck.ts,
 * flinkOptionKeys.ts), not by this list, and so is in which releases each exists (every entry here is available).
 */
const INFORMATIONAL: readonly OptionDef[] = [
  ['taskmanager.memory.min-segment-size', 'memory', 'Smallest buffer size buffer debloating may use (1.14+).'],
  ['taskmanager.memory.starting-segment-size', 'memory', 'Initial buffer size with buffer debloating (2.0).'],
  ['taskmanager.memory.framework.off-heap.batch-shuffle.size', 'memory', 'Part of framework off-heap used by batch shuffle reads (1.13+).'],
  ['taskmanager.memory.managed.consumer-weights', 'string', 'How managed memory is split between operators, state backends and Python.'],
  ['taskmanager.network.memory.buffers-per-channel', 'int', 'Exclusive buffers per input channel (2); fixed in code from 2.0.'],
  ['taskmanager.network.memory.floating-buffers-per-gate', 'int', 'Floating buffers per input gate (8); fixed in code from 2.0.'],
  ['taskmanager.network.memory.max-buffers-per-channel', 'int', 'Buffers one output subpartition may hold (10).'],
  ['taskmanager.network.memory.max-overdraft-buffers-per-gate', 'int', 'Overdraft buffers per gate (5, 1.16+).'],
  ['taskmanager.network.memory.read-buffer.required-per-gate.max', 'int', 'Cap of required buffers per input gate (1.17+).'],
  ['taskmanager.network.sort-shuffle.min-buffers', 'int', 'Minimum buffers of a sort-shuffle result partition.'],
  ['taskmanager.jvm-exit-on-oom', 'boolean', 'Whether a TaskManager exits on an OutOfMemoryError (default false).'],
  ['kubernetes.taskmanager.memory.limit-factor', 'double', 'Pod memory limit = process size × this factor (default 1.0).'],
  ['kubernetes.jobmanager.memory.limit-factor', 'double', 'Pod memory limit = process size × this factor (default 1.0).'],
].map(([key, type, doc]) =>
  option({
    key: key as string,
    type: type as OptionType,
    process: (key as string).startsWith('jobmanager') ? 'jobmanager' : 'taskmanager',
    label: key as string,
    doc: doc as string,
    defaultValue: fixed(undefined),
    informational: true,
  }),
);

export const ALL_OPTIONS: readonly OptionDef[] = [...Object.values(TM), ...Object.values(JM), ...INFORMATIONAL];

const BY_KEY = new Map<string, OptionDef>();
for (const def of ALL_OPTIONS) {
  BY_KEY.set(def.key, def);
  for (const alias of def.deprecatedKeys) BY_KEY.set(alias, def);
}

/** The option a key (or deprecated alias) belongs to. */
export function optionForKey(key: string): OptionDef | undefined {
  return BY_KEY.get(key);
}

/** The fields a memory-model editor shows for one process, in the order of Flink's memory figure. */
export function editableOptions(process: ProcessKind): readonly OptionDef[] {
  return Object.values(process === 'taskmanager' ? TM : JM);
}
