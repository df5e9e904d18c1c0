// Protects the engine's JobManager metaspace story against real Flink: the twin of the Flink lab's jm-pinned-loaders
// run must give the JobManager the JVM arguments BashJavaUtils gave, start from the same metaspace, run out at the same
// submission (within the stated gap), unload nothing while the loaders are pinned, exit with ClusterEntrypoint's code,
// and (unpinned) unload classes and survive, as recorded in calibration/fixtures/flink/<version>/jm-pinned-loaders.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL } from '../../models/engine/columns';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');

interface PhaseFigures {
  submissionsFinished: number;
  firstNotFinished: number | null;
  baselineMetaspaceUsedBytes: number;
  metaspaceMaxBytes: number;
  metaspaceStepMedianBytes: number;
  lastClassesUnloaded: number;
  jobManagerExitCode: number | null;
}

interface LabFixture {
  flinkVersion: string;
  params: { contrastSubmissions: number };
  bashJavaUtils: { jobmanager: { jvmArgs: string[] } };
  figures: { pinned: PhaseFigures; contrast: PhaseFigures };
  texts: { jobManagerLog: string[]; jobManagerLastLines: string[] };
}

const fixtures = readdirSync(join(CALIBRATION, 'fixtures', 'flink'))
  .map((v) => join(CALIBRATION, 'fixtures', 'flink', v, 'jm-pinned-loaders.json'))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as LabFixture);
const twinText = readFileSync(join(CALIBRATION, 'flink-lab', 'twins', 'jm-pinned-loaders.yaml'), 'utf8');

/** The twin (or its unpinned contrast) on the engine: the JobManager's samples and the run's events. */
function runTwin(pinned: boolean) {
  const text = pinned ? twinText : twinText.replace('pinned: true', 'pinned: false');
  const jm: Array<{ atMs: number; metaspace: number; unloaded: number }> = [];
  const sink: TraceSink = {
    sample: (atMs, process, values) => {
      if (process === 'jobmanager')
        jm.push({ atMs, metaspace: values[COL.metaspaceUsed] as number, unloaded: values[COL.classesUnloaded] as number });
    },
    event: () => {},
  };
  const events = runScenario(loadScenario(text, 'twin.yaml'), { sinks: [sink] }).events;
  return { jm, events };
}

const pinned = runTwin(true);
const contrast = runTwin(false);
type Oom = Extract<TraceEvent, { type: 'jvm.oom' }>;
const submissions = (events: readonly TraceEvent[]) =>
  events.filter((e) => e.type === 'fault.injected' && e.process === 'jobmanager').map((e) => e.atMs);
const jmOom = (events: readonly TraceEvent[]) =>
  events.find((e): e is Oom => e.type === 'jvm.oom' && e.process === 'jobmanager' && e.pool === 'metaspace');

describe.each(fixtures.map((f) => [f.flinkVersion, f] as const))('Flink %s lab: jm-pinned-loaders', (_version, lab) => {
  it("gives the JobManager BashJavaUtils' heap and metaspace arguments", () => {
    const started = pinned.events.find((e) => e.type === 'process.started' && e.process === 'jobmanager');
    for (const arg of lab.bashJavaUtils.jobmanager.jvmArgs.filter((a) => /^-Xmx|^-XX:MaxMetaspaceSize/.test(a)))
      expect(started?.message).toContain(arg);
  });

  it("starts from the lab JobManager's metaspace (within 5 %)", () => {
    // 5 %: the engine's start-up classes are a calibrated constant (43.6 MiB here); a missing or extra submission's
    // 4 MiB would be 9 % of it, so 5 % still fails that.
    const before = pinned.jm.find((s) => s.atMs > 0)?.metaspace ?? 0;
    expect(Math.abs(before - lab.figures.pinned.baselineMetaspaceUsedBytes) / lab.figures.pinned.baselineMetaspaceUsedBytes).toBeLessThan(
      0.05,
    );
  });

  it('runs out of metaspace at the same submission, up to the first-job gap of two', () => {
    const oom = jmOom(pinned.events);
    expect(oom).toBeDefined();
    const index = submissions(pinned.events).filter((t) => t <= (oom?.atMs ?? 0)).length;
    // The lab's first job also loads Flink's own job-running classes (2366 classes, 7.7 MiB: 45.4 → 53.0 MB) that the
    // engine's JobManager does not load: 1.8 steps of 4.19 MB, so the engine runs out up to two submissions later.
    expect(lab.figures.pinned.firstNotFinished).not.toBeNull();
    expect(index - (lab.figures.pinned.firstNotFinished ?? 0)).toBeGreaterThanOrEqual(0);
    expect(index - (lab.figures.pinned.firstNotFinished ?? 0)).toBeLessThanOrEqual(2);
    expect(oom?.cause.limitBytes).toBe(lab.figures.pinned.metaspaceMaxBytes);
  });

  it('unloads nothing while the loaders are pinned, and the JobManager exits with ClusterEntrypoint’s code', () => {
    expect(lab.figures.pinned.lastClassesUnloaded).toBe(0);
    const oomAt = jmOom(pinned.events)?.atMs ?? 0;
    expect(Math.max(...pinned.jm.filter((s) => s.atMs < oomAt).map((s) => s.unloaded))).toBe(0);
    const exit = pinned.events.find((e) => e.type === 'process.exited' && e.process === 'jobmanager');
    expect(exit?.type === 'process.exited' ? exit.exitCode : -1).toBe(lab.figures.pinned.jobManagerExitCode);
    // ClusterEntrypoint#onFatalError logs "Fatal error occurred in the cluster entrypoint.", then
    // FlinkSecurityManager.forceProcessExit(2) (javap of flink-runtime 1.20.5); with metaspace full the line does not
    // reach the log (the lab's three runs: no ERROR line, the failing job's "initialization on master" among the last),
    // nor in the engine.
    const fatal = 'Fatal error occurred in the cluster entrypoint.';
    const labLogged = lab.texts.jobManagerLog.some((l) => l.includes(fatal));
    expect(pinned.events.some((e) => e.type === 'log' && e.process === 'jobmanager' && e.message === fatal)).toBe(labLogged);
    expect(lab.texts.jobManagerLastLines.join('\n')).toMatch(/Successfully ran initialization on master/);
  });

  it('unpinned: classes are unloaded and the JobManager survives as many submissions', () => {
    expect(lab.figures.contrast.lastClassesUnloaded).toBeGreaterThan(0);
    expect(lab.figures.contrast.jobManagerExitCode).toBeNull();
    const upTo = submissions(contrast.events)[lab.params.contrastSubmissions - 1] ?? Infinity;
    expect(jmOom(contrast.events.filter((e) => e.atMs <= upTo))).toBeUndefined();
    expect(Math.max(...contrast.jm.map((s) => s.unloaded))).toBeGreaterThan(0);
  });
});
