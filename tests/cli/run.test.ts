// Protects `flink-mem run`'s explanations: --json carries one per failure event, and the human output prints the first one's text and
// suggestions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8') });
  return { code, out, err };
}

describe('run explains its failures', () => {
  const file = join(SCENARIOS, 'pod-limit-mismatch.yaml');

  it('--json: explanations, one per failure event, with the limit, its derivation and the text', async () => {
    const r = await run('run', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const failures = json.events.filter((e: { type: string }) => ['jvm.oom', 'container.killed', 'process.exited'].includes(e.type));
    expect(json.explanations).toHaveLength(failures.length);
    const first = json.explanations[0];
    expect(first.event).toMatchObject({ index: json.events.indexOf(failures[0]), type: 'container.killed', detail: 'k8s-oomkilled' });
    expect(first.limit).toEqual({ name: 'pod memory limit', bytes: 3584 * 1048576 });
    expect(first.derivation.terms[0].source).toEqual({ kind: 'scenario', field: 'cluster.containerLimit' });
    expect(first.text).toMatch(/^At 03:20:48\.345 taskmanager-1 was OOMKilled/);
    expect(first.suggestions[0].changes).toEqual([{ key: 'taskmanager.memory.process.size', from: '8g', to: '3584m' }]);
  });

  it('the human output prints the first explanation, wrapped, and its suggestions', async () => {
    const r = await run('run', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('why (03:20:48.345 taskmanager-1 container.killed):\n  At 03:20:48.345 taskmanager-1 was OOMKilled');
    expect(r.out).toContain('  - Set taskmanager.memory.process.size: 8g → 3584m');
    const why = r.out.slice(r.out.indexOf('why ('), r.out.indexOf('expectations:'));
    for (const line of why.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(why).toContain('3.5 GiB');
  });
});
