// Protects reading the Kubernetes inputs users hold (FlinkDeployment, Helm values, ConfigMap, standalone manifests, --- streams):
// the operator's mapping (FlinkConfigBuilder), where each value came from (file:line and YAML path), pod limits, replicas and what was ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKubernetesInput } from '../../../models/config/kubernetes/manifests';
import { deriveMemory } from '../../../models/memoryModel';

const fixture = (name: string) => readFileSync(`tests/fixtures/kubernetes/${name}`, 'utf8');
const read = (name: string) => {
  const input = readKubernetesInput(fixture(name), name);
  if (!input) throw new Error(`${name} was not read as a Kubernetes input`);
  return input;
};
const value = (entries: readonly { key: string; value: string }[], key: string) => entries.filter((e) => e.key === key).pop()?.value;
const GiB = 2n ** 30n;

describe('FlinkDeployment', () => {
  it("the operator's basic example: resource.memory becomes *.memory.process.size (MemorySize.toString), both processes from one file", () => {
    const input = read('operator-basic.yaml');
    expect(input.kind).toBe('FlinkDeployment');
    expect(input.flinkVersion).toBe('1.20');
    expect(input.entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '2 gb',
      origin: 'operator-basic.yaml:36 spec.taskManager.resource.memory',
    });
    expect(input.entries).toContainEqual({
      key: 'jobmanager.memory.process.size',
      value: '2 gb',
      origin: 'operator-basic.yaml:32 spec.jobManager.resource.memory',
    });
    expect(input.entries).toContainEqual({
      key: 'taskmanager.numberOfTaskSlots',
      value: '2',
      origin: 'operator-basic.yaml:28 spec.flinkConfiguration."taskmanager.numberOfTaskSlots"',
    });
    expect(input.taskManager.containerLimit?.bytes).toBe(2n * GiB);
    expect(input.jobManager.containerLimit?.bytes).toBe(2n * GiB);
    for (const process of ['taskmanager', 'jobmanager'] as const) {
      const result = deriveMemory({ process, flinkVersion: '1.20', entries: input.entries });
      expect(result.ok, process).toBe(true);
    }
  });

  it('resource.memory after flinkConfiguration wins over a process size set there, as setResource runs later', () => {
    const text = fixture('operator-basic.yaml').replace(
      'taskmanager.numberOfTaskSlots: 2',
      'taskmanager.numberOfTaskSlots: 2\n    taskmanager.memory.process.size: 8g',
    );
    const input = readKubernetesInput(text, 'd.yaml');
    expect(value(input?.entries ?? [], 'taskmanager.memory.process.size')).toBe('2 gb');
  });

  it('nested flinkConfiguration, Gi quantities, the limit factor and a pod template limit Flink overwrites', () => {
    const input = read('flinkdeployment-nested.yaml');
    expect(value(input.entries, 'taskmanager.memory.managed.fraction')).toBe('0.2');
    expect(value(input.entries, 'taskmanager.memory.process.size')).toBe(String(4n * GiB));
    expect(value(input.entries, 'jobmanager.memory.process.size')).toBe(String(GiB));
    expect(input.taskManager).toEqual({
      containerLimit: {
        bytes: 5n * GiB,
        origin: 'process size 4096 MiB × limit-factor 1.25 (flinkdeployment-nested.yaml:34 spec.taskManager.resource.memory)',
      },
      replicas: 3,
    });
    expect(input.jobManager.containerLimit?.bytes).toBe(GiB);
    expect(input.notes).toContain(
      'spec.flinkConfiguration is nested: operator 1.15 flattens it to dotted keys (ConfigObjectNode#asFlatMap, 1.13+).',
    );
    expect(
      input.notes.filter((n) => n.includes('spec.podTemplate.spec.containers[0].resources.limits.memory (3Gi) is overwritten')),
    ).toHaveLength(1);
    expect(input.notes.some((n) => n.includes("'4Gi' is not a Flink memory size; operator 1.15 reads it as a Kubernetes quantity"))).toBe(
      true,
    );
  });

  it('resources.requests/limits (operator main, FLINK-33548): the request sizes the process, limit ÷ request is the factor', () => {
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata: { name: r }',
      'spec:',
      '  taskManager:',
      '    resources:',
      '      requests: { memory: 4Gi }',
      '      limits: { memory: 6Gi }',
    ].join('\n');
    const input = readKubernetesInput(text, 'r.yaml', { operatorVersion: 'main' });
    expect(value(input?.entries ?? [], 'taskmanager.memory.process.size')).toBe(String(4n * GiB));
    expect(value(input?.entries ?? [], 'kubernetes.taskmanager.memory.limit-factor')).toBe('1.5');
    expect(input?.taskManager.containerLimit?.bytes).toBe(6n * GiB);
  });

  it("a resource.memory neither grammar reads is refused in the validator's words, naming file, line and path", () => {
    const text = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  taskManager:\n    resource:\n      memory: 2Gx\n';
    const input = readKubernetesInput(text, 'm.yaml');
    expect(value(input?.entries ?? [], 'taskmanager.memory.process.size')).toBe('2Gx');
    expect(input?.refused).toContain(
      `m.yaml:6 spec.taskManager.resource.memory: "TaskManager resource memory parse error: '2Gx' is neither a Flink memory size nor a Kubernetes quantity" (DefaultValidator at release-1.15.0).`,
    );
  });
});

describe('Helm values', () => {
  it('a FlinkDeployment-shaped block under <key>.spec is read as the operator reads a spec', () => {
    const input = read('helm-values.yaml');
    expect(input.kind).toBe('Helm values');
    expect(input.taken).toEqual([
      'Helm values at flink.spec (document 1, line 9): flinkConfiguration, taskManager, jobManager, read as operator 1.15 reads a FlinkDeployment spec',
    ]);
    expect(input.flinkVersion).toBe('1.18');
    expect(input.entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '6 gb',
      origin: 'helm-values.yaml:21 flink.spec.taskManager.resource.memory',
    });
    expect(input.jobManager.containerLimit?.bytes).toBe(3n * GiB);
    expect(input.taskManager.replicas).toBe(4);
  });

  it('a plain flink-conf.yaml or config.yaml is not a Kubernetes input', () => {
    expect(readKubernetesInput('taskmanager.memory.process.size: 4g\n', 'flink-conf.yaml')).toBeUndefined();
    expect(readKubernetesInput('taskmanager:\n  memory:\n    process.size: 4g\n', 'config.yaml')).toBeUndefined();
  });
});

describe('ConfigMap and --- streams', () => {
  it("a ConfigMap's flink-conf.yaml goes through the config reader; lines are the manifest's", () => {
    const input = read('standalone-manifests.yaml');
    expect(input.kind).toBe('Kubernetes manifests');
    expect(input.entries).toContainEqual({
      key: 'taskmanager.memory.process.size',
      value: '1728m',
      origin: 'standalone-manifests.yaml:16 data."flink-conf.yaml"',
    });
    expect(input.ignored).toEqual(['Service flink-jobmanager (document 2, line 20)']);
    expect(input.taken).toEqual([
      'ConfigMap flink-config (document 1, line 4): data."flink-conf.yaml", read as Flink 1.20 reads it (standalone-manifests.yaml:43 image flink:1.20)',
      "Deployment flink-jobmanager (document 3, line 33): the JobManager's container limit and replicas",
      "Deployment flink-taskmanager (document 4, line 48): the TaskManager's container limit and replicas",
    ]);
    // Hand-typed limits are Kubernetes quantities: 1.5G is decimal.
    expect(input.taskManager).toEqual({
      containerLimit: {
        bytes: 1_500_000_000n,
        origin: 'standalone-manifests.yaml:61 spec.template.spec.containers[0].resources.limits.memory',
      },
      replicas: 2,
    });
    expect(input.jobManager.containerLimit?.bytes).toBe(1600n * 2n ** 20n);
  });

  it('a second FlinkDeployment and unrelated kinds are listed as ignored', () => {
    const one = fixture('operator-basic.yaml');
    const input = readKubernetesInput(
      `${one}\n---\n${one.replace('basic-example', 'second')}\n---\nkind: FlinkSessionJob\nmetadata: {name: j}\n`,
      's.yaml',
    );
    expect(input?.ignored).toEqual([
      'FlinkDeployment second (document 2, line 63): only the first FlinkDeployment is read',
      'FlinkSessionJob j (document 3, line 87): a job, it sets no memory',
    ]);
  });
});

describe('scenario flink.flinkDeployment', () => {
  const base = readFileSync('scenarios/pod-limit-mismatch.yaml', 'utf8');
  const embed = (deployment: string, config = '') =>
    base.replace(/^flink:\n/m, `flink:\n  flinkDeployment: |\n${deployment.replace(/^/gm, '    ')}\n${config}`);

  it("an embedded FlinkDeployment's options join flink.config, which wins", async () => {
    const { loadScenario } = await import('../../../models/scenario/loadScenario');
    const plain = loadScenario(base, 'p.yaml');
    const scenario = loadScenario(embed(fixture('operator-basic.yaml')), 'e.yaml');
    expect(scenario.flink.config['jobmanager.memory.process.size']).toBe('2 gb');
    // pod-limit-mismatch's own flink.config sets the TaskManager and wins over the deployment's 2048m.
    expect(scenario.flink.config['taskmanager.memory.process.size']).toBe(plain.flink.config['taskmanager.memory.process.size']);
  });

  it('a text that is no FlinkDeployment is refused at flink.flinkDeployment', async () => {
    const { loadScenario } = await import('../../../models/scenario/loadScenario');
    expect(() => loadScenario(embed('kind: Service\nmetadata: {name: x}'), 'bad.yaml')).toThrow(
      /flink.flinkDeployment: is not a FlinkDeployment/,
    );
  });
});

describe('the pod limit under the operator', () => {
  it('is the process size in whole MiB × the factor, truncated to whole MiB as Flink\'s (int) (mem * memoryLimitFactor) + "Mi"', () => {
    const text = fixture('operator-basic.yaml').replace(
      'taskmanager.numberOfTaskSlots: 2',
      'taskmanager.numberOfTaskSlots: 2\n    kubernetes.taskmanager.memory.limit-factor: "1.3333"',
    );
    // 2048 MiB × 1.3333 = 2730.5 MiB → 2730 MiB.
    expect(readKubernetesInput(text, 'f.yaml')?.taskManager.containerLimit?.bytes).toBe(2730n * 2n ** 20n);
  });
});

describe('a ConfigMap whose embedded file the config reader refuses', () => {
  it("names the manifest's file, line and YAML path", async () => {
    const { ConfigFileError } = await import('../../../models/config/configFiles');
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.yaml: |\n    a: 1\n    b: [1, 2\n';
    let error: unknown;
    try {
      readKubernetesInput(text, 'cm.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as Error).message).toMatch(/^cm.yaml:\d+ data."config.yaml": /);
    // The embedded file starts on line 6; the reader (rewritten elsewhere) may place the fault on its line 2 or at the end (3).
    expect((error as { line: number }).line).toBeGreaterThanOrEqual(7);
    expect((error as { line: number }).line).toBeLessThanOrEqual(8);
  });
});

describe("a ConfigMap's embedded file read by the chosen release's reader, its lines the manifest's", () => {
  const configMap = (key: string, body: string[]) =>
    ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', `  ${key}: |`, ...body.map((l) => `    ${l}`)].join('\n');

  it("1.20's line parser: an invalid line is skipped with Flink's warning at the manifest's file:line", () => {
    const input = readKubernetesInput(
      configMap('flink-conf.yaml', ['taskmanager.memory.process.size: 2g', 'this line has no colon']),
      'cm.yaml',
      {
        flinkVersion: '1.20',
      },
    );
    expect(input?.entries).toEqual([{ key: 'taskmanager.memory.process.size', value: '2g', origin: 'cm.yaml:6 data."flink-conf.yaml"' }]);
    expect(input?.warnings.some((w) => w.startsWith('cm.yaml:7 data."flink-conf.yaml"'))).toBe(true);
  });

  it('a duplicate key names both manifest lines', () => {
    const input = readKubernetesInput(
      configMap('flink-conf.yaml', ['taskmanager.memory.process.size: 2g', 'taskmanager.memory.process.size: 3g']),
      'cm.yaml',
      { flinkVersion: '1.18' },
    );
    expect(input?.warnings).toContain(
      'cm.yaml:7 data."flink-conf.yaml": \'taskmanager.memory.process.size\' is set again (first at cm.yaml:6 data."flink-conf.yaml"); the later value wins, as in Flink.',
    );
  });

  it('config.yaml given to 1.18 is read as flink-conf.yaml, with the warning at the key line', () => {
    const input = readKubernetesInput(configMap('config.yaml', ['taskmanager.memory.process.size: 2g']), 'cm.yaml', {
      flinkVersion: '1.18',
    });
    expect(input?.warnings[0]).toMatch(/^cm\.yaml:5 data\."config\.yaml": Flink 1\.18 reads only flink-conf\.yaml/);
  });

  it('a document YAML refuses is listed as ignored with its line; the others are read', () => {
    const text = `${configMap('config.yaml', ['taskmanager.memory.process.size: 2g'])}\n---\nkind: Service\nmetadata: {name: [unclosed\n`;
    const input = readKubernetesInput(text, 'm.yaml');
    expect(input?.ignored).toEqual(['document 2 (line 8): not valid YAML, skipped']);
    expect(input?.entries).toHaveLength(1);
  });
});

describe('scenario flink.operatorVersion', () => {
  const base = readFileSync('scenarios/pod-limit-mismatch.yaml', 'utf8');
  const embed = (deployment: string, operator: string) =>
    base.replace(/^flink:\n/m, `flink:\n  operatorVersion: "${operator}"\n  flinkDeployment: |\n${deployment.replace(/^/gm, '    ')}\n`);
  const nested = fixture('flinkdeployment-nested.yaml');

  it("reads flink.flinkDeployment with the named release's rules: 1.13 takes 4Gi, 1.6's validator refuses it", async () => {
    const { loadScenario } = await import('../../../models/scenario/loadScenario');
    expect(loadScenario(embed(nested, '1.13'), 'n.yaml').flink.config['jobmanager.memory.process.size']).toBe(String(GiB));
    expect(() => loadScenario(embed(nested, '1.6'), 'o.yaml')).toThrow(
      /refused by operator 1\.6: .*"JobManager resource memory parse error: /,
    );
  });

  it('an unknown release is refused at flink.operatorVersion', async () => {
    const { loadScenario } = await import('../../../models/scenario/loadScenario');
    expect(() => loadScenario(embed(nested, '0.5'), 'u.yaml')).toThrow(
      /flink.operatorVersion: '0.5' is not a Flink Kubernetes Operator release/,
    );
  });
});
