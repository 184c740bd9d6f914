import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Every statement the store runs, prepared once per connection. */
export interface Statements {
  readonly head: StatementSync;
  readonly streamRevision: StatementSync;
  readonly insert: StatementSync;
  readonly byPosition: StatementSync;
  readonly idsAfter: StatementSync;
  readonly streamForwards: StatementSync;
  readonly streamBackwards: StatementSync;
  readonly allAfter: StatementSync;
}

const COLUMNS = 'position, stream_id, revision, id, type, schema_version, data, metadata';

/** Event reads return rows as arrays (cheaper than objects), in the order of COLUMNS. */
const eventRows = (statement: StatementSync): StatementSync => {
  statement.setReturnArrays(true);
  return statement;
};

export const prepareStatements = (db: DatabaseSync): Statements => ({
  head: db.prepare('SELECT coalesce(max(position), 0) AS head FROM events'),
  streamRevision: db.prepare('SELECT max(revision) AS revision FROM events WHERE stream_id = ?'),
  insert: db.prepare(`INSERT INTO events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  byPosition: db.prepare(
    'SELECT id, stream_id, revision, position, type, data FROM events WHERE position = ?',
  ),
  idsAfter: db.prepare('SELECT position, id FROM events WHERE position > ? ORDER BY position'),
  streamForwards: eventRows(
    db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
  ),
  streamBackwards: eventRows(
    db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
  ),
  allAfter: eventRows(
    db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`,
    ),
  ),
});

/**
 * A filtered page of the log: the type list is bound as JSON so one statement serves any filter.
 * It walks the log by position (NOT INDEXED: the planner must not pick the type index, which for
 * types making up most of the log would read them all and sort them for each page).
 */
export const prepareFilteredPage = (db: DatabaseSync): StatementSync =>
  eventRows(
    db.prepare(
      `SELECT ${COLUMNS} FROM events NOT INDEXED
       WHERE position > ? AND position <= ? AND type IN (SELECT value FROM json_each(?))
       ORDER BY position LIMIT ?`,
    ),
  );

/**
 * The same page for types that are rare in the log (accounts, saved charts): found through the
 * index by type, so a read model of a few hundred events does not scan millions of rows. Same
 * parameters as `prepareFilteredPage`.
 */
export const prepareSparsePage = (db: DatabaseSync): StatementSync =>
  eventRows(
    db.prepare(
      `SELECT ${COLUMNS} FROM events INDEXED BY events_by_type
       WHERE position > ? AND position <= ? AND type IN (SELECT value FROM json_each(?))
       ORDER BY position LIMIT ?`,
    ),
  );

/** position, stream_id, revision, id, type, schema_version, data, metadata */
export type EventRow = readonly [number, string, number, string, string, number, string, string];
