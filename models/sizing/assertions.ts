/**
 * The assertion language of `flink-mem check` and of sweeps: a condition is clauses joined by
 * `and` (keywords are case-insensitive):
 *
 *   clause   = absence [for DURATION] | measure OP value [for DURATION]
 *   absence  = "no OOM" | "no heap OOM" | "no direct OOM" | "no metaspace OOM"
 *            | "no failure"        (any failure of models/engine/failures.ts: an OOM, a container kill, a
 *                                   process exit, a task failing on its own, the job FAILED; nothing injected)
 *            | "no container kill"
 *   measure  = "RSS headroom" (value N% of the limit, or a size such as 512m) | "GC time" (N%)
 *            | "back pressure HIGH" (N%) | "throughput" (N/s) | "restarts" (N) | "checkpoint failures" (N)
 *   OP       = < | <= | ≤ | > | >= | ≥ | =
 *
 * `for 7d` measures the first 7 days of the run only; the run is made at least that long (a shorter
 * scenario keeps running past its `duration`). Without `for`, the whole run counts. RSS headroom is the
 * lowest of any TaskManager (limit − RSS), GC time the highest TaskManager's share (see runMetrics.ts).
 * Every problem is an `AssertionSyntaxError` naming the clause and what is wrong; nothing else is thrown.
 */
import { DurationParseError, parseDuration } from '../units/duration';
import { MemorySizeParseError, parseMemorySize } from '../units/memorySize';
import { formatBytes, formatPercent, formatRate, formatSpan } from './format';
import { FAILURE_KINDS, occurrences, type FailureKind, type Measurement, type RunMetrics } from './runMetrics';

type Comparator = '<' | '<=' | '>' | '>=' | '=';
type AbsenceOf = 'oom' | 'heap-oom' | 'direct-oom' | 'metaspace-oom' | 'failure' | 'container-kill';
type Measure = 'rss-headroom' | 'gc-time' | 'back-pressure-high' | 'throughput' | 'restarts' | 'checkpoint-failures';
type ValueUnit = '%' | 'bytes' | 'records/s' | 'count';

interface Common {
  /** The clause as written (trimmed). */
  readonly text: string;
  /** Measured over simulated time 0..windowMs; undefined = the whole run. */
  readonly windowMs: number | undefined;
}

export type Assertion =
  | (Common & { readonly kind: 'absence'; readonly of: AbsenceOf })
  | (Common & {
      readonly kind: 'comparison';
      readonly measure: Measure;
      readonly op: Comparator;
      readonly value: number;
      readonly unit: ValueUnit;
    });

export class AssertionSyntaxError extends Error {
  override readonly name = 'AssertionSyntaxError';
}

const ABSENCES: Readonly<Record<string, AbsenceOf>> = {
  oom: 'oom',
  'heap oom': 'heap-oom',
  'direct oom': 'direct-oom',
  'metaspace oom': 'metaspace-oom',
  failure: 'failure',
  failures: 'failure',
  'container kill': 'container-kill',
  'container kills': 'container-kill',
};

const MEASURES: Readonly<Record<string, Measure>> = {
  'rss headroom': 'rss-headroom',
  'gc time': 'gc-time',
  'back pressure high': 'back-pressure-high',
  'backpressure high': 'back-pressure-high',
  throughput: 'throughput',
  restarts: 'restarts',
  'checkpoint failures': 'checkpoint-failures',
};

const LABELS: Readonly<Record<Measure, string>> = {
  'rss-headroom': 'RSS headroom',
  'gc-time': 'GC time',
  'back-pressure-high': 'back pressure HIGH',
  throughput: 'throughput',
  restarts: 'restarts',
  'checkpoint-failures': 'checkpoint failures',
};

const EXPECTED =
  'expected no OOM, no heap|direct|metaspace OOM, no failure, no container kill, or RSS headroom, GC time, back pressure HIGH, throughput, restarts or checkpoint failures compared with <, <=, >, >= or = (e.g. "RSS headroom >= 10%")';

/** Parses a whole condition (`… and …`); throws AssertionSyntaxError naming the problem. */
export function parseCondition(text: string): Assertion[] {
  if (text.trim() === '') throw new AssertionSyntaxError(`empty condition: ${EXPECTED}`);
  return text
    .trim()
    .split(/(?:^|\s+)and(?:\s+|$)/i)
    .map((clause, i, all) => {
      if (clause.trim() === '')
        throw new AssertionSyntaxError(`'${text.trim()}': an 'and' without a clause ${i === 0 ? 'before' : 'after'} it`);
      return parseClause(clause.trim(), all.length > 1 ? text.trim() : undefined);
    });
}

function parseClause(clause: string, whole: string | undefined): Assertion {
  const fail = (problem: string): never => {
    throw new AssertionSyntaxError(`'${clause}'${whole ? ` (in '${whole}')` : ''}: ${problem}`);
  };
  const { body, windowMs } = splitWindow(clause, fail);
  const words = body.replace(/\s+/g, ' ').toLowerCase();
  if (/^no\b/.test(words)) {
    const event = words.slice(2).trim();
    const of = ABSENCES[event];
    return of ? { kind: 'absence', of, text: clause, windowMs } : fail(`unknown event '${event}' after 'no': ${EXPECTED}`);
  }
  const match = /^(.+?)\s*(<=|>=|≤|≥|==|=|<|>)\s*(.*)$/.exec(body);
  if (!match) return fail(`not a condition: ${EXPECTED}`);
  const [, name = '', rawOp = '', valueText = ''] = match;
  const measure = MEASURES[name.replace(/\s+/g, ' ').toLowerCase()];
  if (!measure) return fail(`unknown measure '${name}': ${EXPECTED}`);
  if (valueText.trim() === '') return fail(`${LABELS[measure]} ${rawOp} needs a value`);
  const op = ({ '≤': '<=', '≥': '>=', '==': '=' } as Record<string, Comparator>)[rawOp] ?? (rawOp as Comparator);
  const { value, unit } = parseValue(measure, valueText.trim(), fail);
  return { kind: 'comparison', measure, op, value, unit, text: clause, windowMs };
}

/** A trailing `for <duration>`, which must be a positive duration. */
function splitWindow(clause: string, fail: (problem: string) => never): { body: string; windowMs: number | undefined } {
  const match = /^(.*?)\s*\bfor\b\s*(.*)$/i.exec(clause);
  if (!match) return { body: clause, windowMs: undefined };
  const [, body = '', duration = ''] = match;
  if (duration.trim() === '') return fail("'for' needs a duration, e.g. 'for 7d'");
  let windowMs = 0;
  try {
    windowMs = parseDuration(duration.trim());
  } catch (e) {
    if (e instanceof DurationParseError) return fail(`after 'for': ${e.message}`);
    throw e;
  }
  if (windowMs <= 0) return fail("'for' needs a duration above 0");
  return { body, windowMs };
}

const NUMBER = /^\d+(?:\.\d+)?$/;

function parseValue(measure: Measure, text: string, fail: (problem: string) => never): { value: number; unit: ValueUnit } {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  switch (measure) {
    case 'rss-headroom':
      if (percent) return { value: Number(percent[1]), unit: '%' };
      return { value: sizeValue(text, fail), unit: 'bytes' };
    case 'gc-time':
    case 'back-pressure-high':
      if (percent) return { value: Number(percent[1]), unit: '%' };
      return fail(`${LABELS[measure]} is a percentage of time: write e.g. '5%' (got '${text}')`);
    case 'throughput': {
      const rate = /^(\d+(?:\.\d+)?)\s*(?:records)?\s*\/\s*s$/i.exec(text);
      if (rate) return { value: Number(rate[1]), unit: 'records/s' };
      return fail(`throughput is in records per second: write e.g. '900/s' (got '${text}')`);
    }
    case 'restarts':
    case 'checkpoint-failures':
      if (/^\d+$/.test(text)) return { value: Number(text), unit: 'count' };
      return fail(`${LABELS[measure]} is a whole number (got '${text}')`);
  }
}

function sizeValue(text: string, fail: (problem: string) => never): number {
  if (NUMBER.test(text)) return fail(`RSS headroom needs a percentage ('10%') or a size with a unit ('512m') (got '${text}')`);
  try {
    return Number(parseMemorySize(text));
  } catch (e) {
    if (e instanceof MemorySizeParseError)
      return fail(`RSS headroom needs a percentage ('10%') or a size ('512m'); '${text}': ${e.message}`);
    throw e;
  }
}

export interface AssertionResult {
  /** The clause as written. */
  readonly assertion: string;
  readonly passed: boolean;
  /** What was measured (in `unit`), or null when nothing could be measured (no container limit). */
  readonly measured: number | null;
  readonly unit: ValueUnit | 'events';
  readonly windowMs: number;
  /** One sentence with the measured value, e.g. "RSS headroom 7.2% (taskmanager-3 at 3h12m) < 10%". */
  readonly sentence: string;
}

/** The windows (ms) a set of assertions needs measured. */
export const windowsOf = (assertions: readonly Assertion[]): number[] =>
  assertions.flatMap((a) => (a.windowMs === undefined ? [] : [a.windowMs]));

/** Evaluates each assertion on the measurement of its window (the whole run without `for`). */
export function evaluateAll(assertions: readonly Assertion[], measurement: Measurement): AssertionResult[] {
  return assertions.map((a) => {
    const metrics = a.windowMs === undefined ? measurement.metrics : measurement.windows.find((w) => w.untilMs === a.windowMs)?.metrics;
    if (!metrics) throw new Error(`window ${a.windowMs} ms was not measured`);
    return evaluate(a, metrics);
  });
}

export function evaluate(a: Assertion, m: RunMetrics): AssertionResult {
  return a.kind === 'absence' ? evaluateAbsence(a, m) : evaluateComparison(a, m);
}

const within = (m: RunMetrics, a: Assertion) =>
  a.windowMs === undefined ? `in ${formatSpan(m.windowMs)}` : `in the first ${formatSpan(m.windowMs)}`;

const WHAT: Readonly<Record<AbsenceOf, string>> = {
  oom: 'OOM',
  'heap-oom': 'heap OOM',
  'direct-oom': 'direct OOM',
  'metaspace-oom': 'metaspace OOM',
  failure: 'failure (OOM, kill, exit, failed task or job)',
  'container-kill': 'container kill',
};

const KINDS: Readonly<Record<AbsenceOf, readonly FailureKind[]>> = {
  oom: ['heap-oom', 'direct-oom', 'metaspace-oom'],
  'heap-oom': ['heap-oom'],
  'direct-oom': ['direct-oom'],
  'metaspace-oom': ['metaspace-oom'],
  failure: FAILURE_KINDS,
  'container-kill': ['container-kill'],
};

function evaluateAbsence(a: Assertion & { kind: 'absence' }, m: RunMetrics): AssertionResult {
  const { count, first } = occurrences(m, KINDS[a.of]);
  const sentence =
    first === null
      ? `no ${WHAT[a.of]} ${within(m, a)}`
      : `${count} × ${WHAT[a.of]} ${within(m, a)}, the first at ${formatSpan(first.atMs)} on ${first.process} (${first.pool}): ${headline(first.message)}`;
  return { assertion: a.text, passed: count === 0, measured: count, unit: 'events', windowMs: m.windowMs, sentence };
}

/** The first sentence of an event's message, at most 120 characters. */
function headline(message: string): string {
  const first = message.split('. ')[0] ?? message;
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

function evaluateComparison(a: Assertion & { kind: 'comparison' }, m: RunMetrics): AssertionResult {
  const reading = read(a.measure, a.unit, m);
  const label = LABELS[a.measure];
  const threshold = show(a.value, a.unit);
  if (reading === null) {
    const sentence = `${label} not measured ${within(m, a)}: no TaskManager has a container limit (a standalone cluster without cluster.containerLimit)`;
    return { assertion: a.text, passed: false, measured: null, unit: a.unit, windowMs: m.windowMs, sentence };
  }
  const passed = compare(reading.value, a.op, a.value);
  const relation = passed ? a.op : NEGATION[a.op];
  const sentence = `${label} ${show(reading.value, a.unit)}${reading.where ? ` (${reading.where})` : ''} ${relation} ${threshold} ${within(m, a)}`;
  return { assertion: a.text, passed, measured: reading.value, unit: a.unit, windowMs: m.windowMs, sentence };
}

const NEGATION: Readonly<Record<Comparator, string>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '≠' };

function compare(value: number, op: Comparator, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '=':
      return value === threshold;
  }
}

function show(value: number, unit: ValueUnit): string {
  if (unit === '%') return formatPercent(value);
  if (unit === 'bytes') return formatBytes(value);
  if (unit === 'records/s') return formatRate(value);
  return String(value);
}

function read(measure: Measure, unit: ValueUnit, m: RunMetrics): { value: number; where?: string } | null {
  switch (measure) {
    case 'rss-headroom': {
      const h = m.minRssHeadroom;
      if (!h) return null;
      return { value: unit === '%' ? h.percent : h.bytes, where: `${h.process} at ${formatSpan(h.atMs)}` };
    }
    case 'gc-time':
      return m.maxGcTime ? { value: m.maxGcTime.percent, where: m.maxGcTime.process } : { value: 0 };
    case 'back-pressure-high':
      return { value: m.backPressureHighPercent };
    case 'throughput':
      return { value: m.throughputRecordsPerSecond };
    case 'restarts':
      return { value: m.restarts };
    case 'checkpoint-failures':
      return { value: m.checkpointsFailed };
  }
}
