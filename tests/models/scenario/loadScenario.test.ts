// Protects scenario loading: valid YAML becomes exactly the engine's Scenario (bytes, ms, defaults), and every bad input becomes a
// ScenarioError naming file, line, field and problem — never another exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { loadScenario, ScenarioError, scenarioId, type ScenarioIssue } from '../../../models/scenario/loadScenario';
import type { Scenario } from '../../../models/scenario/types';
import { type MemorySizeParseError, parseMemorySize } from '../../../models/units/memorySize';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const HOUR = 3_600_000;
const MINUTE = 60_000;

const FULL = `# yaml-language-server: $schema=./scenario.schema.json
title: Direct memory staircase on task restarts
seed: 7
duration: 12h
sampleInterval: 5s
flink:
  version: "1.18"
  config:
    taskmanager.memory.process.size: 4g
    taskmanager:
      numberOfTaskSlots: 4
      memory: { network: { fraction: 0.15 } }
cluster:
  deployment: yarn
  taskmanagers: 4
  containerLimit: 4g
  jobManagerContainerLimit: 2g
  restartDelay: 45s
  gc: Parallel
  jdk: 11
  yarnCheckInterval: 1s
job:
  name: ads-pipeline
  operators:
    - { id: kafka, kind: source, parallelism: 8, recordsPerSecond: 20000, profile: diurnal, noise: 0.05 }
    - id: rates
      kind: map
      parallelism: 8
      selectivity: 0.5
      heapBytesPerRecord: 512
      stateBytes: 64m
      costPerRecordUs: 10
      exceptionsPerRecord: 0.001
      profile: { diurnal: { peakHour: 20 } }
      leaks:
        - { kind: direct, bytes: 64m, at: open, release: never, site: ChronicleMap }
        - { kind: metaspace, classes: 300, at: open, release: never }
        - { kind: native, bytes: 1k, at: exception, release: gc, threads: 1 }
    - { id: druid, kind: sink, parallelism: 4 }
events:
  - { at: 1h, every: 30m, until: 10h, do: kill-container }
  - { at: 2h, do: slow-sink, factor: 3, for: 10m }
  - { at: 3h, do: spike, factor: 2.5, for: 5m, target: kafka }
  - { at: 4h, do: exception-storm, rate: 100, for: 1m }
  - { at: 5h, do: force-gc, target: taskmanager-2 }
  - { at: 6h, do: fail-task, target: rates }
narration:
  - { at: 0, text: "Four TaskManagers, one leaky map." }
  - { at: 90m, text: "Each restart leaves 64 MiB behind." }
expect:
  - { event: jvm.oom, pool: direct, before: 6h }
  - { event: task.failed, attempt: 3, after: 1h, before: 11h }
  - { event: container.killed, absent: true }
watch: [Status.JVM.Memory.Direct.MemoryUsed, flink_taskmanager_Status_JVM_GarbageCollector_PS_MarkSweep_Time]
`;

const operatorDefaults = {
  parallelism: 1,
  recordsPerSecond: 0,
  selectivity: 1,
  profile: { kind: 'constant' },
  noise: 0,
  heapBytesPerRecord: 0,
  stateBytes: 0,
  costPerRecordUs: 0,
  exceptionsPerRecord: 0,
  leaks: [],
  eventTimeWindow: undefined,
} as const;

const eventDefaults = {
  everyMs: undefined,
  untilMs: undefined,
  factor: 1,
  forMs: 0,
  rate: 0,
  classes: 0,
  pinned: false,
  connections: 0,
  leak: undefined,
} as const;

const FULL_SCENARIO: Scenario = {
  id: 'direct-staircase',
  title: 'Direct memory staircase on task restarts',
  seed: '7',
  durationMs: 12 * HOUR,
  sampleIntervalMs: 5000,
  flink: {
    version: '1.18',
    config: {
      'taskmanager.memory.process.size': '4g',
      'taskmanager.numberOfTaskSlots': '4',
      'taskmanager.memory.network.fraction': '0.15',
    },
  },
  cluster: {
    deployment: 'yarn',
    taskManagers: 4,
    taskManagerContainerLimitBytes: 4 * GiB,
    jobManagerContainerLimitBytes: 2 * GiB,
    restartDelayMs: 45_000,
    gc: 'Parallel',
    jdk: 11,
    yarnCheckIntervalMs: 1000,
  },
  job: {
    name: 'ads-pipeline',
    operators: [
      {
        ...operatorDefaults,
        id: 'kafka',
        kind: 'source',
        parallelism: 8,
        recordsPerSecond: 20000,
        profile: { kind: 'diurnal', peakHour: 14, troughFraction: 0.3 },
        noise: 0.05,
      },
      {
        ...operatorDefaults,
        id: 'rates',
        kind: 'map',
        parallelism: 8,
        selectivity: 0.5,
        heapBytesPerRecord: 512,
        stateBytes: 64 * MiB,
        costPerRecordUs: 10,
        exceptionsPerRecord: 0.001,
        profile: { kind: 'diurnal', peakHour: 20, troughFraction: 0.3 },
        leaks: [
          { kind: 'direct', bytes: 64 * MiB, at: 'open', release: 'never', classes: 0, threads: 0, site: 'ChronicleMap' },
          { kind: 'metaspace', bytes: 0, at: 'open', release: 'never', classes: 300, threads: 0, site: 'user-code classes' },
          { kind: 'native', bytes: 1024, at: 'exception', release: 'gc', classes: 0, threads: 1, site: 'malloc' },
        ],
      },
      { ...operatorDefaults, id: 'druid', kind: 'sink', parallelism: 4 },
    ],
  },
  events: [
    { ...eventDefaults, atMs: 1 * HOUR, everyMs: 30 * MINUTE, untilMs: 10 * HOUR, action: 'kill-container', target: 'random' },
    { ...eventDefaults, atMs: 2 * HOUR, action: 'slow-sink', target: 'druid', factor: 3, forMs: 10 * MINUTE },
    { ...eventDefaults, atMs: 3 * HOUR, action: 'spike', target: 'kafka', factor: 2.5, forMs: 5 * MINUTE },
    { ...eventDefaults, atMs: 4 * HOUR, action: 'exception-storm', target: 'all', forMs: MINUTE, rate: 100 },
    { ...eventDefaults, atMs: 5 * HOUR, action: 'force-gc', target: 'taskmanager-2' },
    { ...eventDefaults, atMs: 6 * HOUR, action: 'fail-task', target: 'rates' },
  ],
  narration: [
    { atMs: 0, text: 'Four TaskManagers, one leaky map.' },
    { atMs: 90 * MINUTE, text: 'Each restart leaves 64 MiB behind.' },
  ],
  annotations: [],
  expect: [
    { event: 'jvm.oom', where: { pool: 'direct' }, beforeMs: 6 * HOUR, afterMs: undefined, absent: false, atLeast: 1 },
    { event: 'task.failed', where: { attempt: 3 }, beforeMs: 11 * HOUR, afterMs: 1 * HOUR, absent: false, atLeast: 1 },
    { event: 'container.killed', where: {}, beforeMs: undefined, afterMs: undefined, absent: true, atLeast: 1 },
  ],
  watch: ['Status.JVM.Memory.Direct.MemoryUsed', 'Status.JVM.GarbageCollector.Time'],
};

const MINIMAL = `title: Minimal
duration: 1d
job:
  operators:
    - { id: src, kind: source }
`;

/** The issues of a bad scenario (fails the test if it loads). */
function issuesOf(text: string, file = 'bad.yaml'): readonly ScenarioIssue[] {
  try {
    loadScenario(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError');
}

/** MINIMAL with extra lines appended under `job.operators[0]` or at the top level. */
const withLines = (extra: string) => `${MINIMAL}${extra}`;

describe('loadScenario: valid files', () => {
  it('turns a full scenario into the engine Scenario (bytes, ms, flattened config)', () => {
    expect(loadScenario(FULL, 'scenarios/direct-staircase.yaml')).toEqual(FULL_SCENARIO);
  });

  it('fills every default', () => {
    expect(loadScenario(MINIMAL, 'minimal.yml')).toEqual({
      id: 'minimal',
      title: 'Minimal',
      seed: '1',
      durationMs: 24 * HOUR,
      sampleIntervalMs: 1000,
      flink: { version: '2.3', config: {} },
      cluster: {
        deployment: 'standalone',
        taskManagers: 1,
        taskManagerContainerLimitBytes: undefined,
        jobManagerContainerLimitBytes: undefined,
        restartDelayMs: 30_000,
        gc: 'G1',
        jdk: 17,
        yarnCheckIntervalMs: 3000,
      },
      job: { name: 'job', operators: [{ ...operatorDefaults, id: 'src', kind: 'source' }] },
      events: [],
      narration: [],
      annotations: [],
      expect: [],
      watch: [],
    } satisfies Scenario);
  });

  it('takes the id from the file name', () => {
    expect(scenarioId('scenarios/stories/direct-staircase.yaml')).toBe('direct-staircase');
    expect(scenarioId('C:\\scenarios\\k8s.YML')).toBe('k8s');
    expect(scenarioId('plain')).toBe('plain');
  });

  it('keeps Flink values as typed, flat or nested, and lists in Flink syntax', () => {
    const scenario = loadScenario(
      withLines(`flink:
  version: 1.20
  config:
    a.exp: 1e3
    a.hex: 0x10
    a.bool: true
    a.quoted: "0.50"
    a.null: null
    env: { java: { opts: { all: -XX:+UseG1GC } } }
    a.list: [x, 2]
`),
      's.yaml',
    );
    expect(scenario.flink).toEqual({
      version: '1.20',
      config: {
        'a.exp': '1e3',
        'a.hex': '0x10',
        'a.bool': 'true',
        'a.quoted': '0.50',
        'a.null': 'null',
        'env.java.opts.all': '-XX:+UseG1GC',
        'a.list': 'x;2',
      },
    });
  });

  it('reads leak events: pool, shape and bytes into `leak`, for into forMs, targets defaulted by shape', () => {
    const s = loadScenario(
      withLines(`    - { id: sink, kind: sink }
events:
  - { at: 1h, do: leak, pool: direct, shape: per-restart, bytes: 64m }
  - { at: 1h, do: leak, pool: native, shape: per-record, bytes: 1k, target: src }
  - { at: 2h, do: leak, pool: heap, shape: ramp, bytes: 1g, for: 6h }
  - { at: 3h, every: 30m, until: 5h, do: leak, pool: metaspace, shape: burst, bytes: 16m, target: taskmanager-1 }
`),
      's.yaml',
    );
    expect(s.events).toEqual([
      { ...eventDefaults, atMs: HOUR, action: 'leak', target: 'sink', leak: { pool: 'direct', shape: 'per-restart', bytes: 64 * MiB } },
      { ...eventDefaults, atMs: HOUR, action: 'leak', target: 'src', leak: { pool: 'native', shape: 'per-record', bytes: 1024 } },
      {
        ...eventDefaults,
        atMs: 2 * HOUR,
        action: 'leak',
        target: 'all',
        forMs: 6 * HOUR,
        leak: { pool: 'heap', shape: 'ramp', bytes: GiB },
      },
      {
        ...eventDefaults,
        atMs: 3 * HOUR,
        everyMs: 30 * MINUTE,
        untilMs: 5 * HOUR,
        action: 'leak',
        target: 'taskmanager-1',
        leak: { pool: 'metaspace', shape: 'burst', bytes: 16 * MiB, classUse: 'initialised' },
      },
    ]);
  });

  it('accepts numbers for sizes (bytes) and durations (ms), and numeric seeds', () => {
    const s = loadScenario(withLines('seed: 42\nsampleInterval: 250\ncluster: { containerLimit: 1048576 }\n'), 's.yaml');
    expect([s.seed, s.sampleIntervalMs, s.cluster.taskManagerContainerLimitBytes]).toEqual(['42', 250, MiB]);
  });

  it('resolves YAML anchors and aliases', () => {
    const s = loadScenario(
      `title: t
duration: 1h
job:
  operators:
    - &op { id: a, kind: source, parallelism: 1 }
events:
  - { at: &t 10m, do: fail-task }
narration:
  - { at: *t, text: hi }
`,
      'a.yaml',
    );
    expect(s.narration).toEqual([{ atMs: 10 * MINUTE, text: 'hi' }]);
  });
});

describe('loadScenario: every error names file, line, field and problem', () => {
  it('a wrong enum value', () => {
    const text = withLines('    - { id: m, kind: mapper }\n');
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 6,
        path: 'job.operators[1].kind',
        message: "must be one of source, map, flatMap, window, asyncIO, sink (got 'mapper')",
      },
    ]);
  });

  it('a near miss gets a hint', () => {
    expect(issuesOf(withLines('cluster: { deployment: yarm }\n'))[0]?.message).toBe(
      "must be one of standalone, yarn, kubernetes (got 'yarm') (did you mean 'yarn'?)",
    );
  });

  it('a negative parallelism', () => {
    expect(issuesOf(withLines('    - { id: m, kind: map, parallelism: -3 }\n'))).toEqual([
      { file: 'bad.yaml', line: 6, path: 'job.operators[1].parallelism', message: 'must be >= 1 (got -3)' },
    ]);
  });

  it('a fractional or huge integer', () => {
    const issues = issuesOf(withLines('    - { id: m, kind: map, parallelism: 2.5 }\ncluster: { taskmanagers: 1e6 }\n'));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['job.operators[1].parallelism', 'must be a whole number (got 2.5)'],
      ['cluster.taskmanagers', 'must be <= 1000 (got 1000000)'],
    ]);
  });

  it('a bad size carries Flink MemorySize message', () => {
    let flinkMessage = '';
    try {
      parseMemorySize('64 megs');
    } catch (error) {
      flinkMessage = (error as MemorySizeParseError).message;
    }
    expect(flinkMessage).toContain("Memory size unit 'megs' does not match");
    const text = 'title: t\nduration: 1h\njob:\n  operators:\n    - id: src\n      kind: source\n      stateBytes: 64 megs\n';
    expect(issuesOf(text)).toEqual([
      { file: 'bad.yaml', line: 7, path: 'job.operators[0].stateBytes', message: `'64 megs' is not a memory size: ${flinkMessage}` },
    ]);
  });

  it('a bad duration', () => {
    expect(issuesOf(MINIMAL.replace('duration: 1d', 'duration: 12 hours'))).toEqual([
      { file: 'bad.yaml', line: 2, path: 'duration', message: "'12 hours' is not a duration (e.g. 500ms, 30s, 15m, 6h, 7d)" },
    ]);
    expect(issuesOf(MINIMAL.replace('duration: 1d', 'duration: true'))[0]?.message).toBe(
      'must be a duration such as 500ms, 30s, 15m, 6h or 7d, or a number of milliseconds (got true)',
    );
  });

  it('a missing required field, at the line of its parent', () => {
    expect(issuesOf(MINIMAL.replace('title: Minimal\n', ''))).toEqual([
      { file: 'bad.yaml', line: 1, path: 'title', message: 'is required' },
    ]);
    expect(issuesOf(withLines('    - id: m\n      parallelism: 1\n'))).toEqual([
      {
        file: 'bad.yaml',
        line: 6,
        path: 'job.operators[1].kind',
        message: 'is required (one of source, map, flatMap, window, asyncIO, sink)',
      },
    ]);
    expect(issuesOf('title: t\nduration: 1h\njob:\n  name: j\n')).toEqual([
      { file: 'bad.yaml', line: 3, path: 'job.operators', message: 'is required' },
    ]);
  });

  it('an unknown key, with a suggestion when it is close', () => {
    expect(issuesOf(withLines('    - { id: m, kind: map, paralellism: 2 }\n'))).toEqual([
      {
        file: 'bad.yaml',
        line: 6,
        path: 'job.operators[1].paralellism',
        message: "unknown key 'paralellism' (did you mean 'parallelism'?)",
      },
    ]);
    const [top] = issuesOf(withLines('colour: red\n'));
    expect(top).toEqual({
      file: 'bad.yaml',
      line: 6,
      path: 'colour',
      message:
        "unknown key 'colour' (known keys: title, seed, duration, sampleInterval, flink, cluster, job, events, narration, annotations, expect, watch)",
    });
    expect(issuesOf(withLines('    - { id: m, kind: map, profile: { diurnal: { peak: 3 } } }\n'))[0]?.message).toBe(
      "unknown key 'peak' (did you mean 'peakHour'?)",
    );
  });

  it('an event target that names nothing', () => {
    const text = withLines(
      'cluster: { taskmanagers: 4 }\nevents:\n  - { at: 1h, do: kill-container, target: taskmanager-7 }\n  - { at: 1h, do: fail-task, target: scr }\n',
    );
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 8,
        path: 'events[0].target',
        message: "'taskmanager-7' does not exist: the cluster has 4 TaskManagers (taskmanager-1 … taskmanager-4)",
      },
      {
        file: 'bad.yaml',
        line: 9,
        path: 'events[1].target',
        message: "must be random, all, jobmanager, taskmanager-1 … taskmanager-4 or an operator id (src) (got 'scr') (did you mean 'src'?)",
      },
    ]);
  });

  it('a duplicate operator id, and a first operator that is not a source', () => {
    expect(issuesOf(withLines('    - { id: src, kind: sink }\n'))).toEqual([
      { file: 'bad.yaml', line: 6, path: 'job.operators[1].id', message: "duplicate operator id 'src' (already used by job.operators[0])" },
    ]);
    expect(issuesOf(MINIMAL.replace('kind: source', 'kind: map'))).toEqual([
      {
        file: 'bad.yaml',
        line: 5,
        path: 'job.operators[0].kind',
        message: "the first operator must be a source, where records enter the job (got 'map')",
      },
    ]);
  });

  it('invalid YAML, at the line of the syntax error', () => {
    expect(issuesOf('title: t\n\tduration: 1h\n')).toEqual([
      { file: 'bad.yaml', line: 2, path: '', message: 'not valid YAML: Tabs are not allowed as indentation' },
    ]);
    expect(issuesOf('title: t\nduration: 1h\njob:\n  operators:\n    - id: a\n     kind: source\n')).toEqual([
      { file: 'bad.yaml', line: 6, path: '', message: 'not valid YAML: Sequence item without - indicator' },
    ]);
    expect(issuesOf('title: a\ntitle: b\n')).toEqual([
      { file: 'bad.yaml', line: 2, path: '', message: "not valid YAML: Map keys must be unique ('title' twice)" },
    ]);
  });

  it('an empty file or one that is not a map', () => {
    expect(issuesOf('# nothing\n')).toEqual([
      { file: 'bad.yaml', line: 1, path: '', message: 'is empty: a scenario needs at least title, duration and job' },
    ]);
    expect(issuesOf('- a\n- b\n')).toEqual([
      { file: 'bad.yaml', line: 1, path: '', message: 'must be a map of keys to values (got a list)' },
    ]);
  });

  it('event rules: what each action needs and allows', () => {
    const text = withLines(`events:
  - { at: 1h, do: spike }
  - { at: 1h, do: slow-sink, factor: 0.5, for: 1m }
  - { at: 1h, do: kill-container, factor: 2, until: 2h }
  - { at: 2h, do: exception-storm, for: 1m, every: 10m, until: 1h }
`);
    expect(issuesOf(text).map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      '7 events[0].factor: is required for spike',
      '7 events[0].for: is required for spike',
      '8 events[1].factor: must be > 1 for slow-sink (got 0.5)',
      '9 events[2].factor: only applies to slow-sink, spike (this event is kill-container)',
      '9 events[2].until: needs every: a one-off event has no end',
      '10 events[3].rate: is required for exception-storm',
      '10 events[3].until: must not be before at',
    ]);
  });

  it('leak event rules: the fields each shape needs and allows, naming the field', () => {
    const text = withLines(`    - { id: sink, kind: sink }
events:
  - { at: 1h, do: leak, shape: per-restart, bytes: 64m }
  - { at: 1h, do: leak, pool: direct, shape: linear, bytes: 64m }
  - { at: 1h, do: leak, pool: direct, shape: burst, bytes: 64m, for: 1h }
  - { at: 1h, do: leak, pool: metaspace, shape: per-record, bytes: 4k }
  - { at: 1h, do: leak, pool: heap, shape: ramp, bytes: 64m }
  - { at: 1h, do: leak, pool: heap, shape: ramp, bytes: 1m, for: 1h }
  - { at: 1h, every: 10m, do: leak, pool: heap, shape: per-restart, bytes: 1m, target: taskmanager-1 }
  - { at: 1h, do: leak, pool: unsafe, shape: burst, bytes: 1m, target: sink }
  - { at: 1h, do: kill-container, pool: heap, shape: burst, bytes: 1m }
  - { at: 1h, do: leak, pool: heap, shape: burst, bytes: 0 }
  - { at: 1h, do: leak, pool: metaspace, shape: ramp, bytes: 1g, for: 1h }
`);
    expect(issuesOf(text).map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      '8 events[0].pool: is required for a per-restart leak',
      "9 events[1].shape: must be one of per-restart, per-record, ramp, burst (got 'linear')",
      '10 events[2].for: only applies to slow-sink, spike, exception-storm, idle-partition, submit-job, stuck-blob-connections and ramp leaks (this event is a burst leak)',
      '11 events[3].shape: a metaspace leak cannot be per-record: classes are loaded one at a time, not as a flow; use shape: burst with every: (or per-restart)',
      '12 events[4].for: is required for a ramp leak',
      '13 events[5].bytes: is too little for a ramp over 1h: it rounds to 0 bytes per ms; leak more, over a shorter for, or use shape: burst with every:',
      '14 events[6].every: does not apply to a per-restart leak: it lasts from its injection on (repeat a burst or a ramp instead)',
      "14 events[6].target: a per-restart leak is in an operator's code: target must be an operator id (src, sink) (got 'taskmanager-1')",
      "15 events[7].target: a burst leak hits processes: target must be all, random, jobmanager or taskmanager-<n> (got the operator 'sink')",
      '16 events[8].pool: only applies to leak (this event is kill-container)',
      '16 events[8].shape: only applies to leak (this event is kill-container)',
      '16 events[8].bytes: only applies to leak and submit-job (this event is kill-container)',
      '17 events[9].bytes: must be larger than 0',
      '18 events[10].shape: a metaspace leak cannot be ramp: classes are loaded one at a time, not as a flow; use shape: burst with every: (or per-restart)',
    ]);
  });

  it('leaks that leak nothing, classes outside metaspace, times after the end, expectation typos', () => {
    const text = `title: t
duration: 1h
job:
  operators:
    - id: src
      kind: source
      leaks:
        - { kind: direct, at: open, release: never }
        - { kind: heap, bytes: 1m, classes: 3, at: record, release: gc }
narration:
  - { at: 2h, text: late }
expect:
  - { event: jvm.oom, befor: 30m }
  - { event: jvm.oom, absent: true, atLeast: 2 }
`;
    expect(issuesOf(text).map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      '8 job.operators[0].leaks[0]: leaks nothing: set bytes (or threads) above 0',
      '9 job.operators[0].leaks[1].classes: only metaspace leaks load classes (this leak is heap)',
      '11 narration[0].at: 2h is after the end of the run (duration 1h)',
      "13 expect[0].befor: 'befor' would be matched as an event field (did you mean 'before'?)",
      '14 expect[1].atLeast: absent means "none"; it cannot be combined with atLeast',
    ]);
  });

  it('Flink config: the same key twice, or a key without a value', () => {
    const twice = withLines(
      'flink:\n  config:\n    taskmanager.memory.process.size: 4g\n    taskmanager: { memory: { process: { size: 2g } } }\n',
    );
    expect(issuesOf(twice).map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      "9 flink.config.taskmanager.memory.process.size: 'taskmanager.memory.process.size' is set twice (flat and nested?); keep one",
    ]);
    expect(issuesOf(withLines('flink:\n  config:\n    web.port:\n'))).toEqual([
      {
        file: 'bad.yaml',
        line: 8,
        path: 'flink.config.web.port',
        message: 'must be a value, a list of values or a map of nested keys (got nothing)',
      },
    ]);
    expect(issuesOf(withLines('flink:\n  config:\n    rest.address: ""\n'))).toEqual([
      { file: 'bad.yaml', line: 8, path: 'flink.config.rest.address', message: "'rest.address' has no value" },
    ]);
  });

  it('a watch: name that is no panel, with the closest one, at the line of the item', () => {
    const text = withLines('watch:\n  - rssBytes\n  - Status.JVM.Memory.Direct.Used\n');
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 8,
        path: 'watch[1]',
        message: "'Status.JVM.Memory.Direct.Used' is not a metric the sandbox charts (did you mean 'Status.JVM.Memory.Direct.MemoryUsed'?)",
      },
    ]);
    expect(issuesOf(withLines('watch: [rssbyts]\n'))[0]?.message).toContain("(did you mean 'rssBytes'?)");
    expect(issuesOf(withLines('watch: [flux]\n'))[0]?.message).toMatch(
      /^'flux' is not a metric the sandbox charts \(it charts Status\.JVM/,
    );
    expect(issuesOf(withLines('watch: [rssBytes, rssBytes]\n'))[0]).toMatchObject({ path: 'watch[1]', message: 'names rssBytes twice' });
    expect(issuesOf(withLines('watch: []\n'))[0]).toMatchObject({ line: 6, path: 'watch', message: 'must have at least 1 item' });
    expect(issuesOf(withLines('watch: rssBytes\n'))[0]).toMatchObject({ path: 'watch', message: "must be a list (got 'rssBytes')" });
    expect(issuesOf(withLines('watch: [3]\n'))[0]?.message).toBe('must be a metric name such as Status.JVM.Memory.Heap.Used (got 3)');
    expect(issuesOf(withLines('watch: [rssBytes, nativeBytes, unsafeBytes, numRestarts, pendingRecords]\n'))[0]?.message).toBe(
      'must have at most 4 items',
    );
  });

  it('an unsupported Flink version', () => {
    expect(issuesOf(withLines('flink: { version: "0.9" }\n'))[0]).toMatchObject({ line: 6, path: 'flink.version' });
  });

  it('formats the message as file:line: path: message, one issue per line', () => {
    try {
      loadScenario(withLines('    - { id: m, kind: mapper, parallelism: 0 }\n'), 'scenarios/x.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as ScenarioError).name).toBe('ScenarioError');
      expect((error as Error).message).toBe(
        [
          "scenarios/x.yaml:6: job.operators[1].kind: must be one of source, map, flatMap, window, asyncIO, sink (got 'mapper')",
          'scenarios/x.yaml:6: job.operators[1].parallelism: must be >= 1 (got 0)',
        ].join('\n'),
      );
    }
  });
});

describe('loadScenario: many errors at once', () => {
  it('reports every problem of a file in one error, in line order', () => {
    const text = `title: ""
seed: 1.5
duration: 12 hours
cluster: { deployment: yarm, taskmanagers: 0, containerLimit: 64 megs, gcc: G1 }
job:
  operators:
    - { id: kafka, kind: map, parallelism: -1, profil: constant }
    - { id: kafka, kind: mapper, noise: 2 }
events:
  - { at: 1h, do: explode, target: druid }
extra: 1
`;
    const issues = issuesOf(text);
    expect(issues.map((i) => `${i.line} ${i.path}`)).toEqual([
      '1 title',
      '2 seed',
      '3 duration',
      '4 cluster.deployment',
      '4 cluster.taskmanagers',
      '4 cluster.containerLimit',
      '4 cluster.gcc',
      '7 job.operators[0].parallelism',
      '7 job.operators[0].profil',
      '7 job.operators[0].kind',
      '8 job.operators[1].kind',
      '8 job.operators[1].noise',
      '8 job.operators[1].id',
      '10 events[0].do',
      '10 events[0].target',
      '11 extra',
    ]);
    expect(issues.every((i) => i.file === 'bad.yaml' && i.message.length > 0)).toBe(true);
  });
});

describe('loadScenario: only ScenarioError for bad input', () => {
  const outcome = (text: string): 'ok' | 'ScenarioError' => {
    try {
      loadScenario(text, 'fuzz.yaml');
      return 'ok';
    } catch (error) {
      if (error instanceof ScenarioError && error.issues.length > 0 && error.issues.every((i) => i.line >= 1)) return 'ScenarioError';
      throw error;
    }
  };

  it('for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => outcome(text) !== undefined),
      { numRuns: 300 },
    );
  });

  it('for a valid scenario with any value replaced by anything', () => {
    const base = parseYaml(FULL) as unknown;
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    };
    collect(base, []);
    const replaced = (path: readonly (string | number)[], replacement: unknown): unknown => {
      const copy = structuredClone(base);
      if (path.length === 0) return replacement;
      let parent = copy as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path[path.length - 1] as string | number] = replacement;
      return copy;
    };
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        expect(outcome(stringify(replaced(path, replacement)))).toMatch(/^(ok|ScenarioError)$/);
      }),
      { numRuns: 400 },
    );
  });

  it('for hostile keys', () => {
    expect(outcome('__proto__: { polluted: 1 }\ntitle: t\n')).toBe('ScenarioError');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcome('? [a, b]\n: 1\n')).toBe('ScenarioError');
  });
});

describe('expectations over a window and a count', () => {
  it('holds "none in a window" and "at least N" against a run', async () => {
    const { checkExpectations } = await import('../../../models/run/expectations');
    const at = (atMs: number) => ({
      type: 'job.restart' as const,
      atMs,
      process: 'jobmanager',
      message: 'restart',
      attempt: 1,
      delayMs: 0,
    });
    const events = [at(1000), at(5000), at(9000)];
    const x = (over: Partial<import('../../../models/scenario/types').Expectation>) => ({
      event: 'job.restart',
      where: {},
      beforeMs: undefined,
      afterMs: undefined,
      absent: false,
      atLeast: 1,
      ...over,
    });
    const passed = (over: Partial<import('../../../models/scenario/types').Expectation>) => checkExpectations([x(over)], events)[0]?.passed;
    expect(passed({ absent: true, beforeMs: 1000 })).toBe(true);
    expect(passed({ absent: true, beforeMs: 1001 })).toBe(false);
    expect(passed({ atLeast: 3 })).toBe(true);
    expect(passed({ atLeast: 3, beforeMs: 9000 })).toBe(false);
    expect(checkExpectations([x({ atLeast: 4 })], events)[0]?.description).toBe(
      'at least 4 × job.restart: first at 00:00:01 on jobmanager (3 of at least 4)',
    );
  });
});
