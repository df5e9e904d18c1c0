// Protects the one definition of a run's failures (models/engine/failures.ts): what counts (OOMs, kills by YARN or Kubernetes, exits of
// their own, tasks failing on their own, the job FAILED), what does not (injected faults and what they take down, retried blob fetches, the
// halt after a fatal OOM), and that the summary, the sizing figures and `no failure` name the same first failure.
import { describe, expect, it } from 'vitest';
import { FailureClassifier, failuresOf, firstFailure } from '../../../models/engine/failures';
import { runScenario } from '../../../models/run/runScenario';
import type { TraceEvent } from '../../../models/engine/trace';
import { evaluate, parseCondition } from '../../../models/sizing/assertions';
import { measureRun } from '../../../models/sizing/runMetrics';
import { FIXED_DELAY, fault, HOUR, loadShipped, MINUTE, operator, scenario } from '../../helpers/engine';

const base = { atMs: 1000, process: 'taskmanager-1', message: 'm' };
const task = (to: string, from = 'DEPLOYING', name = 'sink (1/1)'): TraceEvent => ({
  ...base,
  type: 'task.state',
  task: name,
  attempt: 1,
  from,
  to,
});

describe('the definition, event by event', () => {
  it('counts an OOM once: the halt of the same JVM in the same millisecond and the tasks it takes down are its consequence', () => {
    const events: TraceEvent[] = [
      {
        ...base,
        type: 'jvm.oom',
        pool: 'heap',
        task: undefined,
        jdkMessage: '',
        cause: { allocation: 'a', requestedBytes: 0, usedBytes: 1, limitBytes: 1, limit: '-Xmx' },
      },
      { ...base, type: 'process.exited', exitCode: 255, instance: 1 },
      task('FAILED', 'RUNNING'),
    ];
    expect(failuresOf(events).map((f) => [f.kind, f.pool, f.detail])).toEqual([['heap-oom', 'heap', 'pool heap']]);
  });

  it('does not count what the scenario injects, nor the tasks it takes down; an exit of its own later does count', () => {
    const events: TraceEvent[] = [
      { ...base, type: 'fault.injected', action: 'crash-process', target: 'all' },
      { ...base, type: 'process.exited', exitCode: 1, instance: 1 },
      task('FAILED', 'RUNNING'),
      { ...base, atMs: 2000, type: 'container.killed', reason: 'injected', exitCode: 143, rssBytes: 1, limitBytes: 2, instance: 2 },
      { ...base, atMs: 3000, type: 'fault.injected', action: 'fail-task', target: 'sink' },
      { ...task('FAILED', 'RUNNING'), atMs: 3000 },
      { ...base, atMs: 4000, type: 'process.exited', exitCode: 1, instance: 3 },
    ];
    expect(failuresOf(events).map((f) => [f.atMs, f.kind, f.detail])).toEqual([[4000, 'process-exit', 'exit 1']]);
  });

  it('counts a task failing on its own once per millisecond, with the cause Flink logs after it; a retried blob fetch is no failure', () => {
    const events: TraceEvent[] = [
      { ...base, atMs: 500, type: 'blob.fetch.failed', attempt: 1, message: 'Failed to fetch BLOB … Retrying...' },
      { ...base, type: 'blob.fetch.failed', attempt: 6, message: 'Failed to fetch BLOB … No retries left.' },
      task('FAILED'),
      task('FAILED', 'DEPLOYING', 'map (1/1)'),
      { ...base, type: 'log', level: 'ERROR', message: 'java.io.IOException: Failed to fetch BLOB …' },
      { ...base, atMs: 2000, type: 'job.status', from: 'FAILING', to: 'FAILED' },
    ];
    const failures = failuresOf(events);
    expect(failures.map((f) => [f.atMs, f.type, f.kind, f.pool, f.message])).toEqual([
      [1000, 'task.state', 'task-failure', 'task', 'java.io.IOException: Failed to fetch BLOB …'],
      [2000, 'job.status', 'job-failure', 'job', 'm'],
    ]);
    // Without the log line, the blob server's last word is the cause.
    expect(firstFailure(events.slice(0, 3))?.message).toBe('Failed to fetch BLOB … No retries left.');
  });

  it('a kill by Kubernetes is a failure, its task failures are not', () => {
    const c = new FailureClassifier();
    const kill: TraceEvent = {
      ...base,
      type: 'container.killed',
      reason: 'k8s-oomkilled',
      exitCode: 137,
      rssBytes: 3,
      limitBytes: 2,
      instance: 1,
    };
    expect(c.classify(kill)).toMatchObject({ kind: 'container-kill', pool: 'container', detail: 'k8s-oomkilled, exit 137' });
    expect(c.classify(task('FAILED', 'RUNNING'))).toBeUndefined();
  });
});

describe('one first failure everywhere', () => {
  it('blob-server-storm: the slot requests that failed while the TaskManagers were away, in the summary, the figures and "no failure" alike', () => {
    const s = loadShipped('blob-server-storm');
    const run = runScenario(s);
    const first = firstFailure(run.events);
    // The injected crash at 2h is not a failure; the JobMaster notices the lost TaskManagers 1.45 s later (their heartbeat
    // RPCs fail: lostTaskManager.ts), the standalone cluster's first restart 10 s after that finds no slots and fails its
    // requests at once (NoResourceAvailableException, as the Flink lab's taskmanager-kill run shows).
    expect(first).toMatchObject({ atMs: 7_211_530, type: 'task.state', process: 'jobmanager', pool: 'task' });
    expect(first?.message).toMatch(/NoResourceAvailableException: Could not acquire the minimum required resources\.$/);
    // the deployments that gave up on the blob server follow once the replacements fetch the jar
    expect(failuresOf(run.events).find((f) => f.message.startsWith('java.io.IOException: Failed to fetch BLOB '))?.atMs).toBe(9_071_940);
    expect(run.summary.firstFailure).toEqual({ atMs: first?.atMs, type: first?.type, process: first?.process, detail: first?.detail });
    const m = measureRun(s);
    expect(m.metrics.firstFailure).toEqual({
      atMs: first?.atMs,
      type: first?.type,
      process: first?.process,
      pool: 'task',
      message: first?.message,
    });
    const [noFailure] = parseCondition('no failure');
    expect(noFailure && evaluate(noFailure, m.metrics)).toMatchObject({ passed: false, measured: failuresOf(run.events).length });
  });

  it('blob-server-storm-fixed has none from the blob server, only the slot requests of the minute without TaskManagers', () => {
    const run = runScenario(loadShipped('blob-server-storm-fixed'));
    const failures = failuresOf(run.events);
    expect(failures.map((f) => f.atMs)).toEqual([7_211_530, 7_221_610, 7_231_690, 7_241_770, 7_251_850, 7_261_930]);
    for (const f of failures) expect(f.message).toContain('[unassigned resource]');
  });

  it('an injected kill without a restart strategy fails the job: the job FAILED is the first failure', () => {
    const kill = (config: Record<string, string>) =>
      scenario({
        durationMs: 20 * MINUTE,
        config,
        cluster: { deployment: 'kubernetes', restartDelayMs: 30_000 },
        operators: [operator({ id: 'src', kind: 'source', recordsPerSecond: 100, costPerRecordUs: 10 })],
        events: [fault({ atMs: 5 * MINUTE, action: 'kill-container', target: 'taskmanager-1' })],
      });
    // Flink's default without checkpointing is no restart (RestartBackoffTimeStrategyFactoryLoader).
    expect(runScenario(kill({})).summary.firstFailure).toMatchObject({ atMs: 5 * MINUTE, type: 'job.status', detail: 'job FAILED' });
    expect(runScenario(kill(FIXED_DELAY)).summary.firstFailure).toBeNull();
  });

  // The KV join's per-record reservation at 13_235_687 meets the limit the dropped maps fill; with -XX:+DisableExplicitGC
  // Bits.reserveMemory's System.gc() does nothing, and the OOM follows its 511 ms of retries alone.
  it("direct-leak-on-restart: the first direct OOM, after the reservation's retries", () => {
    const run = runScenario(loadShipped('direct-leak-on-restart'), { durationMs: 5 * HOUR });
    expect(run.summary.firstFailure).toMatchObject({
      atMs: 13_235_687 + 511,
      type: 'jvm.oom',
      process: 'taskmanager-3',
      detail: 'pool direct',
    });
  });
});
