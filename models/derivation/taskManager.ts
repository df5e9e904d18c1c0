/**
 * TaskManager memory: mode selection, the Flink-internal split, JVM metaspace and overhead, and
 * what the start scripts pass on (`TaskExecutorProcessUtils`, docs/flink-memory-model.md §4, §6).
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { prefixesTaskManagerErrors } from '../config/flinkVersion';
import { TM } from '../config/options';
import { javaTrim } from '../units/javaNumbers';
import type { Bytes } from '../units/memorySize';
import { add } from './byteMath';
import type { DerivationContext } from './derivationContext';
import { optionDescription } from './optionDescription';
import { type DerivationMode, jvmFromTotalFlink, jvmFromTotalProcess, noBasisError, type ProcessOptions } from './processMemory';
import { jvmArgs, taskManagerDynamicProperties } from './startupArguments';
import { fromFineGrained, fromTotalFlink, type TaskManagerFlinkMemory, totalFlinkOf } from './taskManagerFlinkMemory';

export interface TaskManagerMemory extends TaskManagerFlinkMemory {
  readonly jvmMetaspace: Bytes;
  readonly jvmOverhead: Bytes;
  readonly totalFlinkMemory: Bytes;
  readonly totalProcessMemory: Bytes;
  /** -Xmx = -Xms = framework heap + task heap. */
  readonly jvmHeap: Bytes;
  /** -XX:MaxDirectMemorySize = framework off-heap + task off-heap + network. */
  readonly jvmDirect: Bytes;
}

export interface TaskManagerProcess {
  readonly process: 'taskmanager';
  readonly mode: DerivationMode;
  readonly memory: TaskManagerMemory;
  readonly jvmArgs: string;
  readonly dynamicProperties: string;
  readonly cpuCores: number;
  readonly slots: number;
}

const TM_PROCESS_OPTIONS: ProcessOptions = {
  processSize: TM.processSize,
  flinkSize: TM.flinkSize,
  metaspace: TM.metaspace,
  overheadMin: TM.overheadMin,
  overheadMax: TM.overheadMax,
  overheadFraction: TM.overheadFraction,
};

const TM_ERROR_PREFIX = 'TaskManager memory configuration failed: ';

/** `TaskExecutorProcessUtils#processSpecFromConfig`, errors prefixed from 1.12 on. */
export function deriveTaskManager(ctx: DerivationContext): TaskManagerProcess {
  try {
    return processSpec(ctx);
  } catch (e) {
    if (e instanceof FlinkError && e.javaClass === ILLEGAL_CONFIG && prefixesTaskManagerErrors(ctx.version))
      throw e.prefixed(TM_ERROR_PREFIX);
    throw e;
  }
}

function processSpec(ctx: DerivationContext): TaskManagerProcess {
  const { mode, flink, jvm } = deriveMemory(ctx);
  const totalFlinkMemory = totalFlinkOf(flink);
  const memory: TaskManagerMemory = {
    ...flink,
    jvmMetaspace: jvm.metaspace,
    jvmOverhead: jvm.overhead,
    totalFlinkMemory,
    totalProcessMemory: add(totalFlinkMemory, jvm.metaspace, jvm.overhead),
    jvmHeap: add(flink.frameworkHeap, flink.taskHeap),
    jvmDirect: add(flink.frameworkOffHeap, flink.taskOffHeap, flink.network),
  };
  const slots = ctx.reader.int(TM.slots) ?? 1;
  const cpuCores = cpuCoresOf(ctx, slots);
  const externalResources = externalResourcesOf(ctx);
  return {
    process: 'taskmanager',
    mode,
    memory,
    jvmArgs: jvmArgs(memory.jvmHeap, memory.jvmDirect, memory.jvmMetaspace),
    dynamicProperties: taskManagerDynamicProperties({ ...memory, cpuCores, slots, externalResources }, ctx.version),
    cpuCores,
    slots,
  };
}

/** docs/flink-memory-model.md §4.1: fine-grained, else total Flink, else total process, else E1. */
function deriveMemory(ctx: DerivationContext) {
  if (ctx.isExplicit(TM.taskHeap) && ctx.isExplicit(TM.managedSize)) {
    const flink = fromFineGrained(ctx);
    return { mode: 'fine-grained' as const, flink, jvm: jvmFromTotalFlink(ctx, TM_PROCESS_OPTIONS, totalFlinkOf(flink)) };
  }
  if (ctx.isExplicit(TM.flinkSize)) {
    const totalFlink = ctx.memory(TM.flinkSize);
    const flink = fromTotalFlink(ctx, totalFlink);
    return { mode: 'total-flink' as const, flink, jvm: jvmFromTotalFlink(ctx, TM_PROCESS_OPTIONS, totalFlink) };
  }
  if (ctx.isExplicit(TM.processSize)) {
    const processSize = ctx.memory(TM.processSize);
    const jvm = jvmFromTotalProcess(ctx, TM_PROCESS_OPTIONS, processSize);
    const flink = fromTotalFlink(ctx, processSize - jvm.metaspace - jvm.overhead);
    return { mode: 'total-process' as const, flink, jvm };
  }
  throw noBasisError(ctx, `${TM.taskHeap.key} and ${TM.managedSize.key}`, TM_PROCESS_OPTIONS, (d) => optionDescription(d, ctx.version));
}

/**
 * `taskmanager.cpu.cores`, falling back to the slot count; must be positive (E17). TaskExecutorProcessUtils checks
 * `cpuCores <= 0`, which NaN passes; then `new CPUResource(cores)` → Resource(name, double) →
 * `BigDecimal.valueOf(value)` (1.11+), which cannot hold NaN or Infinity (a 400-digit value parses to Infinity)
 * and throws java.math.BigDecimal's NumberFormatException for the first character of "NaN" / "Infinity".
 * 1.10 kept the double and would print Infinity; the simulator refuses it there too, as no run can use it.
 */
function cpuCoresOf(ctx: DerivationContext, slots: number): number {
  const cores = ctx.isExplicit(TM.cpuCores) ? (ctx.reader.double(TM.cpuCores) ?? 0) : slots;
  if (cores <= 0) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `TaskExecutors need to be started with a positive number of CPU cores. Please configure ${TM.cpuCores.key} accordingly.`,
      [TM.cpuCores.key, TM.slots.key],
    );
  }
  if (!Number.isFinite(cores)) {
    const first = Number.isNaN(cores) ? 'N' : 'I';
    throw new FlinkError(
      'NumberFormatException',
      `Character ${first} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
      [TM.cpuCores.key],
    );
  }
  return cores;
}

/**
 * ConfigurationParserUtils#getSlot, which the TaskManager runs at start (BashJavaUtils passes the configured count on): -1 means 1 ("many
 * configs have been written
 * with a -1 entry"); anything else below 1 is refused with checkConfigParameter's text.
 */
export function taskExecutorSlots(configured: number): number {
  const slots = configured === -1 ? 1 : configured;
  if (slots < 1) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Invalid configuration value for ${TM.slots.key} : ${slots} - Number of task slots must be at least one.`,
      [TM.slots.key],
    );
  }
  return slots;
}

/** `external-resources` names with a positive `external-resource.<name>.amount`; others are skipped with a WARN, as Flink does. */
function externalResourcesOf(ctx: DerivationContext): Array<[string, string]> {
  const list = ctx.reader.string(TM.externalResources);
  if (list === undefined || javaTrim(list) === 'none') return [];
  const out: Array<[string, string]> = [];
  for (const name of list
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n !== '')) {
    const key = `external-resource.${name}.amount`;
    const amount = ctx.config.raw(key)?.value.trim();
    if (amount !== undefined && /^\d+$/.test(amount) && BigInt(amount) > 0n) out.push([name, String(BigInt(amount))]);
    else ctx.warn(`The amount of the ${name} should be configured. Will ignore that resource.`, [key]);
  }
  return out;
}
