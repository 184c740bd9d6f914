import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { clock, countFromEnv, formatRate } from './measure.ts';

/**
 * node:sqlite against better-sqlite3 on the store's own table and settings (WAL,
 * synchronous=FULL, checkpoints every 64 MiB): the same rows inserted in transactions of 1,000,
 * then read back and parsed. A third run adds the unique SQL index on event ids that the store's
 * first layout had, to show what it costs in bytes written (Linux: /proc/self/io).
 */
interface Driver {
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  close(): void;
}

const LAYOUT = `
CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
  id TEXT NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL);
CREATE UNIQUE INDEX events_by_stream ON events (stream_id, revision);`;
const SQL_ID_INDEX = 'CREATE UNIQUE INDEX events_by_id ON events (id);';

/** Bytes this process has handed to write(2) so far, where the system says. */
const bytesWritten = (): number | null =>
  existsSync('/proc/self/io')
    ? Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1])
    : null;

const data = JSON.stringify({
  riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
  region: 'KZ-15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'EXTERNAL_ANALYSIS',
  description: 'Комиссия по земельным вопросам решает без критериев',
  occurredOn: '2026-03-14',
});
const metadata = JSON.stringify({
  recordedAt: '2026-03-14T10:00:00.000Z',
  submittedBy: 'officer-kz15-01',
  region: 'KZ-15',
  submissionId: 's',
  correlationId: 'c',
  channel: 'form',
  schemaVersion: 2,
});

const measure = (name: string, open: (path: string) => Driver, rows: number, sqlIdIndex = false) => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-drivers-'));
  const db = open(join(dir, 'bench.sqlite'));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA cache_size = -65536');
  db.exec('PRAGMA wal_autocheckpoint = 16384');
  db.exec(LAYOUT);
  if (sqlIdIndex) db.exec(SQL_ID_INDEX);
  const bytesBefore = bytesWritten();
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const writing = clock();
  for (let position = 1; position <= rows; ) {
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < 1_000 && position <= rows; i++, position++) {
      insert.run(
        position,
        `risk-${position >> 3}`,
        position & 7,
        crypto.randomUUID(),
        'RiskIdentified',
        2,
        data,
        metadata,
      );
    }
    db.exec('COMMIT');
  }
  const written = writing();
  const bytes = bytesBefore === null ? null : bytesWritten()! - bytesBefore;
  const page = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT 10000');
  const reading = clock();
  let read = 0;
  for (let after = 0; ; ) {
    const got = page.all(after) as { position: number; data: string; metadata: string }[];
    if (got.length === 0) break;
    for (const row of got) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    read += got.length;
    after = got[got.length - 1]!.position;
  }
  const readDone = reading();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const perEvent = bytes === null ? '' : `; ${(bytes / rows / 1024).toFixed(1)} KiB written per event`;
  console.log(`${name}\n  insert     ${formatRate(rows, written.ms, written.cpuMicros)}${perEvent}`);
  console.log(`  read+parse ${formatRate(read, readDone.ms, readDone.cpuMicros)}`);
};

export const run = async (): Promise<void> => {
  const rows = countFromEnv('BENCH_DRIVER_ROWS', 300_000);
  const BetterSqlite = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => Driver;
  for (let round = 1; round <= 2; round++) {
    console.log(`round ${round}:`);
    measure('node:sqlite', (path) => new DatabaseSync(path) as unknown as Driver, rows);
    measure('better-sqlite3', (path) => new BetterSqlite(path), rows);
    measure(
      'node:sqlite, with a unique SQL index on ids',
      (path) => new DatabaseSync(path) as unknown as Driver,
      rows,
      true,
    );
  }
};
