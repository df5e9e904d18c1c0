/**
 * SnakeYAML Engine 2.6's own words (the YAML parser of Flink 1.19–2.3: flink-core YamlParserUtils.loadYamlFile) for the
 * faults of a config.yaml that the `yaml` library finds too, with SnakeYAML's marks computed from the text, so the
 * product's refusal carries Flink's exception text word for word. The message is what Flink's
 * YamlParserUtils.wrapExceptionToHiddenSensitiveData (YamlParserUtils.java:212-266 at release-2.0.0) rebuilds from
 * SnakeYAML's MarkedYamlEngineException: context, its mark, problem, its mark, each followed by "\n", a mark written
 * ` in reader, line L, column C` (1-based; the snippet left out). Texts from snakeyaml-engine 2.6's ScannerImpl,
 * ParserImpl, Composer and DuplicateKeyException, checked against the oracle's fixtures (tm-yaml-*, tm-duplicate-key,
 * tm-no-space-after-colon). Faults not listed here keep the `yaml` library's words (the caller says so).
 */
import type { YAMLError } from 'yaml';

/** SnakeYAML's `Mark#toString` as Flink writes it: line and column count from 0 inside, printed from 1. */
export function snakeMark(text: string, offset: number): string {
  let line = 0;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // the UnicodeReader drops a byte-order mark
  for (let i = lineStart; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  // columns count code points, not UTF-16 units
  const column = [...text.slice(lineStart, offset)].length;
  return ` in reader, line ${line + 1}, column ${column + 1}`;
}

export interface SnakeRefusal {
  /** The YamlEngineException's message, exactly as Flink has it (ends with "\n"). */
  readonly message: string;
  /** Offset of the problem mark (for the user's `file:line`). */
  readonly at: number;
  readonly hint: string;
}

const marked = (text: string, context: string | undefined, contextAt: number | undefined, problem: string, at: number) =>
  `${context === undefined ? '' : `${context}\n`}${contextAt === undefined ? '' : `${snakeMark(text, contextAt)}\n`}${problem}\n${snakeMark(text, at)}\n`;

/** The first `yaml` library error, as SnakeYAML words it, or undefined where the two parsers' faults do not map. */
export function snakeSyntaxRefusal(text: string, error: YAMLError): SnakeRefusal | undefined {
  const [start, end] = error.pos;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      // ScannerImpl.fetchMoreTokens: a tab where a token must start
      return {
        message: marked(
          text,
          'while scanning for the next token',
          undefined,
          "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
          start,
        ),
        at: start,
        hint: 'indent with spaces, not tabs.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      // `key: a: b`: ScannerImpl.fetchValue refuses the second ': ' (no simple key allowed after a scalar)
      return mappingValues(text, colonAfter(text, start));
    case 'MULTILINE_IMPLICIT_KEY':
      if (firstKeyOfMapping(text, start)) return text[end] === ':' ? mappingValues(text, end) : undefined;
      return requiredKeyWithoutColon(text, start, end);
    case 'MISSING_CHAR':
      return /closing ["']quote/.test(error.message) ? unclosedQuote(text, error.message.includes('"') ? '"' : "'") : undefined;
    case 'MULTIPLE_DOCS':
      return secondDocument(text, start);
    case 'BAD_INDENT':
      if (/^Flow sequence in block collection/.test(error.message)) return unclosedFlowSequence(text, start);
      return /All mapping items must start at the same column/.test(error.message) ? misindentedKey(text, start) : undefined;
    default:
      return undefined;
  }
}

function mappingValues(text: string, colon: number): SnakeRefusal | undefined {
  if (colon < 0) return undefined;
  return {
    message: marked(text, undefined, undefined, 'mapping values are not allowed here', colon),
    at: colon,
    hint: "a ': ' inside an unquoted value, or a line without ': ' just before: quote the value or fix that line.",
  };
}

/** The first ':' followed by a space or the line's end, from `from` on the same line; -1 if the value is quoted. */
function colonAfter(text: string, from: number): number {
  if (text[from] === '"' || text[from] === "'") return -1;
  const m = /:(?=[ \t]|\r|\n|$)/.exec(text.slice(from).split(/\r\n|\r|\n/)[0] ?? '');
  return m ? from + m.index : -1;
}

/**
 * A later key of an open mapping with no ': ' on its line (`key:2`): its simple key is required, and
 * ScannerImpl.stalePossibleSimpleKeys refuses it at the next token: the next line's first character when that line
 * is not deeper (the plain scalar stops there), else the ':' the scalar ran on to.
 */
function requiredKeyWithoutColon(text: string, keyStart: number, end: number): SnakeRefusal | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', keyStart - 1) + 1, 0);
  const keyColumn = keyStart - lineStart;
  const next = /\n([ ]*)(?=[^\s#])/.exec(text.slice(keyStart).replace(/#[^\n]*/g, (c) => ' '.repeat(c.length)));
  let at: number;
  if (next && (next[1] ?? '').length <= keyColumn) at = keyStart + next.index + 1 + (next[1] ?? '').length;
  else if (text[end] === ':') at = end;
  else return undefined;
  return {
    message: marked(text, 'while scanning a simple key', keyStart, "could not find expected ':'", at),
    at: keyStart,
    hint: "a key needs ': ' (a space after the colon) before its value.",
  };
}

/**
 * A multi-line key is "mapping values are not allowed here" only when it opens its mapping (its simple key is not
 * required: ScannerImpl.savePossibleSimpleKey, `required = flowLevel == 0 && indent == column`); a later key of an
 * open mapping fails as "could not find expected ':'" instead, which is not reproduced here.
 */
function firstKeyOfMapping(text: string, keyStart: number): boolean {
  const before = text.slice(0, keyStart).split(/\r\n|\r|\n/);
  const column = (before.pop() ?? '').length;
  const previous = before.reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (previous === undefined) return true;
  const indent = /^ */.exec(previous)?.[0].length ?? 0;
  return /:\s*(#.*)?$/.test(previous) && indent < column;
}

/** Composer.getSingleNode: the stream holds a second document (`---`, or content after `...`). */
function secondDocument(text: string, second: number): SnakeRefusal | undefined {
  const first = /[^\s#]/.exec(text.replace(/#[^\n]*/g, (c) => ' '.repeat(c.length)).replace(/^\uFEFF/, ' '));
  if (!first || first.index >= second || text[first.index] === '%') return undefined;
  return {
    message: marked(text, 'expected a single document in the stream', first.index, 'but found another document', second),
    at: second,
    hint: "keep one document per file (remove the '---' and what follows, or move it to its own file).",
  };
}

/**
 * ScannerImpl.scanFlowScalar reaching the end: context mark at the opening quote, problem mark at the end of the text.
 * The opening quote is the first quote that starts a scalar and is never closed.
 */
function unclosedQuote(text: string, quote: '"' | "'"): SnakeRefusal | undefined {
  const starts = [...text.matchAll(quote === '"' ? /(^|[\s:[{,-])"/g : /(^|[\s:[{,-])'/g)].map((m) => m.index + (m[1] ?? '').length);
  const closing = quote === '"' ? /(^|[^\\])(\\\\)*"/ : /'(?!')/;
  const open = starts.find((s) => !closing.test(text.slice(s + 1).replace(/''/g, '')));
  if (open === undefined || /^(---|\.\.\.)(\s|$)/m.test(text.slice(open))) return undefined;
  return {
    message: marked(text, 'while scanning a quoted scalar', open, 'found unexpected end of stream', text.length),
    at: open,
    hint: `close the ${quote === '"' ? 'double' : 'single'} quote.`,
  };
}

/**
 * A key indented between two levels: ScannerImpl.unwindIndent closes the deeper mapping, the key opens a new one
 * (`<block mapping start>`), and ParserImpl's block mapping around it expects `<block end>`. Only for files of plain
 * `key: value` / `key:` lines up to there (lists or flow collections change the tokens).
 */
function misindentedKey(text: string, at: number): SnakeRefusal | undefined {
  const lines = text.slice(0, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)).split('\n');
  const offsets: number[] = [];
  lines.reduce((n, l) => offsets.push(n) && n + l.length + 1, 0);
  const indentOf = (l: string) => /^ */.exec(l)?.[0].length ?? 0;
  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '' && !l.trim().startsWith('#'));
  const bad = content[content.length - 1];
  if (!bad || !content.every(({ l }) => /^ *[^\s#:'"[\]{},&*!|>%@`-][^:#]*:( |$)/.test(l))) return undefined;
  const c = indentOf(bad.l);
  const earlier = content.slice(0, -1);
  const parentAt = earlier.map((x) => indentOf(x.l) < c).lastIndexOf(true);
  if (parentAt < 0) return undefined;
  const k = indentOf(earlier[parentAt]?.l ?? '');
  let first = parentAt;
  while (first > 0 && indentOf(earlier[first - 1]?.l ?? '') >= k) first--;
  while (indentOf(earlier[first]?.l ?? '') !== k) first++;
  const mapStart = (offsets[earlier[first]?.i ?? 0] ?? 0) + k;
  const keyAt = (offsets[bad.i] ?? 0) + c;
  return {
    message: marked(text, 'while parsing a block mapping', mapStart, "expected <block end>, but found '<block mapping start>'", keyAt),
    at: keyAt,
    hint: 'indent the key exactly like the other keys of its map.',
  };
}

/**
 * A `[` never closed: ParserImpl's flow sequence wants ',' or ']' after an entry and gets the next token, here the ':'
 * of the first `key: ` further down (a plain scalar in flow context runs over lines, and a simple key cannot span them)
 * or the stream's end. Only for a plain rest of the file (no quotes, brackets, braces or comments), where that holds.
 */
function unclosedFlowSequence(text: string, at: number): SnakeRefusal | undefined {
  const open = text.lastIndexOf('[', at);
  const rest = text.slice(open + 1);
  if (open < 0 || /[[\]{}"'#]/.test(rest)) return undefined;
  const colon = /:(?=\s|$)/.exec(rest);
  const got = colon ? open + 1 + colon.index : text.length;
  if (colon) {
    // the entry holding the colon must start on an earlier line, else it is a single-pair mapping `[a: b]`
    const entryStart = rest.lastIndexOf(',', colon.index) + 1;
    if (!/[\r\n]/.test(rest.slice(entryStart, colon.index).trimStart())) return undefined;
  }
  return {
    message: marked(text, 'while parsing a flow sequence', open, `expected ',' or ']', but got ${colon ? ':' : '<stream end>'}`, got),
    at: got,
    hint: "close the list with ']'.",
  };
}

/** Flink's YamlEngineException message on one line for the user (`context mark; problem mark`). */
export function oneLine(message: string): string {
  return message
    .trimEnd()
    .split('\n')
    .reduce<string[]>((parts, l) => {
      if (l.startsWith(' in reader') && parts.length > 0) parts[parts.length - 1] += l;
      else parts.push(l);
      return parts;
    }, [])
    .join('; ');
}
