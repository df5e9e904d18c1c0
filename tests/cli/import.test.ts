// Protects `flink-mem import`: the lab's direct-leak artefacts give a scenario file (--out) that loads, the text output
// names what was read, the cross-checks, the failures and the fit, and --json carries the contract's fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { loadScenario } from '../../models/scenario/loadScenario';

const ARTEFACTS = join(import.meta.dirname, '..', 'fixtures', 'artefacts');
const TM_LOG = join(ARTEFACTS, 'flink-logs', 'flink-1.20.5-lab-taskmanager-direct-oom.log');
const SCRAPE = join(ARTEFACTS, 'metrics', 'flink-lab-prometheus-direct-leak.prom');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, t) => written.set(p, t),
  });
  return { code, out, err, written };
}

describe('flink-mem import', () => {
  it('writes a loadable scenario and prints provenance, cross-checks, failures and the fit', async () => {
    const r = await run('import', TM_LOG, SCRAPE, '--out', 'incident.yaml');
    expect(r.code).toBe(0);
    const yaml = r.written.get('incident.yaml') as string;
    expect(loadScenario(yaml, 'incident.yaml').job.operators.map((o) => o.id)).toEqual(['source', 'suspect']);
    expect(r.out).toContain('flink-1.20.5-lab-taskmanager-direct-oom.log (flink-log)');
    expect(r.out).toContain('directUsed taskmanager-1 (30 samples)');
    expect(r.out).toContain('INFO flink-1.20.5-lab-taskmanager-direct-oom.log: -XX:MaxDirectMemorySize=201326592 (192 MiB) agrees');
    expect(r.out).toContain('00:00:28.009 oom-direct on taskmanager-1');
    expect(r.out).toContain(
      'fitted: direct memory of taskmanager-1 grew 16 MiB per restart (fit over 7 restarts, R² 1.00) → the scenario’s leak',
    );
    expect(r.out).toMatch(/first oom-direct on taskmanager-1: observed 28\.0 s, simulated \d+\.\d s/);
    expect(r.out).toContain('scenario written to incident.yaml');
  });

  it('--json --no-fit: the contract fields, no fit', async () => {
    const r = await run('import', SCRAPE, '--json', '--no-fit', '--map', 'localhost:34413_b7d4ad=taskmanager-1');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['scenarioYaml', 'observed', 'failures', 'crossChecks', 'provenance', 'unread']),
    );
    expect(json.fit).toBeUndefined();
    expect(json.observed.matches).toContainEqual({ source: 'localhost:34413_b7d4ad', process: 'taskmanager-1', by: 'choice' });
  });

  it('a malformed --map is a usage error (exit 2)', async () => {
    const r = await run('import', SCRAPE, '--map', 'nonsense');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--map wants <artefact id>=<process>');
  });
});
