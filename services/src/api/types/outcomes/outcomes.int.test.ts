import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  chair: viewerOf('CHAIR'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
  astana: viewerOf('REGIONAL_OFFICER', 'KZ-71'),
};

const SURVEY = `mutation($i: RecordPerceptionSurveyInput!) { recordPerceptionSurvey(input: $i) {
  __typename ... on RecordPerceptionSurveySucceeded { surveyId position replayed }
  ... on ValidationFailed { issues { path message } } ... on Forbidden { message } } }`;
const WITHDRAW = `mutation($i: WithdrawPerceptionSurveyInput!) { withdrawPerceptionSurvey(input: $i) {
  __typename ... on WithdrawPerceptionSurveySucceeded { position } ... on NotFound { id } } }`;
const RECEPTION = `mutation($i: RecordCitizenReceptionInput!) { recordCitizenReception(input: $i) {
  __typename ... on RecordCitizenReceptionSucceeded { receptionId position }
  ... on ValidationFailed { issues { path message } } ... on Forbidden { message } } }`;
const PERCEPTION = `query($p: KpiPeriodInput!, $r: [String!], $asOf: DateTime, $d: String) {
  perception(period: $p, regions: $r, asOf: $asOf, district: $d) { __typename
    ... on Perception { rows { unit district group perceptionIndex facedCorruptionShare respondents conductedOn }
      means { group units respondents perceptionIndex } }
    ... on KpiAccessDenied { region } ... on KpiQueryFailed { code field } } }`;
const CHANGE = `query($p: KpiPeriodInput!, $r: [String!], $asOf: DateTime) {
  perceptionChange(period: $p, regions: $r, group: ENTREPRENEURS, asOf: $asOf) { __typename
    ... on PerceptionChange { rows { unit change before { perceptionIndex conductedOn } latest { perceptionIndex } } }
    ... on KpiAccessDenied { region } ... on KpiQueryFailed { code field } } }`;
const RECEPTIONS = `query($p: KpiPeriodInput!, $r: [String!]) { receptions(period: $p, regions: $r) { __typename
    ... on Receptions { rows { unit receptions citizensReceived issuesRaised risksFromReceptions risksPerReception }
      total { receptions risksPerReception } }
    ... on KpiAccessDenied { region } } }`;
const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { position } } }`;

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const survey = (over: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  unit: 'KZ-15',
  group: 'CITIZENS',
  respondents: 600,
  facedCorruptionShare: 0.25,
  perceptionIndex: 58,
  method: 'TELEPHONE',
  occurredOn: '2026-06-01',
  ...over,
});

describe('perception and receptions over GraphQL, on the real store and projection runtime', () => {
  let api: ReadModelApi;
  // Each submission is recorded a minute after the one before, on 2026-06-15 in Almaty.
  let tick = 0;
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);

  const caughtUp = (position: number) => api.caughtUp(position, 'outcomes');
  const send = async (document: string, input: Record<string, unknown>, who = 'aktobe') => {
    const body = (await gql(api.app, document, { i: input }, as(who))).body.data;
    return Object.values(body ?? {})[0] as Record<string, unknown> & { __typename: string };
  };
  const perception = async (variables: Record<string, unknown>, who = 'chair') =>
    (await gql(api.app, PERCEPTION, { p: Q2, ...variables }, as(who))).body.data?.perception;

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
  });
  afterAll(() => api.close());

  it('records surveys, answers the latest per region, the weighted mean, and as it was before a withdrawal', async () => {
    const earlier = await send(
      SURVEY,
      survey({ perceptionIndex: 50, respondents: 1000, occurredOn: '2026-05-10' }),
    );
    expect(earlier).toMatchObject({ __typename: 'RecordPerceptionSurveySucceeded', replayed: false });
    const input = survey();
    const later = await send(SURVEY, input);
    expect(await send(SURVEY, input)).toMatchObject({ surveyId: later.surveyId, replayed: true });
    const astana = await send(
      SURVEY,
      survey({ unit: 'KZ-71', perceptionIndex: 70, respondents: 400, facedCorruptionShare: 0.1 }),
      'astana',
    );
    await caughtUp(astana.position as number);
    const now = await perception({});
    expect(
      now.rows.map((r: { unit: string; perceptionIndex: number }) => [r.unit, r.perceptionIndex]),
    ).toEqual([
      ['KZ-15', 58],
      ['KZ-71', 70],
    ]);
    // (58 x 600 + 70 x 400) / 1000
    expect(now.means).toEqual([{ group: 'CITIZENS', units: 2, respondents: 1000, perceptionIndex: 62.8 }]);

    const beforeWithdrawal = clock().toISOString();
    const withdrawn = await send(WITHDRAW, {
      submissionId: randomUUID(),
      surveyId: later.surveyId,
      reason: 'entered twice',
      occurredOn: '2026-06-15',
    });
    expect(withdrawn.__typename).toBe('WithdrawPerceptionSurveySucceeded');
    await caughtUp(withdrawn.position as number);
    const own = await perception({}, 'aktobe');
    expect(own.rows).toEqual([
      {
        unit: 'KZ-15',
        district: null,
        group: 'CITIZENS',
        perceptionIndex: 50,
        facedCorruptionShare: 0.25,
        respondents: 1000,
        conductedOn: '2026-05-10',
      },
    ]);
    const then = await perception({ r: ['KZ-15'], asOf: beforeWithdrawal });
    expect(then.rows.map((r: { perceptionIndex: number }) => r.perceptionIndex)).toEqual([58]);
  });

  it('refuses bad input naming the field and another region, writing nothing; reads only the own region', async () => {
    const head = await api.store.headPosition();
    const bad = await send(
      SURVEY,
      survey({ respondents: 0, perceptionIndex: 140, district: '711010000', occurredOn: '2026-06-16' }),
    );
    expect(bad.__typename).toBe('ValidationFailed');
    expect((bad.issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      'district',
      'perceptionIndex',
      'respondents',
    ]);
    const future = await send(SURVEY, survey({ occurredOn: '2026-06-16' }));
    expect(future).toMatchObject({ __typename: 'ValidationFailed', issues: [{ path: 'occurredOn' }] });
    expect((await send(SURVEY, survey({ unit: 'KZ-71' }))).__typename).toBe('Forbidden');
    expect((await send(SURVEY, survey({ unit: 'KZ' }))).__typename).toBe('Forbidden');
    expect((await send(SURVEY, survey(), 'chair')).__typename).toBe('Forbidden');
    expect(await api.store.headPosition()).toBe(head);
    expect(await perception({ r: ['KZ-71'] }, 'aktobe')).toEqual({
      __typename: 'KpiAccessDenied',
      region: 'KZ-71',
    });
    expect(await perception({ d: '15101' })).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_FILTER',
      field: 'district',
    });
  });

  it('counts receptions and the risks identified from them, per reception', async () => {
    for (const citizensReceived of [12, 0]) {
      const held = await send(RECEPTION, {
        submissionId: randomUUID(),
        unit: 'KZ-15',
        district: '151010000',
        citizensReceived,
        issuesRaised: 3,
        occurredOn: '2026-06-10',
      });
      expect(held.__typename).toBe('RecordCitizenReceptionSucceeded');
    }
    const risk = await send(IDENTIFY, {
      submissionId: randomUUID(),
      region: 'KZ_15',
      organization: 'Акимат',
      process: 'Выдача разрешений',
      sphere: 'LICENSING',
      causeCategory: 'ADMINISTRATIVE_BARRIER',
      source: 'CITIZEN_RECEPTION',
      description: 'Очередь на бумаге',
      occurredOn: '2026-06-11',
    });
    await caughtUp(risk.position as number);
    const answer = (await gql(api.app, RECEPTIONS, { p: Q2, r: ['KZ-15'] }, as('aktobe'))).body.data
      ?.receptions;
    expect(answer).toEqual({
      __typename: 'Receptions',
      rows: [
        {
          unit: 'KZ-15',
          receptions: 2,
          citizensReceived: 12,
          issuesRaised: 6,
          risksFromReceptions: 1,
          risksPerReception: 0.5,
        },
      ],
      total: { receptions: 2, risksPerReception: 0.5 },
    });
  });

  it('charts receptions and perception beside a KPI, by district, and answers anew after a reception', async () => {
    const CHART = `query($s: KpiChartSpec!) { chart(spec: $s) { __typename
      ... on KpiChart { measures rows { keys { key } values } }
      ... on KpiQueryFailed { code field } } }`;
    const spec = {
      measures: [
        'risksIdentified',
        'receptionsHeld',
        'citizensReceived',
        'risksPerReception',
        'perceptionIndex',
      ],
      dimensions: [{ dimension: 'district' }],
      period: Q2,
      sortBy: 'label',
    };
    const chartOf = async (s: Record<string, unknown>, who = 'chair') =>
      (await gql(api.app, CHART, { s }, as(who))).body.data?.chart;
    const rows = (c: { rows: { keys: { key: string }[]; values: unknown[] }[] }) =>
      c.rows.map((r) => [r.keys[0]!.key, ...r.values]);
    // The officer's chart holds their region only, whatever region the other tests recorded.
    const before = await chartOf({ ...spec, filter: { regions: ['KZ_15'] } }, 'aktobe');
    expect(before.__typename).toBe('KpiChart');
    // The district's two receptions; the region-level risk from a reception and the region-wide
    // survey of 50 (the later one was withdrawn) are on the region-level row. No risk names the
    // district: the KPI engine holds nothing for it (null).
    expect(rows(before)).toEqual([
      ['151010000', null, 2, 12, 0, null],
      ['', 1, 0, 0, null, 50],
    ]);
    const held = await send(RECEPTION, {
      submissionId: randomUUID(),
      unit: 'KZ-15',
      citizensReceived: 9,
      issuesRaised: 1,
      occurredOn: '2026-06-12',
    });
    await caughtUp(held.position as number);
    const after = await chartOf({ ...spec, filter: { regions: ['KZ_15'] } }, 'aktobe');
    expect(rows(after)[1]).toEqual(['', 1, 1, 9, 1, 50]);

    expect(await chartOf({ ...spec, dimensions: [{ dimension: 'sphere' }] })).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_COMBINATION',
      field: 'spec.dimensions.0.dimension',
    });
  });
  it('answers each region’s change in perception between the latest survey before the period and the latest in it', async () => {
    const entrepreneurs = (over: Record<string, unknown>) => survey({ group: 'ENTREPRENEURS', ...over });
    await send(SURVEY, entrepreneurs({ perceptionIndex: 40, occurredOn: '2026-01-20' }));
    const inPeriod = await send(SURVEY, entrepreneurs({ perceptionIndex: 47.5, occurredOn: '2026-06-02' }));
    const onlyOne = await send(SURVEY, entrepreneurs({ unit: 'KZ-71', occurredOn: '2026-06-03' }), 'astana');
    await caughtUp(Math.max(inPeriod.position as number, onlyOne.position as number));
    const change = async (variables: Record<string, unknown>, who = 'chair') =>
      (await gql(api.app, CHANGE, { p: Q2, ...variables }, as(who))).body.data?.perceptionChange;

    expect((await change({})).rows).toEqual([
      {
        unit: 'KZ-15',
        change: 7.5,
        before: { perceptionIndex: 40, conductedOn: '2026-01-20' },
        latest: { perceptionIndex: 47.5 },
      },
      // One survey only: listed, with no change measurable rather than a change of zero.
      { unit: 'KZ-71', change: null, before: null, latest: { perceptionIndex: 58 } },
    ]);
    // An officer reads their own region, and is refused another.
    expect((await change({}, 'aktobe')).rows.map((r: { unit: string }) => r.unit)).toEqual(['KZ-15']);
    expect(await change({ r: ['KZ-71'] }, 'aktobe')).toEqual({
      __typename: 'KpiAccessDenied',
      region: 'KZ-71',
    });
    expect(await change({ p: { from: '2026-06-30', to: '2026-04-01' } })).toEqual({
      __typename: 'KpiQueryFailed',
      code: 'INVALID_PERIOD',
      field: 'period.to',
    });
  });
});
