import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  admin: viewerOf('ADMINISTRATOR'),
  chair: viewerOf('CHAIR'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
};
const RESULT = `__typename ... on CentralBodySucceeded { body { code kind nameRu nameKk nameEn seeded revision } }
  ... on CentralBodyValidationFailed { issues { path code message } }
  ... on CentralBodyNotFound { code message } ... on CentralBodyForbidden { message }
  ... on CentralBodyConflict { message }`;
const ADD = `mutation($i: AddCentralBodyInput!) { addCentralBody(input: $i) { ${RESULT} } }`;
const RENAME = `mutation($i: RenameCentralBodyInput!) { renameCentralBody(input: $i) { ${RESULT} } }`;
const LIST = '{ centralBodies { code kind nameRu nameKk nameEn seeded revision } }';

const sport = () => ({
  submissionId: randomUUID(),
  code: 'ag-sport',
  kind: 'AGENCY',
  nameRu: 'Агентство по делам спорта',
  nameKk: 'Спорт істері агенттігі',
  nameEn: 'Agency for Sports Affairs',
});

let api: ReadModelApi;

describe('the catalogue of central bodies over GraphQL, on the real store', () => {
  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, () => new Date('2026-06-01T06:00:00Z'));
  });
  afterAll(async () => api?.close());

  it('lists the seeded ministries and agencies to anyone signed in, and to no one else', async () => {
    const list = (await gql(api.app, LIST, {}, as('aktobe'))).body.data?.centralBodies;
    expect(list).toContainEqual({
      code: 'MIN-HEALTH',
      kind: 'MINISTRY',
      nameRu: 'Министерство здравоохранения',
      nameKk: 'Денсаулық сақтау министрлігі',
      nameEn: 'Ministry of Health',
      seeded: true,
      revision: -1,
    });
    const anonymous = await gql(api.app, LIST, {}, as('nobody'));
    expect(anonymous.body.errors?.[0]?.message).toMatch(/not authorized/i);
  });

  it('lets an administrator add a body, which the list then shows; a resubmission answers the same', async () => {
    const input = sport();
    const first = (await gql(api.app, ADD, { i: input }, as('admin'))).body.data?.addCentralBody;
    expect(first).toMatchObject({
      __typename: 'CentralBodySucceeded',
      body: { code: 'AG-SPORT', kind: 'AGENCY', seeded: false, revision: 0 },
    });
    const again = (await gql(api.app, ADD, { i: input }, as('admin'))).body.data?.addCentralBody;
    expect(again).toEqual(first);
    const list = (await gql(api.app, LIST, {}, as('chair'))).body.data?.centralBodies;
    expect(list.filter((b: { code: string }) => b.code === 'AG-SPORT')).toHaveLength(1);
  });

  it('refuses a body twice, a bad code and a missing name, naming the field, and writes nothing', async () => {
    const head = await api.store.headPosition();
    const taken = (await gql(api.app, ADD, { i: { ...sport(), code: 'MIN-HEALTH' } }, as('admin'))).body.data
      ?.addCentralBody;
    expect(taken).toMatchObject({
      __typename: 'CentralBodyValidationFailed',
      issues: [{ path: 'code', code: 'taken' }],
    });
    const bad = (await gql(api.app, ADD, { i: { ...sport(), code: 'KZ-99', nameKk: ' ' } }, as('admin'))).body
      .data?.addCentralBody;
    expect(bad.__typename).toBe('CentralBodyValidationFailed');
    expect(bad.issues.map((i: { path: string }) => i.path).sort()).toEqual(['code', 'nameKk']);
    expect(await api.store.headPosition()).toBe(head);
  });

  it('lets an administrator rename a seeded body, guarded by the revision seen; others are refused', async () => {
    const names = {
      code: 'MIN-TRADE',
      nameRu: 'Министерство торговли',
      nameKk: 'Сауда министрлігі',
      nameEn: 'Ministry of Trade',
    };
    const renamed = (
      await gql(
        api.app,
        RENAME,
        { i: { ...names, submissionId: randomUUID(), expectedRevision: -1 } },
        as('admin'),
      )
    ).body.data?.renameCentralBody;
    expect(renamed).toMatchObject({ body: { nameEn: 'Ministry of Trade', seeded: true, revision: 0 } });
    const stale = (
      await gql(
        api.app,
        RENAME,
        { i: { ...names, nameEn: 'Trade', submissionId: randomUUID(), expectedRevision: -1 } },
        as('admin'),
      )
    ).body.data?.renameCentralBody;
    expect(stale.__typename).toBe('CentralBodyConflict');
    const unknown = (
      await gql(
        api.app,
        RENAME,
        { i: { ...names, code: 'AG-NONE', submissionId: randomUUID() } },
        as('admin'),
      )
    ).body.data?.renameCentralBody;
    expect(unknown).toMatchObject({ __typename: 'CentralBodyNotFound', code: 'AG-NONE' });
    const chair = await gql(api.app, RENAME, { i: { ...names, submissionId: randomUUID() } }, as('chair'));
    expect(chair.body.errors?.[0]?.message).toMatch(/not authorized/i);
  });
});
