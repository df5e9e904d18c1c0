/**
 * The oracle's generated inputs (issue 14, item 1a): every memory mode, the boundaries of the ranges and fractions,
 * each error of ../shared/reference/flink-memory-spec.md §8 that BashJavaUtils reaches (E5/E12 are unreachable; E18/E19
 * are network-stack start-up checks BashJavaUtils does not run), and a few lines Flink's file readers treat specially.
 * Each case is a whole file; TaskManager cases carry a valid JobManager size and the other way round, so that one
 * file answers for both processes.
 */
export interface OracleCase {
  readonly id: string;
  /** `generated` or the corpus file's source (its URL as SOURCES.json gives it). */
  readonly source: string;
  /**
   * The file the case prefers: it is written under that name wherever the release reads it (flink-conf.yaml ≤ 1.20,
   * config.yaml 1.19+), else under the release's own; undefined: the release's own (flink-conf.yaml 1.x, config.yaml 2.x).
   */
  readonly fileName?: 'flink-conf.yaml' | 'config.yaml';
  /** Written under fileName whatever the release reads (what Flink does with a file it does not read). */
  readonly strictFileName?: true;
  readonly text: string;
}

const JM_OK = 'jobmanager.memory.process.size: 1600m';
const TM_OK = 'taskmanager.memory.process.size: 1728m';

const tm = (id: string, ...lines: string[]): OracleCase => ({
  id: `tm-${id}`,
  source: 'generated',
  text: [...lines, JM_OK, ''].join('\n'),
});
const jm = (id: string, ...lines: string[]): OracleCase => ({
  id: `jm-${id}`,
  source: 'generated',
  text: [TM_OK, ...lines, ''].join('\n'),
});

/** Typed YAML values of every kind real files hold (booleans, hex/octal/exponent numbers, quotes, lists, maps, a date). */
const YAML_VALUES = [
  'a.bool: True',
  'a.bool-lower: false',
  'a.int-hex: 0x1F',
  'a.int-octal: 0o17',
  'a.int-plus: +12',
  'a.int-big: 123456789012345678901234567890',
  'a.float: 0.40',
  'a.float-exp: 1e3',
  'a.float-small: -1.5e-5',
  'a.float-inf: .inf',
  'a.quoted: "2g"',
  "a.single: 'it''s'",
  'a.quoted-number: "42"',
  'a.date: 2024-01-01',
  'a.flow-list: [1, "two", true, 1.5, x y, "a,b", \'q\']',
  'a.block-list:',
  '  - x',
  '  - "y: z"',
  'a.flow-map: {k: v, n: 1, b: on}',
  'a.empty: ""',
  'a.tilde: "~"',
  'a.literal: |',
  '  line1',
  '  line2',
  'a.colon-value: "host:8081"',
  'a.hash-value: a#b',
];

export const GENERATED_CASES: readonly OracleCase[] = [
  // modes (§4): process size, Total Flink size, fine-grained heap + managed, legacy heap (§7)
  tm('process-1g', 'taskmanager.memory.process.size: 1g'),
  tm('process-1728m', 'taskmanager.memory.process.size: 1728m'),
  tm('process-4g-4-slots', 'taskmanager.memory.process.size: 4g', 'taskmanager.numberOfTaskSlots: 4'),
  tm('process-16g', 'taskmanager.memory.process.size: 16g'),
  tm('process-64g', 'taskmanager.memory.process.size: 64g'),
  tm('flink-1280m', 'taskmanager.memory.flink.size: 1280m'),
  tm('flink-4g', 'taskmanager.memory.flink.size: 4g'),
  tm('fine-grained', 'taskmanager.memory.task.heap.size: 512m', 'taskmanager.memory.managed.size: 512m'),
  tm(
    'fine-grained-and-flink',
    'taskmanager.memory.flink.size: 2g',
    'taskmanager.memory.task.heap.size: 1g',
    'taskmanager.memory.managed.size: 512m',
  ),
  tm('legacy-heap-size', 'taskmanager.heap.size: 1024m'),
  tm('legacy-heap-mb', 'taskmanager.heap.mb: 2048'),
  // boundaries (§1.1): network and overhead min = max, fractions 0 and near 1, explicit sizes
  tm(
    'network-min-eq-max',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.memory.network.min: 128m',
    'taskmanager.memory.network.max: 128m',
  ),
  tm(
    'network-fraction-0',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.memory.network.fraction: 0',
    'taskmanager.memory.network.min: 0',
  ),
  tm('network-fraction-0.5', 'taskmanager.memory.process.size: 4g', 'taskmanager.memory.network.fraction: 0.5'),
  tm(
    'legacy-network-keys',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.network.memory.fraction: 0.15',
    'taskmanager.network.memory.max: 256m',
  ),
  tm(
    'overhead-min-eq-max',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.memory.jvm-overhead.min: 300m',
    'taskmanager.memory.jvm-overhead.max: 300m',
  ),
  tm(
    'overhead-fraction-0.99',
    'taskmanager.memory.process.size: 8g',
    'taskmanager.memory.jvm-overhead.fraction: 0.99',
    'taskmanager.memory.jvm-overhead.max: 6g',
  ),
  tm('managed-fraction-0', 'taskmanager.memory.process.size: 1g', 'taskmanager.memory.managed.fraction: 0'),
  tm('managed-size-0', 'taskmanager.memory.process.size: 1g', 'taskmanager.memory.managed.size: 0'),
  tm('metaspace-512m', 'taskmanager.memory.process.size: 2g', 'taskmanager.memory.jvm-metaspace.size: 512m'),
  tm('task-off-heap-256m', 'taskmanager.memory.process.size: 2g', 'taskmanager.memory.task.off-heap.size: 256m'),
  tm('cpu-cores-2.5', 'taskmanager.memory.process.size: 2g', 'taskmanager.cpu.cores: 2.5'),
  tm('sizes-in-bytes', 'taskmanager.memory.process.size: 1073741825'),
  // errors (§8)
  tm('E1-nothing', 'taskmanager.numberOfTaskSlots: 2'),
  tm('E2-process-100m', 'taskmanager.memory.process.size: 100m'),
  tm('E3-process-lt-flink', 'taskmanager.memory.process.size: 1g', 'taskmanager.memory.flink.size: 900m'),
  tm(
    'E4-overhead-out-of-range',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.memory.flink.size: 1g',
    'taskmanager.memory.jvm-overhead.max: 256m',
  ),
  tm('E6-unparsable', 'taskmanager.memory.process.size: 1 gigabyte'),
  tm(
    'E7-network-min-gt-max',
    'taskmanager.memory.process.size: 2g',
    'taskmanager.memory.network.min: 256m',
    'taskmanager.memory.network.max: 128m',
  ),
  tm('E7-overhead-fraction-1', 'taskmanager.memory.process.size: 2g', 'taskmanager.memory.jvm-overhead.fraction: 1'),
  tm('E7-managed-fraction-negative', 'taskmanager.memory.process.size: 2g', 'taskmanager.memory.managed.fraction: -0.1'),
  tm(
    'E8-fine-grained-exceeds-flink',
    'taskmanager.memory.flink.size: 1g',
    'taskmanager.memory.task.heap.size: 600m',
    'taskmanager.memory.managed.size: 400m',
  ),
  tm(
    'E9-managed-network-exceed-flink',
    'taskmanager.memory.flink.size: 512m',
    'taskmanager.memory.managed.size: 300m',
    'taskmanager.memory.network.min: 128m',
  ),
  tm(
    'E10-network-rest-above-max',
    'taskmanager.memory.flink.size: 2g',
    'taskmanager.memory.task.heap.size: 1g',
    'taskmanager.memory.managed.size: 512m',
    'taskmanager.memory.network.max: 128m',
  ),
  tm('E17-cpu-cores-0', 'taskmanager.memory.process.size: 1g', 'taskmanager.cpu.cores: 0'),
  // JobManager (§5)
  jm('process-1600m', 'jobmanager.memory.process.size: 1600m'),
  jm('flink-1g', 'jobmanager.memory.flink.size: 1g'),
  jm('heap-1g', 'jobmanager.memory.heap.size: 1g'),
  jm('heap-and-flink', 'jobmanager.memory.heap.size: 512m', 'jobmanager.memory.flink.size: 1g'),
  jm('direct-limit', 'jobmanager.memory.process.size: 2g', 'jobmanager.memory.enable-jvm-direct-memory-limit: true'),
  jm('legacy-heap-size', 'jobmanager.heap.size: 1024m'),
  jm('E1-nothing', 'jobmanager.rpc.address: localhost'),
  jm('E2-process-200m', 'jobmanager.memory.process.size: 200m'),
  jm(
    'E14-heap-off-heap-ne-flink',
    'jobmanager.memory.heap.size: 512m',
    'jobmanager.memory.off-heap.size: 256m',
    'jobmanager.memory.flink.size: 1g',
  ),
  jm('E15-heap-exceeds-flink', 'jobmanager.memory.heap.size: 2g', 'jobmanager.memory.flink.size: 1g'),
  jm('E16-flink-le-off-heap', 'jobmanager.memory.flink.size: 128m', 'jobmanager.memory.off-heap.size: 128m'),
  // lines the readers treat differently (issue 14, "Reading files")
  tm('quoted-value', 'taskmanager.memory.process.size: "2g"'),
  tm('comment-after-value', 'taskmanager.memory.process.size: 2g # two gigabytes'),
  tm('no-space-after-colon', 'taskmanager.memory.process.size:2g', 'taskmanager.memory.flink.size: 1g'),
  tm('duplicate-key', 'taskmanager.memory.process.size: 1g', 'taskmanager.memory.process.size: 2g'),
  tm('nested-keys', 'taskmanager:', '  memory:', '    process.size: 2g'),
  { ...tm('flink-conf-file', 'taskmanager.memory.process.size: 2g'), fileName: 'flink-conf.yaml', strictFileName: true },
  { ...tm('config-yaml-file', 'taskmanager.memory.process.size: 2g'), fileName: 'config.yaml', strictFileName: true },
  // standard YAML's values and refusals (config.yaml where the release reads one; the line parser's view of the same text
  // before 1.19): how YamlParserUtils.toYAMLString writes typed values back, and SnakeYAML Engine's messages
  { ...tm('yaml-values', 'taskmanager.memory.process.size: 2g', ...YAML_VALUES), fileName: 'config.yaml' },
  { ...tm('yaml-tab-indent', 'taskmanager:', '\tmemory.process.size: 2g'), fileName: 'config.yaml' },
  { ...tm('yaml-unclosed-quote', 'taskmanager.memory.process.size: "2g'), fileName: 'config.yaml' },
  { ...tm('yaml-unclosed-flow', 'taskmanager.memory.process.size: 2g', 'a.list: [1, 2'), fileName: 'config.yaml' },
  { ...tm('yaml-value-colon', 'taskmanager.memory.process.size: 2g: 3g'), fileName: 'config.yaml' },
  {
    ...tm('yaml-bad-indent', 'taskmanager:', '  memory.process.size: 2g', ' numberOfTaskSlots: 2'),
    fileName: 'config.yaml',
  },
  {
    ...tm('yaml-nested-duplicate', 'taskmanager:', '  memory.process.size: 1g', '  memory.process.size: 2g'),
    fileName: 'config.yaml',
  },
  {
    ...tm('yaml-later-key-without-space', 'taskmanager.memory.process.size: 2g', 'taskmanager.numberOfTaskSlots:2'),
    fileName: 'config.yaml',
  },
  { ...tm('yaml-two-documents', 'taskmanager.memory.process.size: 2g', '---', 'a: 1'), fileName: 'config.yaml' },
];
