// Protects the readability of every section reference from a clone: each § cited in the code, tests, scenarios, lessons and README names a
// document in docs/ that exists and has that section.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCANNED = ['models', 'src', 'scenarios', 'lessons', 'tests', 'scripts', 'bin', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures']);
const TEXT_FILE = /\.(ts|js|mjs|svelte|ya?ml|md|json|html|css)$/;
// Written as escapes so that this file itself cites nothing.
const SECTION_SIGN = '\u00a7';
const TOKEN = /docs\/([\w-]+\.md)|\u00a7(\d+(?:\.\d+)*[a-z]?)/g;
/** A line whose comment text starts with § continues the citation list of the line before. */
const CONTINUATION = /^\s*(?:\/\*\*|\*|\/\/|#)?\s*\u00a7/;

interface Citation {
  line: number;
  doc: string;
  section: string;
}
interface Problem {
  line: number;
  text: string;
}

/** The section numbers a document's headings carry: `## 4. …` → 4, `### 4.2 …` → 4.2, `### 11a …` → 11a. */
function sectionsOf(markdown: string): Set<string> {
  const sections = new Set<string>();
  for (const [, section] of markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*[a-z]?)(?=[.\s])/gm)) sections.add(section ?? '');
  return sections;
}

/** Every § of a text with the document it belongs to: the last docs/<name>.md before it on its line (or on the line it continues). */
function citationsIn(text: string): { citations: Citation[]; problems: Problem[] } {
  const citations: Citation[] = [];
  const problems: Problem[] = [];
  let carried: string | undefined;
  text.split('\n').forEach((lineText, index) => {
    const line = index + 1;
    let current = CONTINUATION.test(lineText) ? carried : undefined;
    let cites = false;
    for (const [, doc, section = ''] of lineText.matchAll(TOKEN)) {
      if (doc !== undefined) {
        current = doc;
      } else if (current === undefined) {
        problems.push({ line, text: `cites ${SECTION_SIGN}${section} without naming a document in docs/` });
      } else {
        citations.push({ line, doc: current, section });
        cites = true;
      }
    }
    carried = cites ? current : undefined;
  });
  return { citations, problems };
}

/** What is wrong with a text's citations against the documents of a docs/ directory (name → its sections). */
function citationProblems(text: string, docs: ReadonlyMap<string, Set<string>>): Problem[] {
  const { citations, problems } = citationsIn(text);
  for (const { line, doc, section } of citations) {
    const sections = docs.get(doc);
    if (sections === undefined) problems.push({ line, text: `cites docs/${doc}, which does not exist` });
    else if (!sections.has(section)) problems.push({ line, text: `cites docs/${doc} ${SECTION_SIGN}${section}, which it lacks` });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function docsDirectory(): Map<string, Set<string>> {
  const dir = join(ROOT, 'docs');
  const docs = new Map<string, Set<string>>();
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.md')) docs.set(name, sectionsOf(readFileSync(join(dir, name), 'utf8')));
  }
  return docs;
}

function scannedFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIPPED_DIRS.has(name))
    .flatMap((name) => scannedFiles(join(path, name)));
}

const SAMPLE_DOCS = new Map([
  ['runtime-mechanics.md', sectionsOf('## 1. Tasks\n### 1.2 Failures\n## 11. Rules\n### 11a Leak\n')],
  ['incidents.md', sectionsOf('## 5. Pod OOMKilled\n')],
]);

describe('the citation checker', () => {
  it('reads section numbers from headings, with letters and without trailing dots', () => {
    expect([...sectionsOf('# Title\n## 1. A\n### 1.2 B\n### 11a C\n## Appendix A\ntext 3.4 here\n')]).toEqual(['1', '1.2', '11a']);
  });

  it('accepts lists, ranges and a list continued on the next comment line', () => {
    const text = [
      ' * Checkpoints (docs/runtime-mechanics.md \u00a71.2, \u00a711a), see docs/incidents.md \u00a75,',
      ' * \u00a75; and docs/runtime-mechanics.md \u00a71\u2013\u00a711.',
    ].join('\n');
    expect(citationProblems(text, SAMPLE_DOCS)).toEqual([]);
    expect(citationsIn(text).citations.map((c) => `${c.doc} ${c.section}`)).toEqual([
      'runtime-mechanics.md 1.2',
      'runtime-mechanics.md 11a',
      'incidents.md 5',
      'incidents.md 5',
      'runtime-mechanics.md 1',
      'runtime-mechanics.md 11',
    ]);
  });

  it('reports a bare §, a document outside docs/, a missing document and a missing section', () => {
    const text = [
      '/** G1 reserve (\u00a73). */',
      ' * (runtime-mechanics \u00a71.2)',
      '// docs/spec.md \u00a71',
      '// docs/runtime-mechanics.md \u00a71.3 and \u00a711b',
      'const x = 1;',
      ' * \u00a71.2 does not continue a line without a citation',
    ].join('\n');
    expect(citationProblems(text, SAMPLE_DOCS).map((p) => `${p.line}: ${p.text}`)).toEqual([
      '1: cites \u00a73 without naming a document in docs/',
      '2: cites \u00a71.2 without naming a document in docs/',
      '3: cites docs/spec.md, which does not exist',
      '4: cites docs/runtime-mechanics.md \u00a71.3, which it lacks',
      '4: cites docs/runtime-mechanics.md \u00a711b, which it lacks',
      '6: cites \u00a71.2 without naming a document in docs/',
    ]);
  });
});

describe('the repository', () => {
  const docs = docsDirectory();

  it('has the documents the code cites', () => {
    expect([...docs.keys()].sort()).toEqual(expect.arrayContaining(['flink-memory-model.md', 'incidents.md', 'runtime-mechanics.md']));
  });

  it('cites only sections that docs/ has', () => {
    const files = SCANNED.flatMap((entry) => scannedFiles(join(ROOT, entry)));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(SECTION_SIGN)) return [];
      return citationProblems(text, docs).map((p) => `${relative(ROOT, file)}:${p.line}: ${p.text}`);
    });
    expect(problems).toEqual([]);
  });

  it('cites many sections, so the scan does see them', () => {
    const files = SCANNED.flatMap((entry) => scannedFiles(join(ROOT, entry)));
    const count = files.reduce((sum, file) => sum + citationsIn(readFileSync(file, 'utf8')).citations.length, 0);
    // 77 lines cite sections today; a scan that silently found none would pass the test above.
    expect(count).toBeGreaterThan(60);
  });
});
