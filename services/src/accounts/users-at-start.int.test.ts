import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, withAdministrator } from '../auth/test-fixtures.ts';
import { appendSampleLog } from '../ops/sample-log.test-support.ts';
import { createProjections } from '../runtime/app-projections.ts';
import type { EventStore, ReadAllOptions } from '../store/port.ts';
import { Accounts } from './accounts.ts';
import { ensureDemoAccounts } from './bootstrap.ts';

/** The store, with every `readAll` call's options recorded. */
const recordingReads = (store: EventStore) => {
  const reads: ReadAllOptions[] = [];
  const recorded: EventStore = {
    append: store.append.bind(store),
    appendMany: store.appendMany.bind(store),
    readStream: store.readStream.bind(store),
    subscribeToAll: store.subscribeToAll.bind(store),
    headPosition: store.headPosition.bind(store),
    close: store.close.bind(store),
    readAll: (options: ReadAllOptions = {}) => {
      reads.push(options);
      return store.readAll(options);
    },
  };
  return { store: recorded, reads };
};

/** Accounts over a runtime of its own on `store`, as another process would have them. */
const startAnother = async (store: EventStore, snapshotDirectory?: string) => {
  const projections = createProjections({ store, ...(snapshotDirectory ? { snapshotDirectory } : {}) });
  await projections.runtime.start(['users']);
  await projections.runtime.whenLive(['users']);
  const accounts = new Accounts({
    store,
    clock: () => new Date(),
    newId: randomUUID,
    users: projections.runtime.live('users'),
  });
  return { accounts, runtime: projections.runtime };
};

describe('the users read model at a start', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeEach(async () => {
    env = await openTestServices();
  });
  afterEach(async () => {
    await env.close();
  });

  it('reads only account events, among many others, and follows the log from its head', async () => {
    await appendSampleLog(env.store, 12_000);
    const adminId = await withAdministrator(env.accounts);
    await appendSampleLog(env.store, 9_000, 12_000);
    await ensureDemoAccounts(env.services, 'demo-password');
    await appendSampleLog(env.store, 3_000, 21_000);

    const { store, reads } = recordingReads(env.store);
    const other = await startAnother(store);
    try {
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(read.eventTypes).toContain('UserRegistered');
      expect(other.accounts.users.list()).toEqual(env.accounts.users.list());
      expect(other.accounts.users.history()).toEqual(env.accounts.users.history());

      // What is recorded after the start arrives through the subscription.
      const chairId = env.accounts.users.byUsername('chair')!.userId;
      const changed = await env.accounts.deactivate(chairId, 'left', {
        userId: adminId,
        correlationId: randomUUID(),
        channel: 'api',
      });
      expect(changed).toMatchObject({ ok: true });
      await other.accounts.users.waitFor(await env.store.headPosition());
      expect(other.accounts.users.byUsername('chair')?.active).toBe(false);
    } finally {
      await other.runtime.stop();
    }
  });

  it('starts from its snapshot and reads only the log after it', async () => {
    const adminId = await withAdministrator(env.accounts);
    await ensureDemoAccounts(env.services, 'demo-password');
    const snapshots = `${env.dir}/projections`;
    const first = await startAnother(env.store, snapshots);
    await first.runtime.stop();
    const snapshotAt = first.runtime.readModels.users().position;

    await appendSampleLog(env.store, 2_000);
    const actor = { userId: adminId, correlationId: randomUUID(), channel: 'api' as const };
    const late = await env.accounts.register(
      { username: 'late', displayName: 'Late', role: 'ANALYST', region: null, password: null },
      actor,
    );
    expect(late.ok).toBe(true);

    const { store, reads } = recordingReads(env.store);
    const second = await startAnother(store, snapshots);
    try {
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(read.after).toBeGreaterThanOrEqual(snapshotAt);
      expect(second.accounts.users.list()).toEqual(env.accounts.users.list());
      expect(second.accounts.users.byUsername('late')?.role).toBe('ANALYST');
    } finally {
      await second.runtime.stop();
    }
  });
});
