// Protects `flink-mem derive` and `fit` on every Kubernetes input kind (FlinkDeployment, Helm values, ConfigMap, --- streams): what was taken
// from where, the operator release's mapping (--operator-version), Kubernetes quantities in --limit, and the configured limit factor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const files: Record<string, string> = {
  'basic.yaml': readFileSync('tests/fixtures/kubernetes/operator-basic.yaml', 'utf8'),
  'nested.yaml': readFileSync('tests/fixtures/kubernetes/flinkdeployment-nested.yaml', 'utf8'),
  'standalone.yaml': readFileSync('tests/fixtures/kubernetes/standalone-manifests.yaml', 'utf8'),
  'helm-values.yaml': readFileSync('tests/fixtures/kubernetes/helm-values.yaml', 'utf8'),
  // Real files with their sources in calibration/config-corpus/SOURCES.json.
  'reactive-configmap.yaml': readFileSync('calibration/config-corpus/rmetzger-reactive-configmap.yaml', 'utf8'),
  'flinkdep-cr.yaml': readFileSync('calibration/config-corpus/operator-e2e-flinkdep-multidoc.yaml', 'utf8'),
  'operator-values.yaml': readFileSync('calibration/config-corpus/operator-helm-values.yaml', 'utf8'),
  'statefun-values.yaml': readFileSync('calibration/config-corpus/statefun-helm-values.yaml', 'utf8'),
  'both-configmap.yaml': readFileSync('tests/fixtures/kubernetes/configmap-both-files.yaml', 'utf8'),
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
    expect(r.out).toContain(
      "Read nested.yaml as FlinkDeployment (Flink 1.19), with Flink Kubernetes Operator 1.15's mapping (--operator-version):",
    );
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

describe('--operator-version: the operator release whose mapping applies', () => {
  it('the default is the newest release, and the output says so', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'basic.yaml');
    expect(r.out).toContain(
      "Read basic.yaml as FlinkDeployment (Flink 1.20), with Flink Kubernetes Operator 1.15's mapping (--operator-version):",
    );
    expect((await run('derive', '--process', 'taskmanager', '--config', 'basic.yaml', '--json')).json().kubernetes[0].operatorVersion).toBe(
      '1.15',
    );
  });

  it("operator 1.6 sets resource.memory '4Gi' as typed and its validator refuses it; nested flinkConfiguration is refused by the CRD", async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'nested.yaml', '--operator-version', '1.6.1', '--json');
    const k8s = r.json().kubernetes[0];
    expect(k8s.operatorVersion).toBe('1.6');
    expect(k8s.refused).toContain(
      'nested.yaml:34 spec.taskManager.resource.memory: "TaskManager resource memory parse error: Memory size unit \'gi\' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)" (DefaultValidator at release-1.6.0); operator 1.6 passes resource.memory to Flink as typed (Kubernetes quantities such as 2Gi are read from operator 1.7).',
    );
    expect(
      k8s.refused.some((x: string) => x.startsWith('nested.yaml:13 spec.flinkConfiguration.taskmanager.numberOfTaskSlots: nested;')),
    ).toBe(true);
    const text = await run('derive', '--process', 'taskmanager', '--config', 'nested.yaml', '--operator-version', '1.6');
    expect(text.out).toContain('  refused: nested.yaml:34 spec.taskManager.resource.memory: "TaskManager resource memory parse error:');
  });

  it("operator 1.1's chart defaults size a TaskManager the deployment leaves unsized (1728m)", async () => {
    files['nomem.yaml'] =
      files['basic.yaml']?.replace(/ {2}taskManager:\n {4}resource:\n {6}memory: "2048m"\n/, '  taskManager:\n    resource:\n') ?? '';
    const r = await run('derive', '--process', 'taskmanager', '--config', 'nomem.yaml', '--operator-version', '1.1', '--json');
    expect(r.json().memory.totalProcessMemory).toBe(1728 * 2 ** 20);
    expect(r.json().kubernetes[0].entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '1728m',
      origin: 'operator 1.1 default (helm/flink-kubernetes-operator/conf/flink-conf.yaml at release-1.1.0)',
    });
    const newest = await run('derive', '--process', 'taskmanager', '--config', 'nomem.yaml', '--json');
    expect(newest.json().kubernetes[0].refused[0]).toContain(
      '"TaskManager resource memory must be defined using `spec.taskManager.resource.memory`"',
    );
  });

  it('an unknown operator version is wrong usage listing the releases', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'basic.yaml', '--operator-version', '0.9');
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: --operator-version: '0.9' is not a Flink Kubernetes Operator release modelled here (1.15, 1.14,");
  });
});

describe('each input kind from the command line', () => {
  it('Helm values: derive and fit read the FlinkDeployment-shaped block and name the layout', async () => {
    const d = await run('derive', '--process', 'taskmanager', '--config', 'helm-values.yaml');
    expect(d.code).toBe(0);
    expect(d.out).toContain(
      '  taken:   Helm values at flink.spec (document 1, line 9): flinkConfiguration, taskManager, jobManager, read as operator 1.15 reads a FlinkDeployment spec',
    );
    expect(d.out).toContain('  taskmanager.memory.process.size: 6 gb  ← helm-values.yaml:21 flink.spec.taskManager.resource.memory');
    const f = await run('fit', '--process', 'jobmanager', '--config', 'helm-values.yaml', '--json');
    // JobManager 2048m × kubernetes.jobmanager.memory.limit-factor 1.5 = 3072 MiB.
    expect(f.json()).toMatchObject({ limit: 3 * 2 ** 30, limitFactor: 1.5, fits: true });
  });

  it('Helm values of a layout not understood are refused with the layouts that are', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'statefun-values.yaml');
    expect(r.code).toBe(1);
    expect(r.err).toContain("statefun-values.yaml looks like Helm values, but no layout understood here holds Flink's configuration");
    expect(r.err).toContain('<root>, <key>, <key>.spec, <key>.<key>, <key>.<key>.spec');
  });

  it("the operator's own chart values: defaultConfiguration's flink-conf.yaml, read as the chosen release reads it", async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'operator-values.yaml', '--flink-version', '1.20', '--json');
    expect(r.json().kubernetes[0].taken[0]).toContain(
      'Helm values of the operator\'s own chart: defaultConfiguration."flink-conf.yaml", read as Flink 1.20 reads it (the chosen Flink version)',
    );
  });

  it("a ConfigMap's flink-conf.yaml: 1.20 reads it; 2.0 warns at the manifest's line that it reads only config.yaml", async () => {
    const old = await run('derive', '--process', 'taskmanager', '--config', 'reactive-configmap.yaml', '--flink-version', '1.20', '--json');
    expect(old.json().memory.totalProcessMemory).toBe(1728 * 2 ** 20);
    expect(old.json().kubernetes[0].entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '1728m',
      origin: 'reactive-configmap.yaml:15 data."flink-conf.yaml"',
    });
    const two = await run('derive', '--process', 'taskmanager', '--config', 'reactive-configmap.yaml', '--flink-version', '2.0');
    expect(two.out).toContain(
      'reactive-configmap.yaml:8 data."flink-conf.yaml": Flink 2.0 ignores flink-conf.yaml and reads only config.yaml',
    );
  });

  it('a ConfigMap with both files: up to 1.20 flink-conf.yaml is read, from 2.0 config.yaml; the other is listed as ignored', async () => {
    const old = await run('derive', '--process', 'taskmanager', '--config', 'both-configmap.yaml', '--flink-version', '1.19', '--json');
    expect(old.json().memory.totalProcessMemory).toBe(1728 * 2 ** 20);
    expect(old.json().kubernetes[0].ignored).toEqual([
      'ConfigMap flink-config (document 1, line 3): data."config.yaml" (both-configmap.yaml:14): Flink 1.19 reads flink-conf.yaml when both are present',
    ]);
    const two = await run('derive', '--process', 'taskmanager', '--config', 'both-configmap.yaml', '--flink-version', '2.0', '--json');
    expect(two.json().memory.totalProcessMemory).toBe(4 * 2 ** 30);
    expect(two.json().kubernetes[0].entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '4g',
      origin: 'both-configmap.yaml:22 data."config.yaml"',
    });
  });

  it('a multi-document manifest: the FlinkDeployment is taken, the PersistentVolumeClaim and IngressClass ignored with their lines', async () => {
    const d = await run('derive', '--process', 'taskmanager', '--config', 'flinkdep-cr.yaml');
    expect(d.code).toBe(0);
    expect(d.out).toContain('Read flinkdep-cr.yaml as FlinkDeployment (Flink 1.16)');
    expect(d.out).toContain('  ignored: PersistentVolumeClaim flink-example-statemachine (document 2, line 89)');
    expect(d.out).toContain('  ignored: IngressClass nginx (document 3, line 102)');
    const f = await run('fit', '--process', 'taskmanager', '--config', 'flinkdep-cr.yaml', '--json');
    expect(f.json()).toMatchObject({ limit: 2 ** 30, fits: true });
    expect(f.json().limitFrom).toBe('process size 1024 MiB (flinkdep-cr.yaml:79 spec.taskManager.resource.memory)');
  });
});
