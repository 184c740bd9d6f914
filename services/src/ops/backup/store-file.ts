import { DatabaseSync } from 'node:sqlite';

/** What a store file holds, read without the store's own machinery (which would migrate or create it). */
export interface StoreFileSummary {
  readonly events: number;
  readonly head: number;
}

/** Opens a file that must be an embedded store and summarises it; anything else is a clear error. */
export const inspectStoreFile = (path: string): StoreFileSummary => {
  let db: DatabaseSync;
  try {
    // Not read-only: a read-only connection cannot open a WAL-mode file whose -shm is missing.
    db = new DatabaseSync(path, { timeout: 5_000 });
  } catch (error) {
    throw new Error(`${path}: cannot be opened as a store file (${(error as Error).message})`);
  }
  try {
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined;
    if (check?.quick_check !== 'ok') throw new Error(`${path}: the file is damaged (${check?.quick_check})`);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!table) throw new Error(`${path}: not an event store file (no events table)`);
    const { events, head } = db
      .prepare('SELECT count(*) AS events, coalesce(max(position), 0) AS head FROM events')
      .get() as { events: number; head: number };
    return { events, head };
  } catch (error) {
    if ((error as Error).message.startsWith(path)) throw error;
    throw new Error(`${path}: not an event store file (${(error as Error).message})`);
  } finally {
    db.close();
  }
};

/**
 * True when another connection (the running service, a CLI command) has the store open. An
 * exclusive-mode transaction cannot start while any other connection holds the file, even idle
 * in WAL mode, so this asks SQLite itself rather than trusting a pid file.
 */
export const isStoreInUse = (path: string): boolean => {
  const probe = new DatabaseSync(path, { timeout: 0 });
  try {
    probe.exec('PRAGMA locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    if (/locked|busy/i.test((error as Error).message)) return true;
    throw error;
  } finally {
    probe.close();
  }
};
