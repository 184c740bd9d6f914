import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { AppendAborted, appendGroup, catchUpIdIndex, type PreparedWrite } from './append-writes.ts';
import { IdIndex } from './id-index.ts';
import { type Durability, openDatabase } from './open-database.ts';
import { loadIdIndex, saveIdIndex } from './persisted-id-index.ts';
import { prepareStatements } from './statements.ts';
import {
  eventsIn,
  fromWriteRequest,
  type PartMessage,
  sendError,
  unflatEvents,
  type WriteReply,
  type WriteRequest,
} from './write-message.ts';

/** What the store tells its writer thread when it starts it. */
export interface AppendWorkerData {
  readonly path: string;
  readonly durability: Durability;
  /** Counts the messages posted to this thread, so that it can sleep until the next one. */
  readonly posted: SharedArrayBuffer;
  /** At close, the id index is saved in the file when the log has grown by this many positions since it last was. */
  readonly saveIdIndexAfter: number;
}

type Message = WriteRequest | PartMessage | 'close';

/** Events committed together at most: bounds the time one sync of the log waits for. */
const MAX_GROUP_EVENTS = 20_000;
/** The sender posts all parts of an append in one go; this long without one means it is gone. */
const PART_TIMEOUT_MS = 30_000;

const { path, durability, posted, saveIdIndexAfter } = workerData as AppendWorkerData;
const port = parentPort!;
const postedCount = new Int32Array(posted);
// The store's only writing connection: its own, to the same WAL file the store reads.
const db = openDatabase(path, durability);
const statements = prepareStatements(db);
// The index is made ready as the thread starts, not at its first append: from the table saved in
// the file, else from the whole log, then the ids appended since (each commit catches up again
// under the write lock, so appends by other connections meanwhile are never missed).
const saved = (() => {
  try {
    return loadIdIndex(db);
  } catch {
    return null; // unreadable: built from the log instead
  }
})();
const context = { db, statements, ids: saved?.ids ?? new IdIndex() };
catchUpIdIndex(statements, context.ids);
let savedUpTo = saved?.upTo ?? 0;

/** Waits for the next message in this thread, blocking it: only while an append's parts arrive. */
const nextMessage = (): Message => {
  const deadline = Date.now() + PART_TIMEOUT_MS;
  for (;;) {
    const seen = Atomics.load(postedCount, 0);
    const received = receiveMessageOnPort(port);
    if (received) return received.message as Message;
    const left = deadline - Date.now();
    if (left <= 0) throw new AppendAborted('the rest of the append did not arrive');
    Atomics.wait(postedCount, 0, seen, left);
  }
};

/** Receives the later parts of a request in parts as the inserts reach them. */
const arrivingParts = (request: WriteRequest) => {
  const total = request.counts[0]!;
  let events: PreparedWrite['events'] = [];
  let aborted = false;
  const arriving = {
    total,
    next(): void {
      if (aborted) throw new AppendAborted('refused while it was being sent');
      const message = nextMessage();
      if (message === 'close' || message.seq !== request.seq) {
        throw new Error(
          `the writer received ${JSON.stringify(message).slice(0, 80)} between the parts of an append`,
        );
      }
      if ('abort' in message) {
        aborted = true;
        throw new AppendAborted('refused while it was being sent');
      }
      unflatEvents(message.events, events as ReturnType<typeof unflatEvents>);
    },
    /** Takes in whatever parts the append did not get to use, so none is read as a request. */
    finish(): void {
      while (!aborted && events.length < total) {
        try {
          arriving.next();
        } catch (error) {
          if (!(error instanceof AppendAborted)) throw error;
        }
      }
    },
  };
  const writes = fromWriteRequest(request, arriving);
  events = writes[0]!.events;
  return { writes, finish: arriving.finish };
};

/**
 * Every append waiting when the thread gets to them is committed in one transaction (group
 * commit): a burst of appends from many officers costs one sync of the log, not one each.
 * Appends keep the order in which the store was called. An append in parts ends a group: its
 * later parts are the next messages.
 */
const commit = (first: WriteRequest): boolean => {
  const group = [first];
  let events = eventsIn(first);
  let closing = false;
  while (events < MAX_GROUP_EVENTS && group[group.length - 1]!.parts === 1) {
    const next = receiveMessageOnPort(port)?.message as Message | undefined;
    if (next === undefined) break;
    if (next === 'close') {
      closing = true;
      break;
    }
    if (!('streamIds' in next)) throw new Error('a part of an append arrived without its first part');
    group.push(next);
    events += eventsIn(next);
  }
  const last = group[group.length - 1]!;
  const parted = last.parts > 1 ? arrivingParts(last) : null;
  const writes = group.map((request) =>
    request === last && parted ? parted.writes : fromWriteRequest(request),
  );
  let replies: WriteReply[];
  try {
    const outcomes = appendGroup(context, writes);
    replies = outcomes.map((outcome, k) =>
      'error' in outcome
        ? { seq: group[k]!.seq, error: sendError(outcome.error) }
        : { seq: group[k]!.seq, results: outcome.results },
    );
  } catch (error) {
    const sent = sendError(error);
    replies = group.map((request) => ({ seq: request.seq, error: sent }));
  } finally {
    parted?.finish();
  }
  for (const reply of replies) port.postMessage(reply);
  return closing;
};

const close = () => {
  try {
    const head = (statements.head.get() as { head: number }).head;
    if (head - savedUpTo >= saveIdIndexAfter) savedUpTo = saveIdIndex(db, statements, context.ids);
  } catch {
    // The saved index is only a head start: without it the next writer reads the ids from the log.
  }
  db.close();
  port.close();
};

port.on('message', (message: Message) => {
  if (message === 'close') return close();
  if (!('streamIds' in message)) return; // what is left of an append refused before its first part was used
  if (commit(message)) close();
});
