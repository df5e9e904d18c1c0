/**
 * Reading what this browser keeps (saved scenarios, lesson progress) so that damaged data is never
 * fatal and never lost: entries that do not validate are left out, the whole stored text is set aside
 * under another key (`<key>.set-aside-N`, for the user or a bug report; nothing is deleted), the valid
 * rest is written back so the next load is clean, and a notice says what happened.
 */
import type { TextStore } from './savedScenarios';

/** At most this many set-aside copies per key; the last is then replaced (a store that keeps breaking). */
const MAX_SET_ASIDE = 5;

export interface StoredMap<T> {
  readonly value: Readonly<Record<string, T>>;
  /** Set when something was set aside: what, and where it is kept. */
  readonly notice?: string;
}

/** The map of `key` (JSON object of name → entry), keeping the entries `valid` accepts. */
export function readStoredMap<T>(store: TextStore, key: string, valid: (entry: unknown) => entry is T, what: string): StoredMap<T> {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { value: {} }; // storage disabled: nothing kept, nothing to set aside
  }
  if (raw === null) return { value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const isMap = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const entries = isMap ? Object.entries(parsed as Record<string, unknown>) : [];
  const kept = entries.filter((e): e is [string, T] => valid(e[1]));
  const value = Object.fromEntries(kept) as Record<string, T>;
  if (isMap && kept.length === entries.length) return { value };
  const dropped = isMap ? `${entries.length - kept.length} damaged ${what} of ${entries.length}` : `the stored ${what} (not readable)`;
  return { value, notice: setAside(store, key, raw, value, dropped) };
}

function setAside(store: TextStore, key: string, raw: string, value: object, dropped: string): string {
  try {
    let n = 1;
    while (n < MAX_SET_ASIDE && store.getItem(`${key}.set-aside-${n}`) !== null) n++;
    store.setItem(`${key}.set-aside-${n}`, raw);
    store.setItem(key, JSON.stringify(value));
    return `This browser held ${dropped}; they were set aside (local storage key '${key}.set-aside-${n}') and the rest loaded.`;
  } catch {
    return `This browser held ${dropped}; they were skipped (the storage refused to keep a copy aside) and the rest loaded.`;
  }
}
