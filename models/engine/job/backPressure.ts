/**
 * Back pressure as Flink's web UI reports it (docs/runtime-mechanics.md §2.3, §2.4): the slowest operator is busy;
 * everything upstream of it waits for output buffers (back-pressured); everything downstream waits for
 * input (idle). Per vertex, `busyTimeMsPerSecond + idleTimeMsPerSecond + backPressuredTimeMsPerSecond` ≈
 * 1000, and the level is OK up to 10 % back-pressured, LOW up to 50 %, HIGH above.
 *
 * Simplified: subtasks of a vertex share its input evenly (no key skew), so the max over subtasks is any
 * subtask; pool usages are 100 % where the buffers are full and proportional to busy time elsewhere.
 */
import type { Sim } from '../state/sim';
import { idleVertex, type BackPressureLevel, type VertexMetrics } from '../state/jobState';

export function levelOf(backPressuredMsPerSecond: number): BackPressureLevel {
  return backPressuredMsPerSecond <= 100 ? 'OK' : backPressuredMsPerSecond <= 500 ? 'LOW' : 'HIGH';
}

export interface Flow {
  /** Records per second read by the sources. */
  readonly throughput: number;
  /** Records reaching operator i per source record. */
  readonly reachOf: readonly number[];
  /** Running subtasks per operator. */
  readonly running: readonly number[];
  /** Cost per record per operator (µs), slow-sink factor included. */
  readonly costUs: readonly number[];
}

/** Recomputes every vertex's metrics while the job runs; a level that changes is a `backpressure.level` event. */
export function updateBackPressure(sim: Sim, flow: Flow): void {
  const ops = sim.scenario.job.operators;
  const busy = ops.map((_, i) => {
    const cost = flow.costUs[i] ?? 0;
    const subtasks = flow.running[i] ?? 0;
    return cost > 0 && subtasks > 0 ? Math.min(1, (flow.throughput * (flow.reachOf[i] ?? 1) * cost) / (subtasks * 1e6)) : 0;
  });
  const bottleneck = busy.findIndex((b) => b >= 0.999);
  ops.forEach((op, i) => {
    const b = busy[i] ?? 0;
    const blocked = bottleneck > i;
    const metrics: VertexMetrics = {
      busyTimeMsPerSecond: Math.round(b * 1000),
      idleTimeMsPerSecond: blocked ? 0 : 1000 - Math.round(b * 1000),
      backPressuredTimeMsPerSecond: blocked ? 1000 - Math.round(b * 1000) : 0,
      outPoolUsagePercent: blocked ? 100 : Math.round((busy[i + 1] ?? 0) * 20),
      inPoolUsagePercent: i > 0 && bottleneck >= i ? 100 : Math.round(b * 20),
      level: 'OK',
    };
    metrics.level = levelOf(metrics.backPressuredTimeMsPerSecond);
    const previous = sim.state.job.vertices[i] ?? idleVertex();
    sim.state.job.vertices[i] = metrics;
    if (metrics.level !== previous.level) {
      sim.emit({
        type: 'backpressure.level',
        atMs: sim.state.nowMs,
        process: 'jobmanager',
        vertex: op.id,
        level: metrics.level,
        from: previous.level,
        backPressuredTimeMsPerSecond: metrics.backPressuredTimeMsPerSecond,
        message: `Back pressure of ${op.id} (${op.parallelism} subtasks) is ${metrics.level}: backPressuredTimeMsPerSecond ${metrics.backPressuredTimeMsPerSecond}, busyTimeMsPerSecond ${metrics.busyTimeMsPerSecond}, idleTimeMsPerSecond ${metrics.idleTimeMsPerSecond}.`,
      });
    }
  });
}
