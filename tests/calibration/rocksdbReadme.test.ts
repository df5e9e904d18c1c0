// Protects README.md's RocksDB figures: the tables between the rocksdb-* markers are exactly what scripts/rocksdb-readme.ts
// makes from models/rocksdb/measured.ts and the RocksDB fixtures now (a value changed in the model or a fixture re-recorded
// fails here until `npx tsx scripts/rocksdb-readme.ts --write`), and the in-product "What is modelled" page carries them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measuredConstants, readmeBlocks, withBlocks } from '../../scripts/rocksdb-readme';
import { parseMarkdown, section } from '../../src/ui/docs/markdown';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("README.md's RocksDB figures", () => {
  it.each(Object.entries(readmeBlocks()))('shows exactly the current %s block', (name, block) => {
    const between = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme)?.[1];
    expect(between).toBe(block);
  });

  it('lists every measured constant of the model, each with the comment that says where it comes from', () => {
    const constants = measuredConstants(readFileSync(join(ROOT, 'models', 'rocksdb', 'measured.ts'), 'utf8'));
    expect(constants.length).toBeGreaterThan(5);
    for (const c of constants) {
      expect(c.comment, c.name).not.toBe('');
      expect(readme).toContain(`| \`${c.name}\` |`);
    }
  });

  it('puts a block between its markers and refuses a README without them', () => {
    const text = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb';
    expect(withBlocks(text, { x: 'new' })).toBe('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb');
    expect(() => withBlocks('nothing', { x: 'new' })).toThrow(/no <!-- x:start -->/);
  });

  it('is part of "What is modelled", which the sandbox renders: the section and its tables', () => {
    const blocks = parseMarkdown(section(readme, 'What is modelled'));
    const headings = blocks.flatMap((b) => (b.kind === 'h' ? [b.inlines.map((i) => i.text).join('')] : []));
    expect(headings).toEqual(expect.arrayContaining(['RocksDB and the allocator']));
    const tables = blocks.filter((b) => b.kind === 'table');
    const measuredHead = tables.find((t) => t.kind === 'table' && t.head[0]?.some((i) => i.text.includes('models/rocksdb/measured.ts')));
    expect(measuredHead).toBeDefined();
  });
});
