/**
 * The trace hash: every sample and every event folded, in order, into two 32-bit lanes kept in the state
 * (`hashA`, `hashB`), so that a snapshot carries it and a seek replays it. Equal runs, equal hashes; golden files
 * and the Node-versus-browser determinism test compare it, so any change here changes every recorded hash.
 */
import { HASHED_COLUMNS as HASHED } from './columns';
import type { SimState } from './state/simState';
import type { TraceEvent } from './trace';

// A module-local alias: tsx and esbuild compile an imported binding to a getter call, too slow on the per-sample path.
const HASHED_COLUMNS = HASHED;
/** The columns folded two at a time (an odd last one goes to the first lane alone). */
const PAIRED = HASHED_COLUMNS.length - (HASHED_COLUMNS.length % 2);

/** The lanes' starting values (FNV-1a's offset basis; MurmurHash2's multiplier). */
export const HASH_SEED = { a: 0x811c9dc5, b: 0x5bd1e995 } as const;

/** Two independent multiply lanes over the columns that can change, folded together (samples dominate a run's cost). */
export function hashSample(state: SimState, atMs: number, index: number, values: Float64Array): void {
  const columns = HASHED_COLUMNS;
  const pairs = PAIRED;
  let a = state.hashA ^ atMs ^ (index << 24);
  let c = 0x9e3779b9;
  // `x ^ v` takes v's low 32 bits (ToInt32 is v modulo 2^32), exactly as `x ^ (v >>> 0)` would, without a conversion.
  for (let k = 0; k < pairs; k += 2) {
    const v = values[columns[k] as number] as number;
    const w = values[columns[k + 1] as number] as number;
    a = Math.imul(a ^ v, 0x01000193);
    c = Math.imul(c ^ w, 0x01000193);
    // Sizes above 4 GiB also fold in their high word (rare: most columns stay below 2^32).
    if (v > 4294967295) a ^= v / 4294967296;
    if (w > 4294967295) c ^= w / 4294967296;
  }
  // An odd count of changing columns (columns.ts `changes`): the last one goes to the first lane alone.
  if (pairs < columns.length) {
    const v = values[columns[pairs] as number] as number;
    a = Math.imul(a ^ v, 0x01000193);
    if (v > 4294967295) a ^= v / 4294967296;
  }
  a = Math.imul(a ^ c, 0x01000193);
  let b = Math.imul(state.hashB ^ a, 0x5bd1e995);
  b ^= b >>> 15;
  state.hashA = a;
  state.hashB = b;
}

/** Field by field in declaration order: numbers as two 32-bit words, strings by character, a cause as its JSON. */
export function hashEvent(state: SimState, event: TraceEvent): void {
  const fields = event as unknown as Record<string, unknown>;
  for (const key in fields) {
    const v = fields[key];
    if (typeof v === 'number') {
      const a = Math.imul(state.hashA ^ (v >>> 0), 0x01000193);
      state.hashA = Math.imul(a ^ ((v / 4294967296) >>> 0), 0x01000193);
    } else if (typeof v === 'string') hashString(state, v);
    else if (v !== undefined) hashString(state, JSON.stringify(v));
  }
}

function hashString(state: SimState, text: string): void {
  let a = state.hashA;
  let b = state.hashB;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  state.hashA = a;
  state.hashB = b;
}

/** The hash of the whole trace so far, as 16 hex digits. */
export function traceHashOf(state: SimState): string {
  return (state.hashA >>> 0).toString(16).padStart(8, '0') + (state.hashB >>> 0).toString(16).padStart(8, '0');
}
