import { Worker } from 'node:worker_threads';
import { flagsForWorker } from '../store/sqlite/writers.ts';
import type { ImportLimits } from './limits.ts';
import type { Sheet, SheetRow, SpreadsheetFormat } from './parse.ts';
import { UnreadableFileError } from './parse-errors.ts';
import type { ParseJob, ParseMessage } from './parse-worker.ts';

/**
 * A hostile or huge file is stopped by the limits before memory grows; this cap is the last
 * guard, so that a file the limits did not foresee ends its own thread, not the server.
 */
const WORKER_HEAP_MB = 1024;

/**
 * Parses the file on a thread of its own, so the event loop keeps answering health checks and
 * KPI queries while a large XLSX is inflated and read. One short-lived thread per import: imports
 * run one at a time, and a thread that stops frees all it held.
 */
export const parseOffThread = (
  content: Buffer,
  format: SpreadsheetFormat,
  limits: ImportLimits,
): Promise<Sheet> =>
  new Promise((resolve, reject) => {
    const job: ParseJob = { content, format, limits };
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
      workerData: job,
      execArgv: flagsForWorker(process.execArgv),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const rows: SheetRow[] = [];
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: ParseMessage) => {
      if (message.kind === 'rows') {
        for (const row of message.rows) rows.push(row);
        // The next part after other requests have had their turn.
        setImmediate(() => worker.postMessage('next'));
      } else if (message.kind === 'done')
        settle(() => resolve({ header: message.header, headerLine: message.headerLine, rows }));
      else
        settle(() =>
          reject(message.unreadable ? new UnreadableFileError(message.message) : new Error(message.message)),
        );
    });
    worker.on('error', (error) => {
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          outOfMemory ? new UnreadableFileError('the file needs more memory than an import may use') : error,
        ),
      );
    });
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the parsing thread exited with code ${code}`))),
    );
  });
