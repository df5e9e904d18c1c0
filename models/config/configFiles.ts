/**
 * Reading configuration the way users hold it: a flat `flink-conf.yaml` (`key: value`), the
 * nested `config.yaml` of Flink 1.19+/2.x (flattened to dotted keys, as Flink's
 * `YamlParserUtils` does), and `-D key=value` overrides. Parsed with a real YAML parser;
 * values stay strings, like the raw values Flink's `Configuration` converts on read.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { AliasBudget, parseGuardedYaml, YamlInputError } from '../yaml/guardedYaml';
import type { ConfigEntry } from './configuration';
import { readAsFlink } from './flinkConfigReading';
import type { FlinkLogLine } from './legacyConfigReader';
import { StandardYamlError } from './standardConfigReader';

export interface ParsedConfigFile {
  readonly entries: ConfigEntry[];
  readonly warnings: string[];
  /** With a Flink version: which of Flink's readers read it, and Flink's own WARN lines (for the oracle). */
  readonly reader?: 'flink-conf.yaml' | 'config.yaml';
  readonly flinkLog?: readonly FlinkLogLine[];
  /** With a Flink version: the file holds keys, but none of Flink's (flinkConfigReading.isFlinkKey). */
  readonly notFlink?: boolean;
  /**
   * With a Flink version: the release would refuse to start with this file alone (it reads a file of the other name);
   * Flink's exception chain as `Class: message`, quoted in the first warning. The text is read all the same.
   */
  readonly flinkRefusal?: string;
}

/** A file that is not valid YAML (or that Flink cannot load): names the file, line and column. */
export class ConfigFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** Flink's exception chain when Flink itself refuses the file, outermost first. */
    readonly flinkChain: readonly string[] = [],
    /** The ERROR line Flink's YamlParserUtils logs for this refusal (`ERROR YamlParserUtils: …`), where it logs one. */
    readonly flinkLogLine?: string,
  ) {
    super(message);
  }
}

export interface ConfigFileOptions {
  /**
   * The release whose reader to follow (flinkConfigReading.ts): its line parser for flink-conf.yaml
   * (≤ 1.20), standard YAML for config.yaml (1.19+). Without it, the file is read as lenient YAML
   * (failsafe schema), as before versions were known here.
   */
  readonly flinkVersion?: string;
}

export function parseConfigFile(text: string, fileName = 'flink-conf.yaml', options: ConfigFileOptions = {}): ParsedConfigFile {
  if (options.flinkVersion !== undefined) {
    try {
      return readAsFlink(text, fileName, options.flinkVersion);
    } catch (e) {
      if (e instanceof StandardYamlError) throw new ConfigFileError(e.message, e.line, e.flinkChain, e.flinkLogLine);
      throw e;
    }
  }
  const { doc, lineCounter } = guarded(text, fileName);
  const out: ParsedConfigFile = { entries: [], warnings: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) {
    throw new ConfigFileError(`${fileName}:1: a Flink configuration must be a map of keys to values.`, 1);
  }
  flatten(root.items as Pair[], '', { doc, fileName, lineCounter, out, seen: new Map(), budget: new AliasBudget(), inAlias: false });
  return out;
}

/**
 * Failsafe schema: every scalar stays the string the user typed (no 1e3 → 1000, no 0x10 → 16); a key
 * set twice is Flink's "later wins", not an error; a `%YAML` directive is read as Flink's parser reads it. The first problem guardedYaml
 * finds, with its line.
 */
function guarded(text: string, fileName: string): ReturnType<typeof parseGuardedYaml> {
  try {
    return parseGuardedYaml(text, { schema: 'failsafe', uniqueKeys: false, directives: true });
  } catch (e) {
    const first = e instanceof YamlInputError ? e.problems[0] : undefined;
    if (!first) throw e;
    throw new ConfigFileError(`${fileName}:${first.line}: ${first.message}`, first.line);
  }
}

interface FlattenContext {
  readonly doc: Document;
  readonly fileName: string;
  readonly lineCounter: LineCounter;
  readonly out: ParsedConfigFile;
  readonly seen: Map<string, number>;
  /** Aliases are expanded as Flink's YAML parser expands them, within guardedYaml's bounds. */
  readonly budget: AliasBudget;
  readonly inAlias: boolean;
}

function flatten(items: readonly Pair[], prefix: string, ctx: FlattenContext): void {
  for (const pair of items) {
    const keyNode = pair.key as Node | null;
    const line = ctx.lineCounter.linePos(keyNode?.range?.[0] ?? 0).line;
    const key = prefix + String(isScalar(keyNode) ? keyNode.value : keyNode);
    const { node: value, inAlias } = expand(pair.value as Node | null, ctx, line);
    if (isMap(value)) {
      flatten(value.items as Pair[], `${key}.`, { ...ctx, inAlias });
      continue;
    }
    const text = valueText(value, { ...ctx, inAlias }, line);
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

/** The node an alias stands for (and whether we are now inside an expansion), or a ConfigFileError beyond the bounds. */
function expand(node: Node | null, ctx: FlattenContext, line: number): { node: Node | null; inAlias: boolean } {
  const problem = isAlias(node) ? ctx.budget.alias(ctx.doc, node) : ctx.inAlias ? ctx.budget.node() : undefined;
  if (problem) throw new ConfigFileError(`${ctx.fileName}:${line}: ${problem}`, line);
  return isAlias(node) ? { node: node.resolve(ctx.doc) ?? null, inAlias: true } : { node, inAlias: ctx.inAlias };
}

/** Scalars as typed; lists in Flink's `a;b` list syntax (an alias as the value it stands for). */
function valueText(node: Node | null, ctx: FlattenContext, line: number): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  if (isSeq(node))
    return node.items
      .map((item) => {
        const { node: value, inAlias } = expand(item as Node, ctx, line);
        return valueText(value, { ...ctx, inAlias }, line);
      })
      .join(';');
  return String(node);
}

/** One `-D key=value` (the `-D` already removed). */
export function parseDynamicProperty(text: string): ConfigEntry {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`-D expects key=value, got '${text}'.`);
  return { key: text.slice(0, eq).trim(), value: text.slice(eq + 1), origin: '-D' };
}
