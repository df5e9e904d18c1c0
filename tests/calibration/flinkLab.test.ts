// Protects the engine's direct-leak-on-restart story against real Flink: the twin of the Flink lab's run
// (calibration/flink-lab/twins/) must give the JVM arguments BashJavaUtils gave, the same failures in the same order
// (injected failures, then direct OOMs in open(), then FAILED after the same restarts), the same step, the same
// direct memory at the OOM and Flink's own OOM text, as recorded in calibration/fixtures/flink/<version>/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jvmFlags } from '../../calibration/runner/workload';
import { COL } from '../../models/engine/columns';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');
const MiB = 1048576;

interface LabFixture {
  flinkVersion: string;
  bashJavaUtils: { taskmanager: { jvmArgs: string[] }; jobmanager: { jvmArgs: string[] } };
  figures: {
    baselineDirectUsedBytes: number;
    restartsToOom: number;
    stepMedianBytes: number;
    directUsedBeforeOomBytes: number;
    finalStatus: string;
    finalNumRestarts: number;
    taskManagerExitCode: number | null;
  };
  texts: { oomFailureCause: string[]; rootException: string[]; exceptionHistory: Array<{ head: string }> };
}

const versions = readdirSync(join(CALIBRATION, 'fixtures', 'flink'));
const fixtures = versions.map(
  (v) => JSON.parse(readFileSync(join(CALIBRATION, 'fixtures', 'flink', v, 'direct-leak-on-restart.json'), 'utf8')) as LabFixture,
);
const twin = loadScenario(readFileSync(join(CALIBRATION, 'flink-lab', 'twins', 'direct-leak-on-restart.yaml'), 'utf8'), 'twin.yaml');

const directUsed: Array<[number, number]> = [];
const sink: TraceSink = {
  sample: (atMs, process, values) => {
    if (process === 'taskmanager-1') directUsed.push([atMs, values[COL.directUsed] as number]);
  },
  event: () => {},
};
const events = runScenario(twin, { sinks: [sink] }).events;
type Oom = Extract<TraceEvent, { type: 'jvm.oom' }>;
const ooms = events.filter((e): e is Oom => e.type === 'jvm.oom');
const restarts = events.filter((e) => e.type === 'job.restart');

/** The lab's failures in order: 'failure' (the injected exception) or 'oom'; the last one is the root's cause. */
function labFailureKinds(f: LabFixture): string[] {
  const kind = (text: string) => (text.includes('Direct buffer memory') ? 'oom' : 'failure');
  const history = f.texts.exceptionHistory.map((e) => e.head);
  const last = history.at(-1) ?? '';
  const kinds = history.slice(0, -1).map(kind);
  // Flink keeps the failure that exhausted the strategy as the root exception's cause
  return last.includes('Recovery is suppressed') ? [...kinds, kind(f.texts.rootException.join('\n'))] : [...kinds, kind(last)];
}

/** The engine's failures of the leaking task in order, the same two kinds. */
function engineFailureKinds(): string[] {
  const failed = events.filter((e) => e.type === 'task.state' && e.to === 'FAILED' && e.task.startsWith('direct-leak'));
  return failed.map((e) => (ooms.some((o) => o.atMs === e.atMs) ? 'oom' : 'failure'));
}

describe.each(fixtures)('Flink lab $flinkVersion: direct-leak-on-restart', (f) => {
  it('the twin derives the JVM arguments BashJavaUtils gave (heap and direct limits, metaspace)', () => {
    const memoryArgs = (args: string[]) => args.filter((a) => /^-Xm[xs]|^-XX:Max(Direct|Metaspace)/.test(a));
    expect(memoryArgs(jvmFlags(twin, 'taskmanager'))).toEqual(f.bashJavaUtils.taskmanager.jvmArgs);
    expect(memoryArgs(jvmFlags(twin, 'jobmanager'))).toEqual(f.bashJavaUtils.jobmanager.jvmArgs);
  });

  it('fails in the same order: injected failures, then direct OOMs in open(), then FAILED after the same restarts', () => {
    expect(engineFailureKinds()).toEqual(labFailureKinds(f));
    expect(restarts.filter((e) => e.atMs < (ooms[0]?.atMs ?? 0))).toHaveLength(f.figures.restartsToOom);
    expect(restarts).toHaveLength(f.figures.finalNumRestarts);
    const final = events.filter((e) => e.type === 'job.status').at(-1);
    expect(final?.type === 'job.status' ? final.to : undefined).toBe(f.figures.finalStatus);
    // Flink's TaskManager survives a task's direct OOM (taskmanager.jvm-exit-on-oom is false)
    expect(f.figures.taskManagerExitCode).toBeNull();
    expect(events.some((e) => e.type === 'process.exited' && e.process === 'taskmanager-1')).toBe(false);
  });

  it('prints the OOM as Flink rewrites it (TaskManagerExceptionUtils), word for word', () => {
    expect(ooms[0]?.message).toBe(f.texts.oomFailureCause[0]);
  });

  it("gives up with Flink's JobException text, naming the restart strategy as its toString does", () => {
    const suppressed = events.find((e) => 'message' in e && e.message.includes('Recovery is suppressed'));
    expect(suppressed && 'message' in suppressed ? suppressed.message : '').toContain(f.texts.rootException[0]);
  });

  it('steps by the leak per restart and fails at the same direct memory use', () => {
    // exact: both are whole 16 MiB buffers (the plateau of each attempt)
    expect(f.figures.stepMedianBytes).toBe(16 * MiB);
    const first = ooms[0];
    const before = directUsed.filter(([t]) => first !== undefined && t < first.atMs).map(([, v]) => v);
    const plateaus = [...new Set(before)].sort((a, b) => a - b);
    expect(plateaus.at(-1)! - plateaus.at(-2)!).toBe(f.figures.stepMedianBytes);
    // 2 %: Flink's own small direct buffers (Netty, framework) measured 8.2 MiB besides the 64 MiB network pool; the
    // engine holds 8 MiB (0.2 MiB = 0.1 % of the 184 MiB); 2 % still fails a missing or doubled 16 MiB step (8.7 %)
    expect(Math.abs((first?.cause.usedBytes ?? 0) - f.figures.directUsedBeforeOomBytes)).toBeLessThan(
      0.02 * f.figures.directUsedBeforeOomBytes,
    );
    expect(Math.abs((before[0] ?? 0) - f.figures.baselineDirectUsedBytes)).toBeLessThan(0.02 * f.figures.baselineDirectUsedBytes);
  });
});
