/**
 * The user's own scenarios, kept in this browser (localStorage) under their file name: what they
 * opened, wrote or edited, listed in the picker beside the library. Nothing leaves the page.
 */
import { readStoredMap } from './storedData';

export interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'flink-memory-sandbox.scenarios';

/** File name → scenario text, in the order saved. */
export type SavedScenarios = Readonly<Record<string, string>>;

/** The saved scenarios; damaged entries are set aside (storedData.ts), `onNotice` told. */
export function listSaved(store: TextStore, onNotice?: (notice: string) => void): SavedScenarios {
  const { value, notice } = readStoredMap(store, KEY, (text): text is string => typeof text === 'string', 'saved scenarios');
  if (notice) onNotice?.(notice);
  return value;
}

/** Saves (or replaces) a scenario; throws with the reason when the browser refuses (quota, storage disabled). */
export function saveScenario(store: TextStore, fileName: string, text: string): SavedScenarios {
  const next = { ...listSaved(store), [fileName]: text };
  try {
    store.setItem(KEY, JSON.stringify(next));
  } catch (e) {
    throw new Error(`the browser did not keep it (${e instanceof Error ? e.message : String(e)}); download the YAML instead`);
  }
  return next;
}

export function removeScenario(store: TextStore, fileName: string): SavedScenarios {
  const next = Object.fromEntries(Object.entries(listSaved(store)).filter(([name]) => name !== fileName));
  store.setItem(KEY, JSON.stringify(next));
  return next;
}

/** A safe file name for a scenario: letters, digits, dot, dash, underscore; `.yaml` at the end. */
export function scenarioFileName(name: string): string {
  const base = name
    .trim()
    .replace(/\.ya?ml$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'scenario'}.yaml`;
}

/** How a picker names a saved scenario beside the library's ids. */
const MINE = 'mine:';
export const savedChoice = (fileName: string): string => MINE + fileName;

/** A picker's choice as a scenario file: a library id (loaded by `library`) or a saved one. */
export async function choiceSource(
  choice: string,
  saved: SavedScenarios,
  library: (id: string) => Promise<string>,
): Promise<{ yamlText: string; fileName: string }> {
  if (!choice.startsWith(MINE)) return { yamlText: await library(choice), fileName: `${choice}.yaml` };
  const fileName = choice.slice(MINE.length);
  const yamlText = saved[fileName];
  if (yamlText === undefined) throw new Error(`${fileName} is no longer kept in this browser`);
  return { yamlText, fileName };
}
