// Protects the Flink log reader (models/artefacts/flinkLog.ts) on its corpus of real TaskManager and JobManager logs
// (tests/fixtures/artefacts/flink-logs/SOURCES.json): what each log says about its process, the events of the incident,
// the lines it could not read, and that the memory a log prints is the product's derivation for the configuration it states.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlinkLogEvent, type FlinkLogReading, readFlinkLog } from '../../../models/artefacts/flinkLog';
import { unreadMessage } from '../../../models/artefacts/logLines';
import { deriveMemory } from '../../../models/memoryModel';

const DIR = new URL('../../fixtures/artefacts/flink-logs/', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const SOURCES = JSON.parse(read('SOURCES.json')) as Record<string, { how?: string; url?: string }>;

function eventCounts(r: FlinkLogReading): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of r.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}

// [file, process, Flink version from the banner, slots, memory components printed, events by type, unread lines]
const CORPUS: ReadonlyArray<readonly [string, string, string | undefined, number | undefined, number, Record<string, number>, number[]]> = [
  ['flink-1.9-jobmanager-log4j1-lyft-operator-issue161.log', 'jobmanager', undefined, 2, 0, {}, []],
  ['flink-1.11.6-taskmanager-startup.log', 'taskmanager', '1.11.6', 4, 13, { exit: 1 }, []],
  ['flink-1.14-jobmanager-apache-flink-pr17822-preconfiguration.log', 'jobmanager', undefined, 1, 4, {}, []],
  ['flink-1.14-jobmanager-apache-flink-pr17822-startup.log', 'jobmanager', undefined, 1, 0, {}, []],
  ['flink-1.14.6-taskmanager-startup.log', 'taskmanager', '1.14.6', 2, 13, { exit: 1 }, []],
  [
    'flink-1.16.1-jobmanager-chunjun-issue1750.log',
    'jobmanager',
    undefined,
    undefined,
    0,
    { 'job-transition': 1, 'recovery-suppressed': 1 },
    [1, 2, 3],
  ],
  ['flink-1.17.2-jobmanager-startup.log', 'jobmanager', '1.17.2', undefined, 6, {}, []],
  [
    'flink-1.20.5-lab-jobmanager-direct-oom.log',
    'jobmanager',
    '1.20.5',
    2,
    0,
    { 'job-transition': 7, 'task-transition': 13, oom: 5, 'recovery-suppressed': 3 },
    [],
  ],
  ['flink-1.20.5-lab-taskmanager-direct-oom.log', 'taskmanager', '1.20.5', 2, 0, { 'task-transition': 10, oom: 2 }, []],
  ['flink-1.20.5-taskmanager-startup.log', 'taskmanager', '1.20.5', 4, 13, {}, []],
];

describe('readFlinkLog on the corpus', () => {
  it('covers every log of the corpus, each with its source', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.log'));
    expect(CORPUS.map((c) => c[0]).sort()).toEqual(files.sort());
    for (const f of files) expect(SOURCES[f]?.how ?? SOURCES[f]?.url, f).toBeDefined();
  });

  it.each(CORPUS)('%s: %s %s, %s slots, %i memory components', (file, process, version, slots, components, events, unread) => {
    const r = readFlinkLog(read(file));
    expect([r.process, r.banner?.flinkVersion, r.slots, Object.keys(r.memory?.components ?? {}).length]).toEqual([
      process,
      version,
      slots,
      components,
    ]);
    expect(eventCounts(r)).toEqual(events);
    expect(r.unread.map((u) => u.line)).toEqual(unread);
  });
});

describe('readFlinkLog: the process', () => {
  it('the lab TaskManager (1.20.5): banner, JVM options, dynamic properties from the program arguments', () => {
    const r = readFlinkLog(read('flink-1.20.5-lab-taskmanager-direct-oom.log'));
    const { classpath, jvmOptions, programArguments, ...banner } = r.banner as NonNullable<FlinkLogReading['banner']>;
    expect(banner).toEqual({
      line: 2,
      component: 'TaskManager',
      flinkVersion: '1.20.5',
      scalaVersion: '2.12',
      revision: '0980485',
      buildDate: '2026-06-08T09:21:06+02:00',
      osUser: 'root',
      jvm: 'OpenJDK 64-Bit Server VM - Debian - 17/17.0.15+6-Debian-1deb12u1',
      javaVersion: '17.0.15+6-Debian-1deb12u1',
      maxHeapBytes: 154 * 1024 * 1024,
    });
    expect(jvmOptions.slice(0, 4)).toEqual([
      '-Xmx161061270',
      '-Xms161061270',
      '-XX:MaxDirectMemorySize=201326592',
      '-XX:MaxMetaspaceSize=268435456',
    ]);
    expect(programArguments.slice(0, 4)).toEqual([
      '--configDir',
      expect.stringMatching(/conf$/),
      '-D',
      'taskmanager.memory.network.min=67108864b',
    ]);
    expect(classpath).toMatch(/flink-runtime-1\.20\.5\.jar/);
    expect(r.dynamicProperties['taskmanager.memory.managed.size']).toBe('241591914b');
    expect(r.gcFromJvmOptions).toBeUndefined();
  });

  it('the 1.11.6 TaskManager: the Preconfiguration block (TM_RESOURCE_PARAMS), jvm_params and the memory block in exact bytes', () => {
    const r = readFlinkLog(read('flink-1.11.6-taskmanager-startup.log'));
    expect(r.jvmParams).toEqual(['-Xmx536870902', '-Xms536870902', '-XX:MaxDirectMemorySize=268435458', '-XX:MaxMetaspaceSize=268435456']);
    expect(r.memory).toEqual({
      line: 14,
      process: 'taskmanager',
      components: {
        totalProcessMemoryBytes: 1811939328,
        totalFlinkMemoryBytes: 1342177280,
        jvmHeapBytes: 536870902,
        frameworkHeapBytes: 134217728,
        taskHeapBytes: 402653174,
        totalOffHeapBytes: 805306378,
        managedBytes: 536870920,
        jvmDirectBytes: 268435458,
        frameworkOffHeapBytes: 134217728,
        taskOffHeapBytes: 0,
        networkBytes: 134217730,
        jvmMetaspaceBytes: 268435456,
        jvmOverheadBytes: 201326592,
      },
    });
  });
});

/** The memory the product derives for the configuration the log loaded (GlobalConfiguration's lines), by the reader's names. */
function derived(r: FlinkLogReading, version: string): { components: Record<string, number>; jvmArgs: string; dynamic: string } {
  const entries = Object.entries(r.configuration).map(([key, value]) => ({ key, value, origin: 'log' }));
  const result = deriveMemory({ process: r.process === 'jobmanager' ? 'jobmanager' : 'taskmanager', flinkVersion: version, entries });
  if (!result.ok) throw new Error(result.error.message);
  const n = (b: bigint) => Number(b);
  if (result.process === 'taskmanager') {
    const { memory: m, jvmArgs, dynamicProperties } = result.taskManager;
    const components = {
      totalProcessMemoryBytes: n(m.totalProcessMemory),
      totalFlinkMemoryBytes: n(m.totalFlinkMemory),
      jvmHeapBytes: n(m.jvmHeap),
      frameworkHeapBytes: n(m.frameworkHeap),
      taskHeapBytes: n(m.taskHeap),
      totalOffHeapBytes: n(m.managed + m.jvmDirect),
      managedBytes: n(m.managed),
      jvmDirectBytes: n(m.jvmDirect),
      frameworkOffHeapBytes: n(m.frameworkOffHeap),
      taskOffHeapBytes: n(m.taskOffHeap),
      networkBytes: n(m.network),
      jvmMetaspaceBytes: n(m.jvmMetaspace),
      jvmOverheadBytes: n(m.jvmOverhead),
    };
    return { components, jvmArgs, dynamic: dynamicProperties };
  }
  const jm = result.jobManager;
  if (!('memory' in jm)) throw new Error('legacy JobManager');
  const m = jm.memory;
  const components = {
    totalProcessMemoryBytes: n(m.totalProcessMemory),
    totalFlinkMemoryBytes: n(m.totalFlinkMemory),
    jvmHeapBytes: n(m.jvmHeap),
    offHeapBytes: n(m.offHeap),
    jvmMetaspaceBytes: n(m.jvmMetaspace),
    jvmOverheadBytes: n(m.jvmOverhead),
  };
  return { components, jvmArgs: jm.jvmArgs, dynamic: jm.dynamicProperties };
}

describe('the memory a log prints is the derivation of the configuration it states', () => {
  it.each([
    ['flink-1.11.6-taskmanager-startup.log', '1.11.6'],
    ['flink-1.14.6-taskmanager-startup.log', '1.14.6'],
    ['flink-1.17.2-jobmanager-startup.log', '1.17.2'],
    ['flink-1.20.5-taskmanager-startup.log', '1.20.5'],
    ['flink-1.14-jobmanager-apache-flink-pr17822-preconfiguration.log', '1.14'],
  ])('%s (Flink %s): every printed component, jvm_params and dynamic_configs', (file, version) => {
    const r = readFlinkLog(read(file));
    const d = derived(r, version);
    const printed = r.memory?.components ?? {};
    expect(Object.keys(printed).length).toBeGreaterThanOrEqual(4);
    expect(printed).toEqual(Object.fromEntries(Object.keys(printed).map((k) => [k, d.components[k]])));
    expect(r.jvmParams.join(' ')).toBe(d.jvmArgs);
    // 1.11's JobManager printed no dynamic properties; the TaskManager's order is a HashMap's, compared as a set.
    expect(r.dynamicProperties).toEqual(
      Object.fromEntries(
        d.dynamic
          .split('-D ')
          .filter(Boolean)
          .map((kv) => kv.trim().split('=')),
      ),
    );
  });

  it('the lab TaskManager (no Preconfiguration block): its -D program arguments and -Xmx are the derivation of the loaded configuration', () => {
    const r = readFlinkLog(read('flink-1.20.5-lab-taskmanager-direct-oom.log'));
    const d = derived(r, '1.20.5');
    expect(r.dynamicProperties).toEqual(
      Object.fromEntries(
        d.dynamic
          .split('-D ')
          .filter(Boolean)
          .map((kv) => kv.trim().split('=')),
      ),
    );
    expect(r.banner?.jvmOptions.slice(0, 4).join(' ')).toBe(d.jvmArgs);
  });

  it('a different configuration would be noticed: the derivation of 1.11.6’s log at 2 slots is not what it printed', () => {
    const r = readFlinkLog(read('flink-1.11.6-taskmanager-startup.log'));
    const changed = { ...r, configuration: { ...r.configuration, 'taskmanager.memory.process.size': '2g' } };
    expect(derived(changed, '1.11.6').components.totalProcessMemoryBytes).not.toBe(r.memory?.components.totalProcessMemoryBytes);
  });
});

const only = <T extends FlinkLogEvent['type']>(r: FlinkLogReading, type: T) =>
  r.events.filter((e): e is Extract<FlinkLogEvent, { type: T }> => e.type === type);

describe('readFlinkLog: the events of an incident', () => {
  it('the lab TaskManager: attempt #7 fails in INITIALIZING with Flink’s direct OOM text, at its time', () => {
    const r = readFlinkLog(read('flink-1.20.5-lab-taskmanager-direct-oom.log'));
    const seven = only(r, 'task-transition').filter((e) => e.task.endsWith('#7'));
    expect(seven.map((e) => `${e.from}->${e.to}`)).toEqual(['CREATED->DEPLOYING', 'DEPLOYING->INITIALIZING', 'INITIALIZING->FAILED']);
    const oom = only(r, 'oom')[0];
    expect(oom).toMatchObject({ line: 217, kind: 'direct', level: 'WARN', logger: 'org.apache.flink.runtime.taskmanager.Task' });
    expect(oom?.time).toEqual({ atMs: 28009, timestamp: '2026-12-03 23:06:52,541', epochMs: undefined });
    expect(oom?.text).toMatch(/^Direct buffer memory\. The direct out-of-memory error has occurred\./);
  });

  it('the lab JobManager: the job restarts, then FAILS with Recovery is suppressed by the fixed-delay strategy', () => {
    const r = readFlinkLog(read('flink-1.20.5-lab-jobmanager-direct-oom.log'));
    expect(only(r, 'job-transition').map((e) => `${e.from}->${e.to}`)).toEqual([
      'CREATED->RUNNING',
      'RUNNING->RESTARTING',
      'RESTARTING->RUNNING',
      'RUNNING->RESTARTING',
      'RESTARTING->RUNNING',
      'RUNNING->FAILING',
      'FAILING->FAILED',
    ]);
    expect(new Set(only(r, 'recovery-suppressed').map((e) => e.strategy))).toEqual(
      new Set(['FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=12, backoffTimeMS=1000)']),
    );
  });

  it('1.16.1 (public): NoRestartBackoffTimeStrategy; an excerpt opening inside a stack trace names those lines', () => {
    const r = readFlinkLog(read('flink-1.16.1-jobmanager-chunjun-issue1750.log'));
    expect(only(r, 'recovery-suppressed')).toMatchObject([{ line: 5, strategy: 'NoRestartBackoffTimeStrategy' }]);
    expect(only(r, 'job-transition')).toMatchObject([
      { line: 4, job: 'Flink_Job', jobId: '075a25a83a5ce14f82280f00b96508df', from: 'FAILING', to: 'FAILED' },
    ]);
    expect(unreadMessage(r.unread[0] as never)).toMatch(
      /^line 1: not a Flink log record \(before the first one\): \tat org\.apache\.flink/,
    );
  });

  it('1.11.6 and 1.14.6: Terminating TaskManagerRunner with exit code 1', () => {
    for (const f of ['flink-1.11.6-taskmanager-startup.log', 'flink-1.14.6-taskmanager-startup.log'])
      expect(only(readFlinkLog(read(f)), 'exit')).toMatchObject([{ process: 'TaskManagerRunner', exitCode: 1, level: 'ERROR' }]);
  });
});

/** A record in Flink's default layout (log4j.properties), for texts the corpus does not hold yet. */
const line = (time: string, level: string, logger: string, message: string) =>
  `2026-12-04 ${time} ${level.padEnd(5)} ${logger.padEnd(60)} [] - ${message}`;

describe('readFlinkLog: Flink’s and the JVM’s texts the corpus lacks', () => {
  it('OOM kinds: heap, GC overhead, Metaspace (Flink’s enriched text), native threads', () => {
    const text = [
      line(
        '10:00:00,000',
        'ERROR',
        'org.apache.flink.runtime.taskexecutor.TaskManagerRunner',
        'Fatal error occurred while executing the TaskManager. Shutting it down...',
      ),
      // flink-runtime TaskManagerExceptionUtils / ExceptionUtils#tryEnrichOutOfMemoryError: the Metaspace text.
      'java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak.',
      line(
        '10:00:01,000',
        'INFO',
        'org.apache.flink.runtime.taskexecutor.TaskManagerRunner',
        'Terminating TaskManagerRunner with exit code 1.',
      ),
      line(
        '10:00:02,000',
        'WARN',
        'org.apache.flink.runtime.taskmanager.Task',
        'Map (1/1)#0 (0a448493b4782967b150582570326227_0_0) switched from RUNNING to FAILED with failure cause:',
      ),
      'java.lang.OutOfMemoryError: Java heap space',
      line(
        '10:00:03,000',
        'WARN',
        'org.apache.flink.runtime.taskmanager.Task',
        'Map (1/1)#1 (0a448493b4782967b150582570326227_0_1) switched from RUNNING to FAILED with failure cause:',
      ),
      'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      line(
        '10:00:04,000',
        'WARN',
        'org.apache.flink.runtime.taskmanager.Task',
        'Map (1/1)#2 (0a448493b4782967b150582570326227_0_2) switched from RUNNING to FAILED with failure cause:',
      ),
      'java.lang.OutOfMemoryError: GC overhead limit exceeded',
    ].join('\n');
    const r = readFlinkLog(text);
    expect(only(r, 'oom').map((e) => [e.line, e.kind])).toEqual([
      [2, 'metaspace'],
      [5, 'heap'],
      [7, 'thread'],
      [9, 'gc-overhead'],
    ]);
    expect(only(r, 'fatal-error').map((e) => e.line)).toEqual([1]);
    expect(only(r, 'exit')).toMatchObject([{ line: 3, exitCode: 1, time: { atMs: 1000 } }]);
    expect(only(r, 'task-transition').map((e) => e.task)).toEqual(['Map (1/1)#0', 'Map (1/1)#1', 'Map (1/1)#2']);
  });

  it('heartbeats: timed out (the lab’s async-timer-client text) and no longer reachable', () => {
    const r = readFlinkLog(
      [
        // calibration/fixtures/flink/1.20.5/async-timer-client.json, texts: the ResourceManager's line.
        line(
          '10:00:00,000',
          'INFO',
          'org.apache.flink.runtime.resourcemanager.StandaloneResourceManager',
          'The heartbeat of TaskManager with id localhost:37911-094670 timed out.',
        ),
        line(
          '10:00:05,500',
          'INFO',
          'org.apache.flink.runtime.jobmaster.JobMaster',
          'TaskManager with id flink-taskmanager-1-1 is no longer reachable.',
        ),
      ].join('\n'),
    );
    expect(only(r, 'heartbeat').map((e) => [e.target, e.id, e.how, e.time.atMs])).toEqual([
      ['TaskManager', 'localhost:37911-094670', 'timed out', 0],
      ['TaskManager', 'flink-taskmanager-1-1', 'unreachable', 5500],
    ]);
    expect(r.process).toBe('jobmanager');
  });

  it('layouts: the thread in brackets, an abbreviated logger, log4j 1 without [], an unparsable transition named', () => {
    const r = readFlinkLog(
      [
        '2023-09-10 16:57:03,461 [main] INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint        [] -  Starting StandaloneSessionClusterEntrypoint (Version: 1.17.1, Scala: 2.12, Rev:2750d5c, Date:2023-05-19T10:45:46+02:00)',
        '2023-09-10 16:57:04,000 INFO  o.a.f.r.e.ExecutionGraph [] - Job wc (00000000000000000000000000000001) switched from state RUNNING to RESTARTING.',
        '2020-01-15 14:08:10,754 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph         - Job wc (00000000000000000000000000000001) switched from state RESTARTING to RUNNING.',
        '2020-01-15 14:08:11,000 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph         - Something switched from a to b',
      ].join('\n'),
    );
    expect([r.banner?.component, r.banner?.flinkVersion, r.process]).toEqual([
      'StandaloneSessionClusterEntrypoint',
      '1.17.1',
      'jobmanager',
    ]);
    expect(only(r, 'job-transition').map((e) => `${e.from}->${e.to}`)).toEqual(['RUNNING->RESTARTING', 'RESTARTING->RUNNING']);
    expect(r.unread.map(unreadMessage)).toEqual(['line 4: a transition the reader could not parse: Something switched from a to b']);
  });
});
