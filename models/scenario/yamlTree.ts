/**
 * The bridge between a parsed YAML document and the schema: plain data for validation (core
 * schema, so `parallelism: 8` is a number, except Flink option values and the Flink version,
 * which stay the text typed), and the source line of any path, for error messages.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type ParsedNode } from 'yaml';
import { AliasBudget } from '../yaml/guardedYaml';

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
  /** Source offset of the node at fault when it is not the one at `path` (an alias being expanded). */
  readonly offset?: number;
  /** The data is incomplete (an alias expansion stopped): other problems would mislead. */
  readonly fatal?: boolean;
}

/** One walk of a document: its problems and what its aliases have cost so far. */
interface Walk {
  readonly doc: Document;
  readonly problems: TreeProblem[];
  readonly budget: AliasBudget;
  /** Inside an alias's expansion, the source offset of that (outermost) alias: every node counts against the budget. */
  readonly inAlias: number | undefined;
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

/**
 * Plain data of a YAML node; problems the schema cannot see (non-text keys, alias cycles, an alias
 * expansion beyond guardedYaml's bounds) go to `problems`.
 */
export function toData(doc: Document, node: unknown, path: Path, problems: TreeProblem[]): unknown {
  return walk({ doc, problems, budget: new AliasBudget(), inAlias: undefined }, node, path);
}

function walk(w: Walk, node: unknown, path: Path): unknown {
  if (path.length > MAX_DEPTH) {
    w.problems.push({ path, message: `is nested more than ${MAX_DEPTH} levels deep (an alias cycle?)` });
    return undefined;
  }
  if (w.budget.exhausted) return undefined;
  if (isAlias(node)) {
    const problem = w.budget.alias(w.doc, node);
    const offset = w.inAlias ?? node.range?.[0] ?? 0;
    if (problem) w.problems.push({ path, message: problem, offset, fatal: true });
    if (w.budget.exhausted) return undefined;
    return walk({ ...w, inAlias: offset }, node.resolve(w.doc), path);
  }
  if (w.inAlias !== undefined) {
    const problem = w.budget.node();
    if (problem) w.problems.push({ path, message: problem, offset: w.inAlias, fatal: true });
    if (w.budget.exhausted) return undefined;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
        w.problems.push({ path, message: 'keys must be plain text' });
        continue;
      }
      const key = String(pair.key.value);
      setKey(out, key, walk(w, pair.value, [...path, key]));
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item, i) => walk(w, item, [...path, i]));
  if (isScalar(node)) return isTextPath(path) ? scalarText(node) : node.value;
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
