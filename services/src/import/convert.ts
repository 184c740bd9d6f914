import type { FieldIssue, IssueCode, IssueValues } from '@kpi/schema';
import { READER_LANGUAGES } from '../identity/reader-language.ts';
import type { Column } from './column.ts';
import { headerIn, headerOf } from './columns.ts';
import type { Sheet } from './parse.ts';

/** One problem with one row, as the dry-run report shows it. */
export interface RowIssue {
  /** The file's line (1 is the header). */
  readonly line: number;
  /** The column's header as in the file, or null for a problem of the whole row. */
  readonly column: string | null;
  /** What is wrong, for a user interface to word; `message` says it in English for API clients. */
  readonly code: IssueCode;
  readonly message: string;
  readonly values?: IssueValues;
  /** The field an issue names when it is no column of the file (`removesRiskIds.2` of a merged row). */
  readonly field?: string;
}

export interface ColumnMap {
  /** Index in the file of each layout column, or -1 when the file lacks it. */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly headerOf: ReadonlyMap<string, string>;
  readonly problems: readonly RowIssue[];
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Matches the file's header to the layout: by the machine key in parentheses, the bare key, or
 * the header in Russian, Kazakh or English, so a header retyped by hand, or a template downloaded
 * in another language, still matches.
 */
export const mapColumns = (sheet: Sheet, layout: readonly Column[]): ColumnMap => {
  const indexOf = new Map<string, number>();
  const headers = new Map<string, string>();
  const problems: RowIssue[] = [];
  const keyOfHeader = (cell: string): Column | undefined => {
    const key = /\(([^()]+)\)\s*$/.exec(cell)?.[1]?.trim();
    const n = normalise(cell);
    return layout.find(
      (c) =>
        c.key === key ||
        normalise(c.key) === n ||
        READER_LANGUAGES.some(
          (lang) => normalise(headerIn(c, lang)) === n || normalise(headerOf(c, lang)) === n,
        ),
    );
  };
  sheet.header.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const column = keyOfHeader(cell);
    if (!column) {
      problems.push({
        line: sheet.headerLine,
        column: cell,
        code: 'unknown_column',
        message: 'unknown column: use the template for this event type',
      });
    } else if (indexOf.has(column.key)) {
      problems.push({
        line: sheet.headerLine,
        column: cell,
        code: 'repeated_column',
        message: `the column ${column.key} appears twice`,
      });
    } else {
      indexOf.set(column.key, index);
      headers.set(column.key, cell);
    }
  });
  for (const column of layout) {
    if (!indexOf.has(column.key)) {
      headers.set(column.key, headerOf(column));
      if (column.required) {
        problems.push({
          line: sheet.headerLine,
          column: headerOf(column),
          code: 'missing_column',
          message: 'required column is missing',
        });
      }
    }
  }
  return { indexOf, headerOf: headers, problems };
};

const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30);

const toDate = (cell: string): string => {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  if (/^\d{5}(\.0+)?$/.test(cell)) {
    return new Date(EXCEL_EPOCH_DAY + Number.parseInt(cell, 10) * 86_400_000).toISOString().slice(0, 10);
  }
  return cell;
};

/** Each column's codes by every normalised spelling (code, ru, kk, en label); the first code wins a spelling. */
const codesBySpelling = new WeakMap<Column, ReadonlyMap<string, string>>();

const spellingsOf = (column: Column): ReadonlyMap<string, string> => {
  let codes = codesBySpelling.get(column);
  if (codes === undefined) {
    const built = new Map<string, string>();
    for (const [code, label] of Object.entries(column.values ?? {})) {
      for (const spelling of [code, ...Object.values(label)]) {
        const key = normalise(spelling);
        if (!built.has(key)) built.set(key, code);
      }
    }
    codes = built;
    codesBySpelling.set(column, codes);
  }
  return codes;
};

/** Built once per column: a 50,000-row file would otherwise normalise every label for every cell. */
const toEnum = (cell: string, column: Column): string => spellingsOf(column).get(normalise(cell)) ?? cell;

const toNumber = (cell: string): number | string => {
  const cleaned = cell.replace(/[\s\u00a0]/g, '').replace(',', '.');
  const n = Number(cleaned);
  return cleaned !== '' && Number.isFinite(n) ? n : cell;
};

/** A share as a fraction (0,18) or a percentage (18 %): the schema then holds it to 0..1. */
const toShare = (cell: string): number | string => {
  const percent = /^(.*?)\s*%$/.exec(cell);
  if (!percent) return toNumber(cell);
  const n = toNumber(percent[1]!);
  return typeof n === 'number' ? n / 100 : cell;
};

/** Cell text to the value the event schema expects; what cannot be converted passes through for the schema to name. */
export const cellValue = (cell: string, column: Column): unknown => {
  const text = cell.trim();
  if (text === '') return column.kind === 'id-list' && !column.required ? [] : undefined;
  switch (column.kind) {
    case 'text':
      return text;
    case 'date':
      return toDate(text);
    case 'enum':
      return toEnum(text, column);
    case 'int':
    case 'number':
    case 'money':
      return toNumber(text);
    case 'share':
      return toShare(text);
    case 'id':
      return text.toLowerCase();
    case 'id-list':
      return text
        .split(/[;,\s]+/)
        .filter(Boolean)
        .map((id) => id.toLowerCase());
  }
};

export const rowData = (
  cells: readonly string[],
  layout: readonly Column[],
  map: ColumnMap,
): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const column of layout) {
    const index = map.indexOf.get(column.key);
    const value = cellValue(index === undefined ? '' : (cells[index] ?? ''), column);
    if (value !== undefined) data[column.key] = value;
  }
  return data;
};

/** A field issue (`removesRiskIds.2`) placed in its column; fields that are not columns stay row-wide. */
export const issueAt = (line: number, issue: FieldIssue, map: ColumnMap): RowIssue => {
  const key = issue.path.split('.')[0] ?? '';
  const column = map.headerOf.get(key) ?? null;
  return {
    line,
    column,
    code: issue.code,
    message: column ? issue.message : `${issue.path ? `${issue.path}: ` : ''}${issue.message}`,
    ...(issue.values ? { values: issue.values } : {}),
    ...(column === null && issue.path ? { field: issue.path } : {}),
  };
};
