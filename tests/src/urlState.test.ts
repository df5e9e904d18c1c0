// Protects the shareable link format: every state round-trips, and a tampered link is refused whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { decodeState, DEPLOYMENTS, encodeState, PROCESSES, type SharedState } from '../../src/ui/memoryModel/urlState';

// A fixed seed: CI must not fail on a case it happened to draw today (raise numRuns to explore more).
fc.configureGlobal({ seed: 20261121 });

const example: SharedState = {
  process: 'taskmanager',
  flinkVersion: '1.18',
  deployment: 'kubernetes',
  entries: [
    { key: 'taskmanager.memory.process.size', value: '4g' },
    { key: 'my.unknown key', value: 'a=b&c #d' },
  ],
  limit: '4g',
  slots: '4',
};

describe('encodeState', () => {
  it('writes a readable fragment with -D entries in order', () => {
    expect(encodeState(example)).toBe(
      'process=taskmanager&flink=1.18&deployment=kubernetes&-Dtaskmanager.memory.process.size=4g&-Dmy.unknown%20key=a%3Db%26c%20%23d&limit=4g&slots=4',
    );
  });

  it('survives text with a lone surrogate', () => {
    expect(encodeState({ ...example, entries: [{ key: 'k', value: 'a\uD800b' }] })).toContain('-Dk=a%EF%BF%BDb');
  });

  it('leaves out an empty limit and slot count', () => {
    expect(encodeState({ ...example, entries: [], limit: '', slots: '' })).toBe('process=taskmanager&flink=1.18&deployment=kubernetes');
  });
});

describe('decodeState', () => {
  it('reads back what encodeState wrote, with or without the #', () => {
    expect(decodeState(encodeState(example))).toEqual({ kind: 'ok', state: example });
    expect(decodeState(`#${encodeState(example)}`)).toEqual({ kind: 'ok', state: example });
  });

  it('treats an empty fragment as "the defaults"', () => {
    expect(decodeState('')).toEqual({ kind: 'empty' });
    expect(decodeState('#')).toEqual({ kind: 'empty' });
  });

  it('keeps values Flink would refuse, verbatim', () => {
    const state = { ...example, entries: [{ key: 'taskmanager.memory.process.size', value: '4gx' }], limit: 'lots' };
    expect(decodeState(encodeState(state))).toEqual({ kind: 'ok', state });
  });

  it.each([
    ['process=taskmanager&flink=2.0', "'deployment' is missing"],
    ['process=nodemanager&flink=2.0&deployment=yarn', "process 'nodemanager' is not one of taskmanager, jobmanager"],
    ['process=taskmanager&flink=1.9&deployment=yarn', "flink '1.9' is not one of"],
    ['process=taskmanager&flink=2.0&deployment=mesos', "deployment 'mesos' is not one of"],
    ['process=taskmanager&process=jobmanager&flink=2.0&deployment=yarn', "'process' is given twice"],
    ['process=taskmanager&flink=2.0&deployment=yarn&-Da=1&-Da=2', "'a' is set twice"],
    ['process=taskmanager&flink=2.0&deployment=yarn&-D=1', 'a -D entry has no key'],
    ['process=taskmanager&flink=2.0&deployment=yarn&theme=dark', "'theme' is not part of a memory-model link"],
    ['process=taskmanager&flink=2.0&deployment=yarn&oops', "'oops' has no '='"],
    ['process=taskmanager&flink=2.0&deployment=yarn&-Da=%E0%A4%A', 'is not valid percent-encoding'],
  ])('refuses %s', (fragment, reason) => {
    const decoded = decodeState(fragment);
    expect(decoded.kind).toBe('invalid');
    if (decoded.kind === 'invalid') expect(decoded.reason).toContain(reason);
  });

  it('round-trips any state', () => {
    const entry = fc.record({
      key: fc.string({ minLength: 1, maxLength: 40 }).filter((k) => k.trim() !== ''),
      value: fc.string({ maxLength: 40 }),
    });
    const state = fc.record({
      process: fc.constantFrom(...PROCESSES),
      flinkVersion: fc.constantFrom(...SELECTABLE_VERSIONS),
      deployment: fc.constantFrom(...DEPLOYMENTS),
      entries: fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 8 }),
      limit: fc.string({ maxLength: 12 }),
      slots: fc.string({ maxLength: 6 }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeState(encodeState(s))).toEqual({ kind: 'ok', state: s });
      }),
    );
  });
});
