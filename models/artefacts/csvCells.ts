/**
 * CSV as Grafana and spreadsheets write it: RFC 4180 quoting (`""` for a quote, quoted line breaks), `,`, `;` or tab
 * between cells (Grafana 7–9 used the browser locale's list separator, grafana-data src/utils/csv.ts
 * getLocaleDelimiter; its Excel mode writes tabs; Grafana ≤ 6's "Export CSV" wrote `;`), an Excel `sep=;` first line,
 * a byte-order mark, and values as Grafana's "Formatted data" option prints them (`1.20 GiB`, `350 ms`, `12.3 K`:
 * the unit formats of grafana-data src/valueFormats/categories.ts).
 */
import { ArtefactError, type ObservedUnit } from './observedSeries';

export interface CsvRow {
  /** The 1-based line the row starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** The cell separator: a `sep=` line's, else the one of `,`, `;` and tab found most often outside quotes in the first line. */
function delimiterOf(firstLine: string): string {
  const sep = /^sep=(.)$/.exec(firstLine.trim());
  if (sep) return sep[1] as string;
  const outside = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: outside.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return (counts[0] as { d: string; n: number }).n > 0 ? (counts[0] as { d: string }).d : ',';
}

/** The rows of a CSV text (blank lines dropped, a `sep=` line read and dropped); an unclosed quote is refused. */
export function csvRows(text: string, fileName: string): { rows: CsvRow[]; delimiter: string } {
  if (text.includes('\u0000'))
    throw new ArtefactError(fileName, 0, '', "holds NUL characters: UTF-16 text (Grafana's Excel mode)? save it as UTF-8");
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = delimiterOf(firstLine);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else if (c !== '\r') cell += c;
  }
  if (quoted) throw new ArtefactError(fileName, rowLine, '', 'a quoted cell is not closed');
  endRow();
  if (/^sep=.$/.test(rows[0]?.cells.join(delimiter).trim() ?? '')) rows.shift();
  return { rows, delimiter };
}

/** What a value cell holds: a number in the product's unit, a gap, or why it is not a number. */
export type CellValue = { readonly value: number } | { readonly gap: true } | { readonly problem: string };

const BYTE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
};
const MS_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  µs: 1e-3,
  us: 1e-3,
  ms: 1,
  s: 1000,
  min: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};
const COUNT_UNITS: Readonly<Record<string, number>> = { K: 1e3, Mil: 1e6, M: 1e6, Bil: 1e9, B: 1e9, Tri: 1e12 };

/** Grafana writes `null` (≤ 6), `undefined` (≤ 6's series-as-columns) or nothing for a missing value. */
const GAPS = new Set(['', 'null', 'undefined', 'NaN', 'nan']);

/** A value cell (plain, or formatted with a unit that must fit the metric's), `,` as decimal mark when cells are `;`-separated. */
export function cellValue(cell: string, unit: ObservedUnit, decimalComma: boolean): CellValue {
  const text = cell.trim();
  if (GAPS.has(text)) return { gap: true };
  const m = /^([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Zµ]*)$/.exec(text);
  if (!m) return { problem: `'${text}' is not a number` };
  const digits = m[1] as string;
  if (digits.includes(',') && !decimalComma) return { problem: `'${text}' is not a number` };
  const n = Number(digits.replace(',', '.'));
  const suffix = m[2] as string;
  if (suffix === '') return Number.isFinite(n) ? { value: n } : { problem: `'${text}' is not a finite number` };
  const table = unit === 'bytes' ? BYTE_UNITS : unit === 'ms' ? MS_UNITS : COUNT_UNITS;
  const factor = table[suffix];
  if (factor === undefined) return { problem: `'${text}': '${suffix}' is not a unit of ${unit} (${Object.keys(table).join(', ')})` };
  return { value: n * factor };
}
