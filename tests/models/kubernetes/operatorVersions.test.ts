// Protects the Flink Kubernetes Operator's FlinkDeployment mapping per operator release (operatorVersions.ts): each rule that changed
// between releases 1.0–1.15 and main (read from FlinkConfigBuilder, DefaultValidator, the CRD and the chart at each tag) on both sides of its change.
import { describe, expect, it } from 'vitest';
import { readKubernetesInput } from '../../../models/config/kubernetes/manifests';
import { flinkVersionsOf, type OperatorVersion, parseOperatorVersion } from '../../../models/config/kubernetes/operatorVersions';

/** A FlinkDeployment with the given spec lines (indented two spaces under `spec:`). */
function deployment(spec: string[]): string {
  return [
    'apiVersion: flink.apache.org/v1beta1',
    'kind: FlinkDeployment',
    'metadata:',
    '  name: d',
    'spec:',
    ...spec.map((l) => `  ${l}`),
  ].join('\n');
}
const sized = ['jobManager:', '  resource:', '    memory: 1g', 'taskManager:', '  resource:', '    memory: 2g'];
const read = (spec: string[], operatorVersion: OperatorVersion) => {
  const input = readKubernetesInput(deployment(spec), 'd.yaml', { operatorVersion });
  if (!input) throw new Error('not read');
  return input;
};
const valueIn = (spec: string[], v: OperatorVersion, key: string) =>
  read(spec, v)
    .entries.filter((e) => e.key === key)
    .pop()?.value;
const tmMemory = (memory: string) => [
  'jobManager:',
  '  resource:',
  '    memory: 1g',
  'taskManager:',
  '  resource:',
  `    memory: ${memory}`,
];

describe('naming the operator release', () => {
  it('takes X.Y, X.Y.Z, release-X.Y.Z and main; refuses others with the list', () => {
    expect(parseOperatorVersion('1.13.0')).toBe('1.13');
    expect(parseOperatorVersion('release-1.7.0')).toBe('1.7');
    expect(parseOperatorVersion('v1.15')).toBe('1.15');
    expect(parseOperatorVersion('main')).toBe('main');
    expect(() => parseOperatorVersion('2.0')).toThrow(/'2.0' is not a Flink Kubernetes Operator release modelled here \(1.15, 1.14/);
  });

  it('the default is the newest release, and the input says which applied', () => {
    expect(readKubernetesInput(deployment(sized), 'd.yaml')?.operatorVersion).toBe('1.15');
  });
});

describe('resource.memory → *.memory.process.size', () => {
  it("a Flink size is MemorySize.toString()'d from 1.7 and set as typed before (both mean the same to Flink)", () => {
    expect(valueIn(tmMemory('2048m'), '1.7', 'taskmanager.memory.process.size')).toBe('2 gb');
    expect(valueIn(tmMemory('2048m'), '1.6', 'taskmanager.memory.process.size')).toBe('2048m');
    // MemorySize is tried first: 2G is 2 GiB to Flink, not 2·10⁹ bytes.
    expect(valueIn(tmMemory('2G'), '1.15', 'taskmanager.memory.process.size')).toBe('2 gb');
  });

  it('2Gi: a Kubernetes quantity in bytes from 1.7 (parseResourceMemoryString); refused by the validator before', () => {
    expect(valueIn(tmMemory('2Gi'), '1.7', 'taskmanager.memory.process.size')).toBe('2147483648');
    expect(read(tmMemory('2Gi'), '1.7').refused).toEqual([]);
    const old = read(tmMemory('2Gi'), '1.6');
    expect(old.entries.find((e) => e.key === 'taskmanager.memory.process.size')?.value).toBe('2Gi');
    expect(old.refused[0]).toMatch(/^d\.yaml:11 spec\.taskManager\.resource\.memory: "TaskManager resource memory parse error: /);
    // formatMemoryStringForK8sSpec: upper-cased, a trailing B dropped, I back to i.
    expect(valueIn(tmMemory('2gib'), '1.15', 'taskmanager.memory.process.size')).toBe('2147483648');
  });

  it("a fractional quantity keeps BigDecimal's decimals (1.5Gi → 1610612736.0), which the validator refuses", () => {
    const input = read(tmMemory('1.5Gi'), '1.15');
    expect(input.entries.find((e) => e.key === 'taskmanager.memory.process.size')?.value).toBe('1610612736.0');
    expect(input.refused[0]).toContain("the quantity '1.5Gi' becomes '1610612736.0'");
  });
});

describe('spec.flinkConfiguration', () => {
  const nested = [...sized, 'flinkConfiguration:', '  taskmanager:', '    memory.managed.fraction: "0.2"'];
  const unquoted = [...sized, 'flinkConfiguration:', '  taskmanager.numberOfTaskSlots: 2'];
  it('nested: refused by the 1.12 CRD (a map of strings), flattened from 1.13', () => {
    expect(read(nested, '1.12').refused[0]).toContain(
      'd.yaml:14 spec.flinkConfiguration.taskmanager."memory.managed.fraction": nested; flinkConfiguration is a map of strings up to operator 1.12',
    );
    expect(read(nested, '1.13').refused).toEqual([]);
    expect(valueIn(nested, '1.13', 'taskmanager.memory.managed.fraction')).toBe('0.2');
  });

  it('an unquoted number: refused up to 1.12, taken from 1.13 (the 1.13 examples dropped the quotes)', () => {
    expect(read(unquoted, '1.12').refused[0]).toContain('spec.flinkConfiguration."taskmanager.numberOfTaskSlots": not a string;');
    expect(read(unquoted, '1.13').refused).toEqual([]);
    const quoted = [...sized, 'flinkConfiguration:', '  taskmanager.numberOfTaskSlots: "2"'];
    expect(read(quoted, '1.12').refused).toEqual([]);
  });
});

describe("the chart's default configuration", () => {
  const bare = ['jobManager:', '  resource:', '    cpu: 1', 'taskManager:', '  resource:', '    cpu: 1'];
  it('1.0–1.1 size both processes (1600m / 1728m) and give 2 slots; the deployment still wins', () => {
    expect(valueIn(bare, '1.1', 'taskmanager.memory.process.size')).toBe('1728m');
    expect(valueIn(bare, '1.0', 'jobmanager.memory.process.size')).toBe('1600m');
    expect(valueIn(sized, '1.1', 'taskmanager.memory.process.size')).toBe('2g');
    expect(read(sized, '1.1').entries.filter((e) => e.key === 'taskmanager.memory.process.size')).toHaveLength(1);
  });

  it('1.2 keeps 2 slots without sizes; from 1.3 one slot', () => {
    expect(valueIn(bare, '1.2', 'taskmanager.memory.process.size')).toBeUndefined();
    expect(valueIn(bare, '1.2', 'taskmanager.numberOfTaskSlots')).toBe('2');
    expect(valueIn(bare, '1.3', 'taskmanager.numberOfTaskSlots')).toBe('1');
  });

  it('from 1.4 the validator refuses a process neither resource.memory nor the configuration sizes', () => {
    expect(read(bare, '1.4').refused).toContain(
      'd.yaml:9 spec.taskManager: "TaskManager resource memory must be defined using `spec.taskManager.resource.memory`" (DefaultValidator, 1.4+).',
    );
    expect(read(bare, '1.3').refused).toEqual([]);
  });
});

describe('resource.cpu keys', () => {
  const cpu = (flinkVersion: string) => [`flinkVersion: ${flinkVersion}`, ...sized, '    cpu: 2'];
  const keys = (flinkVersion: string, v: OperatorVersion) =>
    read(cpu(flinkVersion), v)
      .entries.filter((e) => e.key.startsWith('kubernetes.taskmanager.cpu'))
      .map((e) => e.key);
  it('≤1.5 .cpu; 1.6–1.7 .cpu.amount for Flink 1.17+; from 1.8 .cpu.amount always and .cpu too before Flink 1.17', () => {
    expect(keys('v1_16', '1.5')).toEqual(['kubernetes.taskmanager.cpu']);
    expect(keys('v1_16', '1.6')).toEqual(['kubernetes.taskmanager.cpu']);
    expect(keys('v1_17', '1.6')).toEqual(['kubernetes.taskmanager.cpu.amount']);
    expect(keys('v1_16', '1.8')).toEqual(['kubernetes.taskmanager.cpu.amount', 'kubernetes.taskmanager.cpu']);
    expect(keys('v1_20', '1.15')).toEqual(['kubernetes.taskmanager.cpu.amount']);
  });
});

describe('replicas and high availability', () => {
  const replicas = (jm: number, tm: number, ha?: string) => [
    ...(ha ? ['flinkConfiguration:', `  high-availability: ${ha}`] : []),
    'jobManager:',
    `  replicas: ${jm}`,
    '  resource:',
    '    memory: 1g',
    'taskManager:',
    `  replicas: ${tm}`,
    '  resource:',
    '    memory: 2g',
  ];
  it('taskManager.replicas is set as kubernetes.taskmanager.replicas from 1.2', () => {
    expect(valueIn(replicas(1, 3), '1.1', 'kubernetes.taskmanager.replicas')).toBeUndefined();
    expect(valueIn(replicas(1, 3), '1.2', 'kubernetes.taskmanager.replicas')).toBe('3');
  });

  it('standby JobManagers need HA (Kubernetes HA only up to 1.3); fewer than one replica is refused', () => {
    expect(read(replicas(2, 1), '1.15').refused[0]).toContain('"High availability should be enabled when starting standby JobManagers."');
    expect(read(replicas(2, 1, 'kubernetes'), '1.15').refused).toEqual([]);
    expect(read(replicas(2, 1, 'zookeeper'), '1.3').refused[0]).toContain('"Kubernetes High availability should be enabled');
    expect(read(replicas(2, 1, 'zookeeper'), '1.4').refused).toEqual([]);
    expect(read(replicas(1, 0), '1.15').refused[0]).toContain('"TaskManager replicas should not be configured less than one."');
  });
});

describe('spec.flinkVersion against the CRD enum of the release', () => {
  it('lists what each release accepts; a newer Flink is refused by the API server', () => {
    expect(flinkVersionsOf('1.10')).toEqual(['v1_13', 'v1_14', 'v1_15', 'v1_16', 'v1_17', 'v1_18', 'v1_19', 'v1_20']);
    expect(flinkVersionsOf('1.15').slice(-2)).toEqual(['v2_3', 'v2_4']);
    expect(read(['flinkVersion: v2_0', ...sized], '1.10').refused[0]).toContain("'v2_0' is not in operator 1.10's flinkVersion enum");
    expect(read(['flinkVersion: v2_0', ...sized], '1.11').refused).toEqual([]);
    expect(read(['flinkVersion: v2_3', ...sized], '1.13').refused[0]).toContain("'v2_3' is not in operator 1.13's flinkVersion enum");
  });
});

describe('resources: {requests, limits} (FLINK-33548, main only)', () => {
  const both = [
    'taskManager:',
    '  resource:',
    '    memory: 2g',
    '  resources:',
    '    requests: { memory: 4Gi }',
    '    limits: { memory: 6Gi }',
    'jobManager:',
    '  resource:',
    '    memory: 1g',
  ];
  it('ignored with a note by the releases; on main it wins over resource, limit ÷ request the factor', () => {
    const released = read(both, '1.15');
    expect(released.entries.find((e) => e.key === 'taskmanager.memory.process.size')?.value).toBe('2 gb');
    expect(released.notes.some((n) => n.includes('spec.taskManager.resources: ignored; operator 1.15 has no such field'))).toBe(true);
    const main = read(both, 'main');
    expect(main.entries.find((e) => e.key === 'taskmanager.memory.process.size')?.value).toBe(String(4 * 2 ** 30));
    expect(main.entries.find((e) => e.key === 'kubernetes.taskmanager.memory.limit-factor')?.value).toBe('1.5');
    expect(main.notes.some((n) => n.includes('spec.taskManager.resource.memory: ignored, as spec.taskManager.resources is set'))).toBe(
      true,
    );
  });
});
