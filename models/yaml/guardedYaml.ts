/**
 * The one road from YAML text to a parsed document, for every YAML the product reads: scenarios and
 * lessons (CLI, page, worker, share links, saved scenarios) and Flink configuration files. It bounds
 * what a document may cost before anything walks it, and refuses what neither Flink nor the product
 * can mean, each problem with its 1-based line:
 *
 * - size: at most MAX_YAML_CHARS characters. Flink's own parser (flink-core
 *   `org/apache/flink/configuration/YamlParserUtils.java`, snakeyaml-engine `LoadSettings`) refuses a
 *   document above 3 Mi code points (`codePointLimit`); we stop at 1 Mi, still 128× the largest file
 *   shipped (an 8 KB lesson), because the JavaScript parser takes about 1 s per MiB on a busy 2-core
 *   machine and the page parses on every edit.
 * - aliases: expanding aliases copies data, so a "billion laughs" of under 1 kB is 10⁹ nodes. At most
 *   MAX_COLLECTION_ALIASES aliases to a map or list are expanded per document (snakeyaml-engine's
 *   `maxAliasesForCollections` default, which Flink therefore applies too), and at most
 *   MAX_ALIAS_NODES nodes in all may come from aliases (Flink shares aliased objects instead of
 *   copying them, so it needs no such bound; we copy, and 10,000 is 20× the node count of the
 *   largest shipped file).
 * - a NUL byte (a binary file, not YAML text), a `%` directive in a scenario or lesson (`%YAML`,
 *   `%TAG`: nothing there needs one; Flink's config files may carry them), a tag other than YAML's core types (`!foo`: nothing gives it a
 * meaning), more than one
 *   document (`---` between two), and, where asked, a key given twice in one map.
 *
 * Maps are parsed without the library's duplicate-key check, which is quadratic in a map's size
 * (256 KiB of keys took 4.4 s instead of 0.5 s); duplicates are found here with a set instead.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';

/** Characters (UTF-16 code units) in one YAML document. */
export const MAX_YAML_CHARS = 1_048_576;
/** Aliases to a map or a list expanded per document (snakeyaml-engine's default). */
const MAX_COLLECTION_ALIASES = 50;
/** Nodes produced by expanding aliases, per document. */
export const MAX_ALIAS_NODES = 10_000;

/** The tags a value may carry: YAML 1.2's core schema (`!!str`, `!!int`…), which give no new meaning. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface YamlProblem {
  /** 1-based line. */
  readonly line: number;
  readonly message: string;
}

/** What kept a text from becoming a document: every problem found, each with its line. */
export class YamlInputError extends Error {
  constructor(readonly problems: readonly YamlProblem[]) {
    super(problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  }
}

export interface GuardedDocument {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export interface GuardOptions {
  /** 'failsafe' keeps every scalar a string (Flink configuration files); default 'core'. */
  readonly schema?: 'core' | 'failsafe';
  /** Refuse a key given twice in one map (Flink's config files allow it: the later wins). Default true. */
  readonly uniqueKeys?: boolean;
  /** Accept `%YAML`/`%TAG` directives (Flink's parser reads them in a config.yaml). Default false. */
  readonly directives?: boolean;
}

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** Parses one YAML document within the bounds above; throws YamlInputError with every problem found. */
export function parseGuardedYaml(text: string, options: GuardOptions = {}): GuardedDocument {
  if (text.length > MAX_YAML_CHARS)
    throw new YamlInputError([{ line: 1, message: `is larger than ${MAX_YAML_CHARS / 1048576} MiB (${text.length} characters)` }]);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new YamlInputError([{ line: lineAt(text, nul), message: 'holds a NUL byte: a binary file, not YAML text' }]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: options.schema ?? 'core' });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  const problems: YamlProblem[] = doc.errors.map((error) => ({
    line: line(error.pos[0]),
    message:
      error.code === 'MULTIPLE_DOCS'
        ? "holds more than one YAML document ('---' starts another here); keep one document per file"
        : `not valid YAML: ${error.message.split('\n')[0] ?? error.code}`,
  }));
  if (!options.directives) problems.push(...directiveProblems(text, doc, line));
  problems.push(...nodeProblems(doc, line, options.uniqueKeys ?? true));
  if (problems.length > 0) throw new YamlInputError(problems.sort((a, b) => a.line - b.line));
  return { doc, lineCounter };
}

/** `%YAML`, `%TAG` or any other directive: they stand before the document's start. */
function directiveProblems(text: string, doc: Document.Parsed, line: (offset: number) => number): YamlProblem[] {
  const prologue = text.slice(0, doc.range[0]);
  const at = /^%/m.exec(prologue);
  if (!at) return [];
  const name = /^%\S*/.exec(prologue.slice(at.index))?.[0] ?? '%';
  return [{ line: line(at.index), message: `the YAML directive '${name}' is not supported: remove it (a plain document needs none)` }];
}

/** Tags beyond the core schema, and (when asked) a key twice in one map. Aliases are not followed. */
function nodeProblems(doc: Document.Parsed, line: (offset: number) => number, uniqueKeys: boolean): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || !node.tag || CORE_TAGS.has(node.tag)) return;
      problems.push({
        line: line(node.range?.[0] ?? 0),
        message: `the tag '${node.tag}' is not supported: remove it (values need no tag)`,
      });
    },
    Map(_, map) {
      if (!uniqueKeys) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key))
          problems.push({ line: line(pair.key.range?.[0] ?? 0), message: `not valid YAML: Map keys must be unique ('${key}' twice)` });
        seen.add(key);
      }
    },
  });
  return problems;
}

/**
 * Counts what expanding aliases costs in one document. `alias` is called for each alias about to be
 * expanded and `node` for each node produced inside an expansion; each returns a problem message the
 * first time a bound is passed, after which the caller stops expanding.
 */
export class AliasBudget {
  private collections = 0;
  private nodes = 0;
  private spent = false;

  alias(doc: Document, alias: Alias): string | undefined {
    const target = alias.resolve(doc);
    if (!isMap(target) && !isSeq(target)) return undefined;
    this.collections++;
    return this.collections > MAX_COLLECTION_ALIASES
      ? this.spend(`expands more than ${MAX_COLLECTION_ALIASES} aliases to maps or lists (an alias bomb?)`)
      : undefined;
  }

  node(): string | undefined {
    this.nodes++;
    return this.nodes > MAX_ALIAS_NODES ? this.spend(`aliases expand to more than ${MAX_ALIAS_NODES} values (an alias bomb?)`) : undefined;
  }

  /** Whether a bound was passed: expanding stops. */
  get exhausted(): boolean {
    return this.spent;
  }

  private spend(message: string): string | undefined {
    if (this.spent) return undefined;
    this.spent = true;
    return message;
  }
}
