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

  it("records a body's risk in the body's unit stream, and answers a resubmission as the first time", async () => {
    await create({ u: 'officer.health', r: 'CENTRAL_BODY_OFFICER', b: 'MIN-HEALTH' });
    const officer = bearer(await signInToken(app, 'officer.health', 'officer password'));
    const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) { __typename
      ... on IdentifyRiskSucceeded { riskId streamId replayed } } }`;
    const input = {
      submissionId: 'body-risk-1',
      region: 'KZ_71',
      centralBody: 'MIN-HEALTH',
      organization: 'Комитет медицинского контроля',
      process: 'Лицензирование клиник',
      sphere: 'LICENSING',
      causeCategory: 'ADMINISTRATIVE_BARRIER',
      source: 'CITIZEN_RECEPTION',
      description: 'Бумажная очередь',
      occurredOn: '2026-03-01',
    };
    const first = (await gql(app, IDENTIFY, { i: input }, officer)).body.data?.identifyRisk;
    expect(first).toMatchObject({
      __typename: 'IdentifyRiskSucceeded',
      streamId: 'unit-MIN-HEALTH',
      replayed: false,
    });
    const again = (await gql(app, IDENTIFY, { i: input }, officer)).body.data?.identifyRisk;
    expect(again).toEqual({ ...first, replayed: true });
    const head = await env.store.headPosition();
    const changed = await gql(app, IDENTIFY, { i: { ...input, description: 'Другое' } }, officer);
    expect(changed.body.data?.identifyRisk.__typename).toBe('SubmissionReused');
    // Naming no body, the risk would be the region's: refused, as another unit's.
    const regional = await gql(
      app,
      IDENTIFY,
      { i: { ...input, submissionId: 'body-risk-2', centralBody: null } },
      officer,
    );
    expect(regional.body.data?.identifyRisk.__typename).toBe('Forbidden');
    expect(await env.store.headPosition()).toBe(head);
  });
});
