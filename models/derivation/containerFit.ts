/**
 * Does the derived process fit its container? Flink sizes the JVM from its own configuration,
 * not from the container: a pod limit below the process size is accepted at deploy time and
 * only bites when memory use grows into the gap (docs/incidents.md §5, docs/runtime-mechanics.md §7.2).
 */
import { humanReadable as hr, MiB, type Bytes } from '../units/memorySize';

export interface ContainerFit {
  readonly limit: Bytes;
  readonly processSize: Bytes;
  readonly fits: boolean;
  /** limit − process size; negative when the process may outgrow its container. */
  readonly headroom: bigint;
  /** headroom as a share of the limit, in percent with one decimal. */
  readonly headroomPercent: number;
  readonly verdict: string;
}

export type ContainerKind = 'yarn' | 'kubernetes' | 'standalone';

export function containerFit(processSize: Bytes, limit: Bytes, kind: ContainerKind): ContainerFit {
  const headroom = limit - processSize;
  const headroomPercent = limit === 0n ? -100 : Number((headroom * 1000n) / limit) / 10;
  const fits = headroom >= 0n;
  return { limit, processSize, fits, headroom, headroomPercent, verdict: verdict(processSize, limit, headroom, kind) };
}

function verdict(processSize: Bytes, limit: Bytes, headroom: bigint, kind: ContainerKind): string {
  const size = `Total process memory ${hr(processSize)} against a container limit of ${hr(limit)}`;
  if (headroom >= 0n) return `${size}: fits with ${hr(headroom)} to spare.`;
  const over = hr(-headroom);
  const killer =
    kind === 'yarn'
      ? 'YARN\'s NodeManager kills the container ("running beyond physical memory limits", exit 143)'
      : kind === 'kubernetes'
        ? 'the kernel OOM-kills the container (Kubernetes reports OOMKilled, exit code 137)'
        : "the kernel's cgroup OOM killer ends the process (in a Kubernetes pod: OOMKilled, exit code 137)";
  return `${size}: ${over} over. Flink starts anyway, because -Xmx and the other JVM limits come from its own configuration; once heap, direct and native memory grow into the gap, ${killer}, with no Java OutOfMemoryError.`;
}

/**
 * The process size to configure for a container limit: Flink's native Kubernetes integration sets the pod
 * limit to process size × `kubernetes.taskmanager.memory.limit-factor` (default 1.0), and containers are
 * sized in whole MiB, so the answer is floor(limit / factor) rounded down to a MiB.
 */
export function processSizeForLimit(limit: Bytes, limitFactor = 1): Bytes {
  const scaled = limitFactor === 1 ? limit : BigInt(Math.floor(Number(limit) / limitFactor));
  return (scaled / MiB) * MiB;
}

/** What each slot gets when resources are split evenly (the default, coarse-grained slot profile). */
export function perSlotShare(component: Bytes, slots: number): Bytes {
  return slots > 0 ? component / BigInt(slots) : 0n;
}
