/**
 * JobManager memory (`JobManagerProcessUtils`, `JobManagerFlinkMemoryUtils`; docs/flink-memory-model.md §5),
 * and the 1.10 JobManager, which had no memory model: only `-Xms/-Xmx` from `jobmanager.heap.size`.
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { type FlinkVersion, hasJobManagerOffHeapCheckBug, prefixesJobManagerErrors } from '../config/flinkVersion';
import { JM } from '../config/options';
import { humanReadable as hr, MemorySizeParseError, MiB, parseMemorySize, type Bytes } from '../units/memorySize';
import { add, subtract } from './byteMath';
import type { DerivationContext } from './derivationContext';
import type { Deployment } from './legacyHeap';
import { optionDescription } from './optionDescription';
import { type DerivationMode, jvmFromTotalFlink, jvmFromTotalProcess, noBasisError, type ProcessOptions } from './processMemory';
import { jobManagerDynamicProperties, jvmArgs } from './startupArguments';

export interface JobManagerMemory {
  readonly jvmHeap: Bytes;
  readonly offHeap: Bytes;
  readonly jvmMetaspace: Bytes;
  readonly jvmOverhead: Bytes;
  readonly totalFlinkMemory: Bytes;
  readonly totalProcessMemory: Bytes;
}

export interface JobManagerProcess {
  readonly process: 'jobmanager';
  readonly mode: DerivationMode;
  readonly memory: JobManagerMemory;
  /** Whether off-heap is enforced as -XX:MaxDirectMemorySize. */
  readonly directMemoryLimited: boolean;
  readonly jvmArgs: string;
  readonly dynamicProperties: string;
}

/** Flink 1.10: the heap is the only thing the scripts set. */
export interface LegacyJobManagerProcess {
  readonly process: 'jobmanager';
  readonly mode: 'legacy-heap';
  /** Undefined when no heap is configured: the JVM then picks its own default heap. */
  readonly jvmHeap: Bytes | undefined;
  readonly jvmArgs: string;
}

const JM_PROCESS_OPTIONS: ProcessOptions = {
  processSize: JM.processSize,
  flinkSize: JM.flinkSize,
  metaspace: JM.metaspace,
  overheadMin: JM.overheadMin,
  overheadMax: JM.overheadMax,
  overheadFraction: JM.overheadFraction,
};

const JM_ERROR_PREFIX = 'JobManager memory configuration failed: ';
const MIN_JVM_HEAP = 128n * MiB;

/** `processSpecFromConfigWithNewOptionToInterpretLegacyHeap` prefixes legacy mapping and derivation errors in 1.12–1.20. */
export function withJobManagerPrefix<T>(version: FlinkVersion, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof FlinkError && e.javaClass === ILLEGAL_CONFIG && prefixesJobManagerErrors(version)) throw e.prefixed(JM_ERROR_PREFIX);
    throw e;
  }
}

/** `JobManagerProcessUtils#processSpecFromConfig` (unprefixed; see `withJobManagerPrefix`). */
export function deriveJobManager(ctx: DerivationContext): JobManagerProcess {
  const { mode, heap, offHeap, jvm } = deriveMemory(ctx);
  const memory: JobManagerMemory = {
    jvmHeap: heap,
    offHeap,
    jvmMetaspace: jvm.metaspace,
    jvmOverhead: jvm.overhead,
    totalFlinkMemory: add(heap, offHeap),
    totalProcessMemory: add(heap, offHeap, jvm.metaspace, jvm.overhead),
  };
  const directMemoryLimited = ctx.reader.boolean(JM.directLimit) ?? false;
  return {
    process: 'jobmanager',
    mode,
    memory,
    directMemoryLimited,
    jvmArgs: jvmArgs(heap, directMemoryLimited ? offHeap : undefined, jvm.metaspace),
    dynamicProperties: jobManagerDynamicProperties(memory, ctx.version),
  };
}

function deriveMemory(ctx: DerivationContext) {
  if (ctx.isExplicit(JM.heap)) {
    const { heap, offHeap } = fromFineGrained(ctx);
    return { mode: 'fine-grained' as const, heap, offHeap, jvm: jvmFromTotalFlink(ctx, JM_PROCESS_OPTIONS, add(heap, offHeap)) };
  }
  if (ctx.isExplicit(JM.flinkSize)) {
    const totalFlink = ctx.memory(JM.flinkSize);
    return {
      mode: 'total-flink' as const,
      ...fromTotalFlink(ctx, totalFlink),
      jvm: jvmFromTotalFlink(ctx, JM_PROCESS_OPTIONS, totalFlink),
    };
  }
  if (ctx.isExplicit(JM.processSize)) {
    const processSize = ctx.memory(JM.processSize);
    const jvm = jvmFromTotalProcess(ctx, JM_PROCESS_OPTIONS, processSize);
    return { mode: 'total-process' as const, ...fromTotalFlink(ctx, processSize - jvm.metaspace - jvm.overhead), jvm };
  }
  throw noBasisError(ctx, JM.heap.key, JM_PROCESS_OPTIONS, (d) => optionDescription(d, ctx.version));
}

const INCONSISTENT_HINT = 'Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.';

/** Heap configured; off-heap is its option, or the rest of a configured flink.size (E14, E15). */
function fromFineGrained(ctx: DerivationContext): { heap: Bytes; offHeap: Bytes } {
  const heap = ctx.memory(JM.heap);
  let offHeap = ctx.memory(JM.offHeap);
  if (ctx.isExplicit(JM.flinkSize)) {
    const totalFlink = ctx.memory(JM.flinkSize);
    if (ctx.isExplicit(JM.offHeap)) {
      // FLINK-18993: 1.11.0/1.11.1 passed total Flink memory where the off-heap size belonged.
      const checkedOffHeap = hasJobManagerOffHeapCheckBug(ctx.version) ? totalFlink : offHeap;
      if (add(heap, checkedOffHeap) !== totalFlink) {
        throw new FlinkError(
          ILLEGAL_CONFIG,
          `Sum of the configured JVM Heap Memory (${hr(heap)}) and the configured Off-heap Memory (${hr(checkedOffHeap)}) does not match the configured Total Flink Memory (${hr(totalFlink)}). ${INCONSISTENT_HINT}`,
          [JM.heap.key, JM.offHeap.key, JM.flinkSize.key],
        );
      }
    } else {
      if (totalFlink < heap) {
        throw new FlinkError(
          ILLEGAL_CONFIG,
          `The configured JVM Heap Memory (${hr(heap)}) exceeds the configured Total Flink Memory (${hr(totalFlink)}). ${INCONSISTENT_HINT}`,
          [JM.heap.key, JM.flinkSize.key],
        );
      }
      const derivedOffHeap = subtract(totalFlink, heap);
      if (derivedOffHeap !== offHeap) {
        ctx.info(
          `The Off-Heap Memory size (${hr(derivedOffHeap)}) is derived the configured Total Flink Memory size (${hr(totalFlink)}) minus the configured JVM Heap Memory size (${hr(heap)}). The default Off-Heap Memory size (${hr(offHeap)}) is ignored.`,
          [JM.offHeap.key],
        );
      }
      offHeap = derivedOffHeap;
    }
  }
  warnIfHeapTooSmall(ctx, heap);
  return { heap, offHeap };
}

/** Total Flink known: the heap is what off-heap leaves (E16 when nothing is left). */
function fromTotalFlink(ctx: DerivationContext, totalFlink: Bytes): { heap: Bytes; offHeap: Bytes } {
  const offHeap = ctx.memory(JM.offHeap);
  if (totalFlink <= offHeap) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `The configured Total Flink Memory (${hr(totalFlink)}) is less than the configured Off-heap Memory (${hr(offHeap)}).`,
      [JM.flinkSize.key, JM.processSize.key, JM.offHeap.key],
    );
  }
  const heap = subtract(totalFlink, offHeap);
  warnIfHeapTooSmall(ctx, heap);
  return { heap, offHeap };
}

function warnIfHeapTooSmall(ctx: DerivationContext, heap: Bytes): void {
  if (heap < MIN_JVM_HEAP) {
    ctx.warn(
      `The configured or derived JVM heap memory size (${hr(heap)}) is less than its recommended minimum value (${hr(MIN_JVM_HEAP)})`,
      [JM.heap.key],
    );
  }
}

/**
 * Flink 1.10's `bin/jobmanager.sh`: heap from FLINK_JM_HEAP, `jobmanager.heap.size` (a bare number is bytes)
 * or `jobmanager.heap.mb`, floored to whole MiB; `-Xms…m -Xmx…m`, or nothing when it is 0. YARN/Kubernetes
 * sessions use the option's 1024m default instead of the script's 0.
 */
export function deriveLegacyJobManager(
  ctx: DerivationContext,
  deployment: Deployment,
  env: Readonly<Record<string, string>>,
): LegacyJobManagerProcess {
  const heapMb = legacyHeapMb(ctx, deployment, env);
  if (heapMb < 0n) {
    throw new FlinkError(
      'ScriptError',
      `[ERROR] Configured JobManager memory size is not a valid value. Please set '${JM.legacyHeapSize.key}' in flink-conf.yaml.`,
      [JM.legacyHeapMb.key],
    );
  }
  if (heapMb === 0n) {
    ctx.warn(
      'No JobManager heap is configured: the scripts pass no -Xms/-Xmx and the JVM chooses its default heap (a quarter of physical memory).',
      [JM.legacyHeapSize.key],
    );
    return { process: 'jobmanager', mode: 'legacy-heap', jvmHeap: undefined, jvmArgs: '' };
  }
  return { process: 'jobmanager', mode: 'legacy-heap', jvmHeap: heapMb * MiB, jvmArgs: `-Xms${heapMb}m -Xmx${heapMb}m` };
}

function legacyHeapMb(ctx: DerivationContext, deployment: Deployment, env: Readonly<Record<string, string>>): bigint {
  const fromEnv = env.FLINK_JM_HEAP;
  if (fromEnv !== undefined && fromEnv !== '') {
    try {
      return parseMemorySize(fromEnv) / MiB;
    } catch (e) {
      if (!(e instanceof MemorySizeParseError)) throw e;
      throw new FlinkError('ScriptError', `[ERROR] ${e.message}`, ['FLINK_JM_HEAP']);
    }
  }
  if (ctx.isExplicit(JM.legacyHeapSize) || deployment !== 'standalone') return ctx.memory(JM.legacyHeapSize) / MiB;
  if (!ctx.isExplicit(JM.legacyHeapMb)) return 0n;
  ctx.warn(`used deprecated key \`${JM.legacyHeapMb.key}\`, please replace with key \`${JM.legacyHeapSize.key}\``, [JM.legacyHeapMb.key]);
  return BigInt(ctx.reader.int(JM.legacyHeapMb) ?? 0);
}
