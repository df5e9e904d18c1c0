/**
 * Reading configuration the way users hold it: a flat `flink-conf.yaml` (`key: value`), the
 * nested `config.yaml` of Flink 1.19+/2.x (flattened to dotted keys, as Flink's
 * `YamlParserUtils` does), and `-D key=value` overrides. Parsed with a real YAML parser;
 * values stay strings, like the raw values Flink's `Configuration` converts on read.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { ConfigEntry } from './configuration';

export interface ParsedConfigFile {
  readonly entries: ConfigEntry[];
  readonly warnings: string[];
}

/** A file that is not valid YAML: names the file, line and column. */
export class ConfigFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseConfigFile(text: string, fileName = 'flink-conf.yaml'): ParsedConfigFile {
  const lineCounter = new LineCounter();
  // Failsafe schema: every scalar stays the string the user typed (no 1e3 → 1000, no 0x10 → 16).
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new ConfigFileError(`${fileName}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`, line);
  }
  const out: ParsedConfigFile = { entries: [], warnings: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) {
    throw new ConfigFileError(`${fileName}:1: a Flink configuration must be a map of keys to values.`, 1);
  }
  flatten(root.items as Pair[], '', { fileName, lineCounter, out, seen: new Map() });
  return out;
}

interface FlattenContext {
  readonly fileName: string;
  readonly lineCounter: LineCounter;
  readonly out: ParsedConfigFile;
  readonly seen: Map<string, number>;
}

function flatten(items: readonly Pair[], prefix: string, ctx: FlattenContext): void {
  for (const pair of items) {
    const keyNode = pair.key as Node | null;
    const line = ctx.lineCounter.linePos(keyNode?.range?.[0] ?? 0).line;
    const key = prefix + String(isScalar(keyNode) ? keyNode.value : keyNode);
    const value = pair.value as Node | null;
    if (isMap(value)) {
      flatten(value.items as Pair[], `${key}.`, ctx);
      continue;
    }
    const text = valueText(value);
    if (text === '') {
      ctx.out.warnings.push(`${ctx.fileName}:${line}: '${key}' has no value and is ignored, as Flink ignores it.`);
      continue;
    }
    const earlier = ctx.seen.get(key);
    if (earlier !== undefined) {
      ctx.out.warnings.push(`${ctx.fileName}:${line}: '${key}' is set again (first on line ${earlier}); the later value wins.`);
    }
    ctx.seen.set(key, line);
    ctx.out.entries.push({ key, value: text, origin: `${ctx.fileName}:${line}` });
  }
}

/** Scalars as typed; lists in Flink's `a;b` list syntax. */
function valueText(node: Node | null): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  if (isSeq(node)) return node.items.map((item) => valueText(item as Node)).join(';');
  return String(node);
}

/** One `-D key=value` (the `-D` already removed). */
export function parseDynamicProperty(text: string): ConfigEntry {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`-D expects key=value, got '${text}'.`);
  return { key: text.slice(0, eq).trim(), value: text.slice(eq + 1), origin: '-D' };
}
