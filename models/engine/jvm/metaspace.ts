/**
 * Class metadata (docs/runtime-mechanics.md §6): classes × bytes per class by use (loaded or initialised), against
 * -XX:MaxMetaspaceSize. HotSpot's VM_CollectForMetadataAllocation::doit (src/hotspot/share/gc/shared/gcVMOperations.cpp,
 * JDK 17) decides what a load that crosses the GC threshold (capacity-until-GC) costs:
 * - G1 (ClassUnloadingWithConcurrentMark): a young "Concurrent Start" pause (cause "Metadata GC Threshold",
 *   G1CollectedHeap::start_concurrent_gc_for_metadata_allocation), then expand_and_allocate raises the threshold;
 *   the concurrent cycle unloads unreachable loaders' classes at its Remark. Only when the expansion would pass
 *   MaxMetaspaceSize: a full GC ("Metadata GC Threshold"), then one clearing soft references ("Metadata GC Clear
 *   Soft References"), then `OutOfMemoryError: Metaspace`.
 * - Parallel/Serial: a full GC ("Metadata GC Threshold") at the threshold, the same two full GCs at the limit.
 * Measured on OpenJDK 17.0.15 here (a class defined by a fresh loader per iteration, -Xlog:gc): exactly these lines.
 */
import type { ClassUse, JdkVersion } from '../../scenario/types';
import { jdkTraits } from '../state/jdk';
import type { FailureCause } from '../trace';
import { collectFull, metadataConcurrentStart, settleConcurrentCycle, type GcOutcome } from './heap';
import { JVM } from '../state/jvmConstants';
import { metaspaceThresholdAfterGc, type JvmState } from '../state/jvmState';

export interface ClassLoadResult {
  readonly ok: boolean;
  readonly gc: GcOutcome | undefined;
  readonly cause: FailureCause | undefined;
}

/** Metaspace bytes of `classes` classes used as `use`. */
export const classBytes = (classes: number, use: ClassUse | undefined, jdk: JdkVersion): number =>
  classes * jdkTraits(jdk).metaspaceBytesPerClass[use ?? 'initialised'];

export function loadClasses(
  j: JvmState,
  classes: number,
  site: string,
  nowMs: number,
  bytes = 0,
  use: ClassUse = 'initialised',
): ClassLoadResult {
  settleConcurrentCycle(j, nowMs);
  const size = bytes > 0 ? bytes : classBytes(classes, use, j.sizing.jdk);
  const max = j.sizing.metaspaceMaxBytes;
  const fits = () => j.metaspaceUsedBytes + size <= max;
  const gcs: GcOutcome[] = [];
  if (j.metaspaceUsedBytes + size > j.metaspaceGcThresholdBytes) {
    if (j.sizing.gc === 'G1') {
      // A cycle already running (before its Remark) is not started again: the threshold only expands.
      if (j.markingUntilMs < 0) gcs.push(metadataConcurrentStart(j, nowMs));
    } else gcs.push(collectFull(j, 'Metadata GC Threshold'));
    if (!fits()) {
      if (j.sizing.gc === 'G1') gcs.push(collectFull(j, 'Metadata GC Threshold'));
      if (!fits()) gcs.push(collectFull(j, 'Metadata GC Clear Soft References'));
    }
    // Every collection ends in compute_new_size; a G1 young pause leaves it to the Remark.
    if (gcs.some((o) => o.gcs.some((g) => g.kind === 'full'))) j.metaspaceGcThresholdBytes = metaspaceThresholdAfterGc(j);
    if (fits()) expandThreshold(j, size);
  }
  const gc = merged(gcs);
  if (!fits()) {
    return {
      ok: false,
      gc,
      cause: { allocation: site, requestedBytes: size, usedBytes: j.metaspaceUsedBytes, limitBytes: max, limit: '-XX:MaxMetaspaceSize' },
    };
  }
  j.metaspaceUsedBytes += size;
  // Before elastic metaspace (JDK 16) what was committed stays resident after unloading: track its high-water.
  if (!jdkTraits(j.sizing.jdk).elasticMetaspace) j.metaspaceHighWaterBytes = Math.max(j.metaspaceHighWaterBytes, j.metaspaceUsedBytes);
  j.classesLoaded += classes;
  return { ok: true, gc, cause: undefined };
}

/** expand_and_allocate: the threshold grows by delta_capacity_until_GC(size), and never stays below what is needed. */
function expandThreshold(j: JvmState, size: number): void {
  const delta =
    size <= JVM.metaspaceMinExpansionBytes
      ? JVM.metaspaceMinExpansionBytes
      : size <= JVM.metaspaceMaxExpansionBytes
        ? JVM.metaspaceMaxExpansionBytes
        : size + JVM.metaspaceMinExpansionBytes;
  const raised = Math.max(j.metaspaceGcThresholdBytes + delta, j.metaspaceUsedBytes + size);
  j.metaspaceGcThresholdBytes = Math.min(j.sizing.metaspaceMaxBytes, raised);
}

function merged(outcomes: readonly GcOutcome[]): GcOutcome | undefined {
  if (outcomes.length === 0) return undefined;
  const heapOom = outcomes.map((o) => o.heapOom).find((h) => h !== false) ?? false;
  return { gcs: outcomes.flatMap((o) => o.gcs), heapOom };
}

/** A class loader nothing references any more: its classes go at the next full GC or G1 Remark. */
export function releaseLoader(j: JvmState, classes: number, use: ClassUse = 'initialised', bytes = 0): void {
  j.unloadableClasses += classes;
  j.unloadableMetaspaceBytes += bytes > 0 ? bytes : classBytes(classes, use, j.sizing.jdk);
}
