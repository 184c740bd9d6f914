import type { Env } from '../env.ts';

/**
 * What one upload may hold. Every limit is checked before the work it bounds (the body before it
 * is read, the ZIP's declared sizes before inflating, the rows while they are read), so a file
 * past a limit costs the server little and changes nothing. `IMPORT_MAX_*` in the environment.
 */
export interface ImportLimits {
  /** The uploaded file, CSV or XLSX. */
  readonly maxFileBytes: number;
  /** An XLSX is a ZIP: all its entries inflated (a 1 MB file may inflate to gigabytes). */
  readonly maxUnzippedBytes: number;
  /** Data rows, the header not counted. */
  readonly maxRows: number;
  /** Cells in a row: every layout has at most 8 columns. */
  readonly maxColumns: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUnzippedBytes: 256 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 64,
};

/** The limits from `IMPORT_MAX_*`. */
export const importLimitsOf = (env: Env): ImportLimits => ({
  maxFileBytes: env.IMPORT_MAX_FILE_BYTES,
  maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
  maxRows: env.IMPORT_MAX_ROWS,
  maxColumns: env.IMPORT_MAX_COLUMNS,
});

export const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The messages name the limit, its value and its setting, so an officer can split the file. */
export const limitMessages = {
  file: (limits: ImportLimits) =>
    `the file is larger than the limit of ${mb(limits.maxFileBytes)} (IMPORT_MAX_FILE_BYTES=${limits.maxFileBytes}): split it into smaller files`,
  unzipped: (limits: ImportLimits, detail: string) =>
    `the XLSX file unpacks to more than the limit of ${mb(limits.maxUnzippedBytes)} (IMPORT_MAX_UNZIPPED_BYTES=${limits.maxUnzippedBytes}): ${detail}`,
  rows: (limits: ImportLimits) =>
    `the file has more than the limit of ${limits.maxRows} rows (IMPORT_MAX_ROWS=${limits.maxRows}): split it into smaller files`,
  columns: (limits: ImportLimits, line: number, count: number) =>
    `line ${line} has ${count} columns, more than the limit of ${limits.maxColumns} (IMPORT_MAX_COLUMNS=${limits.maxColumns})`,
};
