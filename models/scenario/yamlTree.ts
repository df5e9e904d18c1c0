/**
 * The bridge between a parsed YAML document and the schema: plain data for validation (core
 * schema, so `parallelism: 8` is a number, except Flink option values and the Flink version,
 * which stay the text typed), and the source line of any path, for error messages.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type ParsedNode } from 'yaml';

type Path = readonly PropertyKey[];

/** Subtrees whose scalars keep their source text (`1.20` stays "1.20", `0.15` stays "0.15"). */
const TEXT_PATHS: readonly (readonly string[])[] = [
  ['flink', 'config'],
  ['flink', 'version'],
];

const MAX_DEPTH = 64;

export interface TreeProblem {
  readonly path: Path;
  readonly message: string;
}

function isTextPath(path: Path): boolean {
  return TEXT_PATHS.some((prefix) => prefix.every((key, i) => path[i] === key));
}

function scalarText(node: { readonly value: unknown; readonly source?: string }): string | null {
  if (node.value === null && (node.source === undefined || node.source === '')) return null;
  return node.source ?? String(node.value);
}

/** A `key: value` target that cannot be hijacked by `__proto__`. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Plain data of a YAML node; problems the schema cannot see (non-text keys, alias cycles) go to `problems`. */
export function toData(doc: Document, node: unknown, path: Path, problems: TreeProblem[]): unknown {
  if (path.length > MAX_DEPTH) {
    problems.push({ path, message: `is nested more than ${MAX_DEPTH} levels deep (an alias cycle?)` });
    return undefined;
  }
  const resolved = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(resolved)) {
    const out: Record<string, unknown> = {};
    for (const pair of resolved.items) {
      if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
        problems.push({ path, message: 'keys must be plain text' });
        continue;
      }
      const key = String(pair.key.value);
      setKey(out, key, toData(doc, pair.value, [...path, key], problems));
    }
    return out;
  }
  if (isSeq(resolved)) return resolved.items.map((item, i) => toData(doc, item, [...path, i], problems));
  if (isScalar(resolved)) return isTextPath(path) ? scalarText(resolved) : resolved.value;
  return null;
}

/**
 * The 1-based line of the node at `path`: of its key when it is a map entry, of the item when
 * it is a list item. When the path does not exist (a missing field, say), the line of the
 * deepest ancestor that does; the document itself is line 1.
 */
export function lineOf(doc: Document.Parsed, lineCounter: LineCounter, path: Path): number {
  let node: unknown = doc.contents;
  let line = 1;
  const lineAt = (n: Node | null | undefined) => (n?.range ? lineCounter.linePos(n.range[0]).line : line);
  for (const segment of path) {
    const current = isAlias(node) ? node.resolve(doc) : node;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return line;
      line = lineAt(pair.key as ParsedNode);
      node = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (item === undefined) return line;
      line = lineAt(item as ParsedNode);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}
