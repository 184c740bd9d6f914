import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { SIGN_IN } from './test-fixtures.ts';

const SECRET = 'a-shared-session-secret-for-every-replica';
const ADMIN = { username: 'root', password: 'correct horse battery staple' };

/** Revoked sessions are events: they survive a restart and reach every replica tailing the log. */
describe('sessions ended by sign-out, password change or deactivation', () => {
  let dir: string;
  const running: RunningProduct[] = [];

  const start = async (name: string, extra: Record<string, string> = {}) => {
    const product = await startProduct(
      productConfig({
        DATA_DIR: join(dir, name),
        SQLITE_PATH: join(dir, 'events.sqlite'),
        SESSION_SECRET: SECRET,
        PORT: 0,
        DEMO_DATA: 'off',
        LOG_LEVEL: 'silent',
        ...extra,
      }),
      { serveDashboard: false },
    );
    running.push(product);
    return product;
  };
  const stop = async (product: RunningProduct) => {
    running.splice(running.indexOf(product), 1);
    await product.close();
  };

  const call = async (product: RunningProduct, query: string, variables = {}, token?: string) => {
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: answers are read by the assertions that follow
    return (await response.json()) as { data?: any; errors?: { message: string }[] };
  };
  const signIn = async (product: RunningProduct, username: string, password: string): Promise<string> => {
    const answer = await call(product, SIGN_IN, { u: username, p: password });
    const token = answer.data?.signIn?.token;
    if (typeof token !== 'string') throw new Error(`sign-in failed: ${JSON.stringify(answer)}`);
    return token;
  };
  const me = async (product: RunningProduct, token: string) =>
    (await call(product, '{ me { username } }', {}, token)).data?.me?.username ?? null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-durable-sign-out-'));
  });
  afterEach(async () => {
    for (const product of running.splice(0)) await product.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a signed-out token after the server restarts on the same store', async () => {
    const first = await start('a', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    const signedOut = await signIn(first, ADMIN.username, ADMIN.password);
    const kept = await signIn(first, ADMIN.username, ADMIN.password);
    expect((await call(first, 'mutation { signOut { replayed } }', {}, signedOut)).data?.signOut).toEqual({
      replayed: false,
    });
    expect(await me(first, signedOut)).toBeNull();
    // Signing out again with the ended session's token is harmless and records nothing more.
    expect((await call(first, 'mutation { signOut { replayed } }', {}, signedOut)).data?.signOut).toEqual({
      replayed: false,
    });
    await stop(first);

    const restarted = await start('a');
    expect(await me(restarted, signedOut)).toBeNull();
    expect(await me(restarted, kept)).toBe('root');
    const events = await restarted.services.store.readAll({ eventTypes: ['UserSignedOut'] });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toContain(signedOut);
  });

  it('records a session signed out twice at once (two tabs) a single time', async () => {
    const product = await start('a', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    const accounts = product.services.accounts!;
    const userId = accounts.users.byUsername('root')!.userId;
    const session = {
      userId,
      sessionId: '0b7e2c1a-4f3d-4e5a-9b8c-7d6e5f4a3b2c',
      expiresAt: new Date(Date.now() + 60_000),
    };
    const actor = { userId, correlationId: 'c', channel: 'api' as const };
    await Promise.all([accounts.signOut(session, actor), accounts.signOut(session, actor)]);
    await accounts.signOut(session, actor);
    expect(accounts.users.sessionRevoked(session.sessionId)).toBe(true);
    expect(await product.services.store.readAll({ eventTypes: ['UserSignedOut'] })).toHaveLength(1);
  });

  it('refuses tokens of a changed password and of a deactivated account after a restart', async () => {
    const first = await start('a', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    const accounts = first.services.accounts!;
    const adminId = accounts.users.byUsername('root')!.userId;
    const actor = { userId: adminId, correlationId: 'c', channel: 'api' as const };
    const created = await accounts.register(
      {
        username: 'officer.a',
        displayName: 'Officer A',
        role: 'REGIONAL_OFFICER',
        region: 'KZ-15',
        password: 'officer password',
      },
      actor,
    );
    if (!created.ok) throw new Error(created.message);
    const officerToken = await signIn(first, 'officer.a', 'officer password');
    const adminToken = await signIn(first, ADMIN.username, ADMIN.password);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await accounts.resetPassword(adminId, 'a brand new passphrase', actor);
    await accounts.deactivate(created.user.userId, 'left the agency', actor);
    await stop(first);

    const restarted = await start('a');
    expect(await me(restarted, adminToken)).toBeNull();
    expect(await me(restarted, officerToken)).toBeNull();
    expect(await me(restarted, await signIn(restarted, 'root', 'a brand new passphrase'))).toBe('root');
  });

  it('refuses a token signed out on one replica on another replica tailing the same log', async () => {
    const one = await start('one', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    const two = await start('two');
    const token = await signIn(one, ADMIN.username, ADMIN.password);
    expect(await me(two, token)).toBe('root');
    await call(one, 'mutation { signOut { replayed } }', {}, token);
    await vi.waitFor(async () => expect(await me(two, token)).toBeNull(), { timeout: 5000, interval: 50 });
  });
});
