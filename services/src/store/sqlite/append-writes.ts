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
  /**
   * An append still arriving in parts (a large one, validated while it is stored): its number of
   * events in all, and how to wait for the next part, which is added to `events`. `next` throws
   * AppendAborted when the append was refused before its last part.
   */
  readonly arriving?: { readonly total: number; next(): void } | undefined;
}

/** The append was refused by its sender while its parts were arriving. */
export class AppendAborted extends Error {}

const countOf = (write: PreparedWrite): number => write.arriving?.total ?? write.events.length;

const eventAt = (write: PreparedWrite, index: number): PreparedEvent => {
  while (index >= write.events.length) write.arriving!.next();
  return write.events[index]!;
};

export interface WriteContext {
  readonly db: DatabaseSync;
  readonly statements: Statements;
  readonly ids: IdIndex;
}

/** What one append of a group came to: its results, or the error that refused it. */
export type AppendOutcome = { readonly results: AppendResult[] } | { readonly error: unknown };

interface StoredRow {
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: string;
}

/** Ids inserted by the open transaction, with their positions: checked like stored ones, indexed at commit. */
type Pending = Map<string, number>;

/** The optimistic attempt met something that needs the careful one. */
class NeedsCarefulAttempt extends Error {}

/**
 * Appends validated writes in one transaction: all of them or none. BEGIN IMMEDIATE takes
 * SQLite's single write lock before the id index is brought up to date and revisions are read,
 * so no other connection (in this process or another) can append between the checks and the
 * inserts. Positions are assigned as head + 1, ... under that lock, so commit order equals
 * position order: a reader that sees position p also sees every position below it, which is
 * what lets subscriptions never skip a row.
 */
export const appendWrites = (context: WriteContext, writes: readonly PreparedWrite[]): AppendResult[] => {
  const outcome = appendGroup(context, [writes])[0]!;
  if ('error' in outcome) throw outcome.error;
  return outcome.results;
};

/**
 * Group commit: several appends in one transaction and one sync of the log, each all or nothing
 * on its own (a savepoint each), so a conflict refuses only its own append. Appends are applied
 * in the group's order.
 *
 * Each append is first tried optimistically: ids are not confirmed (an id whose fingerprint is
 * new is new) and the revision of a stream expected not to exist is not read (the unique index
 * on stream and revision refuses revision 0 of an existing stream). Anything else rolls back to
 * its savepoint and the careful attempt runs: replays of stored batches, expected revisions,
 * exact errors. An error that ends the transaction itself (a full disk) refuses the whole group.
 */
export const appendGroup = (
  context: WriteContext,
  group: readonly (readonly PreparedWrite[])[],
): AppendOutcome[] => {
  const { db, statements, ids } = context;
  const pending: Pending = new Map();
  db.exec('BEGIN IMMEDIATE');
  const outcomes: AppendOutcome[] = [];
  try {
    catchUpIdIndex(statements, ids);
    let head = (statements.head.get() as { head: number }).head;
    for (const writes of group) {
      const outcome = attempt(context, writes, head, pending);
      if ('head' in outcome) {
        head = outcome.head;
        outcomes.push({ results: outcome.results });
      } else outcomes.push(outcome);
    }
    db.exec('COMMIT');
  } catch (error) {
    rollback(db);
    throw error;
  }
  // Only committed ids enter the index; if this is interrupted, the next catch-up re-reads them.
  for (const [id, position] of pending) {
    ids.add(id, position);
    if (position > ids.indexedUpTo) ids.indexedUpTo = position;
  }
  return outcomes;
};

/** One append of a group in its savepoint: the optimistic attempt, then if need be the careful one. */
const attempt = (
  context: WriteContext,
  writes: readonly PreparedWrite[],
  head: number,
  pending: Pending,
): { results: AppendResult[]; head: number } | { error: unknown } => {
  const { db } = context;
  for (const careful of [false, true]) {
    const inserted: string[] = [];
    db.exec('SAVEPOINT append');
    try {
      const results = insertWrites(context, writes, careful, head, pending, inserted);
      db.exec('RELEASE append');
      return { results, head: head + inserted.length };
    } catch (error) {
      // Some errors (a full disk, I/O) end the transaction: then nothing of the group commits.
      if (!db.isTransaction) throw error;
      db.exec('ROLLBACK TO append');
      db.exec('RELEASE append');
      for (const id of inserted) pending.delete(id);
      const retry =
        error instanceof NeedsCarefulAttempt ||
        error instanceof WrongExpectedRevisionError ||
        isUniqueViolation(error);
      if (careful || !retry || error instanceof AppendAborted) return { error };
    }
  }
  throw new Error('unreachable: the careful attempt commits or refuses');
};

/** Reads the ids appended since the index last saw the log (all of them the first time). */
export const catchUpIdIndex = (statements: Statements, ids: IdIndex) => {
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
  head: number,
  pending: Pending,
  inserted: string[],
) => {
  let position = head;
  return writes.map((write): AppendResult => {
    if (careful) {
      const replayed = answerOfStoredBatch(statements, ids, pending, write);
      if (replayed) return replayed;
    }
    let current: number | null = null;
    if (careful || write.expectedRevision !== 'no_stream') {
      current = (statements.streamRevision.get(write.streamId) as { revision: number | null }).revision;
      assertExpectedRevision(write.streamId, write.expectedRevision, current);
    }
    let revision = current ?? -1;
    for (let i = 0, count = countOf(write); i < count; i++) {
      const event = eventAt(write, i);
      if (
        careful
          ? storedRow(statements, ids, pending, event.id)
          : ids.mayHold(event.id) || pending.has(event.id)
      ) {
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
      pending.set(event.id, position);
      inserted.push(event.id);
    }
    return { nextExpectedRevision: revision, position };
  });
};

/** The stored row of an id, confirmed by reading the rows its fingerprint (or this transaction) points at. */
const storedRow = (
  statements: Statements,
  ids: IdIndex,
  pending: Pending,
  id: string,
): StoredRow | undefined => {
  const inThisTransaction = pending.get(id);
  const positions = inThisTransaction === undefined ? ids.candidates(id) : [inThisTransaction];
  for (const position of positions) {
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
  pending: Pending,
  write: PreparedWrite,
): AppendResult | null => {
  const first = storedRow(statements, ids, pending, write.events[0]!.id);
  if (!first) return null;
  let last = first;
  for (let i = 0, count = countOf(write); i < count; i++) {
    const event = eventAt(write, i);
    const row = i === 0 ? first : storedRow(statements, ids, pending, event.id);
    const same =
      row !== undefined &&
      row.stream_id === write.streamId &&
      row.revision === first.revision + i &&
      row.type === event.type &&
      row.data === event.dataJson;
    if (!same) throw new DuplicateEventIdError(row ? event.id : write.events[0]!.id);
    last = row;
  }
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
