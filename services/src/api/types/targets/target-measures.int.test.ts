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
  __typename ... on SetTargetSucceeded { position } } }`;
const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { riskId position } } }`;
const TRANSFORM = `mutation($i: RecordTransformationInput!) { recordTransformation(input: $i) {
  __typename ... on RecordTransformationSucceeded { position } } }`;
const CHART = `query($spec: KpiChartSpec!) { chart(spec: $spec) {
  __typename
  ... on KpiChart { measures rows { keys { dimension key } values } }
  ... on KpiQueryFailed { code field message }
  ... on KpiAccessDenied { region } } }`;

const Q2 = { from: '2026-04-01', to: '2026-06-30' };

describe('target measures in the chart query, on the real store and projection runtime', () => {
  let api: ReadModelApi;
  let tick = 0;
  // Every submission a minute after the one before, from 2026-06-15 in Almaty.
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);
  const chart = async (spec: Record<string, unknown>, who = 'analyst') =>
    (await gql(api.app, CHART, { spec }, as(who))).body.data?.chart;
  let beforeTargets = '';

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
    const risk = await gql(
      api.app,
      IDENTIFY,
      {
        i: {
          submissionId: randomUUID(),
          region: 'KZ_15',
          organization: 'Акимат г. Актобе',
          process: 'Выдача разрешений',
          sphere: 'LICENSING',
          causeCategory: 'ADMINISTRATIVE_BARRIER',
          source: 'CITIZEN_RECEPTION',
          description: 'Очередь на бумаге',
          occurredOn: '2026-04-10',
        },
      },
      as('aktobe'),
    );
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
          removesRiskIds: [risk.body.data?.identifyRisk.riskId],
          implementsRecommendationIds: [],
          occurredOn: '2026-05-20',
        },
      },
      as('aktobe'),
    );
    await api.caughtUp(removed.body.data?.recordTransformation.position, 'kpi');
    beforeTargets = clock().toISOString();
    let position = 0;
    for (const [unit, value] of [
      ['KZ-15', 91],
      ['KZ', 182],
    ] as const) {
      const set = await gql(
        api.app,
        SET,
        {
          i: {
            submissionId: randomUUID(),
            kpi: 'causesRemoved',
            unit,
            period: '2026-Q2',
            value,
            direction: 'AT_LEAST',
            occurredOn: '2026-04-01',
          },
        },
        as('chair'),
      );
      position = set.body.data?.setTarget.position;
    }
    await api.caughtUp(position, 'targets');
  });
  afterAll(() => api.close());

  it('charts a region’s target and gap month by month, judging June up to today', async () => {
    const answer = await chart({
      measures: ['causesRemoved', 'target_causesRemoved', 'gapToTarget_causesRemoved'],
      dimensions: [{ dimension: 'TIME', granularity: 'MONTH' }],
      filter: { regions: ['KZ_15'] },
      period: Q2,
    });
    expect(answer.measures).toEqual(['causesRemoved', 'target_causesRemoved', 'gapToTarget_causesRemoved']);
    // 91 over Q2's 91 days asks one a day: 30, 31, 30; June is judged over its first 15 days.
    expect(answer.rows.map((r: { values: number[] }) => r.values)).toEqual([
      [0, 30, -30],
      [1, 31, -30],
      [0, 30, -15],
    ]);
  });

  it('charts the country’s target without a region, each region’s by region, none as known before', async () => {
    const country = await chart({ measures: ['target_causesRemoved'], period: Q2 });
    expect(country.rows[0].values).toEqual([182]);
    const byRegion = await chart({
      measures: ['target_causesRemoved'],
      dimensions: [{ dimension: 'REGION' }],
      period: Q2,
    });
    const of = (code: string) =>
      byRegion.rows.find((r: { keys: { key: string }[] }) => r.keys[0]!.key === code).values;
    expect(of('KZ-15')).toEqual([91]);
    expect(of('KZ-71')).toEqual([null]);
    const before = await chart({ measures: ['target_causesRemoved'], period: Q2, asOf: beforeTargets });
    expect(before.rows[0].values).toEqual([null]);
  });

  it('gives an officer their own region’s target, and no other region’s', async () => {
    const own = await chart({ measures: ['target_causesRemoved'], period: Q2 }, 'aktobe');
    expect(own.rows[0].values).toEqual([91]);
    expect(
      await chart(
        { measures: ['target_causesRemoved'], period: Q2, filter: { regions: ['KZ_71'] } },
        'aktobe',
      ),
    ).toMatchObject({ __typename: 'KpiAccessDenied' });
  });

  it('names the field a target measure cannot go with', async () => {
    expect(
      await chart({ measures: ['target_causesRemoved'], dimensions: [{ dimension: 'SPHERE' }], period: Q2 }),
    ).toMatchObject({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_COMBINATION',
      field: 'spec.dimensions.0.dimension',
    });
    expect(await chart({ measures: ['gapToTarget_nothing'], period: Q2 })).toMatchObject({
      __typename: 'KpiQueryFailed',
      code: 'UNKNOWN_MEASURE',
      field: 'spec.measures.0',
    });
  });
});
