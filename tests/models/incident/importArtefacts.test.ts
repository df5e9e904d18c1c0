// Protects the import of an incident (issue 15, items 2–3) on the Flink lab's real 1.20.5 direct-leak artefacts: the
// 16 MiB-per-restart staircase is fitted from the Prometheus scrape, the fitted scenario's engine run fails with a direct
// OOM at the restart the log shows it, the log's JVM limits are cross-checked, and the same files give the same YAML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FitReport,
  type FittedParameter,
  importArtefacts,
  type ObservedFailure,
  type Provenance,
  type SeriesDivergence,
} from '../../../models/incident/importArtefacts';
import { runScenario } from '../../../models/run/runScenario';

const ARTEFACTS = join(import.meta.dirname, '..', '..', 'fixtures', 'artefacts');
const file = (path: string) => ({ name: path.split('/').pop() as string, text: readFileSync(join(ARTEFACTS, path), 'utf8') });
const TM_LOG = 'flink-logs/flink-1.20.5-lab-taskmanager-direct-oom.log';
const JM_LOG = 'flink-logs/flink-1.20.5-lab-jobmanager-direct-oom.log';
const SCRAPE = 'metrics/flink-lab-prometheus-direct-leak.prom';
const MiB = 1_048_576;

describe('the lab direct-leak incident: TaskManager log + JobManager log + Prometheus scrape', () => {
  const files = [file(TM_LOG), file(JM_LOG), file(SCRAPE)];
  const result = importArtefacts(files);

  it('fits a direct staircase of exactly 16 MiB per restart (the lab job leaks 16 MiB per open())', () => {
    const leak = result.fit?.parameters.find((p) => p.name === 'leak.direct.perRestart');
    expect(leak).toMatchObject({ value: 16 * MiB, unit: 'bytes/restart', method: 'staircase', points: 7 });
    expect(leak?.r2).toBeGreaterThan(0.99);
    expect(leak?.text).toBe('direct memory of taskmanager-1 grew 16 MiB per restart (fit over 7 restarts, R² 1.00)');
    expect(result.scenarioYaml).toContain('shape: per-restart\n    bytes: 16777216');
  });

  it('reads the configuration, cluster and failures the artefacts show', () => {
    expect(result.scenario.flink.version).toBe('1.20');
    expect(result.scenario.flink.config).toMatchObject({
      'taskmanager.memory.process.size': '1g',
      'restart-strategy.fixed-delay.attempts': '12',
    });
    expect(result.scenario.cluster).toMatchObject({ deployment: 'standalone', taskManagers: 1 });
    expect(result.failures.map((f) => [f.kind, f.process, f.atMs])).toEqual([
      ['oom-direct', 'taskmanager-1', 28009],
      ['oom-direct', 'taskmanager-1', 35802],
      ['job-failed', 'job', 35822],
    ]);
    expect(result.scenario.annotations.map((a) => a.atMs)).toEqual([28009, 35802, 35822]);
    expect(result.observed?.series.some((s) => s.metric === 'directUsed' && s.process === 'taskmanager-1')).toBe(true);
    expect(result.unread).toEqual([]);
  });

  it("cross-checks the log's -XX:MaxDirectMemorySize and -Xmx against the derivation", () => {
    const direct = result.crossChecks.find((n) => n.message.includes('MaxDirectMemorySize'));
    expect(direct).toMatchObject({ level: 'INFO' });
    expect(direct?.message).toContain('-XX:MaxDirectMemorySize=201326592 (192 MiB) agrees');
    // the same log with another direct limit (an env.java.opts flag): the difference is named
    const edited = {
      ...files[0],
      text: (files[0]?.text ?? '').replace('-XX:MaxDirectMemorySize=201326592', '-XX:MaxDirectMemorySize=268435456'),
    };
    const other = importArtefacts([edited as { name: string; text: string }], { fit: false });
    expect(other.crossChecks.find((n) => n.level === 'WARN')?.message).toBe(
      'the log shows -XX:MaxDirectMemorySize=268435456 (256 MiB) but this configuration derives 192 MiB: an env.java.opts flag or another version (the scenario uses Flink 1.20)?',
    );
  });

  it('the fitted scenario fails like the incident: a direct OOM on taskmanager-1 within 10 % of 28.0 s, at restart 7', () => {
    const first = result.fit?.firstFailure;
    expect(first).toMatchObject({ kind: 'oom-direct', process: 'taskmanager-1', observedMs: 28009 });
    expect(Math.abs((first?.simulatedMs ?? 0) - 28009) / 28009).toBeLessThan(0.1);
    // the log's OOM is attempt #7: seven opens leaked 7 × 16 MiB on top of 64 MiB of network buffers, the eighth failed
    const run = runScenario(result.scenario);
    const oomAt = run.events.findIndex((e) => e.type === 'jvm.oom');
    expect(run.events.slice(0, oomAt).filter((e) => e.type === 'job.restart')).toHaveLength(7);
  });

  it('reproduces the scraped direct series within 10 % of the 192 MiB limit (RMSE), and the explanation quotes the fit', () => {
    // Tolerance: the scrape is a second run of the same job (its own clock, no common time with the log), and the
    // simulated job starts at 0 where the lab's started ~6 s after the TaskManager: steps may land one scrape apart.
    const direct = result.fit?.series.find((s) => s.metric === 'directUsed');
    expect(direct?.limitBytes).toBe(192 * MiB);
    expect(direct?.rmseRelative).toBeLessThan(0.1);
    expect(result.fit?.explanation).toMatch(
      /Direct buffer memory.*Fitted to the incident's observations: direct memory of taskmanager-1 grew 16 MiB per restart/s,
    );
  });

  it("hands the contract's shapes to the sandbox (provenance per file, failures, the fit's parts)", () => {
    const provenance: readonly Provenance[] = result.provenance;
    const failures: readonly ObservedFailure[] = result.failures;
    const fit: FitReport | undefined = result.fit;
    const parameters: readonly FittedParameter[] = fit?.parameters ?? [];
    const series: readonly SeriesDivergence[] = fit?.series ?? [];
    expect(provenance.map((p) => p.kind)).toEqual(['flink-log', 'flink-log', 'metrics']);
    expect(failures[0]?.source).toBe('flink-1.20.5-lab-taskmanager-direct-oom.log:217');
    expect(parameters.length).toBeGreaterThan(0);
    expect(series.map((s) => s.metric)).toContain('directUsed');
  });

  it('is deterministic: the same files give a byte-identical scenario YAML', () => {
    expect(importArtefacts(files, { fit: false }).scenarioYaml).toBe(result.scenarioYaml);
  });
});

describe('one artefact alone', () => {
  it('the scrape alone: the same staircase, restarts every ~2.6 s from numRestarts, an assumed fixed-delay strategy', () => {
    const r = importArtefacts([file(SCRAPE)], { fit: false });
    expect(r.scenarioYaml).toContain('bytes: 16777216');
    expect(r.scenario.flink.config['restart-strategy.type']).toBe('fixed-delay');
    expect(r.scenario.events.find((e) => e.action === 'fail-task')).toMatchObject({ atMs: 3874, everyMs: 2559 });
  });

  it('the TaskManager log alone: restarts every 2842 ms from attempts #0 to #7, the leak bounded by the OOM at restart 7', () => {
    const r = importArtefacts([file(TM_LOG)]);
    expect(r.scenario.events.find((e) => e.action === 'fail-task')).toMatchObject({ atMs: 8112, everyMs: 2842 });
    // (192 MiB − 64 MiB of network buffers) / 8 opens: exactly the lab job's 16 MiB
    expect(r.fit?.parameters[0]).toMatchObject({ name: 'leak.direct.perRestart', value: 16 * MiB, method: 'oom-restart-count', points: 7 });
    expect(r.scenarioYaml).toContain(
      '# leak chosen from the symptoms: direct 16 MiB per restart (estimated from the OOM and the restarts)',
    );
    const first = r.fit?.firstFailure;
    expect(first).toMatchObject({ kind: 'oom-direct', process: 'taskmanager-1', observedMs: 28009 });
    expect(Math.abs((first?.simulatedMs ?? 0) - 28009) / 28009).toBeLessThan(0.1);
  });
});

describe('models/incident and models/fit stay deterministic', () => {
  it('use no clock and no randomness', () => {
    for (const dir of ['incident', 'fit']) {
      const root = join(import.meta.dirname, '..', '..', '..', 'models', dir);
      for (const name of readdirSync(root)) {
        const text = readFileSync(join(root, name), 'utf8');
        expect(text, name).not.toMatch(/Date\.now|new Date\(|Math\.random|performance\.now|setTimeout/);
      }
    }
  });
});
