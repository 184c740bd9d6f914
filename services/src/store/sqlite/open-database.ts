import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * Durability of a commit. 'full' (the default) syncs the write-ahead log on every commit: an
 * acknowledged append survives a killed process *and* a power cut. 'normal' syncs only at
 * checkpoints: it survives a killed process (the commit is in the WAL file, in the OS cache),
 * but a power cut may lose the last commits. The store is an audit trail, so 'full' is the default.
 */
export type Durability = 'full' | 'normal';

/** Schema version of the file layout below, kept in `PRAGMA user_version`. */
const LAYOUT_VERSION = 3;

const LAYOUT = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  id             TEXT    NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream ON events (stream_id, revision);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type);
CREATE TABLE IF NOT EXISTS id_index_parts (
  part      INTEGER PRIMARY KEY,
  high      BLOB NOT NULL,
  low       BLOB NOT NULL,
  positions BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/**
 * Layout 1 indexed ids in SQL; layout 2 keeps that index in memory (see id-index.ts); layout 3
 * also saves it in the file (id_index_parts, store_meta: see persisted-id-index.ts) and indexes
 * the rows by type (events_by_type, for reads of rare types: see statements.ts); LAYOUT creates
 * them (on a large log the index takes some seconds, once).
 */
const UPGRADES: Readonly<Record<number, string>> = {
  1: 'DROP INDEX IF EXISTS events_by_id;',
  2: '',
};

export const openDatabase = (path: string, durability: Durability): DatabaseSync => {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 5_000 });
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    // 64 MiB of page cache keeps the id index's hot pages in memory during bulk appends.
    db.exec('PRAGMA cache_size = -65536');
    db.exec('PRAGMA temp_store = MEMORY');
    // Stream names are random keys, so a batch over many streams dirties pages all over their
    // index. Checkpointing every 64 MiB of WAL instead of every 4 MiB writes a hot page back
    // once per checkpoint rather than once per batch.
    db.exec('PRAGMA wal_autocheckpoint = 16384');
    db.exec(`PRAGMA journal_size_limit = ${64 * 1024 * 1024}`);
    const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (version > LAYOUT_VERSION) {
      throw new Error(`${path} was written by a newer version of the store (layout ${version})`);
    }
    if (version < LAYOUT_VERSION) {
      const steps = Object.entries(UPGRADES)
        .filter(([from]) => version > 0 && Number(from) >= version)
        .map(([, sql]) => sql)
        .join('\n');
      db.exec(`BEGIN IMMEDIATE; ${LAYOUT} ${steps} PRAGMA user_version = ${LAYOUT_VERSION}; COMMIT;`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
