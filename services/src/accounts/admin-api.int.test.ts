import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  bearer,
  buildTestApp,
  gql,
  openTestServices,
  signInToken,
  withAdministrator,
} from '../auth/test-fixtures.ts';
import { createProjections } from '../runtime/app-projections.ts';
import { Accounts } from './accounts.ts';

const CREATE = `mutation($u: String!, $d: String!, $r: Role!, $g: String, $p: String) {
  createUser(username: $u, displayName: $d, role: $r, region: $g, password: $p) {
    __typename
    ... on AccountChanged { user { id username role region active } }
    ... on AccountRefused { code message issues { path message } } } }`;
const GRANT = `mutation($id: ID!, $r: Role!, $g: String) { grantRole(userId: $id, role: $r, region: $g) {
  __typename ... on AccountChanged { user { role region } } ... on AccountRefused { code issues { path } } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(userId: $id, reason: "left the agency") {
  __typename ... on AccountRefused { code } } }`;
const HISTORY = `{ accountHistory { change role region changedBy user { username } occurredOn recordedAt } }`;

describe('administering accounts over GraphQL', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let adminId: string;

  beforeEach(async () => {
    env = await openTestServices();
    adminId = await withAdministrator(env.accounts);
    // Introspection on: one test reads the User type's fields to show no hash is among them.
    app = await buildTestApp(env.services, { security: { introspection: true } });
    admin = bearer(await signInToken(app, 'root', ADMIN_PASSWORD));
  });
  afterEach(async () => {
    await app.close();
    await env.close();
  });

  const create = (vars: Record<string, unknown>, headers = admin) =>
    gql(app, CREATE, { d: 'Officer', p: 'officer password', ...vars }, headers);

  it('creates an officer bound to a region, who can then sign in', async () => {
    const answer = await create({ u: 'Officer.Aktobe', r: 'REGIONAL_OFFICER', g: 'KZ-15' });
    expect(answer.body.data?.createUser).toMatchObject({
      __typename: 'AccountChanged',
      user: { username: 'officer.aktobe', role: 'REGIONAL_OFFICER', region: 'KZ-15', active: true },
    });
    const officer = bearer(await signInToken(app, 'officer.aktobe', 'officer password'));
    expect((await gql(app, '{ me { region } }', {}, officer)).body.data?.me.region).toBe('KZ-15');
  });

  it('refuses a taken username, an officer without region and a weak password, naming the field; writes nothing', async () => {
    await create({ u: 'analyst', r: 'ANALYST' });
    const head = await env.store.headPosition();
    const taken = await create({ u: 'ANALYST', r: 'CHAIR' });
    expect(taken.body.data?.createUser).toMatchObject({
      code: 'USERNAME_TAKEN',
      issues: [{ path: 'username' }],
    });
    const noRegion = await create({ u: 'officer', r: 'REGIONAL_OFFICER' });
    expect(noRegion.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'region' }],
    });
    const badRegion = await create({ u: 'officer', r: 'REGIONAL_OFFICER', g: 'KZ-AKM' });
    expect(badRegion.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'region' }],
    });
    const weak = await create({ u: 'officer', r: 'REGIONAL_OFFICER', g: 'KZ-15', p: 'short' });
    expect(weak.body.data?.createUser).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'password' }] });
    expect(await env.store.headPosition()).toBe(head);
  });

  it('gives a username to one of two administrators racing for it', async () => {
    const actor = { userId: adminId, correlationId: 'race', channel: 'api' as const };
    const input = {
      username: 'twin',
      displayName: 'Twin',
      role: 'ANALYST' as const,
      region: null,
      password: 'twin password',
    };
    const [a, b] = await Promise.all([
      env.accounts.register(input, actor),
      env.accounts.register(input, actor),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((o) => !o.ok)).toMatchObject({ code: 'USERNAME_TAKEN' });
    expect(env.accounts.users.list().filter((u) => u.username === 'twin')).toHaveLength(1);
  });

  it('records who granted what and when, and a grant applies to the holder at once', async () => {
    const created = await create({ u: 'zhanna', r: 'ANALYST' });
    const id = created.body.data?.createUser.user.id;
    const zhanna = bearer(await signInToken(app, 'zhanna', 'officer password'));
    const granted = await gql(app, GRANT, { id, r: 'REGIONAL_OFFICER', g: 'KZ-71' }, admin);
    const head = await env.store.headPosition();
    await gql(app, GRANT, { id, r: 'REGIONAL_OFFICER', g: 'KZ-71' }, admin);
    expect(await env.store.headPosition()).toBe(head);
    expect(granted.body.data?.grantRole).toMatchObject({
      user: { role: 'REGIONAL_OFFICER', region: 'KZ-71' },
    });
    expect((await gql(app, '{ me { role region } }', {}, zhanna)).body.data?.me).toEqual({
      role: 'REGIONAL_OFFICER',
      region: 'KZ-71',
    });
    const history = (await gql(app, HISTORY, {}, admin)).body.data?.accountHistory;
    expect(history.slice(0, 2)).toMatchObject([
      {
        change: 'UserRoleGranted',
        role: 'REGIONAL_OFFICER',
        region: 'KZ-71',
        changedBy: 'root',
        user: { username: 'zhanna' },
      },
      { change: 'UserRegistered', role: 'ANALYST', changedBy: 'root' },
    ]);
    expect(history.at(-1)).toMatchObject({
      change: 'UserRegistered',
      changedBy: 'system',
      user: { username: 'root' },
    });
  });

  it('keeps the last administrator: no self-demotion, no deactivation', async () => {
    const demote = await gql(app, GRANT, { id: adminId, r: 'CHAIR' }, admin);
    expect(demote.body.data?.grantRole).toMatchObject({ code: 'LAST_ADMINISTRATOR' });
    const off = await gql(app, DEACTIVATE, { id: adminId }, admin);
    expect(off.body.data?.deactivateUser).toMatchObject({ code: 'LAST_ADMINISTRATOR' });
  });

  it('refuses every account operation to a chair, and writes nothing', async () => {
    await create({ u: 'chair', r: 'CHAIR' });
    const chair = bearer(await signInToken(app, 'chair', 'officer password'));
    const head = await env.store.headPosition();
    const answer = await create({ u: 'intruder', r: 'ADMINISTRATOR' }, chair);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.[0]?.message).toMatch(/Not authorized/);
    expect((await gql(app, '{ users { username } }', {}, chair)).body.errors).toBeDefined();
    expect(await env.store.headPosition()).toBe(head);
  });

  it('never exposes a password hash through the API', async () => {
    const users = await gql(app, '{ users { __typename } }', {}, admin);
    expect(users.body.errors).toBeUndefined();
    const introspection = await gql(app, '{ __type(name: "User") { fields { name } } }', {}, admin);
    const names = introspection.body.data?.__type.fields.map((f: { name: string }) => f.name);
    expect(names).not.toContain('passwordHash');
    expect(JSON.stringify(await gql(app, HISTORY, {}, admin))).not.toMatch(/scrypt\$/);
  });

  it('rebuilds the same users from the log in a fresh process', async () => {
    await create({ u: 'chair', r: 'CHAIR' });
    const fresh = createProjections({ store: env.store });
    await fresh.runtime.start();
    await fresh.runtime.whenLive();
    expect(new Accounts({ ...env.services, users: fresh.runtime.live('users') }).users.list()).toEqual(
      env.accounts.users.list(),
    );
    await fresh.runtime.stop();
  });
});
