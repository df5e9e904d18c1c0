/**
 * The RocksDB fixtures (../fixtures/rocksdb/, `npm run calibrate -- rocksdb`) against models/rocksdb: one row per
 * compared field or figure. The oracle's rows hold models/config/rocksdbOptions.ts + models/rocksdb/sharedResources.ts
 * to Flink's own classes exactly; the probe's hold footprint.ts and allocator.ts to a real RocksDB within
 * tolerances.ts. Shared by tests/calibration/rocksdbCalibration.test.ts and the README's table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlinkConfiguration, OptionReader } from '../../models/config/configuration';
import { FlinkError } from '../../models/config/flinkError';
import { atLeast, parseFlinkVersion } from '../../models/config/flinkVersion';
import { readRocksDbOptions, type RocksDbOptions } from '../../models/config/rocksdbOptions';
import { BACKGROUND_THREADS, retainedAfter, THREADS_PER_INSTANCE } from '../../models/rocksdb/allocator';
import { type Footprint, footprint, frocksDbLine } from '../../models/rocksdb/footprint';
import { RETAINED_AFTER_FREE_PER_MILLE } from '../../models/rocksdb/measured';
import { type RocksDbMemory, rocksDbMemory } from '../../models/rocksdb/sharedResources';
import { type KeyedStateSpec, partsTotal } from '../../models/rocksdb/types';
import { PROBE_FIGURES, type ProbeFigure, type Tolerance, within } from './tolerances';

const FIXTURE_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'fixtures', 'rocksdb');

/** One case of RocksDbOracle's output (RocksDbOracle.java): what Flink made of the configuration, or its refusal. */
interface OracleRecord {
  readonly case: string;
  readonly config: Readonly<Record<string, string>>;
  readonly managedBytes: number;
  readonly fraction: number;
  readonly configureError?: string;
  readonly memoryManagerError?: string;
  readonly allocateError?: string;
  readonly oracleError?: string;
  readonly factory?: string | null;
  readonly shared?: boolean;
  readonly totalBytes?: number;
  readonly cacheCapacityBytes?: number;
  readonly writeBufferManagerBytes?: number;
  readonly cacheHighPriorityPoolRatio?: number;
  readonly managedReservedBytes?: number;
  readonly sharedPartitionedIndexFilters?: boolean;
}

export interface OracleFixture {
  readonly kind: 'oracle';
  readonly release: string;
  readonly frocksdbjni: string;
  readonly cases: readonly OracleRecord[];
}

interface Phase {
  readonly phase: string;
  readonly iterators?: number;
  readonly rssBytes: number;
  readonly [property: string]: string | number | undefined;
}

export interface ProbeFixture {
  readonly kind: 'probe';
  readonly id: string;
  readonly frocksdbjni: string;
  readonly allocator: 'glibc' | 'jemalloc';
  readonly mallocArenaMax: number | null;
  readonly jemallocBackgroundThread: boolean;
  readonly args: {
    readonly mode: 'bounded' | 'unbounded';
    readonly cfs: number;
    readonly keys: number;
    readonly valueBytes: number;
  } & Readonly<Record<string, string | number>>;
  readonly runSeconds: number;
  readonly result: {
    readonly rssBaselineBytes: number;
    readonly rssPeakBytes: number;
    readonly cacheCapacityBytes?: number;
    readonly writeBufferManagerBytes?: number;
    readonly peakMemtablesDuringWriteBytes: number;
    readonly rssAfterClose: readonly { readonly seconds: number; readonly rssBytes: number }[];
  };
  readonly phases: readonly Phase[];
}

export function loadRocksdbFixtures(): { oracle: OracleFixture[]; probes: ProbeFixture[] } {
  const all = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as OracleFixture | ProbeFixture);
  return {
    oracle: all.filter((f): f is OracleFixture => f.kind === 'oracle'),
    probes: all.filter((f): f is ProbeFixture => f.kind === 'probe'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle: Flink's derivation against readRocksDbOptions + rocksDbMemory, field by field, exactly.

export interface OracleRow {
  readonly release: string;
  readonly case: string;
  readonly field: string;
  readonly flink: string | number | boolean | null;
  readonly model: string | number | boolean | null;
  readonly pass: boolean;
}

/** `java.lang.IllegalArgumentException: text <- cause…` → `IllegalArgumentException: text` (the outermost exception). */
function flinkRefusal(chain: string): string {
  const first = chain.split(' <- ')[0] as string;
  return first.replace(/^[\w.]*\.(\w+:)/, '$1');
}

const MODE_OF_FACTORY: Readonly<Record<string, RocksDbMemory['mode']>> = {
  SLOT_SHARED_MANAGED: 'managed',
  SLOT_SHARED_UNMANAGED: 'fixed-per-slot',
  TM_SHARED_UNMANAGED: 'fixed-per-tm',
};

/** What the model makes of an oracle case: its refusal, or the options and the shared resources. */
function modelOfCase(release: string, c: OracleRecord): { refusal: string } | { options: RocksDbOptions; memory: RocksDbMemory } {
  const version = parseFlinkVersion(release);
  let options: RocksDbOptions;
  try {
    const entries = Object.entries(c.config).map(([key, value]) => ({ key, value, origin: `oracle case ${c.case}` }));
    options = readRocksDbOptions(new OptionReader(new FlinkConfiguration(entries), version));
  } catch (e) {
    if (e instanceof FlinkError) return { refusal: `${e.javaClass}: ${e.message}` };
    throw e;
  }
  // The oracle passes the operator's fraction; Flink gives 1/n rounded down to 4 decimals to each of n operators.
  const memory = rocksDbMemory({
    options,
    slotManagedBytes: c.managedBytes,
    statefulOperatorsInSlot: Math.round(1 / c.fraction),
    fractionRoundedDown: atLeast(version, 1, 12),
  });
  return { options, memory };
}

export function compareOracleFixture(f: OracleFixture): OracleRow[] {
  const rows: OracleRow[] = [];
  for (const c of f.cases) {
    const row = (field: string, flink: OracleRow['flink'], model: OracleRow['model']) =>
      rows.push({ release: f.release, case: c.case, field, flink, model, pass: flink === model });
    const flinkError = c.configureError ?? c.memoryManagerError ?? c.allocateError ?? c.oracleError;
    const model = modelOfCase(f.release, c);
    row(
      'outcome',
      flinkError ? `refused: ${flinkRefusal(flinkError)}` : 'derived',
      'refusal' in model ? `refused: ${model.refusal}` : 'derived',
    );
    if (flinkError || 'refusal' in model) continue;
    const { memory, options } = model;
    row('mode', c.shared ? (MODE_OF_FACTORY[c.factory ?? ''] ?? `factory ${c.factory}`) : 'unbounded', memory.mode);
    if (!c.shared) continue;
    row('totalBytes', c.totalBytes ?? null, memory.totalBytes);
    row('cacheCapacityBytes', c.cacheCapacityBytes ?? null, memory.cacheCapacityBytes);
    row('writeBufferManagerBytes', c.writeBufferManagerBytes ?? null, memory.writeBufferManagerBytes);
    row('highPriorityPoolRatio', c.cacheHighPriorityPoolRatio ?? null, memory.highPriorityPoolRatio);
    row('managedReservationBytes', c.managedReservedBytes ?? null, memory.managedReservationBytes);
    row('partitionedIndexFilters', c.sharedPartitionedIndexFilters ?? null, options.partitionedIndexFilters);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// The probe: a real RocksDB against footprint.ts and allocator.ts.

export interface ProbeRow {
  readonly probe: string;
  readonly figure: ProbeFigure;
  readonly measured: number;
  readonly model: number;
  readonly tolerance: Tolerance;
  readonly pass: boolean;
}

const phaseOf = (p: ProbeFixture, name: string, iterators?: number): Phase => {
  const found = p.phases.find((x) => x.phase === name && (iterators === undefined || x.iterators === iterators));
  if (!found) throw new Error(`${p.id}.json: no phase ${name}${iterators === undefined ? '' : ` with ${iterators} iterators`}`);
  return found;
};
const prop = (ph: Phase, name: string): number => {
  const v = ph[`rocksdb.${name}`];
  if (typeof v !== 'number') throw new Error(`phase ${ph.phase}: no rocksdb.${name}`);
  return v;
};

/** The probe's iterator steps (args.iterators, cumulative), the largest last. */
const iteratorSteps = (p: ProbeFixture): number[] =>
  String(p.args.iterators ?? '')
    .split(',')
    .filter((s) => s !== '')
    .map(Number);

/**
 * The model of the probe's workload: one RocksDB instance (parallelism 1) with `cfs` states of `keys` keys and
 * `valueBytes` values, every key written and read (recordsSinceOpen = keys), `iterators` spread over the states;
 * Flink 1.20's options for frocksdb 6.20.3, 2.3's for 8.10.0; bounded: the slot's managed memory = the probe's
 * totalBytes, one stateful operator (fraction 1).
 */
function modelOfProbe(p: ProbeFixture, iterators: number): { memory: RocksDbMemory; fp: Footprint } {
  const version = parseFlinkVersion(p.frocksdbjni.startsWith('8.') ? '2.3' : '1.20');
  const config = p.args.mode === 'bounded' ? {} : { 'state.backend.rocksdb.memory.managed': 'false' };
  const entries = Object.entries(config).map(([key, value]) => ({ key, value, origin: p.id }));
  const options = readRocksDbOptions(new OptionReader(new FlinkConfiguration(entries), version));
  const memory = rocksDbMemory({
    options,
    slotManagedBytes: Number(p.args.totalBytes ?? 0),
    statefulOperatorsInSlot: 1,
    fractionRoundedDown: true,
  });
  const states: KeyedStateSpec[] = Array.from({ length: p.args.cfs }, (_, i) => ({
    name: `state-${i + 1}`,
    keys: p.args.keys,
    valueBytes: p.args.valueBytes,
    access: iterators > 0 ? 'iterator' : 'point',
    iteratorsOpen: iterators / p.args.cfs,
  }));
  const fp = footprint({
    memory,
    options,
    frocksdb: frocksDbLine(version),
    instances: [{ states, parallelism: 1, recordsPerSecond: 0, recordsSinceOpen: p.args.keys }],
  });
  return { memory, fp };
}

/** Kept after close, ‰ of RocksDB's peak: right after the close, or (jemalloc's background thread) after its decay. */
function measuredRetained(p: ProbeFixture): number {
  const samples = p.result.rssAfterClose;
  const at = p.jemallocBackgroundThread ? samples[samples.length - 1] : samples[0];
  const peak = p.result.rssPeakBytes - p.result.rssBaselineBytes;
  return Math.round((((at?.rssBytes ?? 0) - p.result.rssBaselineBytes) * 1000) / peak);
}

/** The model's share kept of a close that frees RocksDB's whole peak (allocator.ts), ‰. */
function modelRetained(p: ProbeFixture): number {
  if (p.allocator === 'jemalloc')
    return p.jemallocBackgroundThread ? RETAINED_AFTER_FREE_PER_MILLE.jemallocBackgroundThread : RETAINED_AFTER_FREE_PER_MILLE.jemalloc;
  const peak = p.result.rssPeakBytes - p.result.rssBaselineBytes;
  const input = {
    allocator: 'glibc' as const,
    mallocArenaMax: p.mallocArenaMax ?? undefined,
    allocatingThreads: THREADS_PER_INSTANCE + BACKGROUND_THREADS,
    peakBytes: peak,
  };
  return Math.round((retainedAfter(input, 0, peak, 0) * 1000) / peak);
}

export function compareProbeFixture(p: ProbeFixture): ProbeRow[] {
  const rows: ProbeRow[] = [];
  const row = (figure: ProbeFigure, measured: number, model: number) => {
    const tolerance = PROBE_FIGURES[figure].tolerance;
    rows.push({
      probe: p.id,
      figure,
      measured: Math.round(measured),
      model: Math.round(model),
      tolerance,
      pass: within(tolerance, model, measured),
    });
  };
  const r = p.result;
  const { cfs } = p.args;
  const noIterators = modelOfProbe(p, 0);
  if (p.args.mode === 'bounded') {
    const capacity = r.cacheCapacityBytes ?? 0;
    const wbm = r.writeBufferManagerBytes ?? 0;
    const steps = iteratorSteps(p);
    const first = steps[0] ?? 0;
    const most = steps[steps.length - 1] ?? 0;
    const withFirst = modelOfProbe(p, first);
    const withIterators = modelOfProbe(p, most);
    const before = phaseOf(p, 'rewritten');
    const at = phaseOf(p, 'iterators', most);
    const read = phaseOf(p, 'read');
    row('cacheFillPerMille', (prop(read, 'block-cache-usage') * 1000) / capacity, (noIterators.fp.blockCacheUsageBytes * 1000) / capacity);
    // The first step (1,000 iterators over ~33,000 blocks) shares few blocks, as iterators over a large state do; at
    // 10,000 several iterators share each block and the pinned bytes per iterator halve (the fixture keeps both).
    row(
      'pinnedPerIteratorBytes',
      (prop(phaseOf(p, 'iterators', first), 'block-cache-pinned-usage') - prop(before, 'block-cache-pinned-usage')) / first,
      (withFirst.fp.parts.pinned - noIterators.fp.parts.pinned) / first,
    );
    row(
      'cacheUsageAt10kIteratorsPerMille',
      (prop(at, 'block-cache-usage') * 1000) / capacity,
      (withIterators.fp.blockCacheUsageBytes * 1000) / capacity,
    );
    row('memtablePeakPerMilleOfWbm', (r.peakMemtablesDuringWriteBytes * 1000) / wbm, (noIterators.fp.parts.memtables * 1000) / wbm);
    row(
      'rssPerIteratorBytes',
      (at.rssBytes - before.rssBytes) / most,
      (partsTotal(withIterators.fp.parts) - partsTotal(noIterators.fp.parts)) / most,
    );
    row('rssAtPeakBytes', r.rssPeakBytes - r.rssBaselineBytes, partsTotal(withIterators.fp.parts));
    row('retainedAfterClosePerMille', measuredRetained(p), modelRetained(p));
  } else {
    const read = phaseOf(p, 'read');
    const parts = noIterators.fp.parts;
    row('memtablesPerStateBytes', r.peakMemtablesDuringWriteBytes / cfs, parts.memtables / cfs);
    row('cachePerStateBytes', prop(read, 'block-cache-usage'), parts.blockCache / cfs);
    row('tableReadersPerStateBytes', prop(read, 'estimate-table-readers-mem'), parts.tableReaders / cfs);
    row('rssPerStateBytes', (r.rssPeakBytes - r.rssBaselineBytes) / cfs, partsTotal(parts) / cfs);
  }
  return rows;
}
