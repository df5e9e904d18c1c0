/**
 * The shipped scenarios, grouped as the sandbox lists them: basics to learn from, incidents beside
 * their fixed twin, and the benchmark workloads. Files are bundled as text and loaded on demand; their
 * titles are read from the files' `title:` lines once the page has rendered (the picker names them).
 */
import { parse } from 'yaml';

const FILES = import.meta.glob('/scenarios/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface LibraryGroup {
  readonly name: string;
  readonly ids: readonly string[];
}

const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);

export const SCENARIO_IDS: readonly string[] = Object.keys(FILES).map(idOf).sort();

export function libraryGroups(ids: readonly string[] = SCENARIO_IDS): LibraryGroup[] {
  const incidents = ids.filter(
    (id) => ids.includes(`${id}-fixed`) || (id.endsWith('-fixed') && ids.includes(id.slice(0, -'-fixed'.length))),
  );
  const benchmarks = ids.filter((id) => id.startsWith('bench-'));
  const basics = ids.filter((id) => !incidents.includes(id) && !benchmarks.includes(id));
  return [
    { name: 'Basics', ids: basics },
    { name: 'Incidents (and the fix)', ids: incidents },
    { name: 'Benchmarks', ids: benchmarks },
  ].filter((g) => g.ids.length > 0);
}

export async function scenarioText(id: string): Promise<string> {
  const load = FILES[`/scenarios/${id}.yaml`];
  if (!load) throw new Error(`no scenario '${id}' in the library (known: ${SCENARIO_IDS.join(', ')})`);
  return load();
}

/** The `title:` line of a scenario text (a top-level key, plain or quoted), without parsing the rest of the file. */
export function titleOf(yamlText: string): string | undefined {
  const line = /^title:[ \t]*(.+)$/m.exec(yamlText)?.[1];
  if (line === undefined) return undefined;
  try {
    const value: unknown = parse(line);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

let titles: Promise<Readonly<Record<string, string>>> | undefined;

/** Every shipped scenario's title by id (its id when the file has none), read once: 26 small files, after the first render. */
export function scenarioTitles(): Promise<Readonly<Record<string, string>>> {
  titles ??= Promise.all(SCENARIO_IDS.map(async (id) => [id, titleOf(await scenarioText(id)) ?? id] as const)).then((pairs) =>
    Object.fromEntries(pairs),
  );
  return titles;
}
