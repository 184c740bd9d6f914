import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStream, manyRisks } from '../conformance/fixtures.ts';
import { DuplicateEventIdError, InvalidEventError, WrongExpectedRevisionError } from '../port.ts';
import { prepareAppend } from '../validate-new-events.ts';
import { SqliteEventStore } from './sqlite-event-store.ts';
import { AppendOutcomeUnknownError, ThreadWriter } from './writers.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kpi-writer-')), 'events.sqlite');
const opened: SqliteEventStore[] = [];
const open = (path: string) => {
  const store = new SqliteEventStore({ path });
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe('appends committed by the writer thread', () => {
  it('commits appends made without waiting in the order they were made', async () => {
    const store = open(tempFile());
    const stream = freshStream();
    const batches = Array.from({ length: 20 }, () => manyRisks(50));
    const results = await Promise.all(
      batches.map((events, k) =>
        store.append(stream, events, { expectedRevision: k === 0 ? 'no_stream' : k * 50 - 1 }),
      ),
    );
    expect(results.map((r) => r.nextExpectedRevision)).toEqual(batches.map((_, k) => k * 50 + 49));
    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.id)).toEqual(batches.flat().map((e) => e.id));
  });

  it('refuses one of several appends in flight with the typed conflict and commits the others', async () => {
    const store = open(tempFile());
    const stream = freshStream();
    const [first, stale, third] = await Promise.allSettled([
      store.append(stream, manyRisks(2), { expectedRevision: 'no_stream' }),
      store.append(stream, manyRisks(2), { expectedRevision: 'no_stream' }),
      store.append(stream, manyRisks(2), { expectedRevision: 1 }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(stale.status).toBe('rejected');
    const error = (stale as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: stream, expected: 'no_stream', actual: 1 });
    expect(third).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 3 } });
    expect(await store.readStream(stream)).toHaveLength(4);
  });

  it('stores a batch sent twice at once a single time and answers both alike', async () => {
    const store = open(tempFile());
    const stream = freshStream();
    const events = manyRisks(3);
    const [first, again] = await Promise.all([store.append(stream, events), store.append(stream, events)]);
    expect(again).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(3);
  });

  it('refuses an id reused by another append in flight, and commits the rest', async () => {
    const store = open(tempFile());
    const [a, b] = [freshStream(), freshStream()];
    const [shared, other] = manyRisks(2);
    const results = await Promise.allSettled([
      store.append(a, [shared!]),
      store.append(b, [{ ...shared!, data: other!.data }]),
      store.append(b, [other!]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect((await store.readStream(b)).map((e) => e.id)).toEqual([other!.id]);
    expect(await store.headPosition()).toBe(2);
  });

  describe('a large append, checked and stored part by part', () => {
    it('refuses it whole when an event of a late part is bad, names that event, and stores none of it', async () => {
      const store = open(tempFile());
      const stream = freshStream();
      const events = manyRisks(1_000);
      events[900] = { ...events[900]!, data: { ...(events[900]!.data as object), region: 'KZ-99' } };
      const error = await store.append(stream, events).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidEventError);
      expect((error as InvalidEventError).issues.map((i) => i.path)).toEqual(['events.900.data.region']);
      expect(await store.headPosition()).toBe(0);
      // The writer is not left waiting for the rest: the next append commits.
      await store.append(stream, manyRisks(600));
      expect(await store.readStream(stream)).toHaveLength(600);
    });

    it('reports a conflict before its last part and then goes on appending', async () => {
      const store = open(tempFile());
      const stream = freshStream();
      await store.append(stream, manyRisks(1));
      const error = await store
        .append(stream, manyRisks(1_000), { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      const more = manyRisks(700);
      expect(await store.append(stream, more, { expectedRevision: 0 })).toEqual({
        nextExpectedRevision: 700,
        position: 701,
      });
    });

    it('answers a resent large append as the first time, and refuses one that reuses its ids for other data', async () => {
      const store = open(tempFile());
      const stream = freshStream();
      const events = manyRisks(1_000);
      const first = await store.append(stream, events);
      expect(await store.append(stream, events)).toEqual(first);
      const altered = events.map((e, i) => (i === 999 ? { ...e, data: manyRisks(1)[0]!.data } : e));
      await expect(store.append(stream, altered)).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.headPosition()).toBe(1_000);
    });
  });

  it('commits every append already made before close returns', async () => {
    const path = tempFile();
    const store = new SqliteEventStore({ path });
    const stream = freshStream();
    const appended = [store.append(stream, manyRisks(500)), store.append(stream, manyRisks(500))];
    await store.close();
    await Promise.all(appended);
    const reopened = open(path);
    expect(await reopened.readStream(stream)).toHaveLength(1_000);
  });

  it('says the outcome is unknown when the writer thread stops before answering, and a later append starts it again', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kpi-writer-'));
    // A directory where the database file should be: the writer thread cannot open it and stops.
    const path = join(directory, 'events.sqlite');
    mkdirSync(path);
    const writer = new ThreadWriter({ path, durability: 'full' });
    const stream = freshStream();
    const write = () =>
      writer.write([
        { streamId: stream, expectedRevision: 'any', events: prepareAppend(stream, manyRisks(1), 'any') },
      ]);
    const error = await write().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendOutcomeUnknownError);
    expect((error as Error).message).toMatch(
      /may or may not be stored.*Appending the same events again is safe/,
    );
    expect(String((error as Error).cause)).toMatch(/unable to open|directory|SQLITE/i);
    await expect(write()).rejects.toBeInstanceOf(AppendOutcomeUnknownError);
    await writer.close();
  });

  it('does not keep the event loop busy while a large append commits', async () => {
    const store = open(tempFile());
    await store.append(freshStream(), manyRisks(1)); // the thread is started
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const events = manyRisks(5_000);
    await store.append(freshStream(), events);
    clearInterval(timer);
    // The commit ran elsewhere: the timer kept firing while it did (in-process, it could not).
    expect(ticks).toBeGreaterThan(0);
  });
});
