import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, withAdministrator } from '../auth/test-fixtures.ts';
import { appendSampleLog } from '../ops/sample-log.test-support.ts';
import type { EventStore, ReadAllOptions } from '../store/port.ts';
import { ensureDemoAccounts } from './bootstrap.ts';
import { UsersReadModel } from './users-read-model.ts';

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
    await withAdministrator(env.accounts);
    await appendSampleLog(env.store, 9_000, 12_000);
    await ensureDemoAccounts(env.services, 'demo-password');
    await appendSampleLog(env.store, 3_000, 21_000);

    const { store, reads } = recordingReads(env.store);
    const users = new UsersReadModel(store);
    await users.start();
    try {
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(read.eventTypes).toContain('UserRegistered');
      expect(users.list()).toEqual(env.accounts.users.list());
      expect(users.history()).toEqual(env.accounts.users.history());

      // What is recorded after the start arrives through the subscription.
      const head = await env.store.headPosition();
      await users.waitFor(head);
      const admin = env.accounts.users.byUsername('root')!;
      const changed = await env.accounts.deactivate(env.accounts.users.byUsername('chair')!.userId, 'left', {
        userId: admin.userId,
        correlationId: randomUUID(),
        channel: 'api',
      });
      expect(changed).toMatchObject({ ok: true });
      await users.waitFor(await env.store.headPosition());
      expect(users.byUsername('chair')?.active).toBe(false);
    } finally {
      await users.stop();
    }
  });
});
