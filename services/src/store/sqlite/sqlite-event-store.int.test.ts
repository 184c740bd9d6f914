import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../conformance/collect.ts';
import { freshStream, manyRisks, metadataFor } from '../conformance/fixtures.ts';
import { DuplicateEventIdError } from '../port.ts';
import { SqliteEventStore } from './sqlite-event-store.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kpi-sqlite-')), 'nested', 'events.sqlite');
const opened: SqliteEventStore[] = [];
const open = (path: string, pollIntervalMs = 50) => {
  const store = new SqliteEventStore({ path, pollIntervalMs });
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe('the embedded SQLite store', () => {
  it('upcasts events stored under an older schema version', async () => {
    const path = tempFile();
    const store = open(path);
    const stream = freshStream();
    await store.append(stream, manyRisks(1));
    const { source: _dropped, ...v1 } = (await store.readStream(stream))[0]!.data as Record<string, unknown>;
    // Written as the pilot regions' v1 events were, straight into the file.
    const raw = new DatabaseSync(path);
    raw
      .prepare('INSERT INTO events VALUES (?, ?, 1, ?, ?, 1, ?, ?)')
      .run(
        2,
        stream,
        crypto.randomUUID(),
        'RiskIdentified',
        JSON.stringify(v1),
        JSON.stringify(metadataFor('RiskIdentified', { schemaVersion: 1 })),
      );
    raw.close();
    const [, old] = await store.readStream(stream);
    expect(old!.data).toEqual({ ...v1, source: 'EXTERNAL_ANALYSIS' });
    expect(old!.metadata.schemaVersion).toBe(1);
  });

  it('lets a subscription see appends made through another connection to the file', async () => {
    const path = tempFile();
    const reader = open(path);
    const writer = open(path);
    const subscription = reader.subscribeToAll({ after: 0 });
    const stream = freshStream();
    const events = manyRisks(5);
    for (const event of events) await writer.append(stream, [event]);
    const { ours } = await collect(subscription, new Set([stream]), 5, 5_000);
    expect(ours.map((e) => e.id)).toEqual(events.map((e) => e.id));
    await subscription.close();
  });

  it('recognises ids appended through another connection to the file', async () => {
    const path = tempFile();
    const first = open(path);
    const second = open(path);
    await second.append(freshStream(), manyRisks(1)); // builds the second store's id index
    const stream = freshStream();
    const batch = manyRisks(3);
    const answer = await first.append(stream, batch);
    await expect(second.append(stream, batch, { expectedRevision: 'no_stream' })).resolves.toEqual(answer);
    const reused = { ...manyRisks(1)[0]!, id: batch[1]!.id };
    await expect(second.append(freshStream(), [reused])).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(await second.readStream(stream)).toHaveLength(3);
  });

  it('upgrades a file of the first layout, keeping its events', async () => {
    const path = tempFile();
    const store = open(path);
    const stream = freshStream();
    const batch = manyRisks(2);
    await store.append(stream, batch);
    await store.close();
    const raw = new DatabaseSync(path);
    raw.exec('CREATE UNIQUE INDEX events_by_id ON events (id); PRAGMA user_version = 1;');
    raw.close();
    const upgraded = open(path);
    expect(await upgraded.readStream(stream)).toHaveLength(2);
    await expect(upgraded.append(stream, batch)).resolves.toMatchObject({ nextExpectedRevision: 1 });
    await upgraded.close();
    const check = new DatabaseSync(path);
    expect(check.prepare('PRAGMA user_version').get()).toEqual({ user_version: 3 });
    expect(
      check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'events_by_id'").get(),
    ).toEqual({ n: 0 });
    check.close();
  });

  it('upgrades a file of the second layout with the tables its id index is saved in', async () => {
    const path = tempFile();
    const store = open(path);
    const stream = freshStream();
    await store.append(stream, manyRisks(2));
    await store.close();
    const raw = new DatabaseSync(path);
    raw.exec('DROP TABLE id_index_parts; DROP TABLE store_meta; PRAGMA user_version = 2;');
    raw.close();
    const upgraded = open(path);
    expect(await upgraded.readStream(stream)).toHaveLength(2);
    await upgraded.close();
    const check = new DatabaseSync(path);
    expect(check.prepare('PRAGMA user_version').get()).toEqual({ user_version: 3 });
    expect(
      check
        .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('id_index_parts', 'store_meta')")
        .get(),
    ).toEqual({ n: 2 });
    check.close();
  });

  it('reads rare types (accounts) through the index by type: the same events, in log order, as a walk would', async () => {
    const store = open(tempFile());
    const reserved = (k: number) => ({
      id: randomUUID(),
      type: 'UsernameReserved',
      data: { username: `user${k}`, userId: randomUUID(), occurredOn: '2026-03-14' },
      metadata: metadataFor('UsernameReserved', { region: null, channel: 'system', submittedBy: 'system' }),
    });
    for (let k = 0; k < 12; k++) {
      await store.append(freshStream(), manyRisks(30));
      await store.append(`username-user${k}`, [reserved(k)]);
    }
    const accountTypes = ['UsernameReserved', 'UserRegistered'];
    const walked = (await store.readAll()).filter((e) => accountTypes.includes(e.type));
    expect(walked).toHaveLength(12);
    expect(await store.readAll({ eventTypes: accountTypes })).toEqual(walked);
    expect(
      await store.readAll({ eventTypes: accountTypes, after: walked[4]!.position, maxCount: 3 }),
    ).toEqual(walked.slice(5, 8));
    const subscription = store.subscribeToAll({ eventTypes: accountTypes, after: walked[9]!.position });
    const streams = new Set(walked.map((e) => e.streamId));
    const { all } = await collect(subscription, streams, 2);
    await subscription.close();
    expect(all.map((e) => e.id)).toEqual(walked.slice(10).map((e) => e.id));
  });

  it('refuses a file written by a newer layout instead of misreading it', async () => {
    const path = tempFile();
    open(path);
    const raw = new DatabaseSync(path);
    raw.exec('PRAGMA user_version = 99');
    raw.close();
    expect(() => new SqliteEventStore({ path })).toThrow(/newer version/);
  });
});
