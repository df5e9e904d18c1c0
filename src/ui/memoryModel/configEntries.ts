/**
 * The editor's view of a configuration: an ordered list of explicit `key: value` entries (one per
 * key), which fields they fill, and the keys no field shows. Nothing here ever drops an entry the
 * user gave; removing is always an explicit action.
 */
import type { ConfigEntry } from '../../../models/config/configuration';
import type { FlinkVersion } from '../../../models/config/flinkVersion';
import { isJvmOptionsKey } from '../../../models/config/jvmCommandLine';
import { declaredKey } from '../../../models/config/optionKeyIndex';
import { editableOptions, optionForKey, type OptionDef, type ProcessKind } from '../../../models/config/options';

/** Sets `key` (in place if present, else appended). An empty value from a field means "back to the default". */
export function setEntry(entries: readonly ConfigEntry[], key: string, value: string, origin: string): ConfigEntry[] {
  const index = entries.findIndex((e) => e.key === key);
  const next: ConfigEntry = { key, value, origin };
  if (index < 0) return [...entries, next];
  return entries.map((e, i) => (i === index ? next : e));
}

export function removeEntry(entries: readonly ConfigEntry[], key: string): ConfigEntry[] {
  return entries.filter((e) => e.key !== key);
}

/** One entry per key, the later value winning (as Flink reads a file that repeats a key), at the later position. */
export function uniqueEntries(entries: readonly ConfigEntry[]): ConfigEntry[] {
  const last = new Map<string, number>();
  entries.forEach((e, i) => last.set(e.key, i));
  return entries.filter((e, i) => last.get(e.key) === i);
}

export type FieldSource =
  | { readonly kind: 'default' }
  | { readonly kind: 'explicit'; readonly entry: ConfigEntry }
  /** Set only through a deprecated key, which Flink falls back to. */
  | { readonly kind: 'deprecated'; readonly entry: ConfigEntry };

export function fieldSource(def: OptionDef, entries: readonly ConfigEntry[]): FieldSource {
  const main = entries.find((e) => e.key === def.key);
  if (main) return { kind: 'explicit', entry: main };
  for (const alias of def.deprecatedKeys) {
    const entry = entries.find((e) => e.key === alias);
    if (entry) return { kind: 'deprecated', entry };
  }
  return { kind: 'default' };
}

/** The fields of one process for one version; options of other versions only while they are set. */
export function visibleOptions(process: ProcessKind, version: FlinkVersion, entries: readonly ConfigEntry[]): OptionDef[] {
  return editableOptions(process).filter((def) => def.availableIn(version) || fieldSource(def, entries).kind !== 'default');
}

type OtherKeyKind =
  /** A deprecated alias of a field's option: the field shows it, the entry lives here. */
  | 'deprecated'
  /** A memory option of the other process (both live in one flink-conf.yaml). */
  | 'other-process'
  /** A known option that does not change the sizes (buffers per channel, limit factors, ...). */
  | 'informational'
  /** `env.java.*opts*`: options for a JVM's command line, shown on the JVM arguments card (jvmCommandLine.ts). */
  | 'jvm-options'
  | 'unknown';

export interface OtherKey {
  readonly entry: ConfigEntry;
  readonly kind: OtherKeyKind;
  /** For deprecated aliases: the key Flink reads it as. */
  readonly mainKey?: string;
}

/** Every entry that no field of `fields` shows under its own key. */
export function otherKeys(process: ProcessKind, fields: readonly OptionDef[], entries: readonly ConfigEntry[]): OtherKey[] {
  const fieldKeys = new Set(fields.map((d) => d.key));
  return entries.filter((e) => !fieldKeys.has(e.key)).map((entry) => classify(entry, process));
}

function classify(entry: ConfigEntry, process: ProcessKind): OtherKey {
  const def = optionForKey(entry.key);
  if (!def && isJvmOptionsKey(entry.key)) return { entry, kind: 'jvm-options' };
  // a key some Flink release declares (its own ConfigOptions) is known, if outside the memory model
  if (!def) return { entry, kind: declaredKey(entry.key) ? 'informational' : 'unknown' };
  if (def.process !== process) return { entry, kind: 'other-process' };
  if (def.key !== entry.key) return { entry, kind: 'deprecated', mainKey: def.key };
  return { entry, kind: def.informational ? 'informational' : 'unknown' };
}

/** The field or other-key row a highlighted key belongs to: deprecated aliases point at their option. */
export function fieldKeyFor(key: string, fields: readonly OptionDef[]): string | undefined {
  const def = optionForKey(key);
  if (def && fields.some((f) => f.key === def.key)) return def.key;
  return undefined;
}

/** `key: value` lines of a flat flink-conf.yaml for the explicit entries. */
export function toFlinkConf(entries: readonly ConfigEntry[]): string {
  return entries.map((e) => `${e.key}: ${yamlScalar(e.value)}`).join('\n') + (entries.length > 0 ? '\n' : '');
}

function yamlScalar(value: string): string {
  if (value === '' || /^[\s]|[\s]$|^[-?:,[\]{}#&*!|>'"%@`]|: | #/.test(value)) return JSON.stringify(value);
  return value;
}
