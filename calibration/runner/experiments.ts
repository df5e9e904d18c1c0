/**
 * The calibration experiments: which Java program runs for which twin scenario, in which variants, how many
 * times, and which figures each repetition yields. Parameters come from the twin (workload.ts), never typed here.
 */
import type { Scenario } from '../../models/scenario/types';
import type { GcLog } from './gcLog';
import {
  directFigures,
  heapFillFigures,
  heapRssFigures,
  type Line,
  metaspaceFigures,
  type RepFigures,
  threadFigures,
  zlibFigures,
} from './measure';
import { directParams, garbageBytesPerSec, heapFillParams, heapRssParams, metaspaceParams, threadCount, zlibParams } from './workload';

export interface Variant {
  /** Prefix of this variant's figure names ('' for the main variant). */
  readonly prefix: string;
  readonly params: Record<string, number>;
  /** Flags besides the twin's own (none but NMT where it helps). */
  readonly extraFlags: readonly string[];
  /** Which figures of this variant go into the fixture (all when absent). */
  readonly keep?: readonly string[];
}

export interface Experiment {
  /** The twin scenario's id: calibration/scenarios/<id>.yaml, fixture calibration/fixtures/jdk<N>/<id>.json. */
  readonly id: string;
  readonly program: string;
  readonly process: 'taskmanager' | 'jobmanager';
  readonly reps: number;
  readonly what: string;
  variants(twin: Scenario): readonly Variant[];
  measure(lines: readonly Line[], log: GcLog, twin: Scenario): RepFigures;
}

const main = (params: Record<string, number>, extraFlags: readonly string[] = []): Variant => ({ prefix: '', params, extraFlags });

export const EXPERIMENTS: readonly Experiment[] = [
  {
    id: 'g1-heap-fill',
    program: 'HeapFill',
    process: 'taskmanager',
    reps: 3,
    what: 'G1: baseline live heap, steady garbage and a retained leak until Java heap space',
    variants: (s) => [main(heapFillParams(s))],
    measure: (lines, log) => heapFillFigures(lines, log),
  },
  {
    id: 'parallel-heap-fill',
    program: 'HeapFill',
    process: 'taskmanager',
    reps: 3,
    what: 'Parallel GC: the same heap fill; GC overhead limit exceeded or Java heap space',
    variants: (s) => [main(heapFillParams(s))],
    measure: (lines, log) => {
      const f = heapFillFigures(lines, log);
      return {
        timeToFirstFullMs: f.timeToFirstFullMs as number,
        fullBeforeError: f.fullBeforeOom as number,
        errorText: f.oomText as string,
        timeToErrorMs: f.timeToOomMs as number,
      };
    },
  },
  {
    id: 'metaspace-pinned',
    program: 'Metaspace',
    process: 'jobmanager',
    reps: 2,
    what: 'JobManager metaspace: a new class loader per submission, pinned, until OutOfMemoryError: Metaspace',
    variants: (s) => [
      main(metaspaceParams(s, true)),
      { prefix: 'loadOnly.', params: metaspaceParams(s, false), extraFlags: [], keep: ['bytesPerClass', 'submissionsToOom'] },
    ],
    measure: (lines, log) => metaspaceFigures(lines, log),
  },
  {
    id: 'metaspace-unpinned',
    program: 'Metaspace',
    process: 'jobmanager',
    reps: 2,
    what: 'JobManager metaspace: loaders not pinned, so GCs unload their classes',
    variants: (s) => [{ ...main(metaspaceParams(s, true)), keep: ['classesUnloaded', 'firstMetadataGc'] }],
    measure: (lines, log) => metaspaceFigures(lines, log),
  },
  {
    id: 'zlib-storm',
    program: 'Zlib',
    process: 'taskmanager',
    reps: 1,
    what: 'unclosed GZIPOutputStreams under an exception storm, heap garbage making young GCs run',
    variants: (s) => [main(zlibParams(s))],
    measure: (lines) => zlibFigures(lines),
  },
  {
    id: 'thread-stacks',
    program: 'ThreadStacks',
    process: 'taskmanager',
    reps: 3,
    what: 'parked threads with the default -Xss: resident stack per thread',
    variants: (s) => [main({ threads: threadCount(s) })],
    measure: (lines) => threadFigures(lines),
  },
  {
    id: 'direct-reachable',
    program: 'DirectMemory',
    process: 'taskmanager',
    reps: 3,
    what: 'direct buffers kept reachable until -XX:MaxDirectMemorySize: Bits.reserveMemory retries, then the error',
    variants: (s) => [main(directParams(s))],
    measure: (lines) => directFigures(lines),
  },
  {
    id: 'direct-unreachable',
    program: 'DirectMemory',
    process: 'taskmanager',
    reps: 2,
    what: "unreachable direct buffers on a quiet heap: the retry's System.gc() frees them",
    variants: (s) => [{ ...main(directParams(s)), keep: ['outcome'] }],
    measure: (lines) => directFigures(lines),
  },
  {
    id: 'direct-unreachable-noexplicitgc',
    program: 'DirectMemory',
    process: 'taskmanager',
    reps: 2,
    what: 'the same with -XX:+DisableExplicitGC: nothing frees them, the request fails after the retries',
    variants: (s) => [main(directParams(s))],
    measure: (lines) => directFigures(lines),
  },
  {
    id: 'heap-rss',
    program: 'HeapRss',
    process: 'taskmanager',
    reps: 1,
    what: 'Xms = Xmx and steady garbage: heap pages become resident as eden is touched',
    variants: (s) => [main(heapRssParams(s))],
    measure: (lines, _log, s) => heapRssFigures(lines, garbageBytesPerSec(s)),
  },
];
