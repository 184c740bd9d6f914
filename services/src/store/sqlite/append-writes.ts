import type { DatabaseSync } from 'node:sqlite';
import {
  type AppendResult,
  DuplicateEventIdError,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../port.ts';
import type { PreparedEvent } from '../validate-new-events.ts';
import type { IdIndex } from './id-index.ts';
import type { Statements } from './statements.ts';

export interface PreparedWrite {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly PreparedEvent[];
}

export interface WriteContext {
  readonly db: DatabaseSync;
  readonly statements: Statements;
  readonly ids: IdIndex;
}

interface StoredRow {
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: string;
}

/** The ids a transaction inserted, at consecutive positions after `after`. */
interface Inserted {
  readonly ids: string[];
  after: number;
}

/** The optimistic attempt met something that needs the careful one. */
class NeedsCarefulAttempt extends Error {}

/**
 * Appends validated writes in one transaction: all of them or none. BEGIN IMMEDIATE takes
 * SQLite's single write lock before the id index is brought up to date and revisions are read,
 * so no other connection (in this process or another) can append between the checks and the
 * inserts. Positions are assigned as head + 1, ... under that lock, so commit order equals
 * position order: a reader that sees position p also sees every position below it, which is
 * what lets subscriptions never skip a row. The transaction is synchronous, so nothing else in
 * this process runs while it is open.
 *
 * The first attempt is optimistic: it does not confirm ids (an id whose fingerprint is new is
 * new) and does not read the revision of a stream expected not to exist (the unique index on
 * stream and revision refuses revision 0 of an existing stream). Anything else rolls it back and
 * the careful attempt runs: replays of stored batches, expected revisions, exact errors.
 */
export const appendWrites = (context: WriteContext, writes: readonly PreparedWrite[]): AppendResult[] => {
  try {
    return transaction(context, writes, false);
  } catch (error) {
    const retry =
      error instanceof NeedsCarefulAttempt ||
      error instanceof WrongExpectedRevisionError ||
      isUniqueViolation(error);
    if (!retry) throw error;
  }
  return transaction(context, writes, true);
};

const transaction = (context: WriteContext, writes: readonly PreparedWrite[], careful: boolean) => {
  const { db, statements, ids } = context;
  const inserted: Inserted = { ids: [], after: 0 };
  db.exec('BEGIN IMMEDIATE');
  let results: AppendResult[];
  try {
    catchUpIdIndex(statements, ids);
    results = insertWrites(context, writes, careful, inserted);
    db.exec('COMMIT');
  } catch (error) {
    rollback(db);
    throw error;
  }
  // Only committed ids enter the index; if this is interrupted, the next catch-up re-reads them.
  for (let i = 0; i < inserted.ids.length; i++) ids.add(inserted.ids[i]!, inserted.after + 1 + i);
  if (inserted.ids.length > 0) ids.indexedUpTo = inserted.after + inserted.ids.length;
  return results;
};

/** Reads the ids appended since the index last saw the log (all of them the first time). */
const catchUpIdIndex = (statements: Statements, ids: IdIndex) => {
  for (const row of statements.idsAfter.iterate(ids.indexedUpTo) as Iterable<{
    position: number;
    id: string;
  }>) {
    ids.add(row.id, row.position);
    ids.indexedUpTo = row.position;
  }
};

const insertWrites = (
  { statements, ids }: WriteContext,
  writes: readonly PreparedWrite[],
  careful: boolean,
  inserted: Inserted,
) => {
  let position = (statements.head.get() as { head: number }).head;
  inserted.after = position;
  return writes.map((write): AppendResult => {
    if (careful) {
      const replayed = answerOfStoredBatch(statements, ids, write);
      if (replayed) return replayed;
    }
    let current: number | null = null;
    if (careful || write.expectedRevision !== 'no_stream') {
      current = (statements.streamRevision.get(write.streamId) as { revision: number | null }).revision;
      assertExpectedRevision(write.streamId, write.expectedRevision, current);
    }
    let revision = current ?? -1;
    for (const event of write.events) {
      if (careful ? storedRow(statements, ids, event.id) : ids.mayHold(event.id)) {
        if (careful) throw new DuplicateEventIdError(event.id);
        throw new NeedsCarefulAttempt();
      }
      statements.insert.run(
        ++position,
        write.streamId,
        ++revision,
        event.id,
        event.type,
        event.schemaVersion,
        event.dataJson,
        event.metadataJson,
      );
      inserted.ids.push(event.id);
    }
    return { nextExpectedRevision: revision, position };
  });
};

/** The stored row of an id, confirmed by reading the rows its fingerprint points at. */
const storedRow = (statements: Statements, ids: IdIndex, id: string): StoredRow | undefined => {
  for (const position of ids.candidates(id)) {
    const row = statements.byPosition.get(position) as StoredRow | undefined;
    if (row?.id === id) return row;
  }
  return undefined;
};

/**
 * Idempotency: when the batch's first id is stored, the batch must be stored exactly as sent
 * (same stream, consecutive revisions, same types and data), and the append answers as it did
 * the first time. Metadata is not compared: a retry carries a new `recordedAt`.
 */
const answerOfStoredBatch = (
  statements: Statements,
  ids: IdIndex,
  write: PreparedWrite,
): AppendResult | null => {
  const first = storedRow(statements, ids, write.events[0]!.id);
  if (!first) return null;
  let last = first;
  write.events.forEach((event, i) => {
    const row = i === 0 ? first : storedRow(statements, ids, event.id);
    const same =
      row !== undefined &&
      row.stream_id === write.streamId &&
      row.revision === first.revision + i &&
      row.type === event.type &&
      row.data === event.dataJson;
    if (!same) throw new DuplicateEventIdError(row ? event.id : write.events[0]!.id);
    last = row;
  });
  return { nextExpectedRevision: last.revision, position: last.position };
};

const assertExpectedRevision = (streamId: string, expected: ExpectedRevision, current: number | null) => {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === null) ||
    (expected === 'stream_exists' && current !== null) ||
    expected === current;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
};

const rollback = (db: DatabaseSync) => {
  try {
    db.exec('ROLLBACK');
  } catch {
    // SQLite already rolled back (it does so itself after some errors, e.g. a full disk).
  }
};

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && /UNIQUE constraint failed: events\./.test(error.message);
