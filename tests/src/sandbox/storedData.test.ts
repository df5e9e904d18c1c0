// Protects the data this browser keeps: a damaged lesson-progress record or saved scenario is set aside under another key with a notice,
// the rest loads, and nothing throws (one damaged record used to empty the Lessons picker on every load).
import { describe, expect, it } from 'vitest';
import { isDone, readProgress, recordOf } from '../../../src/sandbox/lessonProgress';
import { listSaved, type TextStore } from '../../../src/sandbox/savedScenarios';

const PROGRESS = 'flink-memory-sandbox.lessons';
const SAVED = 'flink-memory-sandbox.scenarios';

const memory = (initial: Record<string, string> = {}) => {
  const data: Record<string, string> = { ...initial };
  const store: TextStore = {
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
  return { store, data };
};

const GOOD = { answers: { 0: true, 3: false }, exercisePassed: true };

describe('lesson progress in a damaged store', () => {
  it.each([
    ['a null record', null],
    ['answers null', { answers: null, exercisePassed: false }],
    ['answers a list', { answers: [true], exercisePassed: false }],
    ['a non-boolean answer', { answers: { 1: 'yes' }, exercisePassed: false }],
    ['a step that is not an index', { answers: { first: true }, exercisePassed: false }],
    ['exercisePassed missing', { answers: {} }],
    ['a number', 7],
  ])('%s: set aside with a notice, the other lessons kept, the picker computes', (_, damaged) => {
    const raw = JSON.stringify({ good: GOOD, bad: damaged });
    const { store, data } = memory({ [PROGRESS]: raw });
    const notices: string[] = [];
    const progress = readProgress(store, (n) => notices.push(n));
    expect(progress).toEqual({ good: GOOD });
    for (const id of ['good', 'bad', 'other']) expect(() => isDone(recordOf(progress, id), 2, true)).not.toThrow();
    expect(data[`${PROGRESS}.set-aside-1`]).toBe(raw);
    expect(JSON.parse(data[PROGRESS] ?? '')).toEqual({ good: GOOD });
    expect(notices).toEqual([
      `This browser held 1 damaged lesson-progress records of 2; they were set aside (local storage key '${PROGRESS}.set-aside-1') and the rest loaded.`,
    ]);
    readProgress(store, (n) => notices.push(n)); // the next load is clean
    expect(notices).toHaveLength(1);
  });

  it('text that is not a JSON map is set aside whole; a second damage gets its own key', () => {
    const { store, data } = memory({ [PROGRESS]: '[1,2' });
    const notices: string[] = [];
    expect(readProgress(store, (n) => notices.push(n))).toEqual({});
    data[PROGRESS] = '"a string"';
    expect(readProgress(store, (n) => notices.push(n))).toEqual({});
    expect([data[`${PROGRESS}.set-aside-1`], data[`${PROGRESS}.set-aside-2`]]).toEqual(['[1,2', '"a string"']);
    expect(notices[0]).toMatch(/held the stored lesson-progress records \(not readable\); they were set aside/);
  });

  it('a store that refuses to write still loads what is valid, with a notice', () => {
    const store: TextStore = {
      getItem: (k) => (k === PROGRESS ? JSON.stringify({ good: GOOD, bad: 1 }) : null),
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    const notices: string[] = [];
    expect(readProgress(store, (n) => notices.push(n))).toEqual({ good: GOOD });
    expect(notices[0]).toMatch(/they were skipped \(the storage refused/);
  });

  it('a store that throws on read is an empty one', () => {
    const store: TextStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readProgress(store)).toEqual({});
    expect(listSaved(store)).toEqual({});
  });
});

describe('saved scenarios in a damaged store', () => {
  it('a non-text entry is set aside, the others listed', () => {
    const raw = JSON.stringify({ 'a.yaml': 'title: a\n', 'b.yaml': { not: 'text' } });
    const { store, data } = memory({ [SAVED]: raw });
    const notices: string[] = [];
    expect(listSaved(store, (n) => notices.push(n))).toEqual({ 'a.yaml': 'title: a\n' });
    expect(data[`${SAVED}.set-aside-1`]).toBe(raw);
    expect(notices).toHaveLength(1);
  });
});
