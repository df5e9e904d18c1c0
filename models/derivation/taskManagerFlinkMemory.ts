/**
 * The split of Total Flink memory inside a TaskManager (`TaskExecutorFlinkMemoryUtils`):
 * framework/task heap, framework/task off-heap, network and managed memory (docs/flink-memory-model.md §4.2, §4.3).
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { hasLegacyMemoryOptions } from '../config/flinkVersion';
import { TM } from '../config/options';
import { humanReadable as hr, type Bytes } from '../units/memorySize';
import { javaDoubleToString } from '../units/javaNumbers';
import { add, multiply, subtract } from './byteMath';
import type { DerivationContext } from './derivationContext';
import { segmentSize } from './networkBuffers';
import { fromFraction, fromInverseFraction, inRange, readRangeFraction, type RangeFraction } from './rangeFraction';

export interface TaskManagerFlinkMemory {
  readonly frameworkHeap: Bytes;
  readonly taskHeap: Bytes;
  readonly frameworkOffHeap: Bytes;
  readonly taskOffHeap: Bytes;
  readonly network: Bytes;
  readonly managed: Bytes;
}

interface FixedParts {
  readonly frameworkHeap: Bytes;
  readonly frameworkOffHeap: Bytes;
  readonly taskOffHeap: Bytes;
}

const NETWORK_KEYS = [TM.networkMin.key, TM.networkMax.key, TM.networkFraction.key];

function fixedParts(ctx: DerivationContext): FixedParts {
  return {
    frameworkHeap: ctx.memory(TM.frameworkHeap),
    frameworkOffHeap: ctx.memory(TM.frameworkOffHeap),
    taskOffHeap: ctx.memory(TM.taskOffHeap),
  };
}

/** Mode 1: task heap and managed given; network is the rest of a configured flink.size, else a fraction of the result. */
export function fromFineGrained(ctx: DerivationContext): TaskManagerFlinkMemory {
  const taskHeap = ctx.memory(TM.taskHeap);
  const managed = ctx.memory(TM.managedSize);
  const fixed = fixedParts(ctx);
  const withoutNetwork = add(fixed.frameworkHeap, fixed.frameworkOffHeap, taskHeap, fixed.taskOffHeap, managed);
  if (ctx.isExplicit(TM.flinkSize)) {
    const totalFlink = ctx.memory(TM.flinkSize);
    return { ...fixed, taskHeap, managed, network: networkAsRest(ctx, fixed, taskHeap, managed, totalFlink) };
  }
  const network = usesLegacyNetworkConfig(ctx) ? legacyNetworkSize(ctx) : fromInverseFraction(ctx, withoutNetwork, networkRange(ctx));
  return { ...fixed, taskHeap, managed, network };
}

/** Modes 2 and 3: split a known Total Flink memory; task heap is the rest unless configured. */
export function fromTotalFlink(ctx: DerivationContext, totalFlink: Bytes): TaskManagerFlinkMemory {
  const fixed = fixedParts(ctx);
  if (ctx.isExplicit(TM.taskHeap)) {
    const taskHeap = ctx.memory(TM.taskHeap);
    const managed = managedSize(ctx, totalFlink);
    return { ...fixed, taskHeap, managed, network: networkAsRest(ctx, fixed, taskHeap, managed, totalFlink) };
  }
  const managed = managedSize(ctx, totalFlink);
  const network = usesLegacyNetworkConfig(ctx) ? legacyNetworkSize(ctx) : fromFraction(ctx, totalFlink, networkRange(ctx));
  const withoutTaskHeap = add(fixed.frameworkHeap, fixed.frameworkOffHeap, fixed.taskOffHeap, managed, network);
  if (withoutTaskHeap > totalFlink) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Sum of configured Framework Heap Memory (${hr(fixed.frameworkHeap)}), Framework Off-Heap Memory (${hr(fixed.frameworkOffHeap)}), Task Off-Heap Memory (${hr(fixed.taskOffHeap)}), Managed Memory (${hr(managed)}) and Network Memory (${hr(network)}) exceed configured Total Flink Memory (${hr(totalFlink)}).`,
      [
        TM.frameworkHeap.key,
        TM.frameworkOffHeap.key,
        TM.taskOffHeap.key,
        TM.managedSize.key,
        TM.managedFraction.key,
        ...NETWORK_KEYS,
        TM.flinkSize.key,
        TM.processSize.key,
      ],
    );
  }
  return { ...fixed, taskHeap: subtract(totalFlink, withoutTaskHeap), managed, network };
}

export function totalFlinkOf(m: TaskManagerFlinkMemory): Bytes {
  return add(m.frameworkHeap, m.frameworkOffHeap, m.taskHeap, m.taskOffHeap, m.network, m.managed);
}

function managedSize(ctx: DerivationContext, totalFlink: Bytes): Bytes {
  if (ctx.isExplicit(TM.managedSize)) return ctx.memory(TM.managedSize);
  return fromFraction(ctx, totalFlink, readRangeFraction(ctx, { fraction: TM.managedFraction, what: 'managed memory' }));
}

function networkRange(ctx: DerivationContext): RangeFraction {
  return readRangeFraction(ctx, { min: TM.networkMin, max: TM.networkMax, fraction: TM.networkFraction, what: 'network memory' });
}

/** With task heap (and managed) fixed and flink.size configured, network is what is left (E8, E10). */
function networkAsRest(ctx: DerivationContext, fixed: FixedParts, taskHeap: Bytes, managed: Bytes, totalFlink: Bytes): Bytes {
  const withoutNetwork = add(fixed.frameworkHeap, fixed.frameworkOffHeap, taskHeap, fixed.taskOffHeap, managed);
  if (withoutNetwork > totalFlink) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Sum of configured Framework Heap Memory (${hr(fixed.frameworkHeap)}), Framework Off-Heap Memory (${hr(fixed.frameworkOffHeap)}), Task Heap Memory (${hr(taskHeap)}), Task Off-Heap Memory (${hr(fixed.taskOffHeap)}) and Managed Memory (${hr(managed)}) exceed configured Total Flink Memory (${hr(totalFlink)}).`,
      [TM.frameworkHeap.key, TM.frameworkOffHeap.key, TM.taskHeap.key, TM.taskOffHeap.key, TM.managedSize.key, TM.flinkSize.key],
    );
  }
  const network = subtract(totalFlink, withoutNetwork);
  try {
    checkNetworkAsRest(ctx, network, totalFlink);
  } catch (e) {
    if (!(e instanceof FlinkError) || e.javaClass !== ILLEGAL_CONFIG) throw e;
    throw new FlinkError(
      ILLEGAL_CONFIG,
      'If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.',
      [...NETWORK_KEYS, TM.taskHeap.key, TM.managedSize.key, TM.flinkSize.key],
      e,
    );
  }
  return network;
}

function checkNetworkAsRest(ctx: DerivationContext, network: Bytes, totalFlink: Bytes): void {
  if (usesLegacyNetworkConfig(ctx)) {
    const legacy = legacyNetworkSize(ctx);
    if (legacy !== network) {
      throw new FlinkError(
        ILLEGAL_CONFIG,
        `Derived Network Memory size (${hr(network)}) does not match configured Network Memory size (${hr(legacy)}).`,
        [TM.legacyNumberOfBuffers.key],
      );
    }
    return;
  }
  const range = networkRange(ctx);
  if (!inRange(range, network)) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Derived Network Memory size (${hr(network)}) is not in configured Network Memory range [${hr(range.min)}, ${hr(range.max)}].`,
      NETWORK_KEYS,
    );
  }
  if (ctx.isExplicit(TM.networkFraction) && network !== multiply(totalFlink, range.fraction)) {
    ctx.info(
      `The derived Network Memory size (${hr(network)}) does not match the configured Network Memory fraction (${javaDoubleToString(range.fraction)}) from the configured Total Flink Memory size (${hr(totalFlink)}). The derived Network Memory size will be used.`,
      [TM.networkFraction.key],
    );
  }
}

/** docs/flink-memory-model.md §7.2: `taskmanager.network.numberOfBuffers` counts only when no new network option is set (≤ 1.20). */
function usesLegacyNetworkConfig(ctx: DerivationContext): boolean {
  return (
    hasLegacyMemoryOptions(ctx.version) &&
    ctx.isExplicit(TM.legacyNumberOfBuffers) &&
    !ctx.isExplicit(TM.networkMin) &&
    !ctx.isExplicit(TM.networkMax) &&
    !ctx.isExplicit(TM.networkFraction)
  );
}

function legacyNetworkSize(ctx: DerivationContext): Bytes {
  const buffers = BigInt(ctx.reader.int(TM.legacyNumberOfBuffers) ?? 0);
  // `new MemorySize(numOfBuffers * pageSize)`: a negative count is rejected by MemorySize itself.
  return subtract(segmentSize(ctx) * buffers, 0n);
}
