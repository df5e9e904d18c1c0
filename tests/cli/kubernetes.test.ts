// Protects `flink-mem derive` and `fit` on Kubernetes inputs: a FlinkDeployment gives both processes and says what it took from where,
// --limit takes Kubernetes quantities (8192Mi), fit defaults to a manifest's pod limit and honours the configured limit factor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const files: Record<string, string> = {
  'basic.yaml': readFileSync('tests/fixtures/kubernetes/operator-basic.yaml', 'utf8'),
  'nested.yaml': readFileSync('tests/fixtures/kubernetes/flinkdeployment-nested.yaml', 'utf8'),
  'standalone.yaml': readFileSync('tests/fixtures/kubernetes/standalone-manifests.yaml', 'utf8'),
};

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
  });
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('derive with a FlinkDeployment', () => {
  it('derives the TaskManager and the JobManager from one file, with its Flink version', async () => {
    const tm = await run('derive', '--process', 'taskmanager', '--config', 'basic.yaml', '--json');
    const jm = await run('derive', '--process', 'jobmanager', '--config', 'basic.yaml', '--json');
    expect([tm.code, jm.code]).toEqual([0, 0]);
    expect(tm.json()).toMatchObject({
      flinkVersion: '1.20',
      deployment: 'kubernetes',
      memory: { totalProcessMemory: 2147483648 },
      slots: 2,
    });
    expect(jm.json()).toMatchObject({ flinkVersion: '1.20', memory: { totalProcessMemory: 2147483648 } });
    expect(tm.json().kubernetes[0]).toMatchObject({
      file: 'basic.yaml',
      kind: 'FlinkDeployment',
      taskManager: { containerLimit: 2147483648 },
      jobManager: { containerLimit: 2147483648 },
    });
  });

  it('the text output lists each value with file, line and YAML path before the derivation', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'nested.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Read nested.yaml as FlinkDeployment (Flink 1.19):');
    expect(r.out).toContain('  taskmanager.memory.process.size: 4294967296  ← nested.yaml:34 spec.taskManager.resource.memory');
    expect(r.out).toContain(
      '  taskmanager.memory.managed.fraction: 0.2  ← nested.yaml:15 spec.flinkConfiguration.taskmanager.memory."managed.fraction"',
    );
    expect(r.out).toContain('  TaskManager: pod limit 5.000gb (5368709120 bytes) from process size 4096 MiB × limit-factor 1.25');
    expect(r.out).toContain('Flink 1.19 TaskManager');
  });

  it('--flink-version still wins over spec.flinkVersion', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'basic.yaml', '--flink-version', '1.18', '--json');
    expect(r.json().flinkVersion).toBe('1.18');
  });
});

describe('fit with Kubernetes quantities', () => {
  it('--limit 8192Mi is 8 GiB', async () => {
    const r = await run('fit', '--process', 'taskmanager', '--config', 'basic.yaml', '--limit', '8192Mi', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ limit: 8589934592, fits: true, suggestedProcessSize: 8589934592, limitFactor: 1 });
    expect(r.json().limitFrom).toBe("--limit '8192Mi' (a Kubernetes quantity)");
  });

  it('--limit 8G is decimal, and says so', async () => {
    const r = await run('fit', '--process', 'taskmanager', '--config', 'basic.yaml', '--limit', '8G');
    expect(r.out).toContain("Limit 8000000000 bytes from --limit '8G' (a Kubernetes quantity; '8G' is a Kubernetes decimal quantity");
  });

  it('the limit factor of the configuration is honoured: suggested process size = limit ÷ 1.25', async () => {
    const r = await run('fit', '--process', 'taskmanager', '--config', 'nested.yaml', '--limit', '5Gi', '--json');
    expect(r.json()).toMatchObject({ limit: 5368709120, limitFactor: 1.25, suggestedProcessSize: 4294967296 });
    expect(r.json().limitFactorFrom).toBe(
      'kubernetes.taskmanager.memory.limit-factor (nested.yaml:16 spec.flinkConfiguration."kubernetes.taskmanager.memory.limit-factor")',
    );
    const given = await run(
      'fit',
      '--process',
      'taskmanager',
      '--config',
      'nested.yaml',
      '--limit',
      '5Gi',
      '--limit-factor',
      '1',
      '--json',
    );
    expect(given.json()).toMatchObject({ limitFactor: 1, limitFactorFrom: '--limit-factor', suggestedProcessSize: 5368709120 });
  });

  it('without --limit, the pod limit of a standalone manifest is used', async () => {
    const r = await run('fit', '--process', 'taskmanager', '--config', 'standalone.yaml', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ limit: 1500000000, fits: false });
    expect(r.json().limitFrom).toBe('standalone.yaml:61 spec.template.spec.containers[0].resources.limits.memory');
  });

  it('a bad quantity or a bad configured factor is wrong usage naming the field', async () => {
    const bad = await run('fit', '--process', 'taskmanager', '--limit', '512m0');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("error: --limit: '512m0' is neither a Kubernetes quantity");
    const factor = await run('fit', '--process', 'taskmanager', '--limit', '4Gi', '-D', 'kubernetes.taskmanager.memory.limit-factor=0.5');
    expect(factor.code).toBe(2);
    expect(factor.err).toContain("kubernetes.taskmanager.memory.limit-factor must be a finite number >= 1 (got '0.5' from -D)");
  });
});
