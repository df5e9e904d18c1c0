/** Protects the texts engineers grep for: each is Flink's own wording (source paths in models/engine/messages.ts). */
import { describe, expect, it } from 'vitest';
import {
  executionAttemptId,
  fatalErrorLine,
  hexId,
  jobIdOf,
  jobStatusMessage,
  kubernetesOomKilledMessage,
  long2String,
  restartStrategyString,
  restartSuppressedMessage,
  taskStateMessage,
} from '../../../models/engine/messages';
import type { TraceEvent } from '../../../models/engine/trace';
import { runScenario } from '../../../models/run/runScenario';
import { loadShipped } from '../../helpers/engine';

const none = { currentRestartAttempt: 0, nextRestartTimestampMs: 0 };

describe('restart strategies (RestartBackoffTimeStrategy#toString)', () => {
  it('prints each strategy as its toString does', () => {
    expect(restartSuppressedMessage({ type: 'fixed-delay', attempts: 3, delayMs: 10_000 }, none)).toBe(
      'org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=3, backoffTimeMS=10000)',
    );
    expect(restartStrategyString({ type: 'none' }, none)).toBe('NoRestartBackoffTimeStrategy');
    // Flink's generateStrategyString repeats the class name and leaves a parenthesis open.
    expect(restartStrategyString({ type: 'failure-rate', maxFailures: 3, intervalMs: 300_000, delayMs: 1000 }, none)).toBe(
      'FailureRateRestartBackoffTimeStrategy(FailureRateRestartBackoffTimeStrategy(failuresIntervalMS=300000,backoffTimeMS=1000,maxFailuresPerInterval=3)',
    );
    const exponential = {
      type: 'exponential-delay',
      initialMs: 1000,
      maxMs: 60_000,
      multiplier: 2,
      resetThresholdMs: 3_600_000,
      jitter: 0.1,
      attemptsBeforeReset: 4,
    } as const;
    expect(restartStrategyString(exponential, { currentRestartAttempt: 5, nextRestartTimestampMs: 123_456 })).toBe(
      'ExponentialDelayRestartBackoffTimeStrategy(initialBackoffMS=1000, maxBackoffMS=60000, backoffMultiplier=2.0, resetBackoffThresholdMS=3600000, jitterFactor=0.1, attemptsBeforeResetBackoff=4, currentRestartAttempt=5, nextRestartTimestamp=123456)',
    );
  });
});

describe('task transitions (Task#transitionState)', () => {
  const task = { name: 'map (3/16)', operatorId: 'map', subtask: 2, attempt: 6 };
  it('names the attempt as the release does', () => {
    const modern = { attemptSuffix: true, structuredAttemptId: true };
    const id = executionAttemptId(task, 'job', modern);
    expect(id).toMatch(/^[0-9a-f]{32}_[0-9a-f]{32}_2_6$/);
    expect(taskStateMessage(task, 'job', modern, 'INITIALIZING', 'FAILED', 'java.lang.OutOfMemoryError: Direct buffer memory')).toBe(
      `map (3/16)#6 (${id}) switched from INITIALIZING to FAILED with failure cause: java.lang.OutOfMemoryError: Direct buffer memory`,
    );
    const old = { attemptSuffix: false, structuredAttemptId: false };
    expect(taskStateMessage(task, 'job', old, 'DEPLOYING', 'INITIALIZING')).toMatch(
      /^map \(3\/16\) \([0-9a-f]{32}\) switched from DEPLOYING to INITIALIZING\.$/,
    );
  });

  it('draws ids deterministically, distinct per attempt', () => {
    const old = { attemptSuffix: true, structuredAttemptId: false };
    expect(executionAttemptId(task, 'job', old)).toBe(executionAttemptId(task, 'job', old));
    expect(executionAttemptId(task, 'job', old)).not.toBe(executionAttemptId({ ...task, attempt: 7 }, 'job', old));
    expect(hexId('x', 40)).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('fatal errors (ClusterEntrypoint, TaskManagerRunner, Task, FatalExitExceptionHandler)', () => {
  it("logs each handler's line and exits with its code", () => {
    expect(fatalErrorLine('cluster-entrypoint', 1)).toEqual({ line: 'Fatal error occurred in the cluster entrypoint.', exitCode: 2 });
    expect(fatalErrorLine('taskmanager-runner', 2).exitCode).toBe(2);
    expect(fatalErrorLine('task-thread', 1)).toEqual({
      line: 'Encountered fatal error java.lang.OutOfMemoryError - terminating the JVM',
      exitCode: 255,
    });
    expect(fatalErrorLine('framework-thread', 1).exitCode).toBe(239);
  });
});

describe("Hadoop's and Kubernetes' texts", () => {
  it('long2String: exact multiples as integers, else one decimal, 1024.0 moving up a prefix', () => {
    expect(long2String(4 * 1024 ** 3)).toBe('4 G');
    expect(long2String(4 * 1024 ** 3 + 100 * 1024 ** 2)).toBe('4.1 G');
    expect(long2String(1023)).toBe('1023');
    expect(long2String(1024 ** 3 - 1)).toBe('1.0 G');
    expect(long2String(3584 * 1024 ** 2)).toBe('3.5 G');
  });

  it("the OOMKilled pod as Flink's resource manager reports the kubelet's status", () => {
    expect(kubernetesOomKilledMessage('flink-taskmanager-1')).toBe(
      'Worker flink-taskmanager-1 is terminated. Diagnostics: Pod terminated, container termination statuses: [flink-main-container(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(reason=null, message=null)',
    );
  });
});

describe('job status (ExecutionGraph#transitionState)', () => {
  it('names the job and its 32-hex JobID', () => {
    expect(jobIdOf('etl')).toMatch(/^[0-9a-f]{32}$/);
    expect(jobStatusMessage('etl', 'RUNNING', 'RESTARTING')).toBe(`Job etl (${jobIdOf('etl')}) switched from state RUNNING to RESTARTING.`);
  });
});

describe("a process's start line carries only the memory flags its command line has (BashJavaUtils)", () => {
  const starts = (id: string) =>
    runScenario(loadShipped(id), { durationMs: 60_000 }).events.filter(
      (e): e is Extract<TraceEvent, { type: 'process.started' }> => e.type === 'process.started',
    );

  it('a JobManager without jobmanager.memory.enable-jvm-direct-memory-limit has no -XX:MaxDirectMemorySize; a TaskManager has it', () => {
    const [jm, tm] = starts('jm-metaspace-batch');
    expect(jm?.message).toMatch(/with -Xmx\d+ -XX:MaxMetaspaceSize=\d+\.$/);
    expect(tm?.message).toMatch(/with -Xmx\d+ -XX:MaxDirectMemorySize=\d+ -XX:MaxMetaspaceSize=\d+\.$/);
  });
});
