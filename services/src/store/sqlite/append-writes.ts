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
 */
export const appendWrites = (
  db: DatabaseSync,
  statements: Statements,
  writes: readonly PreparedWrite[],
): AppendResult[] => {
  db.exec('BEGIN IMMEDIATE');
  try {
    let position = (statements.head.get() as { head: number }).head;
    const results = writes.map((write): AppendResult => {
      const replayed = answerOfStoredBatch(statements, write);
      if (replayed) return replayed;
      const { revision: current } = statements.streamRevision.get(write.streamId) as {
        revision: number | null;
      };
      assertExpectedRevision(write.streamId, write.expectedRevision, current);
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
    db.exec('COMMIT');
    return results;
  } catch (error) {
    rollback(db);
    if (isIdConflict(error)) throw duplicateIdError(statements, writes) ?? error;
    throw error;
  }
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

const isIdConflict = (error: unknown): boolean =>
  error instanceof Error && /UNIQUE constraint failed: events\.id/.test(error.message);

/** After a rollback: which id of the batch was stored before (under a later index of its batch). */
const duplicateIdError = (statements: Statements, writes: readonly PreparedWrite[]) => {
  for (const write of writes) {
    for (const event of write.events) {
      if (statements.byId.get(event.id)) return new DuplicateEventIdError(event.id);
    }
  }
  return null;
};
