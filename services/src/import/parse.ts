import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { type ImportLimits, limitMessages } from './limits.ts';
import { UnreadableFileError } from './parse-errors.ts';
import { checkZip } from './zip-check.ts';

export { UnreadableFileError };

export interface SheetRow {
  /** The row's line in the file as the officer sees it: the CSV line or the Excel row number. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Sheet {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly SheetRow[];
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Excel in a Russian locale saves CSV with semicolons; other tools use commas or tabs. */
const detectDelimiter = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
};

const newlines = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.split('\n').length - 1), 0);

/** Past the row or column limit: refused before the rows are converted or checked. */
const checkShape = (rows: readonly SheetRow[], limits: ImportLimits): void => {
  if (rows.length > limits.maxRows + 1) throw new UnreadableFileError(limitMessages.rows(limits));
  for (const row of rows)
    if (row.cells.length > limits.maxColumns)
      throw new UnreadableFileError(limitMessages.columns(limits, row.line, row.cells.length));
};

export const parseCsv = (content: Buffer, limits: ImportLimits): Sheet => {
  const text = content.toString('utf8');
  if (text.includes('\uFFFD'))
    throw new UnreadableFileError('the CSV file is not UTF-8: save it as "CSV UTF-8"');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      // Lines of separators only are empty rows too: skipped here, so `to` counts only real rows.
      skip_records_with_empty_values: true,
      info: true,
      // One record past the limit (header + rows + 1) proves the file too long; reading stops there.
      to: limits.maxRows + 2,
    }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFileError(`the CSV file cannot be read: ${(error as Error).message}`);
  }
  const rows = records
    .map(({ record, info }) => ({ line: info.lines - newlines(record), cells: record }))
    .filter((r) => !isBlank(r.cells));
  checkShape(rows, limits);
  const [header, ...data] = rows;
  if (!header) throw new UnreadableFileError('the file is empty: the first row must be the header');
  return { header: header.cells, headerLine: header.line, rows: data };
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
};

/** The data sheet's name in a template of each language. */
const DATA_SHEETS: ReadonlySet<string | undefined> = new Set(['Данные', 'Деректер', 'Data']);

/**
 * Reads the data sheet ("Данные", "Деректер" or "Data", as in the templates), else the first sheet, row by row with
 * ExcelJS's streaming reader: memory stays a fraction of the whole-workbook model's, and the row
 * and column limits stop the reading at the first row past them.
 */
export const parseXlsx = async (content: Buffer, limits: ImportLimits): Promise<Sheet> => {
  checkZip(content, limits);
  // Loaded here, not with the module: the parsing thread of a CSV file never pays for it.
  const { default: excel } = await import('exceljs');
  let chosen: SheetRow[] | null = null;
  try {
    const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([content]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name;
      const wanted = DATA_SHEETS.has(name) || chosen === null;
      const rows: SheetRow[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (!wanted) continue;
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > limits.maxColumns)
          throw new UnreadableFileError(limitMessages.columns(limits, row.number, values.length - 1));
        const cells = Array.from(values.slice(1), (v) => cellText(v ?? null));
        if (isBlank(cells)) continue;
        rows.push({ line: row.number, cells });
        if (rows.length > limits.maxRows + 1) throw new UnreadableFileError(limitMessages.rows(limits));
      }
      if (wanted) chosen = rows;
      if (DATA_SHEETS.has(name)) break;
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`the XLSX file cannot be read: ${(error as Error).message}`);
  }
  if (chosen === null) throw new UnreadableFileError('the workbook has no sheet');
  const [header, ...data] = chosen;
  if (!header) throw new UnreadableFileError('the sheet is empty: the first row must be the header');
  return { header: header.cells, headerLine: header.line, rows: data };
};

export const parseSpreadsheet = (
  content: Buffer,
  format: SpreadsheetFormat,
  limits: ImportLimits,
): Promise<Sheet> =>
  format === 'csv' ? Promise.resolve(parseCsv(content, limits)) : parseXlsx(content, limits);

/** XLSX files are ZIP archives; anything else is read as CSV text. */
export const detectFormat = (content: Buffer): SpreadsheetFormat =>
  content.length >= 4 && content.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
