// Protects determinism: models/ must not touch the wall clock, randomness, timers, the DOM or UI code (DOM and Node globals are also absent
// from models/tsconfig.json).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODELS = new URL('../../models/', import.meta.url).pathname;

const FORBIDDEN_GLOBALS = new Set([
  'Date',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'requestAnimationFrame',
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'globalThis',
  'process',
  'crypto',
  'Worker',
  'self',
]);
const FORBIDDEN_MEMBERS = new Set(['Math.random']);
const FORBIDDEN_IMPORTS = [/^svelte/, /^d3/, /^node:/, /^(fs|path|os|child_process)$/, /\/src\//, /^\.\.\/\.\.\/src/, /\.svelte$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Violations in one file: forbidden global identifiers (not property names or declarations), members and imports. */
export function violations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const locals = declaredNames(source);
  const found: string[] = [];
  const at = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const spec = node.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec) && FORBIDDEN_IMPORTS.some((re) => re.test(spec.text)))
        found.push(`${at(node)} imports '${spec.text}'`);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found.push(`${at(node)} uses a dynamic import`);
    } else if (ts.isPropertyAccessExpression(node) && FORBIDDEN_MEMBERS.has(node.getText(source))) {
      found.push(`${at(node)} uses ${node.getText(source)}`);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !locals.has(node.text) && isGlobalReference(node)) {
      found.push(`${at(node)} uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names the file declares itself (parameters, variables, functions, imports): those shadow globals. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isImportSpecifier(parent) || ts.isTypeReferenceNode(parent)) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return true;
}

describe('models/ purity', () => {
  const files = sourceFiles(MODELS);

  it('finds the model sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(MODELS, f), f]))('%s is pure', (_name, file) => {
    expect(violations(relative(MODELS, file), readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches what it forbids', () => {
    const bad = [
      'const a = Math.random();',
      'const t = Date.now();',
      'const d = new Date();',
      'setTimeout(() => 1, 5);',
      'document.title = "x";',
      "import { mount } from 'svelte';",
      "import * as d3 from 'd3';",
      "import x from '../../src/ui/thing';",
      'const p = performance.now();',
    ].join('\n');
    expect(violations('bad.ts', bad)).toHaveLength(9);
    expect(violations('ok.ts', 'const o = { document: 1, Date: 2 }; const { random } = o as any; o.document;')).toEqual([]);
  });
});
