import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices } from '../auth/test-fixtures.ts';
import { DEMO_ACCOUNTS, ensureDemoAccounts, ensureFirstAdministrator } from './bootstrap.ts';
import { verifyPassword } from './password.ts';

describe('first administrator and demo accounts', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeEach(async () => {
    env = await openTestServices();
  });
  afterEach(async () => {
    await env.close();
  });

  it('creates the first administrator once; a restart with the same variables changes nothing', async () => {
    const first = await ensureFirstAdministrator(
      env.accounts,
      { username: 'Admin', password: 'first admin password' },
      'c1',
    );
    expect(first).toMatchObject({ created: true });
    const head = await env.store.headPosition();
    const again = await ensureFirstAdministrator(
      env.accounts,
      { username: 'admin2', password: 'second admin password' },
      'c2',
    );
    expect(again).toEqual({ created: false, reason: 'an administrator exists already' });
    expect(await env.store.headPosition()).toBe(head);
    const [event] = (await env.store.readAll()).filter((e) => e.type === 'UserRegistered');
    expect(event!.metadata).toMatchObject({ submittedBy: 'system', channel: 'system', region: null });
    expect(JSON.stringify(event!.data)).not.toContain('first admin password');
  });

  it('refuses a weak first administrator password rather than creating the account', async () => {
    await expect(
      ensureFirstAdministrator(env.accounts, { username: 'admin', password: 'short' }, 'c'),
    ).rejects.toThrow(/at least 12/);
    expect(env.accounts.users.list()).toEqual([]);
  });

  it('creates one demo account per role, officers in two regions and of a ministry, and only the missing ones', async () => {
    const created = await ensureDemoAccounts(env.services, 'demo-password');
    expect(created).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    const users = env.accounts.users.list();
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(['ADMINISTRATOR', 'CHAIR', 'ANALYST', 'REGIONAL_OFFICER', 'CENTRAL_BODY_OFFICER']),
    );
    expect(env.accounts.users.byUsername('officer.body')).toMatchObject({
      role: 'CENTRAL_BODY_OFFICER',
      region: null,
      centralBody: 'MIN-HEALTH',
    });
    expect(
      users
        .filter((u) => u.role === 'REGIONAL_OFFICER')
        .map((u) => u.region)
        .sort(),
    ).toEqual(['KZ-15', 'KZ-71']);
    expect(await verifyPassword('demo-password', env.accounts.users.byUsername('chair')!.passwordHash!)).toBe(
      true,
    );
    expect(await ensureDemoAccounts(env.services, 'demo-password')).toEqual([]);
  });
});
