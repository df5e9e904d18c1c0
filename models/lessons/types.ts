/**
 * A lesson: a guided walk through one library scenario for an engineer new to Flink — narration
 * tied to simulated time, the part of the screen to look at, "what happens next?" questions whose
 * answer is whatever the simulation does, and an exercise checked by running the user's change.
 */
import type { Expectation } from '../scenario/types';
import type { WatchMetricId } from '../scenario/watchMetrics';

/** What a step points at: a fixed part of the sandbox, or one process's card or chart. */
export type Highlight =
  | 'job-graph'
  | 'timeline'
  | 'details'
  | 'event-log'
  | 'inject'
  | 'scenario-editor'
  | `card:${string}`
  | `chart:${string}`;

interface LessonChoice {
  readonly text: string;
  /** What must hold in a straight run of the lesson's scenario for this choice to be right (all of it). */
  readonly expect: readonly Expectation[];
}

export interface LessonQuestion {
  readonly prompt: string;
  readonly choices: readonly LessonChoice[];
  /** Shown once answered: why the simulation did what it did. */
  readonly explain: string | undefined;
}

export interface LessonStep {
  /** When the step shows (the run pauses there if the step asks a question); undefined when `when` says. */
  readonly atMs: number | undefined;
  /** Or: the step shows once the run has produced a matching event (its time depends on the run). */
  readonly when: Expectation | undefined;
  readonly text: string;
  readonly highlight: Highlight | undefined;
  /** The dashboard panels the step talks about, shown first while it is the current step; undefined: the scenario's. */
  readonly watch: readonly WatchMetricId[] | undefined;
  readonly question: LessonQuestion | undefined;
}

export interface LessonExercise {
  readonly text: string;
  /** What the user's changed scenario must produce (a straight run to the end). */
  readonly goal: readonly Expectation[];
  readonly hint: string | undefined;
  /** A change that reaches the goal: Flink options set on top of the scenario's (the tests prove it works). */
  readonly solution: Readonly<Record<string, string>>;
}

export interface Lesson {
  /** File name without `.yaml`. */
  readonly id: string;
  readonly title: string;
  /** Position in the path (1 = first). */
  readonly order: number;
  readonly summary: string;
  /** A library scenario id (scenarios/<id>.yaml). */
  readonly scenario: string;
  /** Overrides the scenario's seed; absent = the scenario's. */
  readonly seed: string | undefined;
  readonly steps: readonly LessonStep[];
  readonly exercise: LessonExercise | undefined;
}
