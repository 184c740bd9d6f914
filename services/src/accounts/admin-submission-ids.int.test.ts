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

const ANSWER = `__typename ... on AccountChanged { replayed user { id username role region active } }
  ... on AccountRefused { code message issues { path code } }`;
const CREATE = `mutation($u: String!, $r: Role!, $s: ID) {
  createUser(username: $u, displayName: "Dana", role: $r, password: "a long passphrase", submissionId: $s) { ${ANSWER} } }`;
const GRANT = `mutation($id: ID!, $r: Role!, $s: ID) {
  grantRole(userId: $id, role: $r, submissionId: $s) { ${ANSWER} } }`;
const RESET = `mutation($id: ID!, $s: ID) {
  resetPassword(userId: $id, password: "another passphrase", submissionId: $s) { ${ANSWER} } }`;
const DEACTIVATE = `mutation($id: ID!, $why: String!, $s: ID) {
  deactivateUser(userId: $id, reason: $why, submissionId: $s) { ${ANSWER} } }`;
const SIGN_OUT = 'mutation($s: ID) { signOut(submissionId: $s) { replayed } }';

describe('submission ids on the admin mutations and signOut (real server, real SQLite store)', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeEach(async () => {
    env = await openTestServices();
    await withAdministrator(env.accounts);
    app = await buildTestApp(env.services);
    admin = bearer(await signInToken(app, 'root', ADMIN_PASSWORD));
  });
  afterEach(async () => {
    await app.close();
    await env.close();
  });

  /** Sends a mutation and tells what it answered and whether the log grew. */
  const send = async (query: string, variables: Record<string, unknown>, headers = admin) => {
    const head = await env.store.headPosition();
    const answer = await gql(app, query, variables, headers);
    expect(answer.body.errors).toBeUndefined();
    const [result] = Object.values(answer.body.data ?? {});
    return { result, wrote: (await env.store.headPosition()) > head };
  };

  it('createUser: the same id again answers replayed and writes nothing; with another name it is SUBMISSION_REUSED', async () => {
    const first = await send(CREATE, { u: 'dana', r: 'ANALYST', s: 'create-dana' });
    expect(first).toMatchObject({ result: { __typename: 'AccountChanged', replayed: false }, wrote: true });
    const again = await send(CREATE, { u: 'dana', r: 'ANALYST', s: 'create-dana' });
    expect(again).toEqual({ result: { ...first.result, replayed: true }, wrote: false });
    const other = await send(CREATE, { u: 'aruzhan', r: 'ANALYST', s: 'create-dana' });
    expect(other).toMatchObject({
      result: { code: 'SUBMISSION_REUSED', issues: [{ path: 'submissionId', code: 'submission_reused' }] },
      wrote: false,
    });
    expect(env.accounts.users.byUsername('aruzhan')).toBeUndefined();
  });

  it('grantRole, resetPassword, deactivateUser: replayed once sent, refused with other content under the same id', async () => {
    const created = await send(CREATE, { u: 'dana', r: 'ANALYST', s: 'create' });
    const id = (created.result as { user: { id: string } }).user.id;

    expect(await send(GRANT, { id, r: 'CHAIR', s: 'grant' })).toMatchObject({
      result: { replayed: false, user: { role: 'CHAIR' } },
      wrote: true,
    });
    expect(await send(GRANT, { id, r: 'CHAIR', s: 'grant' })).toMatchObject({
      result: { replayed: true, user: { role: 'CHAIR' } },
      wrote: false,
    });
    expect(await send(GRANT, { id, r: 'ANALYST', s: 'grant' })).toMatchObject({
      result: { code: 'SUBMISSION_REUSED' },
      wrote: false,
    });

    // A password's hash is salted afresh on every try: a retried reset is still the same reset.
    expect(await send(RESET, { id, s: 'reset' })).toMatchObject({ result: { replayed: false }, wrote: true });
    expect(await send(RESET, { id, s: 'reset' })).toMatchObject({ result: { replayed: true }, wrote: false });

    expect(await send(DEACTIVATE, { id, why: 'left', s: 'off' })).toMatchObject({
      result: { replayed: false, user: { active: false } },
      wrote: true,
    });
    expect(await send(DEACTIVATE, { id, why: 'left', s: 'off' })).toMatchObject({
      result: { replayed: true },
      wrote: false,
    });
    expect(await send(DEACTIVATE, { id, why: 'retired', s: 'off' })).toMatchObject({
      result: { code: 'SUBMISSION_REUSED' },
      wrote: false,
    });
    // An id used for one change is refused for another kind of change on the same account.
    expect(await send(GRANT, { id, r: 'ANALYST', s: 'off' })).toMatchObject({
      result: { code: 'SUBMISSION_REUSED' },
      wrote: false,
    });
  });

  it('signOut: a retry with the same id, even with the ended session token, answers replayed and writes nothing', async () => {
    const token = bearer(await signInToken(app, 'root', ADMIN_PASSWORD));
    expect(await send(SIGN_OUT, { s: 'bye' }, token)).toEqual({ result: { replayed: false }, wrote: true });
    expect((await gql(app, '{ me { username } }', {}, token)).body.data?.me ?? null).toBeNull();
    expect(await send(SIGN_OUT, { s: 'bye' }, token)).toEqual({ result: { replayed: true }, wrote: false });
    expect(await env.store.readAll({ eventTypes: ['UserSignedOut'] })).toHaveLength(1);
  });

  it('refuses signOut without a session token, and writes nothing', async () => {
    const head = await env.store.headPosition();
    const answer = await gql(app, SIGN_OUT, { s: 'anonymous' }, {});
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.[0]?.message).toMatch(/Not authorized/);
    expect(await env.store.headPosition()).toBe(head);
  });
});
