/**
 * Walking one parsed Kubernetes/Helm YAML document with positions: a node at a path, its line in
 * the whole file (documents of a `---` stream are parsed one by one, so each carries its offset),
 * and the YAML path text used in every "taken from" note.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export interface DocContext {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Lines before this document in the file. */
  readonly lineOffset: number;
  readonly fileName: string;
}

export function lineOf(ctx: DocContext, node: Node | null | undefined): number {
  return ctx.lineCounter.linePos(node?.range?.[0] ?? 0).line + ctx.lineOffset;
}

/** The map's value under `key` (a scalar key compared as text), or a list's item for `[n]`. */
export function child(node: Node | null | undefined, key: string): Node | undefined {
  const index = /^\[(\d+)\]$/.exec(key);
  if (index && isSeq(node)) return (node.items[Number(index[1])] as Node | undefined) ?? undefined;
  if (!isMap(node)) return undefined;
  const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value as Node | null | undefined) ?? undefined;
}

export function at(node: Node | null | undefined, path: readonly string[]): Node | undefined {
  let current: Node | undefined = node ?? undefined;
  for (const key of path) current = child(current, key);
  return current;
}

/** A scalar's text (failsafe schema: as typed), else undefined. */
export function text(node: Node | null | undefined): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

export function pairs(node: Node | null | undefined): Pair[] {
  return isMap(node) ? (node.items as Pair[]) : [];
}

export function items(node: Node | null | undefined): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** `spec.flinkConfiguration."taskmanager.memory.process.size"`: keys with dots quoted, as `yq` writes them. */
export function pathText(path: readonly string[]): string {
  const dot = (i: number) => (i === 0 ? '' : '.');
  return path.map((k, i) => (/^\[\d+\]$/.test(k) ? k : /^[A-Za-z0-9_-]+$/.test(k) ? `${dot(i)}${k}` : `${dot(i)}"${k}"`)).join('');
}

/** Flattens a map of Flink options (flat or nested, as the operator's `asFlatMap` since 1.13) with each value's position. */
export function flattenOptions(
  node: Node | null | undefined,
  path: readonly string[],
  prefix: string,
  out: Array<{ key: string; value: string; line: number; path: readonly string[] }>,
  ctx: DocContext,
): void {
  for (const pair of pairs(node)) {
    const keyText = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value as Node | null;
    const here = [...path, keyText];
    if (isMap(value)) flattenOptions(value, here, `${prefix}${keyText}.`, out, ctx);
    else {
      const typed = isSeq(value) ? items(value).map(text).join(';') : (text(value) ?? '');
      out.push({ key: `${prefix}${keyText}`, value: typed, line: lineOf(ctx, (pair.key as Node | null) ?? value), path: here });
    }
  }
}
