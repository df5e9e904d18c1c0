/**
 * Lessons checked against the simulation itself: a question's right answer is the choice whose
 * expectations a straight run meets; an exercise passes when the changed scenario's run meets the goal.
 */
import type { TraceEvent } from '../engine/trace';
import { checkExpectations, matches, type ExpectationResult } from '../run/expectations';
import type { Scenario } from '../scenario/types';
import type { LessonExercise, LessonQuestion, LessonStep } from './types';

/** When a step shows in this run: its time, or the first event its `when` matches (undefined: not yet / never). */
export function stepTime(step: LessonStep, events: readonly TraceEvent[]): number | undefined {
  if (step.atMs !== undefined) return step.atMs;
  const when = step.when;
  return when ? events.find((e) => matches(e, when))?.atMs : undefined;
}

/** The indices of the choices a run makes true (a well-made question has exactly one). */
export function rightChoices(question: LessonQuestion, events: readonly TraceEvent[]): number[] {
  return question.choices.flatMap((c, i) => (checkExpectations(c.expect, events).every((r) => r.passed) ? [i] : []));
}

export function checkExercise(exercise: LessonExercise, events: readonly TraceEvent[]): { passed: boolean; results: ExpectationResult[] } {
  const results = checkExpectations(exercise.goal, events);
  return { passed: results.every((r) => r.passed), results };
}

/** The scenario with Flink options set on top of its own (an exercise's solution). */
export function withConfig(scenario: Scenario, config: Readonly<Record<string, string>>): Scenario {
  return { ...scenario, flink: { ...scenario.flink, config: { ...scenario.flink.config, ...config } } };
}
