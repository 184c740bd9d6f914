import type { DatabaseSync } from 'node:sqlite';
import {
  type AppendResult,
  DuplicateEventIdError,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../port.ts';
import type { PreparedEvent } from '../validate-new-events.ts';
import type { Statements } from './statements.ts';

export interface PreparedWrite {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly PreparedEvent[];
}

interface StoredRow {
  readonly stream_id: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: string;
}

/**
 * Appends validated writes in one transaction: all of them or none. BEGIN IMMEDIATE takes
 * SQLite's single write lock before the revisions are read, so no other connection (in this
 * process or another) can append between the check and the insert. Positions are assigned as
 * head + 1, ... under that lock, so commit order equals position order: a reader that sees
 * position p also sees every position below it, which is what lets subscriptions never skip a row.
 * The transaction is synchronous, so nothing else in this process runs while it is open.
 *
 * The first attempt is optimistic: it does not look ids up (the unique index on ids refuses a
 * stored one) and does not read the revision of a stream expected not to exist (the unique index
 * on stream and revision refuses revision 0 of an existing stream). Any refusal rolls it back and
 * the careful attempt runs: replays of stored batches, then expected revisions, with exact errors.
 */
export const appendWrites = (
  db: DatabaseSync,
  statements: Statements,
  writes: readonly PreparedWrite[],
): AppendResult[] => {
  try {
    return transaction(db, () => insertWrites(statements, writes, false));
  } catch (error) {
    if (!isUniqueViolation(error) && !(error instanceof WrongExpectedRevisionError)) throw error;
  }
  try {
    return transaction(db, () => insertWrites(statements, writes, true));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateIdError(statements, writes) ?? error;
    throw error;
  }
};

const transaction = <T>(db: DatabaseSync, work: () => T): T => {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    rollback(db);
    throw error;
  }
};

const insertWrites = (statements: Statements, writes: readonly PreparedWrite[], careful: boolean) => {
  let position = (statements.head.get() as { head: number }).head;
  return writes.map((write): AppendResult => {
    if (careful) {
      const replayed = answerOfStoredBatch(statements, write);
      if (replayed) return replayed;
    }
    let current: number | null = null;
    if (careful || write.expectedRevision !== 'no_stream') {
      current = (statements.streamRevision.get(write.streamId) as { revision: number | null }).revision;
      assertExpectedRevision(write.streamId, write.expectedRevision, current);
    }
    let revision = current ?? -1;
    for (const event of write.events) {
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
    }
    return { nextExpectedRevision: revision, position };
  });
};

/**
 * Idempotency: when the batch's first id is stored, the batch must be stored exactly as sent
 * (same stream, consecutive revisions, same types and data), and the append answers as it did
 * the first time. Metadata is not compared: a retry carries a new `recordedAt`.
 */
const answerOfStoredBatch = (statements: Statements, write: PreparedWrite): AppendResult | null => {
  const first = statements.byId.get(write.events[0]!.id) as StoredRow | undefined;
  if (!first) return null;
  let last = first;
  write.events.forEach((event, i) => {
    const row = (i === 0 ? first : statements.byId.get(event.id)) as StoredRow | undefined;
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

/** After a rollback: which id of the batch was stored before (under a later index of its batch). */
const duplicateIdError = (statements: Statements, writes: readonly PreparedWrite[]) => {
  for (const write of writes) {
    for (const event of write.events) {
      if (statements.byId.get(event.id)) return new DuplicateEventIdError(event.id);
    }
  }
  return null;
};
