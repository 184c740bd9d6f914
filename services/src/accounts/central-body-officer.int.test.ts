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

const CREATE = `mutation($u: String!, $r: Role!, $g: String, $b: String) {
  createUser(username: $u, displayName: "Officer", role: $r, region: $g, centralBody: $b, password: "officer password") {
    __typename
    ... on AccountChanged { user { id username role region centralBody } }
    ... on AccountRefused { code issues { path code } } } }`;
const GRANT = `mutation($id: ID!, $r: Role!, $g: String, $b: String) {
  grantRole(userId: $id, role: $r, region: $g, centralBody: $b) {
    __typename ... on AccountChanged { user { role region centralBody } } ... on AccountRefused { code issues { path code } } } }`;
const ADD_BODY = `mutation { addCentralBody(input: { submissionId: "s-add", code: "AG-SPORT", kind: AGENCY,
  nameRu: "Агентство по делам спорта", nameKk: "Спорт істері агенттігі", nameEn: "Agency for Sports Affairs" }) {
  __typename } }`;

describe("a central body's officer account", () => {
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

  const create = (vars: Record<string, unknown>) => gql(app, CREATE, vars, admin);

  it('is bound to one body of the catalogue, which `me` then names', async () => {
    const answer = await create({ u: 'officer.health', r: 'CENTRAL_BODY_OFFICER', b: 'MIN-HEALTH' });
    expect(answer.body.data?.createUser).toMatchObject({
      __typename: 'AccountChanged',
      user: { role: 'CENTRAL_BODY_OFFICER', region: null, centralBody: 'MIN-HEALTH' },
    });
    const officer = bearer(await signInToken(app, 'officer.health', 'officer password'));
    const me = await gql(app, '{ me { role region centralBody } }', {}, officer);
    expect(me.body.data?.me).toEqual({
      role: 'CENTRAL_BODY_OFFICER',
      region: null,
      centralBody: 'MIN-HEALTH',
    });
  });

  it('is refused without a body, with an unknown body, or with a region, naming the field; writes nothing', async () => {
    const head = await env.store.headPosition();
    const none = await create({ u: 'officer.none', r: 'CENTRAL_BODY_OFFICER' });
    expect(none.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'centralBody' }],
    });
    const unknown = await create({ u: 'officer.none', r: 'CENTRAL_BODY_OFFICER', b: 'MIN-NOTHING' });
    expect(unknown.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'centralBody', code: 'unknown_central_body' }],
    });
    const withRegion = await create({
      u: 'officer.none',
      r: 'CENTRAL_BODY_OFFICER',
      b: 'MIN-HEALTH',
      g: 'KZ-15',
    });
    expect(withRegion.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'region' }],
    });
    const analystWithBody = await create({ u: 'analyst.body', r: 'ANALYST', b: 'MIN-HEALTH' });
    expect(analystWithBody.body.data?.createUser).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'centralBody' }],
    });
    expect(await env.store.headPosition()).toBe(head);
  });

  it('binds an account by grantRole to a body an administrator added, and refuses an unknown one', async () => {
    const created = await create({ u: 'officer.aktobe', r: 'REGIONAL_OFFICER', g: 'KZ-15' });
    const id = created.body.data?.createUser.user.id as string;
    const head = await env.store.headPosition();
    const unknown = await gql(app, GRANT, { id, r: 'CENTRAL_BODY_OFFICER', b: 'AG-SPORT' }, admin);
    expect(unknown.body.data?.grantRole).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'centralBody', code: 'unknown_central_body' }],
    });
    expect(await env.store.headPosition()).toBe(head);
    expect((await gql(app, ADD_BODY, {}, admin)).body.data?.addCentralBody.__typename).toBe(
      'CentralBodySucceeded',
    );
    const granted = await gql(app, GRANT, { id, r: 'CENTRAL_BODY_OFFICER', b: 'AG-SPORT' }, admin);
    expect(granted.body.data?.grantRole).toEqual({
      __typename: 'AccountChanged',
      user: { role: 'CENTRAL_BODY_OFFICER', region: null, centralBody: 'AG-SPORT' },
    });
  });
});
