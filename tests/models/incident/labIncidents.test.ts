// Protects the import's fit on the Flink lab's recorded incidents (calibration/fixtures/incidents/<id>/, recorded by
// `npm run calibrate -- incidents` on branch h-lab): importing each incident's logs, GC logs and Prometheus range queries
// gives a scenario whose engine run reproduces the recorded failure (kind, process, time within 10 %) and the recorded
// direct-memory series within a stated error. Skipped only while the recordings are not on this branch.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArtefacts } from '../../../models/incident/importArtefacts';
import { runScenario } from '../../../models/run/runScenario';

const INCIDENTS = join(import.meta.dirname, '..', '..', '..', 'calibration', 'fixtures', 'incidents');

/** An incident's artefacts as a user would drop them: logs, GC logs, range queries (not the manifest, raw scrapes, stdout). */
function incident(id: string) {
  const dir = join(INCIDENTS, id);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = readdirSync(dir)
    .filter((n) => n !== 'manifest.json' && !n.startsWith('prometheus-scrape') && !n.endsWith('.out'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return { manifest, result: importArtefacts(files) };
}

const within10 = (observed: number | undefined, simulated: number | undefined) =>
  Math.abs((simulated ?? Infinity) - (observed ?? 0)) / (observed ?? 1);

const present = (id: string) => existsSync(join(INCIDENTS, id, 'manifest.json'));

describe.skipIf(!present('direct-leak-on-restart'))('lab incident: direct-leak-on-restart', () => {
  // read only when present: a skipped describe's body still runs to collect its tests
  const { manifest, result } = present('direct-leak-on-restart') ? incident('direct-leak-on-restart') : ({} as ReturnType<typeof incident>);

  it("fits the lab's 16 MiB step (the manifest's median step) from the Prometheus range query", () => {
    const step = result.fit?.parameters.find((p) => p.name === 'leak.direct.perRestart');
    expect(step?.value).toBe(manifest.labRun.figures.stepMedianBytes);
    expect(step?.r2).toBeGreaterThan(0.95);
  });

  it('reproduces the direct OOM on taskmanager-1 within 10 % of its time, after the recorded restarts', () => {
    const first = result.fit?.firstFailure;
    expect(first).toMatchObject({ kind: 'oom-direct', process: 'taskmanager-1' });
    expect(within10(first?.observedMs, first?.simulatedMs)).toBeLessThan(0.1);
    const run = runScenario(result.scenario);
    const oomAt = run.events.findIndex((e) => e.type === 'jvm.oom');
    expect(run.events.slice(0, oomAt).filter((e) => e.type === 'job.restart')).toHaveLength(manifest.labRun.figures.restartsToOom);
  });

  it("reproduces taskmanager-1's direct series within 10 % of the 192 MiB limit (RMSE)", () => {
    // Tolerance: the simulated job starts at the TaskManager's start, the lab's ~20 s later, and the scrape is every
    // ~1 s: a step may land a sample early or late; one 16 MiB step off on every sample would be 8.3 %.
    const direct = result.fit?.series.find((s) => s.metric === 'directUsed' && s.process === 'taskmanager-1');
    expect(direct?.rmseRelative).toBeLessThan(0.1);
  });
});

describe.skipIf(!present('taskmanager-kill'))('lab incident: taskmanager-kill', () => {
  const { result } = present('taskmanager-kill') ? incident('taskmanager-kill') : ({} as ReturnType<typeof incident>);

  it('names the lost TaskManager from the heartbeat and its ResourceID; its replacement is the same process', () => {
    expect(result.failures.filter((f) => f.kind === 'process-exited').map((f) => f.process)).toEqual(['taskmanager-2']);
    expect(result.scenario.cluster.taskManagers).toBe(2);
    expect(result.scenario.events.some((e) => e.action === 'crash-process')).toBe(true);
  });

  it('reproduces the loss (kind, process, time within 10 %) and the direct series within 15 % of the limit', () => {
    const first = result.fit?.firstFailure;
    expect(first).toMatchObject({ kind: 'process-exited', process: 'taskmanager-2' });
    expect(within10(first?.observedMs, first?.simulatedMs)).toBeLessThan(0.1);
    // Tolerance 15 %: no leak here, but the TaskManagers' direct memory steps up by Netty's 4–8 MiB chunks over the
    // first restarts and then levels off; the import reads that as a per-restart leak and keeps it growing (measured
    // 7.6 % on taskmanager-1, 10.4 % and 10.6 % on the killed taskmanager-2 and its replacement, 17–22 samples each).
    for (const s of result.fit?.series.filter((x) => x.metric === 'directUsed') ?? []) expect(s.rmseRelative, s.process).toBeLessThan(0.15);
  });
});

describe.skipIf(!present('jm-pinned-loaders'))('lab incident: jm-pinned-loaders', () => {
  const { manifest, result } = present('jm-pinned-loaders') ? incident('jm-pinned-loaders') : ({} as ReturnType<typeof incident>);

  it("reads the JobManager's metaspace staircase as pinned submissions and reproduces it within 5 % of the limit", () => {
    const step = result.fit?.parameters.find((p) => p.name === 'leak.metaspace.perSubmission');
    // the manifest's median step is measured between submissions; the fit's median jump within 5 %
    expect(
      Math.abs((step?.value ?? 0) - manifest.labRun.figures.pinned.metaspaceStepMedianBytes) /
        manifest.labRun.figures.pinned.metaspaceStepMedianBytes,
    ).toBeLessThan(0.05);
    expect(result.scenario.events.find((e) => e.action === 'submit-job')).toBeDefined();
    const metaspace = result.fit?.series.find((s) => s.metric === 'metaspaceUsed' && s.process === 'jobmanager');
    expect(metaspace?.rmseRelative).toBeLessThan(0.05);
    expect(result.fit?.firstFailure).toMatchObject({ kind: 'oom-metaspace', process: 'jobmanager' });
  });

  it('dies of metaspace within 10 % of the recorded JVM exit (the JobManager logged nothing; the lab saw it exit)', () => {
    const jm = manifest.processes.find((p: { name: string }) => p.name === 'jobmanager');
    const observedMs = Date.parse(jm.exit.jvmExitAt) - (result.observed?.startEpochMs ?? 0);
    expect(within10(observedMs, result.fit?.firstFailure?.simulatedMs)).toBeLessThan(0.1);
  });
});
