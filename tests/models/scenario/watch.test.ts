// Protects `watch:` (issue 13): names resolve to exactly one panel (dashboard forms too), wrong names get the closest one, and
// every shipped scenario and lesson says what to watch — a lesson step that points at a chart or names a metric shows it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../models/lessons/loadLesson';
import { loadScenario, ScenarioError } from '../../../models/scenario/loadScenario';
import { WATCH_METRICS, type WatchMetricId } from '../../../models/scenario/watchMetrics';
import { resolveWatchMetric, suggestWatchMetric } from '../../../models/scenario/watchNames';

const ROOT = join(import.meta.dirname, '../../..');
const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
const scenarios = yamlFiles('scenarios').map((f) => loadScenario(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), f));
const lessons = yamlFiles('lessons').map((f) => loadLesson(readFileSync(join(ROOT, 'lessons', f), 'utf8'), f));

describe('watch: names', () => {
  it('takes every panel id as itself, and no id is the tail of another (a suffix match is never ambiguous)', () => {
    for (const { id } of WATCH_METRICS) expect(resolveWatchMetric(id)).toBe(id);
    for (const { id } of WATCH_METRICS) expect(resolveWatchMetric(`taskmanager.container_1.${id}`)).toBe(id);
  });

  it("reads the forms copied from Flink's web UI, a scope-prefixed identifier and the Prometheus reporter", () => {
    const cases: [string, WatchMetricId][] = [
      ['flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed', 'Status.JVM.Memory.Direct.MemoryUsed'],
      ['flink_taskmanager_Status_JVM_Memory_Heap_Used{host="tm-1",tm_id="x"}', 'Status.JVM.Memory.Heap.Used'],
      ['localhost.jobmanager.Status.JVM.Memory.Metaspace.Used', 'Status.JVM.Memory.Metaspace.Used'],
      ['0.backPressuredTimeMsPerSecond', 'backPressuredTimeMsPerSecond'],
      ['flink_jobmanager_job_lastCheckpointSize', 'lastCheckpointSize'],
      ['Status.JVM.GarbageCollector.G1_Young_Generation.Count', 'Status.JVM.GarbageCollector.Count'],
      ['Status.JVM.GarbageCollector.G1 Old Generation.Time', 'Status.JVM.GarbageCollector.Time'],
      ['flink_taskmanager_Status_JVM_GarbageCollector_PS_MarkSweep_Time', 'Status.JVM.GarbageCollector.Time'],
      ['status.jvm.threads.count', 'Status.JVM.Threads.Count'],
    ];
    for (const [name, id] of cases) expect(resolveWatchMetric(name), name).toBe(id);
  });

  it('refuses what names no panel, or only part of one', () => {
    for (const name of [
      'Status.JVM.Memory.NonHeap.Used',
      'Heap.Used',
      'MemoryUsed',
      'Used',
      'xrssBytes',
      'Status.JVM.Memory.Direct.Count',
      '',
    ])
      expect(resolveWatchMetric(name), name).toBeUndefined();
  });

  it('suggests the panel holding most of a wrong name, not merely the fewest letters away', () => {
    expect(suggestWatchMetric('Status.JVM.Memory.Direct.Used')).toBe('Status.JVM.Memory.Direct.MemoryUsed');
    expect(suggestWatchMetric('Status.JVM.Memory.Direct.TotalCapacity')).toBe('Status.JVM.Memory.Direct.MemoryUsed');
    expect(suggestWatchMetric('Status.JVM.Memory.Heap.Committed')).toBe('Status.JVM.Memory.Heap.Used');
    expect(suggestWatchMetric('metaspace')).toBe('Status.JVM.Memory.Metaspace.Used');
    expect(suggestWatchMetric('Status.JVM.ClassLoader.ClassesUnloaded')).toBe('Status.JVM.ClassLoader.ClassesLoaded');
    expect(suggestWatchMetric('kafka consumer lag')).toBeUndefined();
  });

  it('refuses a wrong name in a lesson step at its line, with the closest panel', () => {
    const text = [
      'title: T',
      'order: 1',
      'summary: S',
      'scenario: hello-memory-model',
      'steps:',
      '  - at: 0s',
      '    text: a',
      '    watch: [rssBytes, Status.JVM.Memory.Metaspace.Usage]',
      '  - { at: 1m, text: b, watch: [flink_taskmanager_Status_JVM_Memory_Heap_Used] }',
      '',
    ].join('\n');
    let error: unknown;
    try {
      loadLesson(text, 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).message).toBe(
      "bad.yaml:8: steps[0].watch[1]: 'Status.JVM.Memory.Metaspace.Usage' is not a metric the sandbox charts (did you mean 'Status.JVM.Memory.Metaspace.Used'?)",
    );
    const fixed = loadLesson(text.replace('Metaspace.Usage', 'Metaspace.Used'), 'good.yaml');
    expect(fixed.steps.map((s) => s.watch)).toEqual([['rssBytes', 'Status.JVM.Memory.Metaspace.Used'], ['Status.JVM.Memory.Heap.Used']]);
  });
});

/** Words with which a step sends the learner to a chart. */
const POINTS_AT_A_CHART = /\b(watch|look at|keep an eye|staircase|saw-tooth|climbs?|dashed line|band(?!-))\b/i;

/** The panels a text names: by id, or a `Status.*` id by its last two parts (`Direct.MemoryUsed`). */
function namedIn(text: string): WatchMetricId[] {
  return WATCH_METRICS.filter(
    ({ id }) => text.includes(id) || (id.startsWith('Status.') && text.includes(id.split('.').slice(-2).join('.'))),
  ).map((m) => m.id);
}

describe('shipped scenarios and lessons say what to watch', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s names 1 to 3 panels', (_id, scenario) => {
    expect(scenario.watch.length).toBeGreaterThanOrEqual(1);
    expect(scenario.watch.length).toBeLessThanOrEqual(3);
  });

  it('a -fixed twin watches what its incident watches (so the two compare panel for panel)', () => {
    const byId = new Map(scenarios.map((s) => [s.id, s]));
    const twins = scenarios.filter((s) => s.id.endsWith('-fixed'));
    expect(twins.length).toBeGreaterThan(5);
    for (const twin of twins) expect(twin.watch, twin.id).toEqual(byId.get(twin.id.replace(/-fixed$/, ''))?.watch);
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s: steps pointing at a chart or naming a metric watch it', (_id, lesson) => {
    expect(lesson.steps.some((s) => s.watch !== undefined)).toBe(true);
    for (const step of lesson.steps) {
      const named = namedIn(step.text);
      const pointing = step.highlight?.startsWith('chart:') || POINTS_AT_A_CHART.test(step.text) || named.length > 0;
      if (pointing) expect(step.watch, step.text).toBeDefined();
      if (named.length > 0)
        expect(
          named.some((id) => step.watch?.includes(id)),
          `${named.join(', ')} in: ${step.text}`,
        ).toBe(true);
    }
  });
});
