/**
 * Sweeps on many machines: `sweep … --shard K/N` runs the cells whose grid index i has i mod N = K − 1
 * (round-robin, so every shard gets cells from all over the grid and they take about as long), and
 * writes them with what identifies the sweep (scenario id and the SHA-256 of its file, seed, duration,
 * parameters, assertions, grid size). `sweep-merge` checks that the shards belong together and cover
 * the grid exactly once, and rebuilds the result an unsharded run prints, byte for byte.
 *
 * The file is JSON with bigints and the numbers JSON cannot hold (NaN, ±Infinity, −0) written as
 * {"$bigint": "…"} and {"$number": "…"}, so the cells read back are the values the shard computed.
 */
import { createHash } from 'node:crypto';
import { type SweepCell, type SweepParam, type SweepResult, sweepResultOf } from '../../models/sizing/sweep';

const SHARD_FORMAT = 'flink-mem sweep shard';
const SHARD_VERSION = 1;

export class ShardError extends Error {}

export interface Shard {
  /** 1-based. */
  readonly k: number;
  readonly n: number;
}

/** What must be equal in every shard of one sweep. */
export interface ShardIdentity {
  readonly scenario: string;
  readonly scenarioSha256: string;
  readonly seed: string;
  /** --duration in ms, or null for the scenario's own. */
  readonly durationMs: number | null;
  readonly params: readonly SweepParam[];
  readonly assertions: readonly string[];
  readonly gridCells: number;
}

export interface ShardFile extends ShardIdentity {
  readonly format: typeof SHARD_FORMAT;
  readonly version: typeof SHARD_VERSION;
  readonly shard: string;
  readonly wallMs: number;
  readonly cells: readonly SweepCell[];
}

/** `K/N` with 1 ≤ K ≤ N; throws ShardError. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || !(n >= 1) || !(k >= 1) || k > n || !Number.isSafeInteger(n))
    throw new ShardError(`a shard is K/N with 1 <= K <= N, e.g. 2/8 (got '${text}')`);
  return { k, n };
}

/** The grid indices of shard K/N: i mod N = K − 1. */
export const shardIndices = (gridCells: number, { k, n }: Shard): number[] =>
  Array.from({ length: gridCells }, (_, i) => i).filter((i) => i % n === k - 1);

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function shardText(identity: ShardIdentity, shard: Shard, wallMs: number, cells: readonly SweepCell[]): string {
  const file: ShardFile = { format: SHARD_FORMAT, version: SHARD_VERSION, shard: `${shard.k}/${shard.n}`, ...identity, wallMs, cells };
  return `${JSON.stringify(file, encode)}\n`;
}

function encode(_key: string, v: unknown): unknown {
  if (typeof v === 'bigint') return { $bigint: String(v) };
  if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return { $number: Object.is(v, -0) ? '-0' : String(v) };
  return v;
}

function decode(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length !== 1) return v;
  const o = v as { $bigint?: unknown; $number?: unknown };
  if (typeof o.$bigint === 'string') return BigInt(o.$bigint);
  if (typeof o.$number === 'string') return o.$number === '-0' ? -0 : Number(o.$number);
  return v;
}

/** Reads one shard file; throws ShardError naming it when it is not one. */
export function readShard(name: string, text: string): ShardFile {
  let file: Partial<ShardFile>;
  try {
    file = JSON.parse(text, decode);
  } catch (e) {
    throw new ShardError(`${name}: not a sweep shard (${(e as Error).message})`);
  }
  if (file?.format !== SHARD_FORMAT) throw new ShardError(`${name}: not a sweep shard (written by flink-mem sweep --shard K/N)`);
  if (file.version !== SHARD_VERSION)
    throw new ShardError(`${name}: shard format version ${file.version}, this flink-mem reads ${SHARD_VERSION}`);
  if (!Array.isArray(file.cells) || typeof file.shard !== 'string') throw new ShardError(`${name}: a damaged sweep shard`);
  return file as ShardFile;
}

const IDENTITY_KEYS: ReadonlyArray<keyof ShardIdentity> = [
  'scenario',
  'scenarioSha256',
  'seed',
  'durationMs',
  'params',
  'assertions',
  'gridCells',
];

/**
 * Joins shards 1/N … N/N (any order) into the unsharded result; throws ShardError when one is missing
 * or given twice, when they come from different sweeps, or when a shard's cells are not its slice.
 */
export function mergeShards(files: ReadonlyArray<{ readonly name: string; readonly shard: ShardFile }>): {
  result: SweepResult;
  wallMs: number;
} {
  const first = files[0];
  if (!first) throw new ShardError('sweep-merge needs the shard files');
  const n = parseShard(first.shard.shard).n;
  const seen = new Map<number, string>();
  for (const { name, shard } of files) {
    for (const key of IDENTITY_KEYS) {
      const [a, b] = [JSON.stringify(shard[key]), JSON.stringify(first.shard[key])];
      if (a !== b) throw new ShardError(`${name} is from another sweep than ${first.name}: ${key} ${a} ≠ ${b}`);
    }
    const s = parseShard(shard.shard);
    if (s.n !== n) throw new ShardError(`${name} is shard ${shard.shard} but ${first.name} is one of ${n} shards`);
    const twice = seen.get(s.k);
    if (twice !== undefined) throw new ShardError(`shard ${s.k}/${n} is given twice: ${twice} and ${name}`);
    seen.set(s.k, name);
    const expected = shardIndices(first.shard.gridCells, s).join(',');
    if (shard.cells.map((c) => c.index).join(',') !== expected)
      throw new ShardError(`${name}: its cells are not those of shard ${s.k}/${n}`);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0)
    throw new ShardError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`);
  const cells = files.flatMap((f) => f.shard.cells).sort((a, b) => a.index - b.index);
  const { scenario, seed, params, assertions } = first.shard;
  return {
    result: sweepResultOf({ scenario, seed, params, assertions }, cells),
    wallMs: files.reduce((sum, f) => sum + f.shard.wallMs, 0),
  };
}
