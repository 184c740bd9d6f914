// The product's one rule for a cell of every CSV export (formulas made inert), copied from schema/.
import { csvField } from '@/lib/csv/csv-field.generated.ts';
import type { ChartTable } from './chart-table.ts';

/**
 * The chart's data as CSV (RFC 4180): dimension codes and labels, then one column per measure,
 * numbers unformatted so that a spreadsheet can compute with them. A byte-order mark makes Excel
 * read the Cyrillic and Kazakh letters as UTF-8. `codeColumn` names a dimension's code column in
 * the interface language ("Регион: код").
 */
export const toCsv = (table: ChartTable, codeColumn: (label: string) => string): string => {
  const header = [
    ...table.dimensions.flatMap((d) => [codeColumn(d.label), d.label]),
    ...table.measures.map((m) => m.label),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    lines.push([...row.keys.flatMap((k) => [k.code, k.label]), ...row.values].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
