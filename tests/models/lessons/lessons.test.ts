// Protects the lessons: every file loads; its questions are answered by the simulation itself, with
// exactly one right choice; its exercise fails as shipped and passes with its solution.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import { checkExercise, rightChoices, stepTime, withConfig } from '../../../models/lessons/lessonCheck';
import { loadLesson } from '../../../models/lessons/loadLesson';
import { loadScenario, ScenarioError } from '../../../models/scenario/loadScenario';

const ROOT = join(import.meta.dirname, '../../..');
const FILES = readdirSync(join(ROOT, 'lessons'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const lessons = FILES.map((f) => loadLesson(readFileSync(join(ROOT, 'lessons', f), 'utf8'), f));
const scenarioOf = (id: string) => loadScenario(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`);

describe('the lesson path', () => {
  it('has lessons numbered from 1 without gaps or twins', () => {
    expect(lessons.length).toBeGreaterThan(0);
    const orders = lessons.map((l) => l.order).sort((a, b) => a - b);
    expect(new Set(orders).size).toBe(orders.length);
  });

  describe.each(lessons.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
    const scenario = scenarioOf(lesson.scenario);
    const run = runScenario(scenario, lesson.seed ? { seed: lesson.seed } : {});

    it('asks questions the simulation answers with exactly one choice', () => {
      for (const step of lesson.steps) {
        if (!step.question) continue;
        expect(rightChoices(step.question, run.events), step.question.prompt).toHaveLength(1);
      }
    });

    it('shows every step within the run (a step waiting for an event sees it happen)', () => {
      for (const step of lesson.steps) expect(stepTime(step, run.events), step.text).toBeLessThanOrEqual(scenario.durationMs);
    });

    it('sets an exercise the scenario fails as shipped and its solution passes', () => {
      if (!lesson.exercise) return;
      expect(checkExercise(lesson.exercise, run.events).passed).toBe(false);
      const solved = runScenario(withConfig(scenario, lesson.exercise.solution), lesson.seed ? { seed: lesson.seed } : {});
      const check = checkExercise(lesson.exercise, solved.events);
      expect(check.results.filter((r) => !r.passed).map((r) => r.description)).toEqual([]);
    });
  });
});

describe('loadLesson', () => {
  it('names the field and line of every problem', () => {
    const text = [
      'title: T',
      'order: 0',
      'summary: S',
      'scenario: hello-memory-model',
      'steps:',
      '  - { at: 1h, text: a, highlight: sidebar }',
      '  - { at: 30m, text: b }',
      '  - { text: c }',
      '  - { when: { event: jvm.oom }, text: d, question: { prompt: p, choices: [{ text: x, expect: [{ event: gc }] }, { text: y, expect: [{ event: gc, absent: true }] }] } }',
      '',
    ].join('\n');
    let error: unknown;
    try {
      loadLesson(text, 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issues.map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      '2 order: must be >= 1 (got 0)',
      '6 steps[0].highlight: must be one of job-graph, timeline, details, event-log, inject, scenario-editor, card:<process> or chart:<process> (jobmanager, taskmanager-<n>)',
      '7 steps[1].at: steps must be in time order',
      '8 steps[2]: a step needs exactly one of at (a time) and when (an event)',
      '9 steps[3].question: a question needs at: the run stops there, before what it asks about happens',
    ]);
  });
});
