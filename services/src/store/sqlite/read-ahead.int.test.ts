import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStream, riskIdentified, riskWithdrawn } from '../conformance/fixtures.ts';
import type { EncodeAheadOptions, EncodedWindow, ReadAllOptions, RecordedEvent } from '../port.ts';
import type { ReadAheadPages } from './read-ahead.ts';
import { SqliteEventStore } from './sqlite-event-store.ts';

const opened: SqliteEventStore[] = [];
const open = (path = join(mkdtempSync(join(tmpdir(), 'kpi-read-ahead-')), 'events.sqlite')) => {
  const store = new SqliteEventStore({ path });
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** 23 events: identifications, every third one a withdrawal, each submission its own metadata. */
const filled = async (store: SqliteEventStore) => {
  for (let i = 0; i < 23; i += 1)
    await store.append(freshStream(), [i % 3 === 2 ? riskWithdrawn() : riskIdentified()]);
  // One submission of several events: they share one metadata text.
  const { metadata } = riskIdentified();
  await store.append(
    freshStream(),
    [riskIdentified(), riskIdentified(), riskIdentified()].map((event) => ({ ...event, metadata })),
  );
};

const pagesOf = async (store: SqliteEventStore, options: ReadAllOptions & { maxCount: number }) => {
  const pages: RecordedEvent[][] = [];
  for await (const page of store.readAllPages(options)) pages.push(page);
  return pages;
};

/** What successive readAll calls return, page by page, up to the first short page. */
const pagesInTurn = async (store: SqliteEventStore, options: ReadAllOptions & { maxCount: number }) => {
  const pages: RecordedEvent[][] = [];
  for (let after = options.after ?? 0; ; ) {
    const page = await store.readAll({ ...options, after });
    pages.push(page);
    if (page.length < options.maxCount) return pages;
    after = page[page.length - 1]!.position;
  }
};

describe('reading the log ahead in a worker thread', () => {
  it('returns the pages successive readAll calls return, events equal field by field', async () => {
    const store = open();
    await filled(store);
    for (const options of [
      { maxCount: 5 },
      { maxCount: 13, after: 4 },
      { maxCount: 2, eventTypes: ['RiskWithdrawn'] },
      { maxCount: 26 },
      { maxCount: 5, after: 26 },
    ]) {
      const pages = await pagesOf(store, options);
      expect(pages).toEqual(await pagesInTurn(store, options));
      expect(pages[pages.length - 1]!.length).toBeLessThan(options.maxCount);
    }
    const [all] = await pagesOf(store, { maxCount: 100 });
    expect(all).toHaveLength(26);
    expect(Object.isFrozen(all![25]!.metadata)).toBe(true);
    expect(all![25]!.metadata).toBe(all![24]!.metadata);
  });

  it('sees events appended after the store was opened, and stops its worker when left early', async () => {
    const store = open();
    await filled(store);
    const seen: number[] = [];
    for await (const page of store.readAllPages({ maxCount: 4 })) {
      seen.push(page.length);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([4, 4]);
    await store.append(freshStream(), [riskIdentified()]);
    const pages = await pagesOf(store, { maxCount: 10 });
    expect(pages.flat()).toHaveLength(27);
  });

  it('reads an empty log as one empty page, and a store in memory in turn', async () => {
    expect(await pagesOf(open(), { maxCount: 5 })).toEqual([[]]);
    const memory = open(':memory:');
    await filled(memory);
    expect((await pagesOf(memory, { maxCount: 10 })).map((p) => p.length)).toEqual([10, 10, 6]);
  });

  it('fails the iteration when the worker cannot read the log', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kpi-read-ahead-')), 'events.sqlite');
    const store = open(path);
    await filled(store);
    // The table disappears from under the store: the worker's statements cannot be prepared.
    const raw = new DatabaseSync(path);
    raw.exec('ALTER TABLE events RENAME TO moved_away');
    raw.close();
    await expect(pagesOf(store, { maxCount: 5 })).rejects.toThrow(/no such table: events/);
  });

  it('reads windows of positions ahead in several threads, each encoded by the module named, in log order', async () => {
    const store = open();
    await filled(store);
    // An encoder handing back what it is given, and one failing at a withdrawal.
    const echo =
      'data:text/javascript,export const encodePage = (events) => ({ page: events, transfer: [] });';
    const all = await store.readAll();
    for (const { after, window, threads, eventTypes } of [
      { after: 0, window: 1, threads: 1, eventTypes: undefined },
      { after: 0, window: 5, threads: 2, eventTypes: undefined },
      { after: 3, window: 4, threads: 3, eventTypes: ['RiskWithdrawn'] },
      { after: 0, window: 100, threads: 2, eventTypes: ['RiskIdentified'] },
    ]) {
      const windows = await windowsOf(
        store,
        { after, eventTypes },
        { encoderUrl: echo, until: 26, window, threads },
      );
      const expected = all.filter((e) => e.position > after && (!eventTypes || eventTypes.includes(e.type)));
      expect(windows.flatMap((w) => w.page)).toEqual(
        expected.map(({ type, position, data, metadata }) => ({
          type,
          position,
          data,
          metadata: { recordedAt: metadata.recordedAt },
        })),
      );
      expect(windows.map((w) => w.through)).toEqual(
        Array.from({ length: Math.ceil((26 - after) / window) }, (_, k) =>
          Math.min(after + (k + 1) * window, 26),
        ),
      );
    }
    const failing =
      'data:text/javascript,export const encodePage = (events) => { if (events.some((e) => e.type === "RiskWithdrawn")) throw new Error("cannot encode a withdrawal"); return { page: events, transfer: [] }; };';
    await expect(
      windowsOf(store, { after: 0 }, { encoderUrl: failing, until: 26, window: 2, threads: 2 }),
    ).rejects.toThrow('cannot encode a withdrawal');
    expect(await windowsOf(store, { after: 0 }, { encoderUrl: echo, until: 0 })).toEqual([]);
    // An instant longer than the metadata cut read in SQL is read from its row's metadata.
    const long = '2026-03-20T10:00:00.1234567890123456789012345+05:00';
    const event = riskIdentified();
    const appended = await store.append(freshStream(), [
      { ...event, metadata: { ...event.metadata, recordedAt: long } },
    ]);
    const [last] = await windowsOf(store, { after: 26 }, { encoderUrl: echo, until: appended.position });
    expect(last!.page).toEqual([
      { type: 'RiskIdentified', position: 27, data: event.data, metadata: { recordedAt: long } },
    ]);
  });
});

const windowsOf = async (
  store: SqliteEventStore,
  options: ReadAllOptions,
  encode: EncodeAheadOptions,
): Promise<EncodedWindow<unknown[]>[]> => {
  const pages = store.readAllPages({ ...options, maxCount: 1_000 }) as ReadAheadPages;
  const windows: EncodedWindow<unknown[]>[] = [];
  for await (const window of pages.encodedAhead<unknown[]>(encode)) windows.push(window);
  return windows;
};
