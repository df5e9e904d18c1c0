// Protects the learner's progress in the browser: answers and exercise results recorded per lesson,
// a pass never undone by a later failure, a damaged or refusing store handled.
import { describe, expect, it } from 'vitest';
import { isDone, readProgress, record, recordOf } from '../../../src/sandbox/lessonProgress';
import type { TextStore } from '../../../src/sandbox/savedScenarios';

const memory = (): TextStore => {
  const data: Record<string, string> = {};
  return { getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
};

describe('lesson progress', () => {
  it('records answers and the exercise per lesson', () => {
    const store = memory();
    record(store, 'a', { answer: [2, false] });
    record(store, 'a', { answer: [2, true] });
    record(store, 'a', { exercisePassed: true });
    record(store, 'a', { exercisePassed: false });
    const r = recordOf(readProgress(store), 'a');
    expect(r).toEqual({ answers: { 2: true }, exercisePassed: true });
    expect(isDone(r, 1, true)).toBe(true);
    expect(isDone(r, 2, true)).toBe(false);
    expect(recordOf(readProgress(store), 'b')).toEqual({ answers: {}, exercisePassed: false });
  });

  it('survives a damaged store and one that refuses to write', () => {
    const broken: TextStore = {
      getItem: () => '[1,2',
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(readProgress(broken)).toEqual({});
    expect(record(broken, 'a', { answer: [0, true] })).toEqual({ a: { answers: { 0: true }, exercisePassed: false } });
  });
});
