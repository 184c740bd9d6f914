import { describe, expect, it } from 'vitest';
import { freshStream, manyRisks } from '../conformance/fixtures.ts';
import { DuplicateEventIdError, type NewEvent, WrongExpectedRevisionError } from '../port.ts';
import { prepareAppend } from '../validate-new-events.ts';
import { type AppendOutcome, appendGroup, type PreparedWrite } from './append-writes.ts';
import { IdIndex } from './id-index.ts';
import { openDatabase } from './open-database.ts';
import { prepareStatements } from './statements.ts';

const context = () => {
  const db = openDatabase(':memory:', 'full');
  return { db, statements: prepareStatements(db), ids: new IdIndex() };
};
const write = (
  streamId: string,
  events: readonly NewEvent[],
  expectedRevision: PreparedWrite['expectedRevision'] = 'any',
): PreparedWrite[] => [
  { streamId, expectedRevision, events: prepareAppend(streamId, events, expectedRevision) },
];
const errorOf = (outcome: AppendOutcome) => ('error' in outcome ? outcome.error : null);

describe('a group of appends committed together', () => {
  it('refuses only the appends that conflict, and gives the others consecutive positions', () => {
    const c = context();
    const stream = freshStream();
    const outcomes = appendGroup(c, [
      write(stream, manyRisks(2), 'no_stream'),
      write(stream, manyRisks(1), 'no_stream'),
      write(stream, manyRisks(1), 1),
    ]);
    expect(outcomes[0]).toEqual({ results: [{ nextExpectedRevision: 1, position: 2 }] });
    expect(errorOf(outcomes[1]!)).toBeInstanceOf(WrongExpectedRevisionError);
    expect(outcomes[2]).toEqual({ results: [{ nextExpectedRevision: 2, position: 3 }] });
    const rows = c.db.prepare('SELECT position, revision FROM events ORDER BY position').all();
    expect(rows).toEqual([
      { position: 1, revision: 0 },
      { position: 2, revision: 1 },
      { position: 3, revision: 2 },
    ]);
  });

  it('sees the ids inserted earlier in the same group: a repeated batch is answered, a reused id refused', () => {
    const c = context();
    const [a, b] = [freshStream(), freshStream()];
    const events = manyRisks(2);
    const outcomes = appendGroup(c, [
      write(a, events),
      write(a, events),
      write(b, [{ ...events[1]!, data: manyRisks(1)[0]!.data }]),
    ]);
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(errorOf(outcomes[2]!)).toBeInstanceOf(DuplicateEventIdError);
    expect(c.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 2 });
    // The committed ids are in the index: the next group knows them without reading the log again.
    expect(c.ids.size).toBe(2);
    expect(c.ids.indexedUpTo).toBe(2);
  });
});
