// Protects the assertion language of `check` and sweeps: what it accepts, that every bad text is an AssertionSyntaxError naming the problem
// (never a crash), and evaluation both ways with the measured value in the sentence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssertionSyntaxError, evaluate, evaluateAll, parseCondition, windowsOf, type Assertion } from '../../../models/sizing/assertions';
import {
  FAILURE_KINDS,
  measureRun,
  type FailureKind,
  type FirstFailure,
  type Occurrences,
  type RunMetrics,
} from '../../../models/sizing/runMetrics';
import { HOUR, loadShipped } from '../../helpers/engine';

const one = (text: string): Assertion => {
  const parsed = parseCondition(text);
  expect(parsed).toHaveLength(1);
  return parsed[0] as Assertion;
};

describe('parsing', () => {
  it.each([
    ['no OOM', { kind: 'absence', of: 'oom', windowMs: undefined }],
    ['no OOM for 7d', { kind: 'absence', of: 'oom', windowMs: 7 * 24 * HOUR }],
    ['no failure for 12h', { kind: 'absence', of: 'failure', windowMs: 12 * HOUR }],
    ['no container kill', { kind: 'absence', of: 'container-kill' }],
    ['no direct OOM', { kind: 'absence', of: 'direct-oom' }],
    ['RSS headroom >= 10%', { kind: 'comparison', measure: 'rss-headroom', op: '>=', value: 10, unit: '%' }],
    ['RSS headroom ≥ 10%', { kind: 'comparison', measure: 'rss-headroom', op: '>=', value: 10, unit: '%' }],
    ['RSS headroom > 512m', { kind: 'comparison', measure: 'rss-headroom', op: '>', value: 512 * 1048576, unit: 'bytes' }],
    ['GC time < 5%', { kind: 'comparison', measure: 'gc-time', op: '<', value: 5, unit: '%' }],
    ['gc time ≤ 2.5 %', { kind: 'comparison', measure: 'gc-time', op: '<=', value: 2.5, unit: '%' }],
    ['restarts <= 3', { kind: 'comparison', measure: 'restarts', op: '<=', value: 3, unit: 'count' }],
    ['back pressure HIGH < 10%', { kind: 'comparison', measure: 'back-pressure-high', op: '<', value: 10, unit: '%' }],
    ['throughput >= 900/s', { kind: 'comparison', measure: 'throughput', op: '>=', value: 900, unit: 'records/s' }],
    ['throughput >= 900 records/s for 1h', { kind: 'comparison', measure: 'throughput', value: 900, windowMs: HOUR }],
    ['checkpoint failures = 0', { kind: 'comparison', measure: 'checkpoint-failures', op: '=', value: 0, unit: 'count' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toMatchObject({ ...expected, text });
  });

  it('joins clauses with "and" (any case), each with its own window', () => {
    const parsed = parseCondition('no OOM for 7d AND RSS headroom ≥ 10% and restarts <= 3');
    expect(parsed.map((a) => [a.text, a.windowMs])).toEqual([
      ['no OOM for 7d', 7 * 24 * HOUR],
      ['RSS headroom ≥ 10%', undefined],
      ['restarts <= 3', undefined],
    ]);
    expect(windowsOf(parsed)).toEqual([7 * 24 * HOUR]);
  });

  it.each([
    ['', /empty condition/],
    ['no', /unknown event '' after 'no'/],
    ['no OOMs', /unknown event 'ooms' after 'no'/],
    ['no OOM for', /'for' needs a duration/],
    ['no OOM for 7 days', /after 'for': '7 days' is not a duration/],
    ['no OOM for 0s', /above 0/],
    ['heap < 5%', /unknown measure 'heap'/],
    ['GC time < 5', /GC time is a percentage of time: write e\.g\. '5%' \(got '5'\)/],
    ['GC time <', /GC time < needs a value/],
    ['GC time is low', /not a condition/],
    ['throughput >= 900', /throughput is in records per second: write e\.g\. '900\/s'/],
    ['restarts <= 1.5', /restarts is a whole number \(got '1\.5'\)/],
    ['RSS headroom >= 10', /RSS headroom needs a percentage \('10%'\) or a size with a unit/],
    ['RSS headroom >= 10q', /Memory size unit 'q' does not match/],
    ['no OOM and', /an 'and' without a clause after it/],
    ['and no OOM', /an 'and' without a clause before it/],
    ['no OOM and GC time < x', /'GC time < x' \(in 'no OOM and GC time < x'\)/],
  ])('refuses %j naming the problem', (text, message) => {
    expect(() => parseCondition(text)).toThrow(AssertionSyntaxError);
    expect(() => parseCondition(text)).toThrow(message);
  });

  it('never throws anything but AssertionSyntaxError, whatever the text', () => {
    const words = fc.constantFrom(
      'no',
      'OOM',
      'for',
      'and',
      'GC',
      'time',
      'RSS',
      'headroom',
      '<',
      '>=',
      '≥',
      '=',
      '5%',
      '7d',
      '900/s',
      '3',
      'x',
      '',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
        ),
        (text) => {
          try {
            parseCondition(text);
          } catch (e) {
            if (!(e instanceof AssertionSyntaxError)) throw e;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

const noFailures = Object.fromEntries(FAILURE_KINDS.map((k) => [k, { count: 0, first: null }])) as Record<FailureKind, Occurrences>;

/** Metrics of a 12-hour run, as runMetrics would report them, with `parts` changed. */
function metrics(parts: Partial<RunMetrics> = {}): RunMetrics {
  return {
    windowMs: 12 * HOUR,
    firstFailure: null,
    timeToFirstFailureMs: null,
    firstFailurePool: null,
    failures: noFailures,
    oomCount: 0,
    containerKillCount: 0,
    processExitCount: 0,
    restarts: 2,
    checkpointsCompleted: 10,
    checkpointsFailed: 0,
    recordsProcessed: 0,
    throughputRecordsPerSecond: 950,
    backPressureHighPercent: 4.5,
    peakRssBytes: 0,
    minRssHeadroom: { bytes: 300 * 1048576, percent: 7.2, process: 'taskmanager-3', atMs: 3 * HOUR + 12 * 60_000 },
    maxGcTime: { percent: 1.25, process: 'taskmanager-2' },
    taskManagers: [],
    ...parts,
  };
}

describe('evaluation', () => {
  it('RSS headroom: fails below the threshold, with where and when', () => {
    expect(evaluate(one('RSS headroom ≥ 10%'), metrics())).toEqual({
      assertion: 'RSS headroom ≥ 10%',
      passed: false,
      measured: 7.2,
      unit: '%',
      windowMs: 12 * HOUR,
      sentence: 'RSS headroom 7.2% (taskmanager-3 at 3h12m) < 10% in 12h',
    });
    expect(evaluate(one('RSS headroom >= 5%'), metrics())).toMatchObject({
      passed: true,
      sentence: 'RSS headroom 7.2% (taskmanager-3 at 3h12m) >= 5% in 12h',
    });
    expect(evaluate(one('RSS headroom >= 256m'), metrics())).toMatchObject({
      passed: true,
      measured: 300 * 1048576,
      sentence: 'RSS headroom 300 MiB (taskmanager-3 at 3h12m) >= 256 MiB in 12h',
    });
  });

  it('without a container limit RSS headroom is not measured, and that fails', () => {
    expect(evaluate(one('RSS headroom >= 10%'), metrics({ minRssHeadroom: null }))).toMatchObject({
      passed: false,
      measured: null,
      sentence: expect.stringContaining('no TaskManager has a container limit'),
    });
  });

  it.each([
    ['GC time < 5%', true, 'GC time 1.25% (taskmanager-2) < 5% in 12h'],
    ['GC time < 1%', false, 'GC time 1.25% (taskmanager-2) >= 1% in 12h'],
    ['restarts <= 3', true, 'restarts 2 <= 3 in 12h'],
    ['restarts <= 1', false, 'restarts 2 > 1 in 12h'],
    ['restarts = 2', true, 'restarts 2 = 2 in 12h'],
    ['back pressure HIGH < 10%', true, 'back pressure HIGH 4.5% < 10% in 12h'],
    ['back pressure HIGH < 4.5%', false, 'back pressure HIGH 4.5% >= 4.5% in 12h'],
    ['throughput >= 900/s', true, 'throughput 950/s >= 900/s in 12h'],
    ['throughput > 950/s', false, 'throughput 950/s <= 950/s in 12h'],
    ['checkpoint failures = 1', false, 'checkpoint failures 0 ≠ 1 in 12h'],
  ])('%s → %s', (text, passed, sentence) => {
    expect(evaluate(one(text), metrics())).toMatchObject({ passed, sentence });
  });

  it('absences count their events and name the first', () => {
    const oom: FirstFailure = {
      atMs: 15_610_210,
      type: 'jvm.oom',
      process: 'taskmanager-1',
      pool: 'direct',
      message: 'java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred.',
    };
    const failed = metrics({ failures: { ...noFailures, 'direct-oom': { count: 3, first: oom } }, oomCount: 3, firstFailure: oom });
    expect(evaluate(one('no OOM'), failed)).toMatchObject({
      passed: false,
      measured: 3,
      sentence: '3 × OOM in 12h, the first at 4h20m10.21s on taskmanager-1 (direct): java.lang.OutOfMemoryError: Direct buffer memory',
    });
    expect(evaluate(one('no direct OOM'), failed)).toMatchObject({ passed: false, measured: 3 });
    expect(evaluate(one('no heap OOM'), failed)).toMatchObject({ passed: true, measured: 0, sentence: 'no heap OOM in 12h' });
    expect(evaluate(one('no container kill'), failed)).toMatchObject({ passed: true });
    expect(evaluate(one('no failure'), failed)).toMatchObject({ passed: false, measured: 3 });
    expect(evaluate(one('no failure'), metrics())).toMatchObject({
      passed: true,
      sentence: 'no failure (OOM, kill, exit, failed task or job) in 12h',
    });
  });

  it('on a real run: "no OOM for 5h" fails for direct-leak-on-restart and passes for its fixed twin', () => {
    const conditions = parseCondition('no OOM for 5h and no failure for 1h');
    const leaky = measureRun(loadShipped('direct-leak-on-restart'), { durationMs: HOUR, windowsMs: windowsOf(conditions) });
    const fixed = measureRun(loadShipped('direct-leak-on-restart-fixed'), { durationMs: HOUR, windowsMs: windowsOf(conditions) });
    // The run is extended to the longest window.
    expect([leaky.simulatedMs, fixed.simulatedMs]).toEqual([5 * HOUR, 5 * HOUR]);
    expect(evaluateAll(conditions, leaky).map((r) => [r.passed, r.sentence])).toEqual([
      [
        false,
        // the KV join's per-record reservation at 3h40m35.687s, after 511 ms of Bits.reserveMemory's retries (no System.gc():
        // -XX:+DisableExplicitGC)
        expect.stringMatching(
          /^\d+ × OOM in the first 5h, the first at 3h40m36\.198s on taskmanager-3 \(direct\): java\.lang\.OutOfMemoryError: Direct buffer memory$/,
        ),
      ],
      [true, 'no failure (OOM, kill, exit, failed task or job) in the first 1h'],
    ]);
    expect(evaluateAll(conditions, fixed).map((r) => r.passed)).toEqual([true, true]);
  });
});
