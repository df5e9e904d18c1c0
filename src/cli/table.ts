/** Plain-text tables (columns padded to their widest cell) and CSV fields, for the sizing commands. */

export function textTable(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length + 2))).join(''))
    .join('\n');
}

/** One CSV field: null is empty; text with a comma, quote or line break is quoted (RFC 4180). */
function csvField(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: ReadonlyArray<number | string | boolean | null | undefined>): string =>
  `${fields.map(csvField).join(',')}\n`;
