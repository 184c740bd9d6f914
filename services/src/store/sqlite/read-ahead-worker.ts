import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { upcast } from '@kpi/schema';
import type { EncodedWindow } from '../port.ts';
import { type EventRow, prepareFilteredPage, prepareStatements } from './statements.ts';

/** What the reader asks of this worker: pages of the log after `after`, one per message received. */
export interface ReadAheadJob {
  readonly path: string;
  readonly after: number;
  readonly pageSize: number;
  /** JSON array of event types, or null for every type. */
  readonly eventTypes: string | null;
  /**
   * Null: post pages of `pageSize` rows. Otherwise post windows of `size` positions (this worker's
   * are windows `first`, `first + step`, ... up to `until`), parsed and encoded by the module at
   * `encoderUrl`.
   */
  readonly encode: {
    readonly encoderUrl: string;
    readonly first: number;
    readonly step: number;
    readonly size: number;
    readonly until: number;
  } | null;
}

/** An encoded window: every event of the log up to `through` is in it or in the windows before. */

/** What an encoder module exports. Of each event's metadata it is given only when it was recorded. */
interface Encoder {
  encodePage(
    events: readonly { type: string; position: number; data: unknown; metadata: { recordedAt: unknown } }[],
  ): {
    page: unknown;
    transfer: ArrayBuffer[];
  };
}

/** Values per row in a posted page: the row's eight columns, metadata null when the row before had the same. */
const ROW_WIDTH = 8;

const job = workerData as ReadAheadJob;
const port = parentPort!;
// A second connection to the same WAL file: it reads committed events and writes nothing.
const db = new DatabaseSync(job.path, { timeout: 5_000 });

function readPages(): void {
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
}

/**
 * A window's rows as one row of JSON arrays: what an encoder reads of each event (no id, no
 * stream, of the metadata only when it was recorded), the data texts concatenated into one array
 * and handed over as bytes. One UTF-8 decoding of the window (TextDecoder) and one JSON.parse
 * cost about half of what decoding every row's text into its own string and parsing it does. The
 * aggregates run in one pass over the rows in position order, so their arrays line up; the
 * positions are checked.
 *
 * The recorded instant is cut from the metadata text in SQL: the store writes metadata with
 * JSON.stringify from a flat strict object, where `"recordedAt":"` can only be that key (quotes
 * inside values are escaped) and the instant holds no quote. 40 characters hold any instant
 * written so far; a longer one is read from its row's metadata parsed whole.
 */
const windowStatement = (filtered: boolean): StatementSync => {
  const statement = db.prepare(
    `SELECT json_group_array(position), json_group_array(type), json_group_array(schema_version),
       CAST('[' || group_concat(data, ',') || ']' AS BLOB),
       json_group_array(substr(metadata, nullif(instr(metadata, '"recordedAt":"'), 0) + 14, 40))
     FROM (SELECT position, type, schema_version, data, metadata FROM events NOT INDEXED
       WHERE position > ? AND position <= ?${filtered ? ' AND type IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY position)`,
  );
  statement.setReturnArrays(true);
  return statement;
};

type WindowRow = [string, string, string, Uint8Array | null, string];

/** The events of a window, data upcast, as an encoder reads them. */
const windowEvents = (row: WindowRow, utf8: TextDecoder, metadataAt: StatementSync) => {
  const positions = JSON.parse(row[0]) as number[];
  if (positions.length === 0) return [];
  const types = JSON.parse(row[1]) as string[];
  const versions = JSON.parse(row[2]) as number[];
  const data = JSON.parse(utf8.decode(row[3]!)) as unknown[];
  const instants = JSON.parse(row[4]) as (string | null)[];
  const n = positions.length;
  if (types.length !== n || versions.length !== n || data.length !== n || instants.length !== n)
    throw new Error('the log reader got columns of different lengths');
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const position = positions[i]!;
    if (i > 0 && position <= positions[i - 1]!) throw new Error('the log reader got rows out of order');
    const type = types[i]!;
    const cut = instants[i]!;
    const end = cut === null ? -1 : cut.indexOf('"');
    const recordedAt =
      end >= 0
        ? cut.slice(0, end)
        : (JSON.parse((metadataAt.get(position) as { metadata: string }).metadata) as { recordedAt: unknown })
            .recordedAt;
    events[i] = { type, position, data: upcast(type, versions[i]!, data[i]), metadata: { recordedAt } };
  }
  return events;
};

function encodeWindows(encode: NonNullable<ReadAheadJob['encode']>): void {
  const encoder = import(encode.encoderUrl) as Promise<Encoder>;
  const statement = windowStatement(job.eventTypes !== null);
  const utf8 = new TextDecoder();
  const metadataAt = db.prepare('SELECT metadata FROM events WHERE position = ?');
  let window = encode.first;
  // Requests are served one after the other, the encoder once loaded.
  let serving: Promise<void> = Promise.resolve();
  const serve = async () => {
    const { encodePage } = await encoder;
    const from = job.after + window * encode.size;
    const through = Math.min(from + encode.size, encode.until);
    window += encode.step;
    const row = (job.eventTypes === null
      ? statement.get(from, through)
      : statement.get(from, through, job.eventTypes)) as unknown as WindowRow;
    const { page, transfer } = encodePage(windowEvents(row, utf8, metadataAt));
    port.postMessage({ page, through } satisfies EncodedWindow<unknown>, transfer);
    if (through >= encode.until) db.close();
  };
  port.on('message', () => {
    serving = serving.then(serve);
    // A failure ends the thread with its error, which the reader reports to the fold.
    serving.catch((error) =>
      process.nextTick(() => {
        throw error;
      }),
    );
  });
}

if (job.encode === null) readPages();
else encodeWindows(job.encode);
