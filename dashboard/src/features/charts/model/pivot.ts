import { csvField } from '@/lib/csv/csv-field.generated.ts';
import type { ChartTable } from './chart-table.ts';

/** The long table turned: the first dimension down (months), the second across (regions), one measure. */
export interface Pivot {
  readonly rowHeader: string;
  readonly columns: readonly { readonly code: string; readonly label: string }[];
  readonly rows: readonly {
    readonly code: string;
    readonly label: string;
    readonly cells: readonly (number | null)[];
  }[];
}

/** Only a table of two dimensions turns; a value with no row for it is empty, not zero. */
export const toPivot = (table: ChartTable, measure = 0): Pivot | null => {
  if (table.dimensions.length !== 2) return null;
  const columns = new Map<string, string>();
  const rows = new Map<string, { label: string; values: Map<string, number | null> }>();
  for (const row of table.rows) {
    const [down, across] = row.keys;
    if (!down || !across) continue;
    columns.set(across.code, across.label);
    const line = rows.get(down.code) ?? { label: down.label, values: new Map() };
    line.values.set(across.code, row.values[measure] ?? null);
    rows.set(down.code, line);
  }
  const columnList = [...columns].map(([code, label]) => ({ code, label }));
  return {
    rowHeader: table.dimensions[0]!.label,
    columns: columnList,
    rows: [...rows].map(([code, line]) => ({
      code,
      label: line.label,
      cells: columnList.map((c) => line.values.get(c.code) ?? null),
    })),
  };
};

/** The pivot as CSV, numbers unformatted, with the byte-order mark Excel needs for Cyrillic. */
export const pivotCsv = (pivot: Pivot): string => {
  const lines = [[pivot.rowHeader, ...pivot.columns.map((c) => c.label)].map(csvField).join(',')];
  for (const row of pivot.rows) lines.push([row.label, ...row.cells].map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
