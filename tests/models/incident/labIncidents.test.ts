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

/** An incident's artefacts as a user would drop them: everything but the lab's manifest and its raw scrapes. */
function incident(id: string) {
  const dir = join(INCIDENTS, id);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = readdirSync(dir)
    .filter((n) => n !== 'manifest.json' && !n.startsWith('prometheus-scrape'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return { manifest, result: importArtefacts(files) };
}

const within10 = (observed: number | undefined, simulated: number | undefined) =>
  Math.abs((simulated ?? Infinity) - (observed ?? 0)) / (observed ?? 1);

describe.skipIf(!existsSync(join(INCIDENTS, 'direct-leak-on-restart')))('lab incident: direct-leak-on-restart', () => {
  const { manifest, result } = incident('direct-leak-on-restart');

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

describe.skipIf(!existsSync(join(INCIDENTS, 'taskmanager-kill')))('lab incident: taskmanager-kill', () => {
  const { result } = incident('taskmanager-kill');

  it('names the lost TaskManager from the heartbeat and its ResourceID; its replacement is the same process', () => {
    expect(result.failures.filter((f) => f.kind === 'process-exited').map((f) => f.process)).toEqual(['taskmanager-2']);
    expect(result.scenario.cluster.taskManagers).toBe(2);
    expect(result.scenario.events.some((e) => e.action === 'crash-process')).toBe(true);
  });

  it('reproduces the loss (kind, process, time within 10 %) and the direct series within 10 % of the limit', () => {
    const first = result.fit?.firstFailure;
    expect(first).toMatchObject({ kind: 'process-exited', process: 'taskmanager-2' });
    expect(within10(first?.observedMs, first?.simulatedMs)).toBeLessThan(0.1);
    for (const s of result.fit?.series.filter((x) => x.metric === 'directUsed') ?? []) expect(s.rmseRelative, s.process).toBeLessThan(0.1);
  });
});
