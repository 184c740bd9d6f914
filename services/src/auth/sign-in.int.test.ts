import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  bearer,
  buildTestApp,
  gql,
  openTestServices,
  SIGN_IN,
  signInToken,
  withAdministrator,
} from './test-fixtures.ts';

const ME = '{ me { id username role region } }';

describe('sign-in and sessions', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;
  let adminId: string;

  beforeEach(async () => {
    env = await openTestServices();
    adminId = await withAdministrator(env.accounts);
    app = await buildTestApp(env.services, {
      auth: { sessionSecret: 's'.repeat(48), signInLimits: { perUser: 3, perAddress: 8, windowMs: 60_000 } },
    });
  });
  afterEach(async () => {
    await app.close();
    await env.close();
  });

  it('answers a token and sets it as an httpOnly, SameSite=Strict cookie that authenticates', async () => {
    const answer = await gql(app, SIGN_IN, { u: 'ROOT', p: ADMIN_PASSWORD });
    expect(answer.body.data?.signIn).toMatchObject({
      __typename: 'SignedIn',
      user: { id: adminId, username: 'root', role: 'ADMINISTRATOR', region: null },
    });
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toMatch(/^kpi_session=[\w.-]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    expect((await gql(app, ME, {}, { cookie })).body.data?.me).toMatchObject({ id: adminId });
    const token = answer.body.data?.signIn.token;
    expect((await gql(app, ME, {}, bearer(token))).body.data?.me).toMatchObject({ username: 'root' });
  });

  it('gives one answer for a wrong password and an unknown user, and sets no cookie', async () => {
    for (const [u, p] of [
      ['root', 'wrong password!'],
      ['nobody', ADMIN_PASSWORD],
    ]) {
      const answer = await gql(app, SIGN_IN, { u, p });
      expect(answer.body.data?.signIn).toMatchObject({
        __typename: 'SignInRefused',
        reason: 'INVALID_CREDENTIALS',
      });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses anonymous callers everywhere but signIn', async () => {
    const answer = await gql(app, ME);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.[0]?.message).toMatch(/Not authorized/);
    expect((await gql(app, ME, {}, bearer('not-a-token'))).body.errors?.[0]?.message).toMatch(
      /Not authorized/,
    );
  });

  it('limits failed attempts per username and address, even when the password is then right', async () => {
    // Successful sign-ins from one address (an office behind one gateway) use up no budget.
    for (let i = 0; i < 10; i++) await signInToken(app, 'root', ADMIN_PASSWORD);
    for (let i = 0; i < 3; i++) await gql(app, SIGN_IN, { u: 'root', p: 'wrong password!' });
    const limited = await gql(app, SIGN_IN, { u: 'root', p: ADMIN_PASSWORD });
    expect(limited.body.data?.signIn).toMatchObject({
      __typename: 'SignInRefused',
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(limited.body.data?.signIn.retryAfterSeconds).toBeGreaterThan(0);
    // The address's own budget is larger: other usernames from it are still heard, up to it.
    const other = await gql(app, SIGN_IN, { u: 'someone.else', p: 'wrong password!' });
    expect(other.body.data?.signIn.reason).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i++) await gql(app, SIGN_IN, { u: `guess${i}`, p: 'wrong password!' });
    const sprayed = await gql(app, SIGN_IN, { u: 'fresh.name', p: 'wrong password!' });
    expect(sprayed.body.data?.signIn.reason).toBe('TOO_MANY_ATTEMPTS');
  });

  it('stops a token once the user is deactivated', async () => {
    const created = await env.accounts.register(
      {
        username: 'officer.a',
        displayName: 'Officer A',
        role: 'REGIONAL_OFFICER',
        region: 'KZ-15',
        password: 'officer password',
      },
      { userId: adminId, correlationId: 'c', channel: 'api' },
    );
    if (!created.ok) throw new Error(created.message);
    const token = await signInToken(app, 'officer.a', 'officer password');
    expect((await gql(app, ME, {}, bearer(token))).body.data?.me).toMatchObject({ region: 'KZ-15' });
    await env.accounts.deactivate(created.user.userId, 'left the agency', {
      userId: adminId,
      correlationId: 'c',
      channel: 'api',
    });
    expect((await gql(app, ME, {}, bearer(token))).body.errors?.[0]?.message).toMatch(/Not authorized/);
    const again = await gql(app, SIGN_IN, { u: 'officer.a', p: 'officer password' });
    expect(again.body.data?.signIn.reason).toBe('INVALID_CREDENTIALS');
  });

  it('stops tokens issued before a password reset', async () => {
    const old = await signInToken(app, 'root', ADMIN_PASSWORD);
    await new Promise((r) => setTimeout(r, 5));
    await env.accounts.resetPassword(adminId, 'a brand new passphrase', {
      userId: adminId,
      correlationId: 'c',
      channel: 'api',
    });
    expect((await gql(app, ME, {}, bearer(old))).body.errors).toBeDefined();
    const fresh = await signInToken(app, 'root', 'a brand new passphrase');
    expect((await gql(app, ME, {}, bearer(fresh))).body.data?.me.username).toBe('root');
  });

  it('signOut revokes the token and clears the cookie', async () => {
    const token = await signInToken(app, 'root', ADMIN_PASSWORD);
    const out = await gql(app, 'mutation { signOut { replayed } }', {}, bearer(token));
    expect(out.body.data?.signOut).toEqual({ replayed: false });
    expect(String(out.headers['set-cookie'])).toMatch(/kpi_session=;/);
    expect((await gql(app, ME, {}, bearer(token))).body.errors?.[0]?.message).toMatch(/Not authorized/);
  });

  it('refuses a token signed with another secret', async () => {
    const other = await buildTestApp(env.services, { auth: { sessionSecret: 'z'.repeat(48) } });
    const foreign = await signInToken(other, 'root', ADMIN_PASSWORD);
    await other.close();
    expect((await gql(app, ME, {}, bearer(foreign))).body.errors?.[0]?.message).toMatch(/Not authorized/);
  });
});
