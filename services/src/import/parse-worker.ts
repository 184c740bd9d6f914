/**
 * The thread that reads an uploaded spreadsheet (parse-off-thread.ts starts it): inflating and
 * parsing a large XLSX takes seconds of CPU that would otherwise stall every request.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportLimits } from './limits.ts';
import { parseSpreadsheet, type SheetRow, type SpreadsheetFormat, UnreadableFileError } from './parse.ts';

export interface ParseJob {
  readonly content: Uint8Array;
  readonly format: SpreadsheetFormat;
  readonly limits: ImportLimits;
}

export type ParseMessage =
  | { readonly kind: 'rows'; readonly rows: readonly SheetRow[] }
  | { readonly kind: 'done'; readonly header: readonly string[]; readonly headerLine: number }
  | { readonly kind: 'failed'; readonly message: string; readonly unreadable: boolean };

/**
 * Rows go in parts, each sent once the main thread asks for it: a port delivers every queued
 * message in one turn, so parts sent all at once would be decoded in one long stall.
 */
const PART = 2_000;

// On Linux a nice value belongs to a thread: this one lets the event loop (and every request it
// serves) have the CPU first when both want it; reading a file is background work.
try {
  setPriority(10);
} catch {
  // Not permitted here: the thread reads at the normal priority.
}

const { content, format, limits } = workerData as ParseJob;
const port = parentPort!;
const asked = () => new Promise<void>((resolve) => port.once('message', () => resolve()));
try {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const sheet = await parseSpreadsheet(buffer, format, limits);
  for (let i = 0; i < sheet.rows.length; i += PART) {
    if (i > 0) await asked();
    port.postMessage({ kind: 'rows', rows: sheet.rows.slice(i, i + PART) } satisfies ParseMessage);
  }
  if (sheet.rows.length > 0) await asked();
  port.postMessage({
    kind: 'done',
    header: sheet.header,
    headerLine: sheet.headerLine,
  } satisfies ParseMessage);
} catch (error) {
  port.postMessage({
    kind: 'failed',
    message: (error as Error).message,
    unreadable: error instanceof UnreadableFileError,
  } satisfies ParseMessage);
}
