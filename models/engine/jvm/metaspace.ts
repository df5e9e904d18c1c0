/**
 * Class metadata (docs/runtime-mechanics.md §6): classes × ~4 KiB per class loader, against -XX:MaxMetaspaceSize.
 * When a load does not fit, HotSpot first runs a full collection ("Metadata GC Threshold") that unloads the
 * classes of unreachable loaders; only if that is not enough does it throw `OutOfMemoryError: Metaspace`.
 */
import type { FailureCause } from '../trace';
import { collectFull, type GcOutcome } from './heap';
import { JVM } from '../state/jvmConstants';
import { nextMetaspaceThreshold, type JvmState } from '../state/jvmState';

export interface ClassLoadResult {
  readonly ok: boolean;
  readonly gc: GcOutcome | undefined;
  readonly cause: FailureCause | undefined;
}

export function loadClasses(j: JvmState, classes: number, site: string, bytes = 0): ClassLoadResult {
  const size = bytes > 0 ? bytes : classes * JVM.metaspaceBytesPerClass;
  const fits = () => j.metaspaceUsedBytes + size <= j.sizing.metaspaceMaxBytes;
  let gc: GcOutcome | undefined;
  if (j.metaspaceUsedBytes + size > j.metaspaceGcThresholdBytes) {
    gc = collectFull(j, 'Metadata GC Threshold');
    j.metaspaceGcThresholdBytes = Math.max(nextMetaspaceThreshold(j), Math.min(j.sizing.metaspaceMaxBytes, j.metaspaceUsedBytes + size));
  }
  if (!fits()) {
    return {
      ok: false,
      gc,
      cause: {
        allocation: site,
        requestedBytes: size,
        usedBytes: j.metaspaceUsedBytes,
        limitBytes: j.sizing.metaspaceMaxBytes,
        limit: '-XX:MaxMetaspaceSize',
      },
    };
  }
  j.metaspaceUsedBytes += size;
  j.classesLoaded += classes;
  return { ok: true, gc, cause: undefined };
}

/** A class loader nothing references any more: its classes go at the next full or mixed collection. */
export function releaseLoader(j: JvmState, classes: number): void {
  j.unloadableClasses += classes;
  j.unloadableMetaspaceBytes += classes * JVM.metaspaceBytesPerClass;
}
