import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  chair: viewerOf('CHAIR'),
  analyst: viewerOf('ANALYST'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
};

const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) {
  __typename ... on SetTargetSucceeded { targetId position replayed }
  ... on ValidationFailed { issues { path message } } ... on Forbidden { message } } }`;
const WITHDRAW = `mutation($i: WithdrawTargetInput!) { withdrawTarget(input: $i) {
  __typename ... on WithdrawTargetSucceeded { targetId position } ... on NotFound { id } } }`;
const TARGETS = `query($unit: String, $period: String, $asOf: DateTime) {
  targets(unit: $unit, period: $period, asOf: $asOf) {
    __typename
    ... on TargetList { asOf targets { id kpi unit period value direction heldTo actual status setBy judged { from to } } }
    ... on KpiAccessDenied { region } ... on KpiQueryFailed { code field } } }`;
const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { riskId position } } }`;
const TRANSFORM = `mutation($i: RecordTransformationInput!) { recordTransformation(input: $i) {
  __typename ... on RecordTransformationSucceeded { position } } }`;

const aktobeTarget = {
  kpi: 'causesRemoved',
  unit: 'KZ-15',
  period: '2026-Q2',
  value: 2,
  direction: 'AT_LEAST',
  occurredOn: '2026-06-01',
};

describe('targets over GraphQL, on the real store and projection runtime', () => {
  let api: ReadModelApi;
  // Each submission is recorded a minute after the one before, on 2026-06-15 in Almaty.
  let tick = 0;
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);

  const caughtUp = (position: number, model: 'kpi' | 'targets' = 'targets') => api.caughtUp(position, model);
  const targets = async (variables: Record<string, unknown>, who = 'chair') =>
    (await gql(api.app, TARGETS, variables, as(who))).body.data?.targets;

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
  });
  afterAll(() => api.close());

  it('refuses officers and analysts, writing nothing', async () => {
    for (const who of ['aktobe', 'analyst']) {
      const answer = await gql(api.app, SET, { i: { submissionId: randomUUID(), ...aktobeTarget } }, as(who));
      expect(answer.body.data?.setTarget).toMatchObject({ __typename: 'Forbidden' });
    }
    expect(await api.store.headPosition()).toBe(0);
  });

  it('refuses a rate outside 0..1 naming the value', async () => {
    const answer = await gql(
      api.app,
      SET,
      { i: { submissionId: randomUUID(), ...aktobeTarget, kpi: 'removalRate', value: 80 } },
      as('chair'),
    );
    expect(answer.body.data?.setTarget).toEqual({
      __typename: 'ValidationFailed',
      issues: [{ path: 'value', message: 'must be a fraction between 0 and 1 for a rate' }],
    });
  });

  it('moves Aktobe from off track to met as the officer removes causes; asOf before the target shows none', async () => {
    const risks: string[] = [];
    for (const n of [1, 2]) {
      const identified = await gql(
        api.app,
        IDENTIFY,
        {
          i: {
            submissionId: randomUUID(),
            region: 'KZ_15',
            organization: 'Акимат г. Актобе',
            process: `Выдача разрешений ${n}`,
            sphere: 'LICENSING',
            causeCategory: 'ADMINISTRATIVE_BARRIER',
            source: 'CITIZEN_RECEPTION',
            description: 'Очередь на бумаге',
            occurredOn: '2026-04-10',
          },
        },
        as('aktobe'),
      );
      risks.push(identified.body.data?.identifyRisk.riskId);
    }
    const beforeTarget = clock().toISOString();

    const submissionId = randomUUID();
    const set = await gql(api.app, SET, { i: { submissionId, ...aktobeTarget } }, as('chair'));
    expect(set.body.data?.setTarget).toMatchObject({
      __typename: 'SetTargetSucceeded',
      targetId: 'causesRemoved.KZ-15.2026-Q2',
      replayed: false,
    });
    const again = await gql(api.app, SET, { i: { submissionId, ...aktobeTarget } }, as('chair'));
    expect(again.body.data?.setTarget).toMatchObject({ __typename: 'SetTargetSucceeded', replayed: true });
    await caughtUp(set.body.data?.setTarget.position);

    // 76 of Q2's 91 days have passed on 2026-06-15: 0 removed against 2 x 76/91.
    const offTrack = (await targets({ unit: 'KZ-15', period: '2026-Q2' })).targets;
    expect(offTrack).toEqual([
      {
        id: 'causesRemoved.KZ-15.2026-Q2',
        kpi: 'causesRemoved',
        unit: 'KZ-15',
        period: '2026-Q2',
        value: 2,
        direction: 'AT_LEAST',
        heldTo: (2 * 76) / 91,
        actual: 0,
        status: 'OFF_TRACK',
        setBy: 'chair-all',
        judged: { from: '2026-04-01', to: '2026-06-15' },
      },
    ]);

    const removed = await gql(
      api.app,
      TRANSFORM,
      {
        i: {
          submissionId: randomUUID(),
          region: 'KZ_15',
          organization: 'Акимат г. Актобе',
          process: 'Выдача разрешений',
          kind: 'DIGITISED',
          description: 'Через портал',
          removesRiskIds: risks,
          implementsRecommendationIds: [],
          occurredOn: '2026-06-10',
        },
      },
      as('aktobe'),
    );
    expect(removed.body.data?.recordTransformation.__typename).toBe('RecordTransformationSucceeded');
    await caughtUp(removed.body.data?.recordTransformation.position, 'kpi');

    expect((await targets({ unit: 'KZ-15' })).targets[0]).toMatchObject({ actual: 2, status: 'MET' });
    // The officer reads their own region's targets, and no other's.
    expect((await targets({}, 'aktobe')).targets[0]).toMatchObject({ status: 'MET' });
    expect(await targets({ unit: 'KZ-71' }, 'aktobe')).toEqual({
      __typename: 'KpiAccessDenied',
      region: 'KZ-71',
    });
    // As known before the chair set it, there was no target.
    expect(await targets({ unit: 'KZ-15', asOf: beforeTarget })).toEqual({
      __typename: 'TargetList',
      asOf: beforeTarget,
      targets: [],
    });
  });

  it('withdraws the target, and refuses to withdraw it twice', async () => {
    const key = { kpi: 'causesRemoved', unit: 'KZ-15', period: '2026-Q2', occurredOn: '2026-06-15' };
    const first = await gql(api.app, WITHDRAW, { i: { submissionId: randomUUID(), ...key } }, as('chair'));
    expect(first.body.data?.withdrawTarget).toMatchObject({ __typename: 'WithdrawTargetSucceeded' });
    await caughtUp(first.body.data?.withdrawTarget.position);
    expect((await targets({ unit: 'KZ-15' })).targets).toEqual([]);
    const second = await gql(api.app, WITHDRAW, { i: { submissionId: randomUUID(), ...key } }, as('chair'));
    expect(second.body.data?.withdrawTarget).toEqual({
      __typename: 'NotFound',
      id: 'causesRemoved.KZ-15.2026-Q2',
    });
  });

  it('names a bad unit or period', async () => {
    expect(await targets({ unit: 'KZ-AKM' })).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_FILTER',
      field: 'unit',
    });
    expect(await targets({ period: '2026-Q9' })).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_PERIOD',
      field: 'period',
    });
  });
});
