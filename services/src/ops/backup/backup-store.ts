import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { inspectStoreFile, type StoreFileSummary } from './store-file.ts';

export interface BackupReport extends StoreFileSummary {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Copies the embedded store to a file while the service keeps running, through SQLite's online
 * backup. The whole database is copied in one step, inside one read transaction: in WAL mode that
 * is a consistent snapshot of the log up to some position, and writers are not blocked meanwhile.
 * (Copying page by page would restart every time the service appends between two steps.)
 * The result is a single self-contained file (rollback journal, no -wal/-shm beside it).
 */
export const backupStore = async (storePath: string, backupPath: string): Promise<BackupReport> => {
  const from = resolve(storePath);
  const to = resolve(backupPath);
  if (!existsSync(from)) throw new Error(`${from}: no such store file`);
  if (from === to) throw new Error('the backup file must not be the store file itself');
  const temporary = `${to}.partial`;
  rmSync(temporary, { force: true });
  const source = new DatabaseSync(from, { timeout: 5_000 });
  try {
    await backup(source, temporary, { rate: 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new DatabaseSync(temporary);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const summary = inspectStoreFile(temporary);
  renameSync(temporary, to);
  return { path: to, bytes: statSync(to).size, ...summary };
};
