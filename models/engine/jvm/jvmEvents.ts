/**
 * Turning what happened inside a JVM into trace events: collections as `gc` events (collector
 * names as the JVM reports them), out-of-memory errors as `jvm.oom` with Flink's texts.
 */
import type { Sim } from '../state/sim';
import type { FailureCause, Pool } from '../trace';
import type { GcOutcome } from './heap';
import { directOomMessage, heapOomMessage, metaspaceOomMessage } from '../messages';
import { heapUsed, type JvmState } from '../state/jvmState';

export function emitGcs(sim: Sim, jvm: JvmState, outcome: GcOutcome | undefined): void {
  if (!outcome) return;
  for (const gc of outcome.gcs) {
    sim.emit({
      type: 'gc',
      atMs: sim.state.nowMs,
      process: jvm.process,
      collector: gc.collector,
      kind: gc.kind,
      pauseMs: gc.pauseMs,
      gcCause: gc.cause,
      heapBeforeBytes: gc.heapBeforeBytes,
      heapAfterBytes: gc.heapAfterBytes,
      ...(gc.concurrentStart ? { concurrentStart: true as const } : {}),
      ...(gc.copiedBytes !== undefined ? { copiedBytes: gc.copiedBytes } : {}),
      message: gcLogLine(jvm, gc),
    });
  }
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** A unified-logging GC line (`-Xlog:gc`): G1 names the pause type, Parallel and Serial only the cause. */
function gcLogLine(jvm: JvmState, gc: GcOutcome['gcs'][number]): string {
  const sizes = `${mb(gc.heapBeforeBytes)}M->${mb(gc.heapAfterBytes)}M(${mb(jvm.sizing.heapMaxBytes)}M) ${gc.pauseMs}ms`;
  if (jvm.sizing.gc !== 'G1') return `[${gc.collector}] Pause ${gc.kind === 'full' ? 'Full' : 'Young'} (${gc.cause}) ${sizes}`;
  const young = gc.concurrentStart ? 'Young (Concurrent Start)' : 'Young (Normal)';
  const pause = gc.kind === 'full' ? 'Full' : gc.kind === 'mixed' ? 'Young (Mixed)' : young;
  return `[${gc.collector}] Pause ${pause} (${gc.cause}) ${sizes}`;
}

export function oomMessage(jvm: JvmState, pool: Pool, overheadLimit = false): string {
  const kind = jvm.sizing.kind;
  if (pool === 'direct') return directOomMessage(kind);
  if (pool === 'metaspace') return metaspaceOomMessage(kind);
  return heapOomMessage(kind, overheadLimit);
}

export function heapCause(jvm: JvmState, allocation: string): FailureCause {
  return { allocation, requestedBytes: 0, usedBytes: heapUsed(jvm), limitBytes: jvm.sizing.heapMaxBytes, limit: '-Xmx' };
}

/**
 * Netty logs once per JVM when more than 64 HashedWheelTimer instances are alive (HashedWheelTimer
 * INSTANCE_COUNT_LIMIT, docs/runtime-mechanics.md §11f), at ERROR under the class's own logger
 * (netty common/src/main/java/io/netty/util/HashedWheelTimer.java, reportTooManyInstances, Netty 4.1).
 * Checked at each sample: a few seconds late at most.
 */
export function warnAboutTimers(sim: Sim): void {
  for (const j of sim.state.jvms) {
    if (!j.alive || j.timerWarningLogged || j.leakedThreadsMicro <= 64_000_000) continue;
    j.timerWarningLogged = true;
    sim.emit({
      type: 'log',
      level: 'ERROR',
      atMs: sim.state.nowMs,
      process: j.process,
      message:
        'io.netty.util.HashedWheelTimer - You are creating too many HashedWheelTimer instances. HashedWheelTimer is a shared resource that must be reused across the JVM, so that only a few instances are created.',
    });
  }
}
