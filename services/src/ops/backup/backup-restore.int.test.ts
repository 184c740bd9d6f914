import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiProjection } from '@kpi/projections';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../../store/open.ts';
import type { EventStore } from '../../store/port.ts';
import { outcomeOf, runCommandChild, spawnCommand } from '../command-child.test-support.ts';
import { digestLog } from '../migration/read-log.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kpi-backup-'));

const withStore = async <T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = await openEventStore({ sqlitePath: path });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

/** Folds the KPI projection over the log up to `until`, as the service does on start. */
const foldKpis = async (store: EventStore, until: number) => {
  let state = kpiProjection.initialState();
  for (let after = 0; after < until; ) {
    const events = await store.readAll({ after, maxCount: 5_000 });
    if (events.length === 0) break;
    for (const event of events) {
      if (event.position > until) break;
      if (kpiProjection.canHandle.includes(event.type)) state = kpiProjection.evolve(state, event);
    }
    after = events[events.length - 1]!.position;
  }
  return state;
};

const headOf = (line: string) => Number(/events\s+(\d+) \(up to position (\d+)\)/.exec(line)?.[2]);

describe('backup and restore of the embedded store', () => {
  it('backs up while appends continue; the restored log and its KPIs equal the source up to the backup point', async () => {
    const dir = tempDir();
    const live = join(dir, 'events.sqlite');
    const backupFile = join(dir, 'backup.sqlite');
    const store = await openEventStore({ sqlitePath: live });
    try {
      await appendSampleLog(store, 20_000);
      const before = await store.headPosition();
      const child = spawnCommand('backup', ['--from', live, '--to', backupFile]);
      const outcome = outcomeOf(child);
      let offset = 1_000_000;
      while (child.exitCode === null) {
        await appendSampleLog(store, 50, offset);
        offset += 50;
        // The store is synchronous: yield so the child's exit can be noticed.
        await new Promise((r) => setImmediate(r));
      }
      const result = await outcome;
      expect(result.code, result.stderr).toBe(0);
      const after = await store.headPosition();
      expect(after).toBeGreaterThan(before);
      const backupHead = headOf(result.stdout);
      expect(backupHead).toBeGreaterThanOrEqual(before);
      expect(backupHead).toBeLessThanOrEqual(after);

      const restored = join(dir, 'restored.sqlite');
      const restore = await runCommandChild('restore', ['--from', backupFile, '--to', restored]);
      expect(restore.code, restore.stderr).toBe(0);
      expect(headOf(restore.stdout)).toBe(backupHead);
      await withStore(restored, async (copy) => {
        expect(await copy.headPosition()).toBe(backupHead);
        expect(await digestLog(copy, 0, Number.POSITIVE_INFINITY)).toEqual(
          await digestLog(store, 0, backupHead),
        );
        expect(await foldKpis(copy, backupHead)).toEqual(await foldKpis(store, backupHead));
      });

      const inUse = await runCommandChild('restore', ['--from', backupFile, '--to', live, '--force']);
      expect(inUse.code).toBe(1);
      expect(inUse.stderr).toContain('is in use');
      expect(await store.headPosition()).toBe(after);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('replaces an existing store only with --force, keeping the old file aside', async () => {
    const dir = tempDir();
    const target = join(dir, 'events.sqlite');
    const backupFile = join(dir, 'backup.sqlite');
    await withStore(join(dir, 'source.sqlite'), (s) => appendSampleLog(s, 300));
    expect(
      (await runCommandChild('backup', ['--from', join(dir, 'source.sqlite'), '--to', backupFile])).code,
    ).toBe(0);
    await withStore(target, (s) => appendSampleLog(s, 10, 9_000));

    const refused = await runCommandChild('restore', ['--from', backupFile, '--to', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds 10 events; pass --force');
    expect(await withStore(target, (s) => s.headPosition())).toBe(10);

    const forced = await runCommandChild('restore', ['--from', backupFile, '--to', target, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const aside = /moved to (\S+)/.exec(forced.stdout)?.[1];
    expect(aside && existsSync(aside)).toBe(true);
    expect(await withStore(target, (s) => s.headPosition())).toBe(300);
    expect(await withStore(aside!, (s) => s.headPosition())).toBe(10);
  });

  it('refuses a file that is not a store backup, and a missing store', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'not a database at all, just text '.repeat(200));
    const bad = await runCommandChild('restore', [
      '--from',
      join(dir, 'notes.txt'),
      '--to',
      join(dir, 'x.sqlite'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/notes\.txt: (cannot be opened as a store file|not an event store file)/);
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);
    const missing = await runCommandChild('backup', [
      '--from',
      join(dir, 'none.sqlite'),
      '--to',
      join(dir, 'b.sqlite'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such store file');
    const usage = await runCommandChild('backup', ['--from', join(dir, 'none.sqlite')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--to is required');
  });
});
