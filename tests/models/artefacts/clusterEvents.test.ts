// Protects the cluster-event readers of models/artefacts/ (issue 15): Kubernetes pod status and events (YAML, JSON,
// kubectl's tables and describe) and YARN's kill lines read to typed events with time, process, kind and figures, what is
// not read named, and bad input refused with file, line, field and problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterEventsFormatOf, readClusterEvents } from '../../../models/artefacts/clusterEvents';
import type { ClusterEvents } from '../../../models/artefacts/clusterEventTypes';
import { parseAge, parseRfc1123 } from '../../../models/artefacts/kubectlText';
import { readMetricsExport } from '../../../models/artefacts/metricsExport';
import { ArtefactError } from '../../../models/artefacts/observedSeries';
import { scenarioProcessOf } from '../../../models/artefacts/processMatch';

const DIR = new URL('../../fixtures/artefacts/events/', import.meta.url).pathname;
const read = (file: string) => readClusterEvents(readFileSync(DIR + file, 'utf8'), file);
const at = (iso: string) => Date.parse(iso);
const GiB = 1024 ** 3;

/** Each event as [kind, time or age, process, figures]: what a reader of the timeline needs. */
const brief = (r: ClusterEvents) =>
  r.events.map((e) => [e.kind, e.epochMs ?? (e.ageMs !== undefined ? `-${e.ageMs}` : null), e.process, e.figures]);

describe('Kubernetes objects (kubectl get -o yaml|json)', () => {
  it('a Pod: the last termination OOMKilled with exit code 137, its times, the restart count and the memory limit', () => {
    const r = read('pod-oomkilled.yaml');
    expect(r.format).toBe('kubernetes-objects');
    expect(brief(r)).toEqual([
      [
        'oom-killed',
        at('2026-12-04T10:41:12Z'),
        'flink-taskmanager-1-1',
        { restartCount: 3, limitBytes: 4 * GiB, exitCode: 137, startedAtEpochMs: at('2026-12-04T10:00:03Z') },
      ],
      ['restarts', at('2026-12-04T10:41:14Z'), 'flink-taskmanager-1-1', { restartCount: 3, limitBytes: 4 * GiB }],
    ]);
    expect(r.events[0]).toMatchObject({ container: 'flink-main-container', line: 27, text: 'OOMKilled' });
    expect(r.unread).toEqual([]);
  });

  it('a List of Pods (JSON): OOMKilled, CrashLoopBackOff, an Error exit, an eviction with the usage the kubelet quotes', () => {
    const r = read('pods-list.json');
    expect(brief(r)).toEqual([
      [
        'oom-killed',
        at('2026-12-04T10:35:02Z'),
        'flink-taskmanager-1-2',
        { restartCount: 5, limitBytes: 4 * GiB, exitCode: 137, startedAtEpochMs: at('2026-12-04T10:31:40Z') },
      ],
      [
        'terminated',
        at('2026-12-04T10:50:00Z'),
        'flink-taskmanager-1-3',
        { restartCount: 0, limitBytes: 4 * GiB, exitCode: 143, startedAtEpochMs: at('2026-12-04T09:00:00Z') },
      ],
      ['back-off', null, 'flink-taskmanager-1-2', { restartCount: 5, limitBytes: 4 * GiB }],
      ['restarts', null, 'flink-taskmanager-1-2', { restartCount: 5, limitBytes: 4 * GiB }],
      ['evicted', null, 'flink-taskmanager-1-3', { usedBytes: 4563852 * 1024 }],
    ]);
  });

  it("Events (YAML): the node's OOMKilling with the killed process and its anon-rss, BackOff with its count; Started not read", () => {
    const r = read('events.yaml');
    expect(brief(r)).toEqual([
      ['node-oom', at('2026-12-04T10:35:02Z'), 'worker-2', { count: 1, pid: 24811, usedBytes: 4189320 * 1024 }],
      ['back-off', at('2026-12-04T10:36:30Z'), 'flink-taskmanager-1-2', { count: 11 }],
    ]);
    expect(r.events[1]?.container).toBe('flink-main-container');
    expect(r.unread).toEqual([{ where: 'line 41, events with reason Started', reason: 'not a memory or restart event' }]);
  });
});

describe("kubectl's text output", () => {
  it('describe pod: Last State Terminated/OOMKilled with RFC 1123 times, Restart Count, Limits, and the Events table by age', () => {
    const r = read('describe-pod.txt');
    expect(r.format).toBe('kubectl-describe');
    expect(brief(r)).toEqual([
      [
        'oom-killed',
        at('2026-12-04T10:35:02Z'),
        'flink-taskmanager-1-2',
        { exitCode: 137, startedAtEpochMs: at('2026-12-04T10:31:40Z'), limitBytes: 4 * GiB },
      ],
      ['back-off', '-540000', 'flink-taskmanager-1-2', { count: 11 }],
      ['restarts', null, 'flink-taskmanager-1-2', { restartCount: 5, limitBytes: 4 * GiB }],
    ]);
    expect(r.unread.map((u) => u.where)).toEqual([
      'line 53, events with reason Pulled',
      'line 54, events with reason Created',
      'line 55, events with reason Started',
    ]);
    expect(r.notes).toEqual(["kubectl's ages count back from when the command ran, which the output does not say"]);
  });

  it('get events: cells cut at the header, OBJECT without its kind, the kernel figures of OOMKilling, the eviction usage', () => {
    const r = read('events-table.txt');
    expect(brief(r)).toEqual([
      ['node-oom', '-2460000', 'worker-2', { pid: 24811, usedBytes: 4189320 * 1024 }],
      ['killing', '-2460000', 'flink-taskmanager-1-2', {}],
      ['back-off', '-540000', 'flink-taskmanager-1-2', {}],
      ['evicted', '-120000', 'flink-taskmanager-1-3', { usedBytes: 4563852 * 1024 }],
    ]);
    expect(r.unread).toEqual([{ where: 'line 4, events with reason Pulled', reason: 'not a memory or restart event' }]);
  });

  it("get pods: OOMKilled, CrashLoopBackOff and Evicted statuses, restart counts with the last restart's age", () => {
    const r = read('get-pods.txt');
    expect(r.format).toBe('kubectl-pods-table');
    expect(brief(r)).toEqual([
      ['restarts', '-720000', 'flink-taskmanager-1-1', { restartCount: 3 }],
      ['back-off', null, 'flink-taskmanager-1-2', {}],
      ['restarts', '-130000', 'flink-taskmanager-1-2', { restartCount: 5 }],
      ['oom-killed', null, 'flink-taskmanager-1-3', {}],
      ['restarts', '-5000', 'flink-taskmanager-1-3', { restartCount: 6 }],
      ['evicted', null, 'flink-taskmanager-1-4', {}],
    ]);
    expect(r.unread).toEqual([{ where: 'line 7, flink-taskmanager-1-5', reason: 'status Pending' }]);
  });

  it('reads ages and RFC 1123 times', () => {
    expect(['45s', '5m30s', '2d4h', '10m (x3 over 20m)', '<unknown>'].map(parseAge)).toEqual([
      45_000,
      330_000,
      187_200_000,
      600_000,
      undefined,
    ]);
    expect(parseRfc1123('Fri, 04 Dec 2026 10:35:02 +0100')).toBe(at('2026-12-04T09:35:02Z'));
    expect(parseRfc1123('Fri, 04 Dez 2026 10:35:02 +0100')).toBeUndefined();
  });
});

describe('YARN and Flink log lines', () => {
  it("the NodeManager: periodic usage, the 'PHYSICAL' limit kill with Hadoop's binary sizes, the exit 143; the process-tree dump named", () => {
    const r = read('yarn-nodemanager.log');
    expect(r.format).toBe('yarn-log');
    const c = 'container_e01_1733300000000_0001_01_000002';
    const limits = { limitBytes: 4 * GiB, virtualLimitBytes: Math.round(8.4 * GiB) };
    expect(brief(r)).toEqual([
      [
        'memory-usage',
        at('2026-12-04T10:34:51.204Z'),
        c,
        { pid: 24811, usedBytes: Math.round(3.9 * GiB), virtualUsedBytes: Math.round(6.1 * GiB), ...limits },
      ],
      [
        'memory-usage',
        at('2026-12-04T10:34:54.311Z'),
        c,
        { pid: 24811, usedBytes: 4 * GiB, virtualUsedBytes: Math.round(6.2 * GiB), ...limits },
      ],
      [
        'memory-limit-exceeded',
        at('2026-12-04T10:34:57.402Z'),
        c,
        { pid: 24811, usedBytes: Math.round(4.1 * GiB), virtualUsedBytes: Math.round(6.3 * GiB), ...limits },
      ],
      ['exited', at('2026-12-04T10:34:57.611Z'), c, { exitCode: 143 }],
    ]);
    expect(r.unread).toEqual([
      { where: "3 lines '|- PID PPID …'", reason: "YARN's process-tree dump: per-process figures the sandbox does not model" },
    ]);
    expect(r.notes[0]).toMatch(/times carry no zone/);
  });

  // "Closing TaskExecutor connection … because: Pod terminated, …" quotes the same termination again: not a second event.
  it("Flink's ResourceManager: a pod's OOMKilled termination, YARN diagnostics with Hadoop 3's [time] prefix and Hadoop 2's wording", () => {
    const r = read('flink-jobmanager-resource-manager.log');
    expect(brief(r)).toEqual([
      ['oom-killed', at('2026-12-04T10:35:02.340Z'), 'flink-taskmanager-1-2', { exitCode: 137 }],
      [
        'memory-limit-exceeded',
        at('2026-12-04T11:12:08.951Z'),
        'container_e01_1733300000000_0001_01_000003',
        { pid: 31002, usedBytes: 4 * GiB, limitBytes: 4 * GiB, virtualUsedBytes: 6 * GiB, virtualLimitBytes: Math.round(8.4 * GiB) },
      ],
      ['killed-on-request', at('2026-12-04T11:12:09.001Z'), 'container_e01_1733300000000_0001_01_000004', { exitCode: 137 }],
      // Flink 1.12+'s "Worker <container> is terminated. Diagnostics: …" on YARN, then the diagnostics' own lines: the
      // container is the one named in the lines before (the dump's header names it)
      ['killed-on-request', at('2026-12-04T11:40:31.021Z'), 'container_e01_1733300000000_0001_01_000005', { exitCode: 143 }],
      ['exited', at('2026-12-04T11:40:31.023Z'), 'container_e01_1733300000000_0001_01_000005', { exitCode: 143 }],
      [
        'memory-limit-exceeded',
        at('2026-12-04T11:40:31.118Z'),
        'container_e01_1733300000000_0001_01_000005',
        {
          pid: 33417,
          usedBytes: 4 * GiB,
          limitBytes: 4 * GiB,
          virtualUsedBytes: Math.round(6.1 * GiB),
          virtualLimitBytes: Math.round(8.4 * GiB),
        },
      ],
    ]);
    expect(r.unread).toEqual([
      { where: "2 lines '|- PID PPID …'", reason: "YARN's process-tree dump: per-process figures the sandbox does not model" },
    ]);
  });
});

describe('events beside the metrics', () => {
  it("a pod's OOMKilled event finds the process its metrics were matched to", () => {
    const metrics = readMetricsExport(
      readFileSync(new URL('../../fixtures/artefacts/metrics/prometheus-query-vector.json', import.meta.url), 'utf8'),
      'v.json',
    );
    const oom = read('describe-pod.txt').events.find((e) => e.kind === 'oom-killed');
    expect(scenarioProcessOf(oom!.process, metrics.matches)).toBe('taskmanager-2');
    // the Flink reporter's filtered tm_id (flink_taskmanager_1_1) meets the pod's name
    const grafana = readMetricsExport(
      readFileSync(new URL('../../fixtures/artefacts/metrics/grafana-joined-raw.csv', import.meta.url), 'utf8'),
      'g.csv',
    );
    expect(scenarioProcessOf('flink-taskmanager-1-1', grafana.matches)).toBe('taskmanager-1');
    expect(scenarioProcessOf('worker-2', grafana.matches)).toBeUndefined();
  });
});

describe('bad input', () => {
  const problem = (text: string, file: string) => {
    try {
      readClusterEvents(text, file);
    } catch (error) {
      expect(error).toBeInstanceOf(ArtefactError);
      return (error as Error).message;
    }
    throw new Error('read without an error');
  };
  it('names file, line, field and problem', () => {
    const pod = (finishedAt: string) =>
      `kind: Pod\nmetadata:\n  name: p\nstatus:\n  containerStatuses:\n  - name: c\n    restartCount: 1\n    lastState:\n      terminated:\n        reason: OOMKilled\n        exitCode: 137\n        finishedAt: ${finishedAt}\n`;
    expect(problem(pod('yesterday'), 'pod.yaml')).toBe(
      "pod.yaml:12: status.containerStatuses[0].lastState.terminated.finishedAt: 'yesterday' is not an RFC 3339 time",
    );
    expect(problem(pod('"2026-12-04T10:00:00Z"').replace('exitCode: 137', 'exitCode: lots'), 'pod.yaml')).toBe(
      "pod.yaml:11: status.containerStatuses[0].lastState.terminated.exitCode: 'lots' is not a whole number",
    );
    expect(problem('kind: Pod\nspec:\n  containers:\n  - name: c\n    resources: {limits: {memory: 4 gigs}}\n', 'pod.yaml')).toMatch(
      /^pod\.yaml:5: spec\.containers\[0\]\.resources\.limits\.memory: .*'4 gigs' is not a Kubernetes quantity/,
    );
    expect(problem('kind: Pod\n  bad: [indent\n', 'pod.yaml')).toMatch(/^pod\.yaml:\d+: /);
    expect(problem('Name: p\nContainers:\n  c:\n    Last State:  Terminated\n      Finished:  yesterday\n', 'd.txt')).toBe(
      "d.txt:5: Finished: 'yesterday' is not an RFC 1123 time (Wed, 04 Dec 2024 10:11:58 +0000)",
    );
    expect(problem('NAME   READY   STATUS    RESTARTS   AGE\np      1/1     Running   many       5m\n', 'pods.txt')).toBe(
      "pods.txt:2: RESTARTS: 'many' is not a restart count",
    );
    expect(clusterEventsFormatOf('{"kind":"Pod"}')).toBe('kubernetes-objects');
  });
});
