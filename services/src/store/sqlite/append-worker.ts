import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { appendGroup } from './append-writes.ts';
import { IdIndex } from './id-index.ts';
import { type Durability, openDatabase } from './open-database.ts';
import { prepareStatements } from './statements.ts';
import {
  eventsIn,
  fromWriteRequest,
  sendError,
  type WriteReply,
  type WriteRequest,
} from './write-message.ts';

/** What the store tells its writer thread when it starts it. */
export interface AppendWorkerData {
  readonly path: string;
  readonly durability: Durability;
}

/** Appends committed together at most: bounds the time one sync of the log waits for. */
const MAX_GROUP_EVENTS = 20_000;

const { path, durability } = workerData as AppendWorkerData;
const port = parentPort!;
// The store's only writing connection: its own, to the same WAL file the store reads.
const db = openDatabase(path, durability);
const context = { db, statements: prepareStatements(db), ids: new IdIndex() };

/**
 * Every append waiting when the thread gets to them is committed in one transaction (group
 * commit): a burst of appends from many officers costs one sync of the log, not one each.
 * Appends keep the order in which the store was called.
 */
const commit = (first: WriteRequest): boolean => {
  const group = [first];
  let events = eventsIn(first);
  let closing = false;
  while (events < MAX_GROUP_EVENTS) {
    const next = receiveMessageOnPort(port)?.message as WriteRequest | 'close' | undefined;
    if (next === undefined) break;
    if (next === 'close') {
      closing = true;
      break;
    }
    group.push(next);
    events += eventsIn(next);
  }
  let replies: WriteReply[];
  try {
    const outcomes = appendGroup(context, group.map(fromWriteRequest));
    replies = outcomes.map((outcome, k) =>
      'error' in outcome
        ? { seq: group[k]!.seq, error: sendError(outcome.error) }
        : { seq: group[k]!.seq, results: outcome.results },
    );
  } catch (error) {
    const sent = sendError(error);
    replies = group.map((request) => ({ seq: request.seq, error: sent }));
  }
  for (const reply of replies) port.postMessage(reply);
  return closing;
};

const close = () => {
  db.close();
  port.close();
};

port.on('message', (request: WriteRequest | 'close') => {
  if (request === 'close' || commit(request)) close();
});
