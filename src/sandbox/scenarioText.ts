/**
 * Edits of a scenario's YAML text that keep the rest of the file as the user wrote it (comments,
 * layout, key order): an intervention appended to `events:`, an annotation to `annotations:`, the
 * Flink configuration replaced in `flink.config`. The scenario loader checks the result on reload.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { parseGuardedYaml, YamlInputError } from '../../models/yaml/guardedYaml';
import { formatDuration, parseDuration } from '../../models/units/duration';
import { INJECT_ACTIONS, type InjectAction, type Intervention } from './interventions';
import { ALLOCATOR_KEY, CONTAINER_LIMIT_KEY, MALLOC_ARENA_MAX_KEY, TASKMANAGERS_KEY } from '../../models/sizing/variants';

/** The scenario text with the intervention appended to its `events:` list. */
export function withIntervention(yamlText: string, i: Intervention): string {
  const event: Record<string, string | number> = { at: formatDuration(i.atMs), do: i.action };
  if (i.leak) Object.assign(event, { pool: i.leak.pool, shape: i.leak.shape, bytes: i.leak.bytes });
  if (i.target) event.target = i.target;
  if (i.factor !== undefined) event.factor = i.factor;
  if (i.forMs !== undefined) event.for = formatDuration(i.forMs);
  if (i.rate !== undefined) event.rate = i.rate;
  return edit(yamlText, (doc) => append(doc, 'events', event, INJECTED));
}

/** The comment `withIntervention` puts above each event it writes: how a shared scenario's interventions are told apart. */
const INJECTED = ' injected in the sandbox';

/**
 * The interventions a scenario text carries (the events `withIntervention` wrote, marked by its comment), in order:
 * what a shared link says it includes (issue 13). Events the scenario's author wrote are not interventions; a
 * marked event this cannot read (edited by hand) is left out, since the loader judges the text anyway.
 */
export function interventionsIn(yamlText: string): Intervention[] {
  let events: unknown;
  try {
    events = parseGuardedYaml(yamlText).doc.get('events', true);
  } catch {
    return [];
  }
  if (!isSeq(events)) return [];
  const found: Intervention[] = [];
  const marked = (comment: string | null | undefined) => comment?.includes(INJECTED.trim()) === true;
  for (const [n, item] of events.items.entries()) {
    // A comment above a list's first item is read back as the list's own.
    if (!isMap(item) || !(marked(item.commentBefore) || (n === 0 && marked(events.commentBefore)))) continue;
    const intervention = readIntervention(item.toJSON() as unknown as Record<string, unknown>);
    if (intervention) found.push(intervention);
  }
  return found;
}

function readIntervention(e: Record<string, unknown>): Intervention | undefined {
  const action = e.do;
  if (typeof action !== 'string' || !(action in INJECT_ACTIONS)) return undefined;
  try {
    const leak =
      typeof e.pool === 'string' && typeof e.shape === 'string'
        ? { leak: { pool: e.pool, shape: e.shape, bytes: String(e.bytes ?? '') } as Intervention['leak'] }
        : {};
    return {
      atMs: parseDuration(e.at as string | number),
      action: action as InjectAction,
      ...(typeof e.target === 'string' ? { target: e.target } : {}),
      ...(typeof e.factor === 'number' ? { factor: e.factor } : {}),
      ...(e.for !== undefined ? { forMs: parseDuration(e.for as string | number) } : {}),
      ...(typeof e.rate === 'number' ? { rate: e.rate } : {}),
      ...leak,
    };
  } catch {
    return undefined;
  }
}

/** The scenario text with a note pinned at `atMs` in its `annotations:` list. */
export function withAnnotation(yamlText: string, atMs: number, note: string): string {
  return edit(yamlText, (doc) => append(doc, 'annotations', { at: formatDuration(atMs), text: note }));
}

/** The scenario text without its `index`th annotation. */
export function withoutAnnotation(yamlText: string, index: number): string {
  return edit(yamlText, (doc) => {
    if (!doc.hasIn(['annotations', index])) throw new Error(`the scenario has no annotation ${index + 1}`);
    doc.deleteIn(['annotations', index]);
  });
}

/**
 * The scenario text with a sizing variant's overrides (models/sizing/variants.ts): cluster.taskmanagers,
 * cluster.containerLimit, cluster.allocator and cluster.mallocArenaMax in `cluster:`, every other key in `flink.config`.
 */
export function withOverrides(yamlText: string, overrides: readonly ConfigLine[]): string {
  return edit(yamlText, (doc) => {
    for (const { key, value } of overrides) {
      if (key === TASKMANAGERS_KEY) doc.setIn(['cluster', 'taskmanagers'], Number(value));
      else if (key === CONTAINER_LIMIT_KEY) doc.setIn(['cluster', 'containerLimit'], value);
      else if (key === ALLOCATOR_KEY) doc.setIn(['cluster', 'allocator'], value.trim());
      else if (key === MALLOC_ARENA_MAX_KEY) doc.setIn(['cluster', 'mallocArenaMax'], Number(value));
      else doc.setIn(['flink', 'config', key], value);
    }
  });
}

export interface ConfigLine {
  readonly key: string;
  readonly value: string;
}

/** The scenario text with `flink.config` replaced by these entries, in order, as flat dotted keys (values as typed). */
export function withFlinkConfig(yamlText: string, entries: readonly ConfigLine[]): string {
  return edit(yamlText, (doc) => {
    const config = doc.createNode(Object.fromEntries(entries.map((e) => [e.key, e.value])));
    if (doc.hasIn(['flink'])) doc.setIn(['flink', 'config'], config);
    else doc.set('flink', doc.createNode({ config }));
  });
}

/** A configuration change as an explanation suggests it (models/explain/types.ts ConfigChange): a Flink key, or a `cluster.` field. */
export interface KeyChange {
  readonly key: string;
  readonly to: string;
}

/** The scenario fields a suggestion may change besides flink.config (models/explain/suggestions.ts). */
const CLUSTER_FIELDS: Readonly<Record<string, string>> = {
  'cluster.containerLimit': 'containerLimit',
  'cluster.jobManagerContainerLimit': 'jobManagerContainerLimit',
  'cluster.allocator': 'allocator',
  'cluster.mallocArenaMax': 'mallocArenaMax',
};

/**
 * The scenario text with each change set: a `cluster.` field in `cluster:`, a Flink key where flink.config already
 * has it — flat or nested (`taskmanager: { memory: … }`), so it is not set twice — else as a new flat key. Every
 * other line, comment and key order stays.
 */
export function withConfigChanges(yamlText: string, changes: readonly KeyChange[]): string {
  return edit(yamlText, (doc) => {
    for (const { key, to } of changes) {
      const field = CLUSTER_FIELDS[key];
      // MALLOC_ARENA_MAX is a number in the scenario's schema; every other cluster field here is a string.
      if (field) doc.setIn(['cluster', field], field === 'mallocArenaMax' ? Number(to) : to);
      else setConfigKey(doc, key, to);
    }
  });
}

function setConfigKey(doc: Document, key: string, value: string): void {
  const config = doc.getIn(['flink', 'config'], true);
  if (!isMap(config)) {
    if (doc.hasIn(['flink'])) doc.setIn(['flink', 'config'], doc.createNode({ [key]: value }));
    else doc.set('flink', doc.createNode({ config: { [key]: value } }));
    return;
  }
  // Walk the nested maps whose keys are prefixes of `key` (Flink joins nested keys with dots).
  let map: YAMLMap = config;
  let rest = key;
  for (;;) {
    if (map.has(rest)) return void map.set(rest, value);
    const here: YAMLMap = map;
    const prefix = here.items
      .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)))
      .find((k) => rest.startsWith(`${k}.`) && isMap(here.get(k, true)));
    const inner: unknown = prefix === undefined ? undefined : here.get(prefix, true);
    if (prefix === undefined || !isMap(inner)) return void here.set(rest, value);
    map = inner;
    rest = rest.slice(prefix.length + 1);
  }
}

function edit(yamlText: string, change: (doc: Document) => void): string {
  let doc: Document;
  try {
    doc = parseGuardedYaml(yamlText).doc;
  } catch (e) {
    const first = e instanceof YamlInputError ? e.problems[0] : undefined;
    if (!first) throw e;
    throw new Error(`the scenario does not parse: line ${first.line}: ${first.message}`);
  }
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

/** Appends a one-line (flow) map to the list at `key`, creating the list if there is none. */
function append(doc: Document, key: string, item: Record<string, string | number>, comment?: string): void {
  const node = doc.createNode(item);
  node.flow = true;
  if (comment) node.commentBefore = comment;
  const list = doc.get(key, true);
  if (list === undefined || list === null) doc.set(key, doc.createNode([node]));
  else if (isSeq(list)) list.items.push(node);
  else throw new Error(`the scenario's ${key} is not a list`);
}
