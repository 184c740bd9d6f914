import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStream, manyRisks } from '../conformance/fixtures.ts';
import { DuplicateEventIdError, type NewEvent } from '../port.ts';
import { loadIdIndex } from './persisted-id-index.ts';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kpi-ids-')), 'events.sqlite');
const opened: SqliteEventStore[] = [];
const open = (options: SqliteEventStoreOptions) => {
  const store = new SqliteEventStore(options);
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** What the file says of its saved index: the head it covers, or null. */
const savedUpTo = (path: string): number | null => {
  const db = new DatabaseSync(path);
  try {
    return loadIdIndex(db)?.upTo ?? null;
  } finally {
    db.close();
  }
};

const appendBatches = async (store: SqliteEventStore, batches: number, size: number) => {
  const written: { stream: string; events: NewEvent[] }[] = [];
  for (let k = 0; k < batches; k++) {
    const stream = freshStream();
    const events = manyRisks(size);
    await store.append(stream, events, { expectedRevision: 'no_stream' });
    written.push({ stream, events });
  }
  return written;
};

describe('the id index saved in the store file', () => {
  it('is saved by a closing writer and loaded by the next, which still refuses reused ids and answers replays', async () => {
    const path = tempFile();
    const first = open({ path, saveIdIndexAfter: 1 });
    const written = await appendBatches(first, 30, 100);
    await first.close();
    expect(savedUpTo(path)).toBe(3_000);

    const second = open({ path, prepareAppends: true });
    // A replay of a stored batch answers as the first time; a reused id in another batch is refused.
    const { stream, events } = written[17]!;
    await expect(second.append(stream, events, { expectedRevision: 'no_stream' })).resolves.toMatchObject({
      nextExpectedRevision: 99,
    });
    const reused = [...manyRisks(3), { ...manyRisks(1)[0]!, id: written[4]!.events[50]!.id }];
    await expect(second.append(freshStream(), reused)).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(await second.headPosition()).toBe(3_000);
  });

  it('is caught up with appends made after it was saved, by writers that did not save', async () => {
    const path = tempFile();
    const saving = open({ path, saveIdIndexAfter: 1 });
    await appendBatches(saving, 5, 100);
    await saving.close();
    expect(savedUpTo(path)).toBe(500);

    const other = open({ path, saveIdIndexAfter: 1_000_000 });
    const later = await appendBatches(other, 5, 100);
    await other.close();
    expect(savedUpTo(path)).toBe(500);

    const next = open({ path, prepareAppends: true, saveIdIndexAfter: 1 });
    const stale = { ...manyRisks(1)[0]!, id: later[3]!.events[99]!.id };
    await expect(next.append(freshStream(), [stale])).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(
      next.append(later[2]!.stream, later[2]!.events, { expectedRevision: 'no_stream' }),
    ).resolves.toMatchObject({
      position: 800,
    });
    await next.close();
    expect(savedUpTo(path)).toBe(1_000);
  });

  it('is not used when the log is shorter than what it says it covers', async () => {
    const path = tempFile();
    const store = open({ path, saveIdIndexAfter: 1 });
    await appendBatches(store, 2, 100);
    await store.close();
    const db = new DatabaseSync(path);
    db.exec('DELETE FROM events WHERE position > 150');
    expect(loadIdIndex(db)).toBeNull();
    db.close();
  });
});
