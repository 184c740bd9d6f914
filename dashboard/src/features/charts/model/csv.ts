import type { ChartTable } from './chart-table.ts';

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The chart's data as CSV (RFC 4180): dimension codes and labels, then one column per measure,
 * numbers unformatted so that a spreadsheet can compute with them. A byte-order mark makes Excel
 * read the Cyrillic and Kazakh letters as UTF-8.
 */
export const toCsv = (table: ChartTable): string => {
  const header = [
    ...table.dimensions.flatMap((d) => [`${d.label} (code)`, d.label]),
    ...table.measures.map((m) => m.label),
  ];
  const lines = [header.map(cell).join(',')];
  for (const row of table.rows) {
    lines.push(
      [...row.keys.flatMap((k) => [k.code, k.label]), ...row.values].map((v) => cell(v ?? null)).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
