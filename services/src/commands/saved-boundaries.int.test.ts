import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streams } from '@kpi/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotFile } from '../runtime/snapshot-file.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore, ReadStreamOptions } from '../store/port.ts';
import { boundaryCodec, type StoredBoundary } from './boundary-file.ts';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { newIdFor } from './prepare.ts';
import { SavedBoundaries } from './saved-boundaries.ts';
import { form, risk, transformation } from './test-commands.ts';
import { officer } from './test-services.ts';
import { restoreUnits } from './warm-units.ts';

const aktobe = officer('KZ-15');
const UNIT = streams.unit('KZ-15');
const riskOf = (submissionId: string) => newIdFor('IdentifyRisk', submissionId);

const recommendation = (riskId: string): Command => ({
  type: 'IssueRecommendation',
  data: {
    riskId,
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    text: 'Утвердить критерии',
    dueOn: '2026-09-01',
    occurredOn: '2026-04-01',
  },
});

describe("the write side's unit states saved across starts", () => {
  let dir = '';
  let database = '';
  let snapshots = '';
  const opened: EventStore[] = [];
  const open = async (path = database) => {
    const store = await openEventStore({ sqlitePath: path });
    opened.push(store);
    return store;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-write-side-'));
    database = join(dir, 'events.sqlite');
    snapshots = join(dir, 'write-side');
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A process started on the store: its own (empty) kept states, restored from the files when
   * they hold this code's `version`, with every stream read it makes noted.
   */
  const start = (store: EventStore, version = 'v1', minMovedWhileRunning?: number) => {
    const reads: number[] = [];
    const noted: EventStore = {
      ...store,
      append: (...args) => store.append(...args),
      readStream: (streamId: string, options?: ReadStreamOptions) => {
        if (streamId === UNIT) reads.push(options?.fromRevision ?? 0);
        return store.readStream(streamId, options);
      },
    };
    const saved = new SavedBoundaries(noted, {
      fileOf: (streamId) => new SnapshotFile<StoredBoundary>(snapshots, streamId, version, boundaryCodec),
      clock: () => new Date('2026-06-15T10:00:00Z'),
      ...(minMovedWhileRunning === undefined ? {} : { minMovedWhileRunning }),
    });
    let n = 0;
    const services = {
      store: noted,
      clock: () => new Date('2026-06-15T10:00:00Z'),
      newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    };
    const submit = (command: Command, submissionId: string) =>
      handleCommand(services, aktobe, command, form(submissionId));
    return { store: noted, saved, reads, submit };
  };

  /** Three risks and the removal of the first, decided by a first process, which saves and stops. */
  const firstRun = async (store: EventStore) => {
    const first = start(store);
    for (const n of [1, 2, 3]) await first.submit(risk(), `risk-${n}`);
    await first.submit(transformation([riskOf('risk-1')]), 't-1');
    await first.saved.stop();
    return first;
  };

  it('decides after a restart on what was decided before, reading only what follows the saved state', async () => {
    const store = await open();
    await firstRun(store);
    const second = start(store);
    expect(await second.submit(recommendation(riskOf('risk-2')), 'rec-1')).toMatchObject({
      kind: 'Succeeded',
      replayed: false,
    });
    // The saved last event is checked where it was (revision 3), then only what followed is read.
    expect(second.reads).toEqual([3, 4]);
    // A risk removed before the restart is still removed: its removal is not recorded twice.
    expect(await second.submit(transformation([riskOf('risk-1')], [], 'DIGITISED'), 't-2')).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'removesRiskIds.0', code: 'removed' }],
    });
    expect(second.reads).not.toContain(0);
  });

  it('restores the units beside a start, reading only where each file ends, so a submission then reads the rest', async () => {
    const store = await open();
    await firstRun(store);
    const second = start(store);
    await restoreUnits(second.store);
    expect(second.reads).toEqual([3]);
    expect(await second.submit(recommendation(riskOf('risk-2')), 'rec-1')).toMatchObject({
      kind: 'Succeeded',
    });
    expect(second.reads).toEqual([3, 4]);
  });

  it('saves a unit that has a file only once it moved enough, while running and on stop', async () => {
    const store = await open();
    await firstRun(store); // its file ends at revision 3
    const second = start(store, 'v1', 3);
    await second.submit(recommendation(riskOf('risk-2')), 'rec-1');
    expect(await second.saved.save()).toBe(0); // moved by 1 event
    for (const n of [4, 5]) await second.submit(risk(), `risk-${n}`);
    expect(await second.saved.save()).toBe(1); // moved by 3: saved at revision 6
    await second.submit(risk(), 'risk-6');
    expect(await second.saved.save()).toBe(0);
    await second.saved.stop(); // moved by 1: left at revision 6
    const third = start(store);
    await restoreUnits(third.store);
    // The next start reads from the file's last event on, which it checks, to the one after it.
    expect(third.reads).toEqual([6]);
  });

  it('recognises a submission retried after a restart, and records it once', async () => {
    const store = await open();
    await firstRun(store);
    const second = start(store);
    expect(await second.submit(risk(), 'risk-2')).toMatchObject({
      kind: 'Succeeded',
      replayed: true,
      id: riskOf('risk-2'),
      revision: 0,
    });
    expect(await store.readStream(UNIT)).toHaveLength(4);
    expect(second.reads).not.toContain(0);
  });

  it('catches a stale state up with what another process appended after it was saved', async () => {
    const store = await open();
    await firstRun(store);
    // Another replica, on its own handle of the same database, records a risk after the save.
    const other = start(await open());
    expect(await other.submit(risk(), 'risk-4')).toMatchObject({ kind: 'Succeeded' });
    const second = start(store);
    expect(await second.submit(recommendation(riskOf('risk-4')), 'rec-4')).toMatchObject({
      kind: 'Succeeded',
    });
    expect(second.reads).toEqual([3, 4]);
  });

  it('folds from the start instead of using a state of other code, an unreadable one, or one past the stream', async () => {
    const store = await open();
    await firstRun(store);
    const [file] = readdirSync(snapshots);
    const path = join(snapshots, file!);

    const otherCode = start(store, 'v2');
    expect(await otherCode.submit(risk(), 'risk-2')).toMatchObject({ kind: 'Succeeded', replayed: true });
    expect(otherCode.reads[otherCode.reads.length - 2]).toBe(0);

    truncateSync(path, 100);
    const truncated = start(store);
    expect(await truncated.submit(recommendation(riskOf('risk-2')), 'rec-2')).toMatchObject({
      kind: 'Succeeded',
    });
    expect(truncated.reads).toContain(0);

    writeFileSync(path, 'not a snapshot');
    const garbage = start(store);
    expect(await garbage.submit(recommendation(riskOf('risk-3')), 'rec-3')).toMatchObject({
      kind: 'Succeeded',
    });
    expect(garbage.reads).toContain(0);

    // A store with less history under the same unit (another, or a restored backup).
    const saver = start(store);
    await saver.submit(risk(), 'risk-5');
    await saver.saved.stop();
    const shorter = start(await open(join(dir, 'other.sqlite')));
    expect(await shorter.submit(recommendation(riskOf('risk-2')), 'rec-x')).toMatchObject({
      kind: 'NotFound',
    });
    expect(shorter.reads).toEqual([6, 0]);
  });

  it('keeps the previous state when a process is killed in the middle of a save', async () => {
    const store = await open();
    await firstRun(store);
    const [file] = readdirSync(snapshots);
    // Another process saves over the unit's file and is killed while it writes.
    const killed = await killedWhileSaving(snapshots, file!.replace(/\.snapshot$/, ''));
    expect(killed).toBe('SIGKILL');
    expect(readdirSync(snapshots).some((name) => name.endsWith('.tmp'))).toBe(true);
    const second = start(store);
    await second.submit(risk(), 'risk-4');
    expect(await second.submit(recommendation(riskOf('risk-2')), 'rec-2')).toMatchObject({
      kind: 'Succeeded',
    });
    expect(second.reads).toEqual([3, 4, 5]);
  });
});

/**
 * Runs a save of a large state to `name`'s file in a child process that kills itself as soon as
 * its temporary file exists, part-way through writing it; answers the signal it ended by.
 */
const killedWhileSaving = async (directory: string, name: string): Promise<NodeJS.Signals | null> => {
  const script = `
    import { readdirSync } from 'node:fs';
    import { SnapshotFile } from ${JSON.stringify(new URL('../runtime/snapshot-file.ts', import.meta.url).href)};
    const [directory, name] = process.argv.slice(1);
    setInterval(() => {
      if (readdirSync(directory).some((file) => file.endsWith('.tmp'))) process.kill(process.pid, 'SIGKILL');
    }, 1);
    const file = new SnapshotFile(directory, name, 'v1', undefined, { partBytes: 4096 });
    await file.save({ checkpoint: 1e6, state: { padding: new Float64Array(4 * 2 ** 20) }, savedAt: '' });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, directory, name], {
    stdio: 'inherit',
  });
  const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return signal;
};
