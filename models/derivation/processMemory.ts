/**
 * The process-level part shared by TaskManager and JobManager (`ProcessMemoryUtils`): JVM
 * metaspace and overhead around a Total Flink memory (docs/flink-memory-model.md §4.4, §4.5).
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { atLeast, hasFlink110Wording } from '../config/flinkVersion';
import type { OptionDef } from '../config/options';
import { humanReadable as hr, type Bytes } from '../units/memorySize';
import { javaDoubleToString } from '../units/javaNumbers';
import { add, multiply, subtract } from './byteMath';
import type { DerivationContext } from './derivationContext';
import { fromFraction, fromInverseFraction, inRange, readRangeFraction, type RangeFraction } from './rangeFraction';

export interface ProcessOptions {
  readonly processSize: OptionDef;
  readonly flinkSize: OptionDef;
  readonly metaspace: OptionDef;
  readonly overheadMin: OptionDef;
  readonly overheadMax: OptionDef;
  readonly overheadFraction: OptionDef;
}

export interface JvmMetaspaceAndOverhead {
  readonly metaspace: Bytes;
  readonly overhead: Bytes;
}

/** Which option the split started from (first match wins, docs/flink-memory-model.md §4.1 / §5). */
export type DerivationMode = 'fine-grained' | 'total-flink' | 'total-process';

function overheadRange(ctx: DerivationContext, o: ProcessOptions): RangeFraction {
  return readRangeFraction(ctx, { min: o.overheadMin, max: o.overheadMax, fraction: o.overheadFraction, what: 'jvm overhead memory' });
}

/** Mode 3: overhead is a fraction of the configured process size; the rest is Total Flink memory. */
export function jvmFromTotalProcess(ctx: DerivationContext, o: ProcessOptions, processSize: Bytes): JvmMetaspaceAndOverhead {
  const metaspace = ctx.memory(o.metaspace);
  const overhead = fromFraction(ctx, processSize, overheadRange(ctx, o));
  if (add(metaspace, overhead) > processSize) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Sum of configured JVM Metaspace (${hr(metaspace)}) and JVM Overhead (${hr(overhead)}) exceed configured Total Process Memory (${hr(processSize)}).`,
      [o.metaspace.key, o.overheadMin.key, o.overheadMax.key, o.overheadFraction.key, o.processSize.key],
    );
  }
  return { metaspace, overhead };
}

/** Modes 1 and 2: with Total Flink memory known, overhead is the rest of a configured process size, or a fraction of the result. */
export function jvmFromTotalFlink(ctx: DerivationContext, o: ProcessOptions, totalFlink: Bytes): JvmMetaspaceAndOverhead {
  const metaspace = ctx.memory(o.metaspace);
  const flinkAndMetaspace = add(totalFlink, metaspace);
  if (!ctx.isExplicit(o.processSize)) {
    return { metaspace, overhead: fromInverseFraction(ctx, flinkAndMetaspace, overheadRange(ctx, o)) };
  }
  const processSize = ctx.memory(o.processSize);
  if (processSize < flinkAndMetaspace && !hasFlink110Wording(ctx.version)) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `The configured Total Process Memory size (${hr(processSize)}) is less than the sum of the derived Total Flink Memory size (${hr(totalFlink)}) and the configured or default JVM Metaspace size  (${hr(metaspace)}).`,
      [o.processSize.key, o.flinkSize.key, o.metaspace.key],
    );
  }
  const overhead = subtract(processSize, flinkAndMetaspace);
  checkOverheadAsRest(ctx, o, overhead, processSize);
  return { metaspace, overhead };
}

function checkOverheadAsRest(ctx: DerivationContext, o: ProcessOptions, overhead: Bytes, processSize: Bytes): void {
  const range = overheadRange(ctx, o);
  if (!inRange(range, overhead)) {
    throw new FlinkError(
      ILLEGAL_CONFIG,
      `Derived JVM Overhead size (${hr(overhead)}) is not in configured JVM Overhead range [${hr(range.min)}, ${hr(range.max)}].`,
      [o.overheadMin.key, o.overheadMax.key, o.processSize.key],
    );
  }
  if (ctx.isExplicit(o.overheadFraction) && overhead !== multiply(processSize, range.fraction)) {
    // The wording moved twice: "configured or default" arrived during 1.12, the "OVerhead" typo was fixed in 1.13.
    const which = atLeast(ctx.version, 1, 12) ? 'configured or default' : 'configured';
    const overheadWord = atLeast(ctx.version, 1, 13) ? 'Overhead' : 'OVerhead';
    ctx.info(
      `The derived JVM Overhead size (${hr(overhead)}) does not match the ${which} JVM Overhead fraction (${javaDoubleToString(range.fraction)}) from the configured Total Process Memory size (${hr(processSize)}). The derived JVM ${overheadWord} size will be used.`,
      [o.overheadFraction.key],
    );
  }
}

/** The error when none of the three bases is configured (E1), in the wording of the version. */
export function noBasisError(
  ctx: DerivationContext,
  fineGrainedKeys: string,
  o: ProcessOptions,
  description: (d: OptionDef) => string,
): FlinkError {
  const keys = [...fineGrainedKeys.split(' and '), o.flinkSize.key, o.processSize.key];
  if (hasFlink110Wording(ctx.version)) {
    return new FlinkError(
      ILLEGAL_CONFIG,
      `Either Task Heap Memory size (${fineGrainedKeys.split(' and ')[0]}) and Managed Memory size (${fineGrainedKeys.split(' and ')[1]}), or Total Flink Memory size (${o.flinkSize.key}), or Total Process Memory size (${o.processSize.key}) need to be configured explicitly.`,
      keys,
    );
  }
  return new FlinkError(
    ILLEGAL_CONFIG,
    `Either required fine-grained memory (${fineGrainedKeys}), or Total Flink Memory size (${description(o.flinkSize)}), or Total Process Memory size (${description(o.processSize)}) need to be configured explicitly.`,
    keys,
  );
}
