import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CURRENT_SCHEMA_VERSION } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../../store/open.ts';
import type { EventStore } from '../../store/port.ts';
import { outcomeOf, runCommandChild, spawnCommand } from '../command-child.test-support.ts';
import { appendSampleLog, uuidOf } from '../sample-log.test-support.ts';
import { parseStoreAddress } from '../store-address.ts';
import { NotEmptyDestinationError } from './destination-start.ts';
import { LogDigester } from './log-digest.ts';
import { migrate } from './migrate.ts';
import { readLogPages } from './read-log.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kpi-migrate-'));

const withStore = async <T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = await openEventStore({ sqlitePath: path });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

/** Every event as a reader sees it, positions included: two copies must agree on all of it. */
const dump = (path: string) =>
  withStore(path, async (store) => {
    const digester = new LogDigester();
    const positions: number[] = [];
    for await (const page of readLogPages(store)) {
      for (const { entry, at } of page) {
        digester.add(entry);
        positions.push(at);
      }
    }
    return { ...digester.digest(), positions };
  });

const checkpointCopied = (path: string): number => {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { copied: number }).copied;
  } catch {
    return 0;
  }
};

describe('migrate between two SQLite stores', () => {
  it('copies 100,000 events, survives a kill part-way, resumes, and ends with equal counts and checksums', async () => {
    const dir = tempDir();
    const from = join(dir, 'region.sqlite');
    const to = join(dir, 'copy.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 100_000));

    const child = spawnCommand('migrate', ['--from', from, '--to', to]);
    const outcome = outcomeOf(child);
    const checkpoint = `${to}.migration.json`;
    let copiedAtKill = 0;
    while (child.exitCode === null) {
      copiedAtKill = checkpointCopied(checkpoint);
      // Early enough that a fast copy on a busy machine is still caught part-way.
      if (copiedAtKill >= 10_000) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const killed = await outcome;
    expect(killed.signal, `the first run finished before it could be interrupted: ${killed.stdout}`).toBe(
      'SIGKILL',
    );
    const partial = await withStore(to, (store) => store.headPosition());
    expect(partial).toBeGreaterThanOrEqual(copiedAtKill);
    expect(partial).toBeLessThan(100_000);

    const resumed = await runCommandChild('migrate', ['--from', from, '--to', to]);
    expect(resumed.stderr).toContain('migrate [');
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/source\s+100000 events/);
    expect(resumed.stdout).toMatch(/destination\s+100000 events/);
    expect(resumed.stdout).toContain('the logs match');

    const [source, copy] = await Promise.all([dump(from), dump(to)]);
    expect(copy.count).toBe(100_000);
    expect(copy.sha256).toBe(source.sha256);
    expect(copy.positions).toEqual(source.positions);

    const again = await runCommandChild('migrate', ['--from', from, '--to', to]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/copied\s+0 events/);
    expect((await dump(to)).count).toBe(100_000);
  }, 180_000);

  it('stops cleanly when asked, then resumes without copying anything twice', async () => {
    const dir = tempDir();
    const from = join(dir, 'a.sqlite');
    const to = join(dir, 'b.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 6_000));
    const abort = new AbortController();
    const options = {
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'cp.json'),
    };
    const first = await migrate({
      ...options,
      pageSize: 500,
      signal: abort.signal,
      progress: { update: (done) => done >= 2_000 && abort.abort(), finish: () => {} },
    });
    expect(first.interrupted).toBe(true);
    expect(first.copied).toBeLessThan(6_000);
    expect(first.match).toBe(true);

    const second = await migrate(options);
    expect(second.interrupted).toBe(false);
    expect(second.copied + first.copied).toBe(6_000);
    expect(second.destination).toEqual(second.source);
    expect(second.source.count).toBe(6_000);
  });

  it('resumes from the destination itself when the checkpoint file is lost', async () => {
    const dir = tempDir();
    const from = join(dir, 'a.sqlite');
    const to = join(dir, 'b.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 3_000));
    const abort = new AbortController();
    await migrate({
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'lost.json'),
      pageSize: 500,
      signal: abort.signal,
      progress: { update: (done) => done >= 1_000 && abort.abort(), finish: () => {} },
    });
    const report = await migrate({
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'new.json'),
    });
    expect(report.skipped).toBeGreaterThanOrEqual(1_000);
    expect(report.copied + report.skipped).toBe(3_000);
    expect(report.match).toBe(true);
    expect(report.destination.count).toBe(3_000);
  });

  it('refuses a destination holding other events, and writes nothing to it', async () => {
    const dir = tempDir();
    const from = join(dir, 'a.sqlite');
    const to = join(dir, 'b.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 100));
    await withStore(to, (store) => appendSampleLog(store, 10, 50_000));
    const options = {
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'cp.json'),
    };
    await expect(migrate(options)).rejects.toBeInstanceOf(NotEmptyDestinationError);
    expect(await withStore(to, (store) => store.headPosition())).toBe(10);

    const appended = await migrate({ ...options, appendToNonEmpty: true });
    expect(appended.match).toBe(true);
    expect(appended.destination.count).toBe(100);
    expect(await withStore(to, (store) => store.headPosition())).toBe(110);
  });

  it('keeps events written under an older schema version readable: upcast data, current version in metadata', async () => {
    const dir = tempDir();
    const from = join(dir, 'a.sqlite');
    const to = join(dir, 'b.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 1));
    const db = new DatabaseSync(from);
    const v1 = { ...JSON.parse((db.prepare('SELECT data FROM events').get() as { data: string }).data) };
    delete v1.source;
    const metadata = JSON.parse(
      (db.prepare('SELECT metadata FROM events').get() as { metadata: string }).metadata,
    );
    db.prepare('INSERT INTO events VALUES (2, ?, 0, ?, ?, 1, ?, ?)').run(
      `risk-${uuidOf(9, 1)}`,
      uuidOf(9, 2),
      'RiskIdentified',
      JSON.stringify({ ...v1, riskId: uuidOf(9, 1) }),
      JSON.stringify({ ...metadata, schemaVersion: 1 }),
    );
    db.close();

    const report = await migrate({
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'cp.json'),
    });
    expect(report.match).toBe(true);
    const [copied] = await withStore(to, (store) => store.readStream(`risk-${uuidOf(9, 1)}`));
    expect(copied!.id).toBe(uuidOf(9, 2));
    expect((copied!.data as { source: string }).source).toBe('EXTERNAL_ANALYSIS');
    expect(copied!.metadata.schemaVersion).toBe(CURRENT_SCHEMA_VERSION.RiskIdentified);
    expect(copied!.metadata.recordedAt).toBe(metadata.recordedAt);
    expect(copied!.metadata.correlationId).toBe(metadata.correlationId);
  });

  it('names the mistake on the command line and touches no store', async () => {
    const dir = tempDir();
    const missingTo = await runCommandChild('migrate', ['--from', join(dir, 'a.sqlite')]);
    expect(missingTo.code).toBe(2);
    expect(missingTo.stderr).toContain('--to is required');
    const missingSource = await runCommandChild('migrate', [
      '--from',
      join(dir, 'none.sqlite'),
      '--to',
      join(dir, 'b.sqlite'),
    ]);
    expect(missingSource.code).toBe(1);
    expect(missingSource.stderr).toContain('no such store file');
    expect(existsSync(join(dir, 'b.sqlite'))).toBe(false);
    const same = await runCommandChild('migrate', [
      '--from',
      join(dir, 'a.sqlite'),
      '--to',
      join(dir, 'a.sqlite'),
    ]);
    expect(same.stderr).toContain('name the same store');
  });
});

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
describe.skipIf(!connectionString)('migrate to and from EventStoreDB', () => {
  it('copies SQLite -> EventStoreDB -> SQLite with equal checksums', async () => {
    const dir = tempDir();
    const from = join(dir, 'a.sqlite');
    const back = join(dir, 'back.sqlite');
    await withStore(from, (store) => appendSampleLog(store, 2_000, Date.now() % 1_000_000_000));
    const esdb = parseStoreAddress(connectionString!);
    // A shared server holds other tests' events: copy after them and compare only what was copied.
    const there = await migrate({
      from: parseStoreAddress(from),
      to: esdb,
      checkpointPath: join(dir, 'out.json'),
      appendToNonEmpty: true,
    });
    expect(there.match).toBe(true);
    expect(there.destination.count).toBe(2_000);
    const home = await migrate({
      from: esdb,
      to: parseStoreAddress(back),
      checkpointPath: join(dir, 'in.json'),
    });
    expect(home.match).toBe(true);
  });
});
if (!connectionString) {
  console.info('EventStoreDB migration tests skipped: set EVENTSTORE_CONNECTION_STRING to run them');
}
