/**
 * What the learner has done, kept in this browser: per lesson, the questions answered right or wrong
 * (by step index) and whether the exercise passed. Nothing leaves the page.
 */
import type { TextStore } from './savedScenarios';
import { readStoredMap } from './storedData';

export interface LessonRecord {
  /** Step index → answered right. */
  readonly answers: Readonly<Record<number, boolean>>;
  readonly exercisePassed: boolean;
}

export type Progress = Readonly<Record<string, LessonRecord>>;

const KEY = 'flink-memory-sandbox.lessons';
const EMPTY: LessonRecord = { answers: {}, exercisePassed: false };

/** A stored record as `record` writes it: step indexes to booleans, and a boolean. */
function isLessonRecord(value: unknown): value is LessonRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { answers, exercisePassed } = value as Partial<Record<keyof LessonRecord, unknown>>;
  if (typeof exercisePassed !== 'boolean' || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  return Object.entries(answers).every(([step, right]) => /^\d+$/.test(step) && typeof right === 'boolean');
}

/** The progress kept in this browser; damaged records are set aside (storedData.ts), `onNotice` told. */
export function readProgress(store: TextStore, onNotice?: (notice: string) => void): Progress {
  const { value, notice } = readStoredMap(store, KEY, isLessonRecord, 'lesson-progress records');
  if (notice) onNotice?.(notice);
  return value;
}

export function recordOf(progress: Progress, lesson: string): LessonRecord {
  return progress[lesson] ?? EMPTY;
}

/** Records an answer or an exercise result and returns the new progress (kept if the browser allows). */
export function record(
  store: TextStore,
  lesson: string,
  change: { answer?: [step: number, right: boolean]; exercisePassed?: boolean },
): Progress {
  const progress = readProgress(store);
  const current = recordOf(progress, lesson);
  const next: LessonRecord = {
    answers: change.answer ? { ...current.answers, [change.answer[0]]: change.answer[1] } : current.answers,
    exercisePassed: current.exercisePassed || change.exercisePassed === true,
  };
  const all = { ...progress, [lesson]: next };
  try {
    store.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage refused (private mode, quota): progress holds for this page only.
  }
  return all;
}

/** Done: every question answered and the exercise passed (when there is one). */
export function isDone(r: LessonRecord, questions: number, hasExercise: boolean): boolean {
  return Object.keys(r.answers).length >= questions && (!hasExercise || r.exercisePassed);
}
