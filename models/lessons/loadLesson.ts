/**
 * The YAML form of a lesson (lessons/<id>.yaml), checked with the scenario file's machinery: every
 * problem as `file:line: field: message`. Each field is documented once, here, with `.describe()`.
 */
import { z } from 'zod';
import { durationField, flinkConfigField } from '../scenario/fields';
import { scenarioId } from '../scenario/loadScenario';
import { expectationField, WATCH_DESCRIPTION } from '../scenario/scenarioSchema';
import { watchField } from '../scenario/watchNames';
import { loadYamlFile } from '../scenario/yamlFile';
import type { Highlight, Lesson } from './types';

const FIXED_HIGHLIGHTS = ['job-graph', 'timeline', 'details', 'event-log', 'inject', 'scenario-editor'] as const;

const highlight = z
  .string()
  .refine((h) => (FIXED_HIGHLIGHTS as readonly string[]).includes(h) || /^(card|chart):(jobmanager|taskmanager-\d+)$/.test(h), {
    message: `must be one of ${FIXED_HIGHLIGHTS.join(', ')}, card:<process> or chart:<process> (jobmanager, taskmanager-<n>)`,
  })
  .transform((h) => h as Highlight)
  .optional()
  .describe(
    'The part of the sandbox to look at: job-graph, timeline, details, event-log, inject, scenario-editor, card:<process>, chart:<process>. Default none.',
  );

const choice = z.strictObject({
  text: z.string().min(1).describe('The answer as the learner reads it. Required.'),
  expect: z
    .array(expectationField)
    .min(1)
    .describe('What a straight run must produce for this answer to be right (every item): scenario expectations. Required.'),
});

const question = z.strictObject({
  prompt: z.string().min(1).describe('"What happens next?" Required.'),
  choices: z
    .array(choice)
    .min(2)
    .max(5)
    .describe('2 to 5 answers; the simulation decides which is right (tests check exactly one is). Required.'),
  explain: z.string().min(1).optional().describe('Shown once answered: why. Default none.'),
});

const step = z.strictObject({
  at: durationField().optional().describe('Simulated time the step shows at (the run pauses there when it asks a question). This or when.'),
  when: expectationField
    .optional()
    .describe(
      'Or: the step shows once the run produces a matching event, e.g. { event: jvm.oom, pool: direct } (its time depends on the run). This or at.',
    ),
  text: z.string().min(1).describe('What the guide says. Required.'),
  highlight,
  watch: watchField()
    .optional()
    .describe(
      WATCH_DESCRIPTION("The panels this step talks about, shown first and large while it is the current step (instead of the scenario's)"),
    ),
  question: question.optional().describe('A question to answer before going on. Default none.'),
});

const exercise = z.strictObject({
  text: z.string().min(1).describe('The task, e.g. "size task off-heap so the job survives 10 restarts". Required.'),
  goal: z
    .array(expectationField)
    .min(1)
    .describe('What the changed scenario must produce, run to its end: scenario expectations. Required.'),
  hint: z.string().min(1).optional().describe('A nudge shown on request. Default none.'),
  solution: flinkConfigField().describe("Flink options that reach the goal on top of the scenario's (tests prove it). Required."),
});

const lessonSchema = z
  .strictObject({
    title: z.string().min(1).describe('Headline of the lesson. Required.'),
    order: z.int().min(1).describe('Position in the path (1 = first). Required.'),
    summary: z.string().min(1).describe('One sentence: what the learner will understand. Required.'),
    scenario: z.string().min(1).describe('The library scenario it walks through (scenarios/<id>.yaml). Required.'),
    seed: z.union([z.string(), z.int()]).transform(String).optional().describe("Seed of the run; default the scenario's."),
    steps: z.array(step).min(1).describe('The guided steps, in time order. Required.'),
    exercise: exercise.optional().describe('A change for the learner to make and check. Default none.'),
  })
  .superRefine((value, ctx) => {
    let last = -1;
    value.steps.forEach((s, i) => {
      if ((s.at === undefined) === (s.when === undefined))
        ctx.addIssue({
          code: 'custom',
          message: 'a step needs exactly one of at (a time) and when (an event)',
          path: ['steps', i],
          input: s,
        });
      if (s.when !== undefined && s.question !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'a question needs at: the run stops there, before what it asks about happens',
          path: ['steps', i, 'question'],
          input: s.question,
        });
      }
      if (s.at === undefined) return;
      if (s.at < last) ctx.addIssue({ code: 'custom', message: 'steps must be in time order', path: ['steps', i, 'at'], input: s.at });
      last = s.at;
    });
  });

/** Parses and checks a lesson file; the id is the file name. Throws only `ScenarioError`. */
export function loadLesson(text: string, fileName: string): Lesson {
  const raw = loadYamlFile(text, fileName, lessonSchema, 'a lesson needs title, order, summary, scenario and steps');
  return {
    id: scenarioId(fileName),
    title: raw.title,
    order: raw.order,
    summary: raw.summary,
    scenario: raw.scenario,
    seed: raw.seed,
    steps: raw.steps.map((s) => ({
      atMs: s.at,
      when: s.when,
      text: s.text,
      highlight: s.highlight,
      watch: s.watch,
      question: s.question && { prompt: s.question.prompt, choices: s.question.choices, explain: s.question.explain },
    })),
    exercise: raw.exercise && {
      text: raw.exercise.text,
      goal: raw.exercise.goal,
      hint: raw.exercise.hint,
      solution: raw.exercise.solution,
    },
  };
}
