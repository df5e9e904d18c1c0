/**
 * The configuration fuzz: random keys and values, nasty numbers included, for every version and both processes,
 * through the memory derivation and the runtime-options reader. Shared by tests/models/configFuzz.test.ts (bounded,
 * in npm test) and scripts/fuzz-config.ts (N cases from the command line).
 */
import fc from 'fast-check';
import { FlinkConfiguration } from '../../models/config/configuration';
import { FlinkError } from '../../models/config/flinkError';
import { parseFlinkVersion, SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { ALL_OPTIONS } from '../../models/config/options';
import { RUNTIME_OPTIONS } from '../../models/config/runtimeOptions';
import { readRuntimeOptions, MINIMAL_CHECKPOINT_TIME_MS } from '../../models/config/runtimeReader';
import { deriveMemory, type DeriveResult } from '../../models/memoryModel';

/** Numbers that broke (or could break) a hand-written parser: infinities, NaN, overflow, signs, hex, whitespace. */
const NASTY_NUMBERS = [
  'Infinity',
  '-Infinity',
  'NaN',
  '1e308',
  '-1e308',
  '1e-308',
  '9'.repeat(400),
  `-${'9'.repeat(400)}`,
  '-1',
  '0',
  '-0',
  '0x10',
  '0x1p3',
  ' 4 ',
  '\t2\n',
  '',
  '2147483648',
  '9223372036854775808',
  '1.5',
  '1,5',
  'lots',
] as const;

const SUFFIXES = ['', 'b', 'k', 'kb', 'm', 'mb', 'g', 'gb', 't', ' ms', ' s', ' min', 'h', ' d', 'x'];
const WORDS = [
  'true',
  'false',
  'TRUE',
  'yes',
  'none',
  'rocksdb',
  'rocksdbb',
  'hashmap',
  'jobmanager',
  'fixed-delay',
  'exponential-delay',
  'failure-rate',
  'off',
];
const KEYS = [...new Set([...ALL_OPTIONS, ...RUNTIME_OPTIONS].flatMap((d) => [d.key, ...d.deprecatedKeys]))];

const value = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.tuple(fc.constantFrom(...NASTY_NUMBERS), fc.constantFrom(...SUFFIXES)).map(([n, s]) => n + s),
  fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...SUFFIXES)).map(([n, s]) => `${n}${s}`),
  fc.double({ noDefaultInfinity: false }).map(String),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 8 }),
);
const key = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

export interface FuzzCase {
  readonly version: string;
  readonly entries: ReadonlyArray<{ key: string; value: string }>;
}

/** A sensible basis (process sizes Flink accepts) under most cases, so that the nasty values reach past the first refusal. */
const basis = fc.option(
  fc.integer({ min: 1200, max: 65_536 }).map((mb) => [
    { key: 'taskmanager.memory.process.size', value: `${mb}m` },
    { key: 'jobmanager.memory.process.size', value: `${mb}m` },
    { key: 'jobmanager.heap.size', value: `${mb >> 1}m` },
  ]),
  { freq: 4 },
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  version: fc.constantFrom(...SELECTABLE_VERSIONS),
  entries: fc.tuple(basis, fc.array(fc.record({ key, value }), { maxLength: 6 })).map(([base, more]) => [...(base ?? []), ...more]),
});

export type Outcome = 'derived' | 'refused';

/** What one case came to; throws (with the case in the message) when a result breaks a promise. */
export function runCase(c: FuzzCase): { taskManager: Outcome; jobManager: Outcome; runtime: Outcome } {
  const entries = c.entries.map((e) => ({ ...e, origin: 'fuzz' }));
  const tm = deriveMemory({ process: 'taskmanager', flinkVersion: c.version, entries });
  const jm = deriveMemory({ process: 'jobmanager', flinkVersion: c.version, entries });
  return { taskManager: checkDerivation(tm), jobManager: checkDerivation(jm), runtime: checkRuntime(c.version, entries) };
}

function checkDerivation(result: DeriveResult): Outcome {
  if (!result.ok) {
    if (!result.error.javaClass || !result.error.message) throw new Error(`unnamed refusal: ${JSON.stringify(result.error)}`);
    return 'refused';
  }
  const { config: _config, notes: _notes, ...rest } = result;
  checkNumbers(rest, result.process);
  if (result.process === 'taskmanager') {
    const { cpuCores, slots } = result.taskManager;
    if (!(Number.isFinite(cpuCores) && cpuCores > 0)) throw new Error(`CPU cores ${cpuCores}`);
    if (!(Number.isInteger(slots) && slots >= 1)) throw new Error(`slots ${slots}`);
  }
  return 'derived';
}

function checkRuntime(version: string, entries: ReadonlyArray<{ key: string; value: string; origin: string }>): Outcome {
  let runtime: ReturnType<typeof readRuntimeOptions>;
  try {
    runtime = readRuntimeOptions(new FlinkConfiguration(entries), parseFlinkVersion(version));
  } catch (e) {
    if (e instanceof FlinkError && e.javaClass && e.message) return 'refused';
    throw e;
  }
  checkNumbers(runtime, 'runtime');
  const { checkpoint, restartStrategy: s, blob } = runtime;
  if (checkpoint && (checkpoint.intervalMs < MINIMAL_CHECKPOINT_TIME_MS || checkpoint.timeoutMs < MINIMAL_CHECKPOINT_TIME_MS))
    throw new Error(`checkpoint ${JSON.stringify(checkpoint)}`);
  if (blob.concurrent < 1) throw new Error(`blob ${JSON.stringify(blob)}`);
  if (s.type === 'exponential-delay' && !(s.initialMs >= 1 && s.initialMs <= s.maxMs && s.multiplier > 1 && s.jitter <= 1))
    throw new Error(`restart ${JSON.stringify(s)}`);
  if (s.type === 'failure-rate' && !(s.maxFailures >= 1 && s.intervalMs >= 1)) throw new Error(`restart ${JSON.stringify(s)}`);
  return 'derived';
}

/** Every number finite and ≥ 0 (an exponential multiplier may be +Infinity: Flink caps the delay at max-backoff). */
function checkNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    const infiniteMultiplier = path.endsWith('.multiplier') && value === Infinity;
    if (!(Number.isFinite(value) || infiniteMultiplier) || value < 0) throw new Error(`${path} = ${value}`);
  } else if (typeof value === 'bigint') {
    if (value < 0n) throw new Error(`${path} = ${value}`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkNumbers(v, `${path}.${k}`);
  }
}
