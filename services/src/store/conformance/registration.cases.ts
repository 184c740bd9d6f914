import { randomUUID } from 'node:crypto';
import { accountStreams, CURRENT_SCHEMA_VERSION, type EventType } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { type AccountCommand, accountDecider, accountStreamsOf } from '../../commands/account-decider.ts';
import { type StreamCommand, streamCommand } from '../../commands/stream-decider.ts';
import { decideOnStream } from '../../commands/stream-handle.ts';
import type { EventStore, NewEvent } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { useStore } from './use-store.ts';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const on = '2026-06-01';

/** A store that refuses `appendMany`: what EventStoreDB 24.10 cannot do atomically, accounts must not ask. */
const singleStreamOnly = (store: EventStore, appended: string[]): EventStore =>
  new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'appendMany') return () => Promise.reject(new Error('a multi-stream append was asked for'));
      if (key === 'append') {
        return (
          streamId: string,
          ...rest: Parameters<EventStore['append']> extends [string, ...infer R] ? R : never
        ) => {
          appended.push(streamId);
          return target.append(streamId, ...rest);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** A username no earlier run of a long-lived server holds. */
const freshName = () => `u${randomUUID().replaceAll('-', '').slice(0, 12)}`;

const registration = (username: string, userId = randomUUID()): AccountCommand => ({
  type: 'RegisterUser',
  data: {
    userId,
    username,
    displayName: 'Dana',
    role: 'ANALYST',
    region: null,
    passwordHash: HASH,
    occurredOn: on,
  },
});

const decide = (
  store: EventStore,
  command: AccountCommand,
  by: string,
  submissionId: string,
  username?: string,
) => {
  const { streamId, foundedOn } = accountStreamsOf(command, username);
  return decideOnStream(
    store,
    { userId: by },
    streamCommand(accountDecider, streamId, command, foundedOn) as unknown as StreamCommand,
    {
      submissionId,
      now: new Date('2026-06-01T06:00:00.000Z'),
      correlationId: randomUUID(),
      channel: 'api',
    },
  );
};

const asStored = (type: EventType, data: object): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    recordedAt: '2026-05-01T06:00:00.000Z',
    submittedBy: 'admin-1',
    region: null,
    submissionId: randomUUID(),
    correlationId: randomUUID(),
    channel: 'api',
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
  },
});

/**
 * Registering an account on the store: one event, one stream, one append, so it is atomic on
 * every store (EventStoreDB has no atomic multi-stream append); the username's stream is the
 * boundary that keeps a name to one account, and a resubmission's id is found there.
 */
export const registrationCases = (adapter: AdapterUnderTest) =>
  describe('registering an account: one single-stream append', () => {
    const opened = useStore(adapter);

    it("records the registration on the username's stream alone, and a change on the user's", async () => {
      const appended: string[] = [];
      const store = singleStreamOnly(opened(), appended);
      const username = freshName();
      const command = registration(username);
      const { userId } = command.data as { userId: string };
      expect(await decide(store, command, 'admin-1', 'register')).toMatchObject({
        kind: 'Succeeded',
        revision: 0,
      });
      expect((await store.readStream(accountStreams.username(username))).map((e) => e.type)).toEqual([
        'UserRegistered',
      ]);
      expect(await store.readStream(accountStreams.user(userId))).toEqual([]);
      const deactivate: AccountCommand = {
        type: 'DeactivateUser',
        data: { userId, reason: 'left', occurredOn: on },
        otherActiveAdministrators: 1,
      };
      expect(await decide(store, deactivate, 'admin-1', 'deactivate', username)).toMatchObject({
        kind: 'Succeeded',
        streamId: accountStreams.user(userId),
        revision: 0,
      });
      expect(appended).toEqual([accountStreams.username(username), accountStreams.user(userId)]);
    });

    it('answers the same submission again as the first time and writes nothing', async () => {
      const store = singleStreamOnly(opened(), []);
      const command = registration(freshName());
      const first = await decide(store, command, 'admin-1', 'register-again');
      const head = await store.headPosition();
      expect(await decide(store, command, 'admin-1', 'register-again')).toEqual({
        ...first,
        replayed: true,
        unchanged: false,
      });
      expect(await store.headPosition()).toBe(head);
    });

    it('gives a name to one of two admins registering it at once; the other is told it is taken', async () => {
      const store = singleStreamOnly(opened(), []);
      const username = freshName();
      const results = await Promise.all([
        decide(store, registration(username), 'admin-1', 'first'),
        decide(store, registration(username), 'admin-2', 'second'),
      ]);
      expect(results.filter((r) => r.kind === 'Succeeded')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'ValidationFailed')).toMatchObject([
        { issues: [{ path: 'username', code: 'taken' }] },
      ]);
      expect(await store.readStream(accountStreams.username(username))).toHaveLength(1);
    });

    it('reads an account of the earlier layout (name reserved, user on its own stream) as before', async () => {
      const store = singleStreamOnly(opened(), []);
      const username = freshName();
      const userId = randomUUID();
      const { data } = registration(username, userId) as { data: object };
      // As the earlier layout wrote it: the reservation, then the user's own stream.
      await opened().append(
        accountStreams.username(username),
        [asStored('UsernameReserved', { username, userId, occurredOn: on })],
        {
          expectedRevision: 'no_stream',
        },
      );
      await opened().append(accountStreams.user(userId), [asStored('UserRegistered', data)], {
        expectedRevision: 'no_stream',
      });
      const again = await decide(store, registration(username), 'admin-2', 'taken');
      expect(again).toMatchObject({
        kind: 'ValidationFailed',
        issues: [{ path: 'username', code: 'taken' }],
      });
      const grant: AccountCommand = {
        type: 'GrantRole',
        data: { userId, role: 'CHAIR', region: null, occurredOn: on },
        otherActiveAdministrators: 1,
      };
      expect(await decide(store, grant, 'admin-1', 'grant', username)).toMatchObject({
        kind: 'Succeeded',
        streamId: accountStreams.user(userId),
        revision: 1,
      });
      expect((await store.readStream(accountStreams.user(userId))).map((e) => e.type)).toEqual([
        'UserRegistered',
        'UserRoleGranted',
      ]);
    });
  });
