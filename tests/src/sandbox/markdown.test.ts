// Protects the in-product "What is modelled" page: the README section parses into text blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlines, parseMarkdown, section } from '../../../src/ui/docs/markdown';

describe('markdown subset', () => {
  it('parses paragraphs, wrapped list items and inline marks', () => {
    const blocks = parseMarkdown('**Exact** (see):\n- one `a`\n  continued *here*\n- two\n\nAfter <b>x</b>.');
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'ul', 'p']);
    expect(blocks[1]).toEqual({ kind: 'ul', items: [inlines('one `a` continued *here*'), inlines('two')] });
    expect(inlines('one `a` *b* **c**').map((i) => i.kind)).toEqual(['text', 'code', 'text', 'em', 'text', 'strong']);
    expect(blocks[2]).toEqual({ kind: 'p', inlines: [{ kind: 'text', text: 'After <b>x</b>.' }] });
  });

  it('parses pipe tables (the calibration figures), skipping the delimiter row and comment markers', () => {
    const blocks = parseMarkdown(
      'Before:\n<!-- table:start -->\n| part | measured |\n|---|---:|\n| `cache` | 1 MiB |\n| a \\| b | 2 |\nAfter.',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'table', 'p']);
    expect(blocks[1]).toEqual({
      kind: 'table',
      head: [inlines('part'), inlines('measured')],
      rows: [
        [inlines('`cache`'), inlines('1 MiB')],
        [inlines('a | b'), inlines('2')],
      ],
    });
  });

  it("finds the README's What is modelled section with its three parts", () => {
    const text = section(readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8'), 'What is modelled');
    const blocks = parseMarkdown(text);
    const strong = blocks
      .flatMap((b) => (b.kind === 'p' ? b.inlines : []))
      .filter((i) => i.kind === 'strong')
      .map((i) => i.text);
    expect(strong).toEqual(expect.arrayContaining(['Exact', 'Out of scope here']));
    expect(() => section('# x\n', 'Nope')).toThrow(/no section/);
  });
});
