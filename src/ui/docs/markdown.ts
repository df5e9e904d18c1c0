/**
 * The small Markdown subset the README's "What is modelled" section uses (paragraphs, bullet lists
 * with wrapped lines, headings, pipe tables — the calibration figures —, **bold**, *italic*, `code`), parsed into
 * blocks that Svelte renders as text: no HTML string is ever injected. An HTML comment line (`<!-- … -->`, the
 * markers generated tables sit between) is left out.
 */
export type Inline = { readonly kind: 'text' | 'strong' | 'em' | 'code'; readonly text: string };
export type Block =
  | { readonly kind: 'p'; readonly inlines: Inline[] }
  | { readonly kind: 'ul'; readonly items: Inline[][] }
  | { readonly kind: 'h'; readonly inlines: Inline[] }
  | { readonly kind: 'table'; readonly head: Inline[][]; readonly rows: Inline[][][] };

/** The cells of a pipe-table row: `| a | b |` → [a, b] (a `\|` inside a cell is a literal bar). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replaceAll('\\|', '|'));
}

const isTableLine = (line: string) => line.trimStart().startsWith('|');
const isDelimiterRow = (line: string) => /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/.test(line);

export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  for (const part of text.split(/(\*\*[^*]+\*\*|`[^`]+`|\*[^*\s][^*]*\*)/)) {
    if (!part) continue;
    if (part.startsWith('**')) out.push({ kind: 'strong', text: part.slice(2, -2) });
    else if (part.startsWith('`')) out.push({ kind: 'code', text: part.slice(1, -1) });
    else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) out.push({ kind: 'em', text: part.slice(1, -1) });
    else out.push({ kind: 'text', text: part });
  }
  return out;
}

export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] | undefined;
  let table: string[][] | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', inlines: inlines(paragraph.join(' ')) });
    if (items) blocks.push({ kind: 'ul', items: items.map(inlines) });
    if (table) {
      const [head = [], ...rows] = table;
      blocks.push({ kind: 'table', head: head.map(inlines), rows: rows.map((r) => r.map(inlines)) });
    }
    paragraph = [];
    items = undefined;
    table = undefined;
  };
  for (const line of text.split('\n')) {
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    if (table && !isTableLine(line)) flush();
    if (line.trim() === '') flush();
    else if (isTableLine(line)) {
      if (!table) flush();
      if (!isDelimiterRow(line)) (table ??= []).push(cells(line));
    } else if (/^#{1,6} /.test(line)) {
      flush();
      blocks.push({ kind: 'h', inlines: inlines(line.replace(/^#+ /, '')) });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      items ??= [];
      items.push(line.slice(2));
    } else if (items && /^\s+/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else {
      if (items) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** The part of a Markdown text under `## heading`, up to the next `## `. */
export function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section '## ${heading}'`);
  const body = text.slice(start + heading.length + 5);
  const end = body.indexOf('\n## ');
  return end < 0 ? body : body.slice(0, end);
}
