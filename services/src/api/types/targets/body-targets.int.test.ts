import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const bodyOfficer = (centralBody: string): Viewer => ({
  ...viewerOf('CENTRAL_BODY_OFFICER'),
  userId: `officer-${centralBody}`,
  centralBody,
});
const VIEWERS: Record<string, Viewer> = {
  admin: viewerOf('ADMINISTRATOR'),
  chair: viewerOf('CHAIR'),
  deputy: viewerOf('DEPUTY_CHAIR'),
  analyst: viewerOf('ANALYST'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
  health: bodyOfficer('MIN-HEALTH'),
};

const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) {
  __typename ... on SetTargetSucceeded { targetId position }
  ... on ValidationFailed { issues { path code message } } ... on Forbidden { message } } }`;
const WITHDRAW = `mutation($i: WithdrawTargetInput!) { withdrawTarget(input: $i) {
  __typename ... on WithdrawTargetSucceeded { targetId position } ... on Forbidden { message } } }`;
const TARGETS = `query($unit: String) { targets(unit: $unit) {
    __typename ... on TargetList { targets { id unit heldTo actual status } }
    ... on KpiAccessDenied { region } ... on KpiQueryFailed { code field } } }`;
const ADD_BODY = `mutation($i: AddCentralBodyInput!) { addCentralBody(input: $i) { __typename } }`;
const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { riskId position } } }`;
const TRANSFORM = `mutation($i: RecordTransformationInput!) { recordTransformation(input: $i) {
  __typename ... on RecordTransformationSucceeded { position } } }`;

const target = (unit: string, value = 1) => ({
  submissionId: randomUUID(),
  kpi: 'causesRemoved',
  unit,
  period: '2026-Q2',
  value,
  direction: 'AT_LEAST',
  occurredOn: '2026-06-01',
});
const place = { organization: 'Областная больница', process: 'Закуп лекарств' };

describe("a central body's targets over GraphQL, on the real store and projection runtime", () => {
  let api: ReadModelApi;
  let tick = 0;
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);
  const send = async (document: string, input: Record<string, unknown>, who: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: answers are read by shape
    Object.values((await gql(api.app, document, { i: input }, as(who))).body.data ?? {})[0] as any;
  const targets = async (unit: string | null, who = 'chair') =>
    (await gql(api.app, TARGETS, { unit }, as(who))).body.data?.targets;

  /** The officer records a risk in their unit and removes its cause the same day. */
  const removeACause = async (who: string, unit: { region: string; centralBody?: string }) => {
    const risk = await send(
      IDENTIFY,
      {
        submissionId: randomUUID(),
        ...unit,
        ...place,
        sphere: 'HEALTHCARE',
        causeCategory: 'EXCESSIVE_DISCRETION',
        source: 'CITIZEN_RECEPTION',
        description: 'Поставщика выбирает один человек',
        occurredOn: '2026-05-20',
      },
      who,
    );
    expect(risk.__typename).toBe('IdentifyRiskSucceeded');
    const removed = await send(
      TRANSFORM,
      {
        submissionId: randomUUID(),
        ...unit,
        ...place,
        kind: 'DIGITISED',
        description: 'Закуп через портал',
        removesRiskIds: [risk.riskId],
        implementsRecommendationIds: [],
        occurredOn: '2026-06-10',
      },
      who,
    );
    expect(removed.__typename).toBe('RecordTransformationSucceeded');
    await api.caughtUp(removed.position, 'kpi');
  };

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
  });
  afterAll(() => api.close());

  it('refuses a body the catalogue does not hold at the unit field, and anyone but the chair and deputies', async () => {
    expect(await send(SET, target('MIN-NOWHERE'), 'chair')).toEqual({
      __typename: 'ValidationFailed',
      issues: [
        {
          path: 'unit',
          code: 'unknown_central_body',
          message: 'no central state body has the code MIN-NOWHERE: add it to the catalogue first',
        },
      ],
    });
    for (const who of ['health', 'aktobe', 'analyst', 'admin']) {
      expect(await send(SET, target('MIN-HEALTH'), who)).toMatchObject({ __typename: 'Forbidden' });
    }
    expect(await api.store.headPosition()).toBe(0);
  });

  it("moves the body's status from off track to met on its own figures only, as its officer submits", async () => {
    expect(await send(SET, target('KZ', 100), 'chair')).toMatchObject({ __typename: 'SetTargetSucceeded' });
    const set = await send(SET, target('MIN-HEALTH'), 'chair');
    expect(set).toMatchObject({
      __typename: 'SetTargetSucceeded',
      targetId: 'causesRemoved.MIN-HEALTH.2026-Q2',
    });
    await api.caughtUp(set.position, 'targets');
    // 76 of Q2's 91 days have passed on 2026-06-15: held to 76/91 of one cause removed.
    expect((await targets('MIN-HEALTH')).targets).toEqual([
      {
        id: 'causesRemoved.MIN-HEALTH.2026-Q2',
        unit: 'MIN-HEALTH',
        heldTo: 76 / 91,
        actual: 0,
        status: 'OFF_TRACK',
      },
    ]);
    // A region's removal in the same region is the region's work, not the body's.
    await removeACause('aktobe', { region: 'KZ_15' });
    expect((await targets('MIN-HEALTH')).targets[0]).toMatchObject({ actual: 0, status: 'OFF_TRACK' });
    await removeACause('health', { region: 'KZ_15', centralBody: 'MIN-HEALTH' });
    expect((await targets('MIN-HEALTH')).targets[0]).toMatchObject({ actual: 1, status: 'MET' });
  });

  it('accepts a body an administrator added while the system runs, and the deputy withdraws its target', async () => {
    const added = await send(
      ADD_BODY,
      {
        submissionId: randomUUID(),
        code: 'AG-SPORT',
        kind: 'AGENCY',
        nameRu: 'Агентство по делам спорта',
        nameKk: 'Спорт істері агенттігі',
        nameEn: 'Agency for Sports Affairs',
      },
      'admin',
    );
    expect(added.__typename).toBe('CentralBodySucceeded');
    expect(await send(SET, target('AG-SPORT', 3), 'deputy')).toMatchObject({
      __typename: 'SetTargetSucceeded',
    });
    const { submissionId: _, value: __, direction: ___, ...key } = target('AG-SPORT');
    const withdrawn = await send(WITHDRAW, { ...key, submissionId: randomUUID() }, 'deputy');
    expect(withdrawn).toMatchObject({ __typename: 'WithdrawTargetSucceeded' });
    await api.caughtUp(withdrawn.position, 'targets');
    expect((await targets('AG-SPORT')).targets).toEqual([]);
  });

  it("names a unit of no unit's form; a body's officer reads their own body's targets only", async () => {
    expect(await targets('min-health')).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_FILTER',
      field: 'unit',
    });
    // Unasked, the officer gets their body's targets (not the country's nor a region's).
    const own = await targets(null, 'health');
    expect(own.targets.map((t: { unit: string }) => t.unit)).toEqual(['MIN-HEALTH']);
    expect(await targets('MIN-HEALTH', 'health')).toMatchObject({ targets: [{ status: 'MET' }] });
    expect(await targets('KZ-15', 'health')).toEqual({ __typename: 'KpiAccessDenied', region: 'KZ-15' });
    expect(await targets('KZ', 'health')).toEqual({ __typename: 'KpiAccessDenied', region: 'KZ' });
    // A regional officer reads no body's targets.
    expect(await targets('MIN-HEALTH', 'aktobe')).toEqual({
      __typename: 'KpiAccessDenied',
      region: 'MIN-HEALTH',
    });
  });
});
