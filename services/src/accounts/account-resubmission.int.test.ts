import { accountStreams } from '@kpi/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices } from '../auth/test-fixtures.ts';
import { type AccountCommand, accountDecider, accountStreamsOf } from '../commands/account-decider.ts';
import { handleCommand } from '../commands/handle.ts';
import { streamCommand } from '../commands/stream-decider.ts';

describe('account commands through the one command path (real SQLite store)', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeEach(async () => {
    env = await openTestServices();
  });
  afterEach(async () => {
    await env.close();
  });

  const admin = { userId: 'admin-1', correlationId: 'c', channel: 'api' as const };
  const newUser = {
    username: 'dana',
    displayName: 'Dana',
    role: 'ANALYST',
    region: null,
    password: 'a long enough passphrase',
  } as const;

  it('answers a resubmitted registration as replayed, with the first answer’s account, and stores nothing new', async () => {
    const first = await env.accounts.register(newUser, { ...admin, submissionId: 'register-dana' });
    expect(first).toMatchObject({ ok: true, user: { username: 'dana' } });
    const head = await env.store.headPosition();
    const again = await env.accounts.register(newUser, { ...admin, submissionId: 'register-dana' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await env.store.headPosition()).toBe(head);
    const other = await env.accounts.register(newUser, { ...admin, submissionId: 'another-submission' });
    expect(other).toMatchObject({
      ok: false,
      code: 'USERNAME_TAKEN',
      issues: [{ path: 'username', code: 'taken' }],
    });
  });

  it('gives a username to one of two admins registering it at once; the other is told USERNAME_TAKEN', async () => {
    const outcomes = await Promise.all([
      env.accounts.register(newUser, { ...admin, submissionId: 'first-admin' }),
      env.accounts.register(
        { ...newUser, displayName: 'Dana K.' },
        { userId: 'admin-2', correlationId: 'c2', channel: 'api', submissionId: 'second-admin' },
      ),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toMatchObject([
      { code: 'USERNAME_TAKEN', issues: [{ path: 'username', code: 'taken' }] },
    ]);
    // One registration, on the username's stream, and no user stream for the loser.
    expect((await env.store.readStream(accountStreams.username('dana'))).map((e) => e.type)).toEqual([
      'UserRegistered',
    ]);
    expect(env.accounts.users.list().filter((u) => u.username === 'dana')).toHaveLength(1);
  });

  it('answers replayed: true to the same account command submitted again, and counts both answers', async () => {
    const created = await env.accounts.register(newUser, admin);
    if (!created.ok) throw new Error(created.message);
    const { userId } = created.user;
    const counted: { kind: string; replayed?: boolean }[] = [];
    const services = {
      ...env.services,
      metrics: { observeCommand: (r: { kind: string; replayed?: boolean }) => counted.push(r) },
    };
    const command: AccountCommand = {
      type: 'DeactivateUser',
      data: { userId, reason: 'left the agency', occurredOn: '2026-06-01' },
      otherActiveAdministrators: 1,
    };
    const { streamId, foundedOn } = accountStreamsOf(command, created.user.username);
    const submit = () =>
      handleCommand(services, admin, streamCommand(accountDecider, streamId, command, foundedOn), {
        submissionId: 'deactivate-dana',
        correlationId: 'c',
        channel: 'api',
      });
    const first = await submit();
    expect(first).toMatchObject({
      kind: 'Succeeded',
      replayed: false,
      streamId: accountStreams.user(userId),
      revision: 0,
    });
    const again = await submit();
    expect(again).toEqual({ ...first, replayed: true, unchanged: false });
    // The registration sits on the username's stream; the user's own holds its changes.
    expect((await env.store.readStream(accountStreams.user(userId))).map((e) => e.type)).toEqual([
      'UserDeactivated',
    ]);
    expect(counted.map((r) => [r.kind, r.replayed])).toEqual([
      ['Succeeded', false],
      ['Succeeded', true],
    ]);
  });

  it('refuses a change to an unknown user, naming the field, and writes nothing', async () => {
    const head = await env.store.headPosition();
    const outcome = await env.accounts.grantRole(
      '99999999-9999-4999-8999-999999999999',
      { role: 'CHAIR', region: null },
      admin,
    );
    expect(outcome).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      issues: [{ path: 'userId', code: 'not_found' }],
    });
    expect(await env.store.headPosition()).toBe(head);
  });
});
