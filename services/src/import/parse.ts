import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

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

export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Excel in a Russian locale saves CSV with semicolons; other tools use commas or tabs. */
const detectDelimiter = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
};

const newlines = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.split('\n').length - 1), 0);

export const parseCsv = (content: Buffer): Sheet => {
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
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFileError(`the CSV file cannot be read: ${(error as Error).message}`);
  }
  const rows = records
    .map(({ record, info }) => ({ line: info.lines - newlines(record), cells: record }))
    .filter((r) => !isBlank(r.cells));
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

/** Reads the sheet named "Данные" (as in the template), else the first sheet. */
export const parseXlsx = async (content: Buffer): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`the XLSX file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.getWorksheet('Данные') ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('the workbook has no sheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells = values.slice(1).map((v) => cellText(v ?? null));
    if (!isBlank(cells)) rows.push({ line, cells });
  });
  const [header, ...data] = rows;
  if (!header) throw new UnreadableFileError('the sheet is empty: the first row must be the header');
  return { header: header.cells, headerLine: header.line, rows: data };
};

export const parseSpreadsheet = (content: Buffer, format: SpreadsheetFormat): Promise<Sheet> =>
  format === 'csv' ? Promise.resolve(parseCsv(content)) : parseXlsx(content);

/** XLSX files are ZIP archives; anything else is read as CSV text. */
export const detectFormat = (content: Buffer): SpreadsheetFormat =>
  content.length >= 4 && content.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
