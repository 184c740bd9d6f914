import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { openEventStore } from '../../store/open.ts';
import { inspectStoreFile, isStoreInUse, type StoreFileSummary } from './store-file.ts';

export class StoreInUseError extends Error {
  constructor(path: string) {
    super(`${path} is in use (the service or another command has it open); stop it before restoring`);
    this.name = 'StoreInUseError';
  }
}

export class StoreExistsError extends Error {
  constructor(path: string, events: number) {
    super(`${path} already holds ${events} events; pass --force to replace it (the old file is kept aside)`);
    this.name = 'StoreExistsError';
  }
}

export interface RestoreReport extends StoreFileSummary {
  readonly path: string;
  /** Where the replaced store was moved, when one was replaced. */
  readonly replacedMovedTo: string | null;
}

/**
 * Puts a backup in place of the embedded store. Refuses while anything has the store open, and
 * refuses to replace a store without `force`; a replaced store is renamed, never deleted.
 */
export const restoreStore = async (
  backupPath: string,
  storePath: string,
  options: { readonly force?: boolean; readonly now?: () => Date } = {},
): Promise<RestoreReport> => {
  const from = resolve(backupPath);
  const to = resolve(storePath);
  if (!existsSync(from)) throw new Error(`${from}: no such backup file`);
  if (from === to) throw new Error('the backup file and the store are the same file');
  inspectStoreFile(from);

  let replacedMovedTo: string | null = null;
  if (existsSync(to)) {
    if (isStoreInUse(to)) throw new StoreInUseError(to);
    const current = inspectStoreFile(to);
    if (!options.force) throw new StoreExistsError(to, current.events);
    replacedMovedTo = setAside(to, (options.now ?? (() => new Date()))());
  }

  const temporary = `${to}.restoring`;
  rmSync(temporary, { force: true });
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    await backup(source, temporary, { rate: 0x7fffffff });
  } finally {
    source.close();
  }
  renameSync(temporary, to);
  // Open it as the service will: WAL mode and the current file layout, so the first start is plain.
  await (await openEventStore({ sqlitePath: to })).close();
  return { path: to, replacedMovedTo, ...inspectStoreFile(to) };
};

/** Folds the write-ahead log into the file, then moves the file away with a dated name. */
const setAside = (path: string, now: Date): string => {
  const db = new DatabaseSync(path, { timeout: 0 });
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
  const aside = `${path}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return aside;
};
