import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { type EventRow, prepareFilteredPage, prepareStatements } from './statements.ts';

/** What the reader asks of this worker: pages of the log after `after`, one per message received. */
export interface ReadAheadJob {
  readonly path: string;
  readonly after: number;
  readonly pageSize: number;
  /** JSON array of event types, or null for every type. */
  readonly eventTypes: string | null;
}

/** Values per row in a posted page: the row's eight columns, metadata null when the row before had the same. */
const ROW_WIDTH = 8;

const job = workerData as ReadAheadJob;
const port = parentPort!;
// A second connection to the same WAL file: it reads committed events and writes nothing.
const db = new DatabaseSync(job.path, { timeout: 5_000 });
const all = prepareStatements(db).allAfter;
const filtered = prepareFilteredPage(db);
let after = job.after;
let done = false;

// Each message asks for the next page: the reader keeps one page in hand and asks for the one
// after it, so reading and decoding here overlaps its folding there, and memory stays bounded.
port.on('message', () => {
  if (done) return;
  const rows = (job.eventTypes === null
    ? all.all(after, Number.MAX_SAFE_INTEGER, job.pageSize)
    : filtered.all(after, Number.MAX_SAFE_INTEGER, job.eventTypes, job.pageSize)) as unknown as EventRow[];
  const flat: unknown[] = new Array(rows.length * ROW_WIDTH);
  let metadata = '';
  for (let i = 0, k = 0; i < rows.length; i++, k += ROW_WIDTH) {
    const row = rows[i]!;
    for (let c = 0; c < ROW_WIDTH - 1; c++) flat[k + c] = row[c];
    // Consecutive events of one submission share their metadata text: sent once.
    flat[k + ROW_WIDTH - 1] = row[7] === metadata ? null : row[7];
    metadata = row[7];
  }
  if (rows.length > 0) after = rows[rows.length - 1]![0];
  done = rows.length < job.pageSize;
  port.postMessage(flat);
  if (done) db.close();
});
