/**
 * The memory-model page's state as a URL fragment, so a configuration can be shared and a reload
 * restores it. Pure functions; the format (all parts optional except that a present fragment is
 * the whole state):
 *
 *   #process=taskmanager&flink=1.18&deployment=kubernetes&-Dtaskmanager.memory.process.size=4g&limit=4g&slots=4
 *
 * - `process`: taskmanager | jobmanager;  `flink`: one of SELECTABLE_VERSIONS;
 *   `deployment`: standalone | yarn | kubernetes
 * - `-D<key>=<value>`: one explicit configuration entry, in order, like Flink's dynamic properties
 *   (unknown keys included; values are kept verbatim, even when Flink would refuse them)
 * - `limit`, `slots`: the container-fit inputs, as typed
 *
 * Names and values are percent-encoded with encodeURIComponent. An empty fragment means "the
 * defaults"; anything that is not exactly this format is refused as a whole with a reason.
 */
import { SELECTABLE_VERSIONS } from '../../../models/config/flinkVersion';
import type { ProcessKind } from '../../../models/config/options';
import type { Deployment } from '../../../models/derivation/legacyHeap';

interface SharedEntry {
  readonly key: string;
  readonly value: string;
}

export interface SharedState {
  readonly process: ProcessKind;
  readonly flinkVersion: string;
  readonly deployment: Deployment;
  readonly entries: readonly SharedEntry[];
  /** Container or pod memory limit as typed ("4g"); empty when not given. */
  readonly limit: string;
  /** Slots per TaskManager for the per-slot shares, as typed; empty means "as configured". */
  readonly slots: string;
}

export type DecodeResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly state: SharedState }
  | { readonly kind: 'invalid'; readonly reason: string };

export const PROCESSES: readonly ProcessKind[] = ['taskmanager', 'jobmanager'];
export const DEPLOYMENTS: readonly Deployment[] = ['standalone', 'yarn', 'kubernetes'];

const ENTRY_PREFIX = '-D';
const MAX_FRAGMENT_LENGTH = 200_000;
const MAX_ENTRIES = 500;
const MAX_TEXT_LENGTH = 20_000;

export function encodeState(state: SharedState): string {
  const parts: Array<[string, string]> = [
    ['process', state.process],
    ['flink', state.flinkVersion],
    ['deployment', state.deployment],
    ...state.entries.map((e): [string, string] => [ENTRY_PREFIX + e.key, e.value]),
  ];
  if (state.limit !== '') parts.push(['limit', state.limit]);
  if (state.slots !== '') parts.push(['slots', state.slots]);
  return parts.map(([name, value]) => `${encodeURIComponent(wellFormed(name))}=${encodeURIComponent(wellFormed(value))}`).join('&');
}

/** Lone UTF-16 surrogates (which encodeURIComponent refuses) become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

class Refused extends Error {}

/** Accepts the fragment with or without its leading '#'. */
export function decodeState(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { kind: 'empty' };
  try {
    return { kind: 'ok', state: parse(text) };
  } catch (e) {
    if (e instanceof Refused) return { kind: 'invalid', reason: e.message };
    throw e;
  }
}

function parse(text: string): SharedState {
  if (text.length > MAX_FRAGMENT_LENGTH) throw new Refused(`it is longer than ${MAX_FRAGMENT_LENGTH} characters`);
  const singles = new Map<string, string>();
  const entries: SharedEntry[] = [];
  for (const part of text.split('&')) {
    const [name, value] = nameAndValue(part);
    if (name.startsWith(ENTRY_PREFIX)) {
      entries.push(entry(name.slice(ENTRY_PREFIX.length), value, entries));
    } else if (['process', 'flink', 'deployment', 'limit', 'slots'].includes(name)) {
      if (singles.has(name)) throw new Refused(`'${name}' is given twice`);
      if (value.length > MAX_TEXT_LENGTH) throw new Refused(`'${name}' is too long`);
      singles.set(name, value);
    } else {
      throw new Refused(`'${name}' is not part of a memory-model link`);
    }
  }
  return {
    process: oneOf('process', singles.get('process'), PROCESSES),
    flinkVersion: oneOf('flink', singles.get('flink'), SELECTABLE_VERSIONS),
    deployment: oneOf('deployment', singles.get('deployment'), DEPLOYMENTS),
    entries,
    limit: singles.get('limit') ?? '',
    slots: singles.get('slots') ?? '',
  };
}

function nameAndValue(part: string): [string, string] {
  const eq = part.indexOf('=');
  if (eq < 0) throw new Refused(`'${clip(part)}' has no '='`);
  return [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new Refused(`'${clip(text)}' is not valid percent-encoding`);
  }
}

function entry(key: string, value: string, earlier: readonly SharedEntry[]): SharedEntry {
  if (key.trim() === '') throw new Refused('a -D entry has no key');
  if (value.length > MAX_TEXT_LENGTH) throw new Refused(`the value of '${clip(key)}' is too long`);
  if (earlier.length >= MAX_ENTRIES) throw new Refused(`it has more than ${MAX_ENTRIES} entries`);
  if (earlier.some((e) => e.key === key)) throw new Refused(`'${clip(key)}' is set twice`);
  return { key, value };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new Refused(`'${name}' is missing`);
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Refused(`${name} '${clip(value)}' is not one of ${allowed.join(', ')}`);
  return found;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
