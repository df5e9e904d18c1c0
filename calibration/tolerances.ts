/**
 * Every compared figure with its tolerance and why, in one table (the rule: exact for counts and
 * thresholds that do not depend on load and for error texts; ±15 % for times to the first full GC and to an OOM;
 * ±30 % for GC counts; ±25 % for resident memory). `recorded`: kept in the fixture and shown, not compared.
 */
type Tolerance = { readonly kind: 'exact' } | { readonly kind: 'relative'; readonly fraction: number } | { readonly kind: 'recorded' };

export interface FigureSpec {
  readonly mechanism: string;
  readonly label: string;
  readonly unit: 'ms' | 'bytes' | 'count' | '%' | 'text' | 'ms/MiB';
  readonly tolerance: Tolerance;
  readonly why: string;
}

const exact: Tolerance = { kind: 'exact' };
const time: Tolerance = { kind: 'relative', fraction: 0.15 };
const count: Tolerance = { kind: 'relative', fraction: 0.3 };
const resident: Tolerance = { kind: 'relative', fraction: 0.25 };

const G1 = 'G1 heap fill';
const PAR = 'Parallel heap fill';
const META = 'Metaspace (JobManager)';

export const TOLERANCES: Readonly<Record<string, Readonly<Record<string, FigureSpec>>>> = {
  'g1-heap-fill': {
    youngBeforeFirstFull: {
      mechanism: G1,
      label: 'young GCs before the first full GC',
      unit: 'count',
      tolerance: count,
      why: 'a GC count: eden sizing moves with pause times on a loaded machine',
    },
    edenMedianBytes: {
      mechanism: G1,
      label: 'eden size (median)',
      unit: 'bytes',
      tolerance: count,
      why: 'sets the young GC count; G1 resizes it from measured pause times, so it is as noisy as a count',
    },
    concurrentCycles: {
      mechanism: G1,
      label: 'concurrent cycles',
      unit: 'count',
      tolerance: count,
      why: 'a GC count (IHOP crossings, adaptive)',
    },
    mixedGcs: { mechanism: G1, label: 'mixed GCs', unit: 'count', tolerance: count, why: 'a GC count' },
    timeToFirstFullMs: {
      mechanism: G1,
      label: 'time to the first full GC',
      unit: 'ms',
      tolerance: time,
      why: 'a time set by the leak rate and the usable heap',
    },
    liveAtFirstFullPercent: {
      mechanism: G1,
      label: 'live heap at the first full GC',
      unit: '%',
      tolerance: { kind: 'relative', fraction: 0.05 },
      why: 'a threshold (G1 uses its reserve before a full GC); 5 % of ~98 % is the run-to-run spread',
    },
    fullBeforeOom: {
      mechanism: G1,
      label: 'full GCs before the OOM',
      unit: 'count',
      tolerance: count,
      why: 'a GC count (the thrash before the error)',
    },
    timeToOomMs: { mechanism: G1, label: 'time to the OOM', unit: 'ms', tolerance: time, why: 'a time to the error' },
    youngPauseMsPerMiBCopied: {
      mechanism: G1,
      label: 'young pause per MiB copied',
      unit: 'ms/MiB',
      tolerance: count,
      why: 'pause times on a shared 2-core machine vary by tens of %',
    },
    oomText: { mechanism: G1, label: 'error text', unit: 'text', tolerance: exact, why: 'which error is thrown does not depend on load' },
  },
  'parallel-heap-fill': {
    timeToFirstFullMs: {
      mechanism: PAR,
      label: 'time to the first full GC',
      unit: 'ms',
      tolerance: time,
      why: 'a time set by the leak rate and the old generation size',
    },
    fullBeforeError: {
      mechanism: PAR,
      label: 'full GCs before the error',
      unit: 'count',
      tolerance: count,
      why: 'a GC count (the thrash)',
    },
    errorText: {
      mechanism: PAR,
      label: 'error text (any of the recorded)',
      unit: 'text',
      tolerance: exact,
      why: 'GC overhead limit exceeded on a quiet machine, Java heap space under load: the simulated text must be one of those recorded',
    },
    timeToErrorMs: { mechanism: PAR, label: 'time to the error', unit: 'ms', tolerance: time, why: 'a time to the error' },
  },
  'metaspace-pinned': {
    bytesPerClass: {
      mechanism: META,
      label: 'metaspace per class (initialised and run)',
      unit: 'bytes',
      tolerance: resident,
      why: 'memory per class; user code is initialised and run',
    },
    submissionsToOom: {
      mechanism: META,
      label: 'submissions to OutOfMemoryError: Metaspace',
      unit: 'count',
      tolerance: exact,
      why: 'a count set by sizes alone, not by load',
    },
    oomText: { mechanism: META, label: 'error text', unit: 'text', tolerance: exact, why: 'the error does not depend on load' },
    firstMetadataGc: {
      mechanism: META,
      label: 'GC at the first metadata threshold',
      unit: 'text',
      tolerance: exact,
      why: 'which collection HotSpot runs at a threshold crossing is a rule, not load',
    },
    metadataFullGcCauses: {
      mechanism: META,
      label: 'full GC causes at the limit',
      unit: 'text',
      tolerance: exact,
      why: 'the causes are fixed texts (gcCause.cpp)',
    },
    'loadOnly.bytesPerClass': {
      mechanism: META,
      label: 'metaspace per class (only loaded)',
      unit: 'bytes',
      tolerance: resident,
      why: 'memory per class; the twin run again with `classUse: loaded` on its submissions',
    },
    'loadOnly.submissionsToOom': {
      mechanism: META,
      label: 'submissions to the OOM (only loaded)',
      unit: 'count',
      tolerance: exact,
      why: 'a count set by sizes alone, not by load',
    },
  },
  'metaspace-unpinned': {
    classesUnloaded: {
      mechanism: 'Metaspace, loaders not pinned',
      label: 'classes unloaded',
      unit: 'count',
      tolerance: count,
      why: 'how many loaders a GC finds unreachable depends on when the GCs run',
    },
    firstMetadataGc: {
      mechanism: 'Metaspace, loaders not pinned',
      label: 'GC at the first metadata threshold',
      unit: 'text',
      tolerance: exact,
      why: 'a rule, not load',
    },
  },
  'zlib-storm': {
    firstUseBytesPerStream: {
      mechanism: 'zlib (unclosed GZIP streams)',
      label: 'resident per stream at first use',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory',
    },
    residentPerLiveStreamBytes: {
      mechanism: 'zlib (unclosed GZIP streams)',
      label: 'resident per concurrently live stream',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory (glibc reuse)',
    },
    rssGrowthAfterStormBytes: {
      mechanism: 'zlib (unclosed GZIP streams)',
      label: 'RSS growth over the storm',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory',
    },
    youngGcs: {
      mechanism: 'zlib (unclosed GZIP streams)',
      label: 'young GCs during the storm',
      unit: 'count',
      tolerance: count,
      why: 'a GC count (sets how often the cleaners run)',
    },
  },
  'thread-stacks': {
    residentPerThreadBytes: {
      mechanism: 'Thread stacks',
      label: 'resident per parked thread',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory',
    },
  },
  'direct-reachable': {
    outcome: {
      mechanism: 'Direct memory (reachable)',
      label: 'outcome',
      unit: 'text',
      tolerance: exact,
      why: 'whether the request fails does not depend on load',
    },
    retryMs: {
      mechanism: 'Direct memory (reachable)',
      label: 'failing request to the OOM (Bits.reserveMemory retries)',
      unit: 'ms',
      tolerance: time,
      why: 'a time to the error',
    },
    oomText: {
      mechanism: 'Direct memory (reachable)',
      label: 'error text (numbers as N)',
      unit: 'text',
      tolerance: exact,
      why: 'a fixed text per JDK (java.nio.Bits#reserveMemory)',
    },
  },
  'direct-unreachable': {
    outcome: {
      mechanism: 'Direct memory (unreachable)',
      label: 'outcome',
      unit: 'text',
      tolerance: exact,
      why: "the retry's System.gc() frees the buffers: a rule, not load",
    },
  },
  'direct-unreachable-noexplicitgc': {
    outcome: {
      mechanism: 'Direct memory, -XX:+DisableExplicitGC',
      label: 'outcome',
      unit: 'text',
      tolerance: exact,
      why: 'with System.gc() disabled nothing frees them: a rule, not load',
    },
    retryMs: {
      mechanism: 'Direct memory, -XX:+DisableExplicitGC',
      label: 'failing request to the OOM',
      unit: 'ms',
      tolerance: time,
      why: "a time to the error; the jvm.oom event's cause carries the failing request's time (requestedAtMs)",
    },
    oomText: {
      mechanism: 'Direct memory, -XX:+DisableExplicitGC',
      label: 'error text (numbers as N)',
      unit: 'text',
      tolerance: exact,
      why: 'a fixed text per JDK',
    },
  },
  'heap-rss': {
    rssGrowthMaxBytes: {
      mechanism: 'Heap pages in RSS',
      label: 'RSS rise until the heap is touched',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory',
    },
    rssPerMiBAllocatedBytes: {
      mechanism: 'Heap pages in RSS',
      label: 'RSS rise per MiB allocated (10–60 % of the rise)',
      unit: 'bytes',
      tolerance: resident,
      why: 'resident memory; a jump at a GC makes it many times larger',
    },
  },
};
