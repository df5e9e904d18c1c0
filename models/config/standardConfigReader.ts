/**
 * Flink's `config.yaml` reader (1.19+): standard YAML 1.2 with the core schema (SnakeYAML Engine,
 * flink-core YamlParserUtils.java:83-101 at release-1.20.0), nested maps flattened to dotted keys and
 * lists rendered back as flow YAML (GlobalConfiguration.flatten, GlobalConfiguration.java:292-316), every value stored as its
 * typed object and turned into text by `ConfigurationUtils.convertToString` → `YamlParserUtils.toYAMLString`.
 * So `0x10` is read as 16, `0.40` as 0.4, `True` as true: what Flink's loaded map holds.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { AliasBudget, parseGuardedYaml, YamlInputError } from '../yaml/guardedYaml';
import type { ConfigEntry } from './configuration';
import { oneLine, type SnakeRefusal, snakeMark, snakeSyntaxRefusal } from './snakeYamlErrors';

/** Flink cannot load the file at all: its exception chain, and the user's line. */
export class StandardYamlError extends Error {
  constructor(
    /** `file:line: …` for the user. */
    message: string,
    readonly line: number,
    /** Flink's exception chain, outermost first, as `Class: message`. */
    readonly flinkChain: readonly string[],
    /** Flink's ERROR log line for the refusal, where YamlParserUtils logs one. */
    readonly flinkLogLine?: string,
  ) {
    super(message);
  }
}

const OUTER = 'java.lang.RuntimeException: Error parsing YAML configuration.';

export function readStandardConfig(text: string, fileName: string): { entries: ConfigEntry[] } {
  const { doc, lineCounter } = parse(text, fileName);
  const root = doc.contents;
  const entries: ConfigEntry[] = [];
  if (root === null || (isScalar(root) && root.value === null)) return { entries };
  if (!isMap(root)) {
    const type = isSeq(root) ? 'java.util.ArrayList' : 'java.lang.String';
    throw new StandardYamlError(
      `${fileName}:1: Flink reads it as config.yaml and refuses it: the file must be a map of keys to values (Flink: "Error parsing YAML configuration.", class ${type} cannot be cast to class java.util.Map).`,
      1,
      [OUTER, `java.lang.ClassCastException: class ${type} cannot be cast to class java.util.Map`],
    );
  }
  const ctx: Ctx = { doc, text, fileName, lineCounter, entries, budget: new AliasBudget() };
  flatten(root.items as Pair[], '', ctx, false);
  return { entries };
}

/**
 * The whole text is refused: SnakeYAML Engine's exact message where the fault maps (snakeYamlErrors.ts, and duplicate
 * keys here), with Flink's ERROR line; else the parser's own words, said to differ from Flink's.
 */
function parse(text: string, fileName: string): ReturnType<typeof parseGuardedYaml> {
  try {
    return parseGuardedYaml(text, { schema: 'core', uniqueKeys: true, directives: true });
  } catch (e) {
    const first = e instanceof YamlInputError ? e.problems[0] : undefined;
    if (!first) throw e;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core' });
    const firstError = doc.errors[0];
    const snake = firstError ? snakeSyntaxRefusal(text, firstError) : firstDuplicate(doc.contents, text);
    if (snake) {
      const line = lineCounter.linePos(snake.at).line;
      throw new StandardYamlError(
        `${fileName}:${line}: Flink reads it as config.yaml and refuses it ("Error parsing YAML configuration."): ${oneLine(snake.message)} — ${snake.hint}`,
        line,
        [OUTER, `${YAML_ENGINE_EXCEPTION}: ${snake.message}`],
        // YamlParserUtils.loadYamlFile logs the wrapped exception before rethrowing (YamlParserUtils.java:103-111 at release-2.0.0)
        `ERROR YamlParserUtils: Failed to parse YAML configuration\n${YAML_ENGINE_EXCEPTION}: ${snake.message}`,
      );
    }
    const own = first.message.replace(/^not valid YAML: /, '');
    throw new StandardYamlError(
      `${fileName}:${first.line}: Flink reads it as config.yaml and refuses it ("Error parsing YAML configuration."); in this parser's words (SnakeYAML's differ): ${own}`,
      first.line,
      [OUTER, `${YAML_ENGINE_EXCEPTION}: (SnakeYAML's words not reproduced) ${own}`],
    );
  }
}

const YAML_ENGINE_EXCEPTION = 'org.snakeyaml.engine.v2.exceptions.YamlEngineException';

/**
 * SnakeYAML's DuplicateKeyException in its construction order (StandardConstructor.constructMapping2ndStep: each
 * pair's key, then its value, recursively, then the check), the key written as Java's `toString` of the typed key;
 * context mark at the mapping's start, problem mark at the second key. Aliases are constructed once, at their anchor.
 */
function firstDuplicate(node: unknown, text: string): SnakeRefusal | undefined {
  if (isSeq(node)) {
    for (const item of node.items) {
      const found = firstDuplicate(item, text);
      if (found) return found;
    }
  }
  if (!isMap(node)) return undefined;
  const seen = new Set<string>();
  for (const pair of node.items as Pair[]) {
    const found = firstDuplicate(pair.key, text) ?? firstDuplicate(pair.value, text);
    if (found) return found;
    if (!isScalar(pair.key)) continue;
    const value = pair.key.value;
    const shown = value === null ? 'null' : typeof value === 'string' ? value : scalarText(pair.key, { text });
    const identity = `${typeof value}:${pair.key.tag ?? ''}:${shown}`;
    if (seen.has(identity)) {
      const at = pair.key.range?.[0] ?? 0;
      const message = `while constructing a mapping\n${snakeMark(text, node.range?.[0] ?? 0)}\nfound duplicate key ${shown}\n${snakeMark(text, at)}\n`;
      return {
        message,
        at,
        hint: 'a key may appear only once in a map of config.yaml (the flink-conf.yaml reader let the later one win): remove one.',
      };
    }
    seen.add(identity);
  }
  return undefined;
}

interface Ctx {
  readonly doc: Document;
  readonly text: string;
  readonly fileName: string;
  readonly lineCounter: LineCounter;
  readonly entries: ConfigEntry[];
  readonly budget: AliasBudget;
}

function resolve(node: Node | null, ctx: Ctx, line: number, inAlias: boolean): { node: Node | null; inAlias: boolean } {
  const problem = isAlias(node) ? ctx.budget.alias(ctx.doc, node) : inAlias ? ctx.budget.node() : undefined;
  if (problem) throw new StandardYamlError(`${ctx.fileName}:${line}: ${problem}`, line, [OUTER]);
  return isAlias(node) ? { node: node.resolve(ctx.doc) ?? null, inAlias: true } : { node, inAlias };
}

/** GlobalConfiguration.flatten: maps recurse with `key.`, lists become flow YAML, scalars their typed text. */
function flatten(items: readonly Pair[], prefix: string, ctx: Ctx, inAlias: boolean): void {
  for (const pair of items) {
    const keyNode = pair.key as Node | null;
    const line = ctx.lineCounter.linePos(keyNode?.range?.[0] ?? 0).line;
    const key = prefix + (isScalar(keyNode) ? scalarText(keyNode, ctx) : String(keyNode));
    const value = resolve(pair.value as Node | null, ctx, line, inAlias);
    if (isMap(value.node)) {
      flatten(value.node.items as Pair[], `${key}.`, ctx, value.inAlias);
      continue;
    }
    if (value.node === null || (isScalar(value.node) && value.node.value === null)) {
      // Configuration.setValueInternal refuses null (Configuration.java:469-475 at release-2.0.0), so the whole load fails.
      throw new StandardYamlError(
        `${ctx.fileName}:${line}: '${key}' has no value: Flink refuses the whole config.yaml ("Error parsing YAML configuration.", NullPointerException: Value must not be null.). Give it a value or remove the line.`,
        line,
        [OUTER, 'java.lang.NullPointerException: Value must not be null.'],
      );
    }
    ctx.entries.push({ key, value: valueText(value.node, ctx, line, value.inAlias, true), origin: `${ctx.fileName}:${line}` });
  }
}

/** convertToString: a String as is, anything else through the flow dumper. */
function valueText(node: Node | null, ctx: Ctx, line: number, inAlias: boolean, top: boolean): string {
  if (node === null) return 'null';
  if (isScalar(node)) {
    if (typeof node.value === 'string') return top ? node.value : flowString(node.value);
    return scalarText(node, ctx);
  }
  const inner = (n: unknown) => {
    const r = resolve(n as Node, ctx, line, inAlias);
    return valueText(r.node, ctx, line, r.inAlias, false);
  };
  if (isSeq(node)) return `[${node.items.map(inner).join(', ')}]`;
  if (isMap(node)) return `{${(node.items as Pair[]).map((p) => `${inner(p.key)}: ${inner(p.value)}`).join(', ')}}`;
  return String(node);
}

/** A typed scalar as SnakeYAML dumps it (Java's Long/BigInteger/Double/Boolean toString). */
function scalarText(node: Node & { value: unknown }, ctx: Pick<Ctx, 'text'>): string {
  const v = node.value;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number' && Number.isInteger(v) && node.tag !== 'tag:yaml.org,2002:float' && !isFloatSource(node, ctx)) {
    if (Number.isSafeInteger(v)) return String(v);
    const raw = ctx.text
      .slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)
      .trim()
      .replace(/^\+/, '');
    try {
      return BigInt(raw).toString();
    } catch {
      return String(v);
    }
  }
  if (typeof v === 'number') return javaDouble(v);
  return String(v);
}

/** `1.0` and `1e3` are floats in the core schema even though JavaScript holds them as integers. */
function isFloatSource(node: Node, ctx: Pick<Ctx, 'text'>): boolean {
  const raw = ctx.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0).trim();
  return /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(raw) && !/^[-+]?[0-9]+$/.test(raw);
}

/** Java's `Double.toString`: plain between 1e-3 and 1e7, else `d.dddE±n`; always a fraction digit. */
function javaDouble(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Number.POSITIVE_INFINITY) return '.inf';
  if (n === Number.NEGATIVE_INFINITY) return '-.inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(n);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exp)}`;
}

/** A string inside a flow list/map: plain unless it would read back as something else. */
function flowString(s: string): string {
  if ([...s].some((c) => c.charCodeAt(0) < 0x20)) return JSON.stringify(s);
  const resolvesOther =
    /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/.test(s) ||
    /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s) ||
    /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s) ||
    /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(s);
  // SnakeYAML's Emitter.analyzeScalar: any of ,?[]{}: is a flow indicator; '-', '?', ':' only lead one before a space.
  const special = s === '' || /[,?[\]{}:]/.test(s) || /^[#&*!|>'"%@`]/.test(s) || /^[-?:](\s|$)/.test(s) || /\s#|^\s|\s$/.test(s);
  return resolvesOther || special ? `'${s.replace(/'/g, "''")}'` : s;
}
