/**
 * The Java programs' parameters and JVM flags, derived from the twin scenario by the product's own code, so that a
 * number is written once (in the scenario YAML) and the engine's own constants (BASELINE, JVM) are not copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveScenarioMemory } from '../../models/engine/setup';
import { BASELINE, JVM } from '../../models/engine/state/jvmConstants';
import { loadScenario } from '../../models/scenario/loadScenario';
import type { JdkVersion, Scenario, ScheduledEvent } from '../../models/scenario/types';

export const CALIBRATION_DIR = join(import.meta.dirname, '..');

export function loadTwin(id: string): Scenario {
  return loadScenario(readFileSync(join(CALIBRATION_DIR, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`);
}

/**
 * The twin at another JDK. The scenario schema accepts 8, 11, 17 and 21; 25 is set on the loaded object (the engine
 * may or may not model it yet: the calibration test says so when the engine refuses it).
 */
export function atJdk(scenario: Scenario, jdk: number): Scenario {
  return { ...scenario, cluster: { ...scenario.cluster, jdk: jdk as JdkVersion } };
}

const GC_FLAG = { G1: '-XX:+UseG1GC', Parallel: '-XX:+UseParallelGC', Serial: '-XX:+UseSerialGC' } as const;

/** The flags Flink's start scripts give the process: the derived -Xmx/-Xms/-XX:Max…, the collector and env.java.opts*. */
export function jvmFlags(scenario: Scenario, process: 'taskmanager' | 'jobmanager'): string[] {
  const memory = deriveScenarioMemory(scenario);
  const args = process === 'taskmanager' ? memory.taskManager.taskManager.jvmArgs : jobManagerArgs(memory.jobManager);
  const config = scenario.flink.config;
  const opts = ['env.java.opts', 'env.java.opts.all', `env.java.opts.${process}`].map((k) => config[k] ?? '').join(' ');
  return [...args.split(' '), GC_FLAG[scenario.cluster.gc], ...opts.split(/\s+/)].filter((a) => a !== '');
}

function jobManagerArgs(jm: ReturnType<typeof deriveScenarioMemory>['jobManager']): string {
  if (jm.process !== 'jobmanager') throw new Error('unreachable');
  return jm.jobManager.jvmArgs;
}

function only<T>(items: readonly T[], what: string): T {
  if (items.length !== 1) throw new Error(`twin scenario: expected exactly one ${what}, found ${items.length}`);
  return items[0] as T;
}

function event(scenario: Scenario, test: (e: ScheduledEvent) => boolean, what: string): ScheduledEvent {
  return only(scenario.events.filter(test), what);
}

/** Short-lived heap garbage per second: the sources' records × heap bytes per record, plus the engine's baseline. */
export function garbageBytesPerSec(scenario: Scenario): number {
  const ops = scenario.job.operators;
  if (ops.some((o) => o.kind !== 'source')) throw new Error('twin scenario: only source operators are derived');
  return ops.reduce((sum, o) => sum + o.recordsPerSecond * o.heapBytesPerRecord, 0) + BASELINE.taskmanager.garbageBytesPerMs * 1000;
}

export function heapLeak(scenario: Scenario): { startMs: number; bytesPerSec: number } {
  const e = event(scenario, (x) => x.action === 'leak' && x.leak?.pool === 'heap' && x.leak.shape === 'ramp', 'heap ramp leak');
  return { startMs: e.atMs, bytesPerSec: Math.round(((e.leak?.bytes ?? 0) / e.forMs) * 1000) };
}

export function heapFillParams(scenario: Scenario): Record<string, number> {
  const leak = heapLeak(scenario);
  return {
    baselineLiveBytes: BASELINE.taskmanager.heapLiveBytes,
    garbageBytesPerSec: garbageBytesPerSec(scenario),
    leakBytesPerSec: leak.bytesPerSec,
    survivorWindowMs: JVM.survivorWindowMs,
    maxMs: scenario.durationMs - leak.startMs,
  };
}

export function submissions(scenario: Scenario): { event: ScheduledEvent; count: number } {
  const e = event(scenario, (x) => x.action === 'submit-job', 'submit-job');
  const last = Math.min(e.untilMs ?? scenario.durationMs, scenario.durationMs - 1);
  return { event: e, count: e.everyMs === undefined ? 1 : Math.floor((last - e.atMs) / e.everyMs) + 1 };
}

export function metaspaceParams(scenario: Scenario, run: boolean): Record<string, number> {
  const { event: e, count } = submissions(scenario);
  // Submissions are paced at 100 ms, not the twin's period: the counts do not depend on it and the run stays short.
  return {
    classes: e.classes,
    baselineClasses: BASELINE.jobmanager.classes,
    run: run ? 1 : 0,
    pinned: e.pinned ? 1 : 0,
    submissions: count,
    everyMs: 100,
  };
}

export function exceptionStorm(scenario: Scenario): ScheduledEvent {
  return event(scenario, (x) => x.action === 'exception-storm', 'exception-storm');
}

export function zlibParams(scenario: Scenario): Record<string, number> {
  const storm = exceptionStorm(scenario);
  return { exceptionsPerSec: storm.rate, garbageBytesPerSec: garbageBytesPerSec(scenario), maxMs: storm.forMs };
}

export function threadCount(scenario: Scenario): number {
  return scenario.job.operators.reduce((n, o) => n + o.parallelism * o.leaks.reduce((t, l) => t + (l.at === 'open' ? l.threads : 0), 0), 0);
}

export function heapRssParams(scenario: Scenario): Record<string, number> {
  return { garbageBytesPerSec: garbageBytesPerSec(scenario), maxMs: scenario.durationMs - BASELINE.bootMs };
}

/** Direct buffers: a burst leak (reachable, `every` apart) or a per-record leak released by GC (unreachable). */
export function directParams(scenario: Scenario): Record<string, number> {
  const burst = scenario.events.find((x) => x.action === 'leak' && x.leak?.pool === 'direct' && x.leak.shape === 'burst');
  if (burst)
    return { bufferBytes: burst.leak?.bytes ?? 0, everyMs: burst.everyMs ?? 1000, reachable: 1, maxMs: scenario.durationMs - burst.atMs };
  const op = only(scenario.job.operators, 'operator');
  const leak = only(
    op.leaks.filter((l) => l.kind === 'direct' && l.at === 'record'),
    'per-record direct leak',
  );
  return {
    bufferBytes: leak.bytes,
    everyMs: Math.round(1000 / op.recordsPerSecond),
    reachable: leak.release === 'never' ? 1 : 0,
    maxMs: scenario.durationMs - BASELINE.bootMs,
  };
}
