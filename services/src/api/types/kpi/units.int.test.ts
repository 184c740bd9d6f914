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
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
  health: bodyOfficer('MIN-HEALTH'),
  sport: bodyOfficer('AG-SPORT'),
};

const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { riskId position } } }`;
const ADD_BODY = `mutation($i: AddCentralBodyInput!) { addCentralBody(input: $i) { __typename } }`;
const SUMMARY = `query($p: KpiPeriodInput!, $f: KpiFilter) { kpiSummary(period: $p, filter: $f, kpis: ["risksIdentified"]) {
  __typename ... on KpiSummary { kpis { current { value } } }
  ... on KpiAccessDenied { message region } ... on KpiQueryFailed { field message } } }`;
const CHART = `query($s: KpiChartSpec!) { chart(spec: $s) { __typename
  ... on KpiChart { rows { keys { key labelRu labelKk labelEn } values } }
  ... on KpiAccessDenied { message region } } }`;
const DRILL = `query($p: KpiPeriodInput!, $f: KpiFilter) { drillDown(kpi: "risksIdentified", period: $p, filter: $f) {
  __typename ... on KpiDrillDown { total } ... on KpiAccessDenied { region } } }`;

const REGISTER = `query($u: String!) { unitOpenRisks(unit: $u) { __typename
  ... on RegisterRiskPage { items { riskId region } } ... on KpiAccessDenied { region } } }`;
const DUE = `query($u: String!) { unitRecommendations(unit: $u, status: OVERDUE) { __typename
  ... on RegisterRecommendationPage { total } ... on KpiAccessDenied { region } } }`;

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const risk = (over: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  region: 'KZ_15',
  organization: 'Областная больница',
  process: 'Закуп лекарств',
  sphere: 'HEALTHCARE',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description: 'Поставщика выбирает один человек',
  occurredOn: '2026-05-20',
  ...over,
});

describe('central bodies as reporting units over GraphQL, on the real store and projection runtime', () => {
  let api: ReadModelApi;
  let tick = 0;
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);
  const identify = async (who: string, input: Record<string, unknown>) =>
    (await gql(api.app, IDENTIFY, { i: input }, as(who))).body.data?.identifyRisk;
  const query = async (document: string, variables: Record<string, unknown>, who: string) =>
    Object.values((await gql(api.app, document, variables, as(who))).body.data ?? {})[0] as Record<
      string,
      // biome-ignore lint/suspicious/noExplicitAny: answers are read by shape
      any
    >;
  const risksIdentified = async (who: string, filter: Record<string, unknown> | null = null) => {
    const answer = await query(SUMMARY, { p: Q2, f: filter }, who);
    return answer.__typename === 'KpiSummary' ? answer.kpis[0].current.value : answer;
  };
  const league = (dimension: string) => ({
    measures: ['risksIdentified'],
    dimensions: [{ dimension }],
    period: Q2,
  });

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
    // A body an administrator adds while the system runs: its work counts from its first risk.
    const added = await gql(
      api.app,
      ADD_BODY,
      {
        i: {
          submissionId: randomUUID(),
          code: 'AG-SPORT',
          kind: 'AGENCY',
          nameRu: 'Агентство по делам спорта',
          nameKk: 'Спорт істері агенттігі',
          nameEn: 'Agency for Sports Affairs',
        },
      },
      as('admin'),
    );
    expect(added.body.data?.addCentralBody.__typename).toBe('CentralBodySucceeded');
    expect((await identify('aktobe', risk())).__typename).toBe('IdentifyRiskSucceeded');
    expect((await identify('health', risk({ centralBody: 'MIN-HEALTH' }))).__typename).toBe(
      'IdentifyRiskSucceeded',
    );
    const last = await identify('sport', risk({ region: 'KZ_75', centralBody: 'AG-SPORT' }));
    await api.caughtUp(last.position, 'kpi');
  });
  afterAll(() => api.close());

  it("counts every unit in the country, and a region's own work in the region", async () => {
    expect(await risksIdentified('chair')).toBe(3);
    expect(await risksIdentified('chair', { regions: ['KZ_15'] })).toBe(1);
    expect(await risksIdentified('chair', { units: ['MIN-HEALTH'] })).toBe(1);
    expect(await risksIdentified('chair', { units: ['KZ-15', 'AG-SPORT'] })).toBe(2);
    const byRegion = await query(CHART, { s: league('REGION') }, 'chair');
    const aktobe = byRegion.rows.find((r: { keys: { key: string }[] }) => r.keys[0]!.key === 'KZ-15');
    expect(aktobe.values).toEqual([1]);
  });

  it('gives the league of central bodies, named in three languages from the catalogue', async () => {
    const chart = await query(CHART, { s: league('centralBody') }, 'chair');
    const row = (key: string) => chart.rows.find((r: { keys: { key: string }[] }) => r.keys[0]!.key === key);
    expect(row('MIN-HEALTH')).toEqual({
      keys: [
        {
          key: 'MIN-HEALTH',
          labelRu: 'Министерство здравоохранения',
          labelKk: 'Денсаулық сақтау министрлігі',
          labelEn: 'Ministry of Health',
        },
      ],
      values: [1],
    });
    // Added by an administrator: the engine knows its code, the catalogue its names.
    expect(row('AG-SPORT').keys[0].labelEn).toBe('Agency for Sports Affairs');
    expect(row('').values).toEqual([1]);
  });

  it("lets a body's officer read their body's figures only, and refuses another unit's naming it", async () => {
    expect(await risksIdentified('health')).toBe(1);
    expect(await risksIdentified('health', { units: ['MIN-HEALTH'] })).toBe(1);
    for (const filter of [{ units: ['MIN-EDUCATION'] }, { units: ['KZ-15'] }, { regions: ['KZ_15'] }]) {
      const refused = await risksIdentified('health', filter);
      expect(refused.__typename, JSON.stringify(filter)).toBe('KpiAccessDenied');
      expect(refused.message).toMatch(/own unit/);
    }
    const chart = await query(CHART, { s: league('centralBody') }, 'health');
    expect(chart.rows.map((r: { keys: { key: string }[] }) => r.keys[0]!.key)).toEqual(['MIN-HEALTH']);
    const drill = await query(DRILL, { p: Q2, f: { units: ['AG-SPORT'] } }, 'health');
    expect(drill).toEqual({ __typename: 'KpiAccessDenied', region: 'AG-SPORT' });
  });

  it('says in each drill-down row which unit it belongs to, named in three languages: the region, or the body though it sits in a region', async () => {
    const UNITS = `query($p: KpiPeriodInput!) { drillDown(kpi: "risksIdentified", period: $p, first: 10) {
      ... on KpiDrillDown { rows { region unit { code kind nameRu nameKk nameEn } } } } }`;
    const drill = await query(UNITS, { p: Q2 }, 'chair');
    const byUnit = new Map(drill.rows.map((r: { unit: { code: string } }) => [r.unit.code, r]));
    expect(byUnit.get('KZ-15')).toEqual({
      region: 'KZ-15',
      unit: {
        code: 'KZ-15',
        kind: 'REGION',
        nameRu: 'Актюбинская область',
        nameKk: 'Ақтөбе облысы',
        nameEn: 'Aktobe Region',
      },
    });
    expect(byUnit.get('MIN-HEALTH')).toEqual({
      region: 'KZ-15',
      unit: {
        code: 'MIN-HEALTH',
        kind: 'CENTRAL_BODY',
        nameRu: 'Министерство здравоохранения',
        nameKk: 'Денсаулық сақтау министрлігі',
        nameEn: 'Ministry of Health',
      },
    });
    // A body an administrator added is named as the catalogue names it now.
    expect(byUnit.get('AG-SPORT')).toMatchObject({
      region: 'KZ-75',
      unit: { nameEn: 'Agency for Sports Affairs' },
    });
    // A body's officer sees only their own rows, each saying it is the body's.
    const own = await query(UNITS, { p: Q2 }, 'health');
    expect(own.rows.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(['MIN-HEALTH']);
  });

  it("keeps a regional officer to their region's own work, refusing a body's unit", async () => {
    expect(await risksIdentified('aktobe')).toBe(1);
    const refused = await risksIdentified('aktobe', { units: ['MIN-HEALTH'] });
    expect(refused).toMatchObject({ __typename: 'KpiAccessDenied', region: 'MIN-HEALTH' });
  });

  it("gives a body's officer their body's register, wherever the work sits, and refuses another unit's", async () => {
    const own = await query(REGISTER, { u: 'AG-SPORT' }, 'sport');
    expect(own.items.map((r: { region: string }) => r.region)).toEqual(['KZ-75']);
    expect(await query(DUE, { u: 'AG-SPORT' }, 'sport')).toEqual({
      __typename: 'RegisterRecommendationPage',
      total: 0,
    });
    for (const unit of ['MIN-HEALTH', 'KZ-15']) {
      expect(await query(REGISTER, { u: unit }, 'sport')).toEqual({
        __typename: 'KpiAccessDenied',
        region: unit,
      });
      expect(await query(DUE, { u: unit }, 'sport')).toEqual({ __typename: 'KpiAccessDenied', region: unit });
    }
    expect(await query(REGISTER, { u: 'MIN-HEALTH' }, 'aktobe')).toMatchObject({
      __typename: 'KpiAccessDenied',
    });
    const chair = await query(REGISTER, { u: 'MIN-HEALTH' }, 'chair');
    expect(chair.items).toHaveLength(1);
    const admin = await gql(api.app, REGISTER, { u: 'MIN-HEALTH' }, as('admin'));
    expect(admin.body.data?.unitOpenRisks ?? null).toBeNull();
  });

  it("refuses a body's officer a survey for their body, naming the unit, and another unit's reception; nothing written", async () => {
    const SURVEY = `mutation($i: RecordPerceptionSurveyInput!) { recordPerceptionSurvey(input: $i) {
      __typename ... on ValidationFailed { issues { path code message } } ... on Forbidden { message } } }`;
    const RECEPTION = `mutation($i: RecordCitizenReceptionInput!) { recordCitizenReception(input: $i) {
      __typename ... on ValidationFailed { issues { path code message } } ... on Forbidden { message } } }`;
    const survey = (unit: string) => ({
      submissionId: randomUUID(),
      unit,
      group: 'CITIZENS',
      respondents: 400,
      facedCorruptionShare: 0.2,
      perceptionIndex: 60,
      method: 'TELEPHONE',
      occurredOn: '2026-05-20',
    });
    const reception = (unit: string, over: Record<string, unknown> = {}) => ({
      submissionId: randomUUID(),
      unit,
      citizensReceived: 5,
      issuesRaised: 1,
      occurredOn: '2026-05-20',
      ...over,
    });
    const head = await api.store.headPosition();
    // The methodology measures perception by region or country: a body's code is no survey unit.
    const own = (await gql(api.app, SURVEY, { i: survey('MIN-HEALTH') }, as('health'))).body.data;
    expect(own?.recordPerceptionSurvey).toEqual({
      __typename: 'ValidationFailed',
      issues: [
        {
          path: 'unit',
          code: 'invalid_value',
          message: 'must be KZ (the country) or a region code such as KZ-15',
        },
      ],
    });
    // A region's survey and reception are the region officer's, another body's its own: refused, naming whose.
    const region = (await gql(api.app, SURVEY, { i: survey('KZ-15') }, as('health'))).body.data;
    expect(region?.recordPerceptionSurvey).toEqual({
      __typename: 'Forbidden',
      message: 'the survey belongs to KZ-15; you may submit only for MIN-HEALTH',
    });
    for (const [who, unit] of [
      ['health', 'KZ-15'],
      ['health', 'MIN-FINANCE'],
      ['aktobe', 'MIN-HEALTH'],
    ] as const) {
      const refused = (await gql(api.app, RECEPTION, { i: reception(unit) }, as(who))).body.data;
      expect(refused?.recordCitizenReception, `${who} for ${unit}`).toMatchObject({
        __typename: 'Forbidden',
        message: expect.stringContaining(`the reception belongs to ${unit}`),
      });
    }
    // A district named without the region it lies in is refused at the district.
    const noRegion = (
      await gql(api.app, RECEPTION, { i: reception('MIN-HEALTH', { district: '151010000' }) }, as('health'))
    ).body.data;
    expect(noRegion?.recordCitizenReception).toMatchObject({
      __typename: 'ValidationFailed',
      issues: [
        { path: 'district', message: 'name the region the reception was held in before its district' },
      ],
    });
    expect(await api.store.headPosition()).toBe(head);
  });

  it("records a body's reception for the body: its own figures move, the region's where it was held do not", async () => {
    const RECEPTION = `mutation($i: RecordCitizenReceptionInput!) { recordCitizenReception(input: $i) {
      __typename ... on RecordCitizenReceptionSucceeded { position } } }`;
    const RECEPTIONS = `query($p: KpiPeriodInput!, $r: [String!], $u: [String!]) { receptions(period: $p, regions: $r, units: $u) {
      __typename ... on Receptions { rows { unit receptions citizensReceived } total { receptions citizensReceived } }
      ... on KpiAccessDenied { region } ... on KpiQueryFailed { field } } }`;
    const held = async (who: string, r: string[] | null, u: string[] | null) =>
      (await gql(api.app, RECEPTIONS, { p: Q2, r, u }, as(who))).body.data?.receptions;
    const before = await held('chair', ['KZ-15'], null);
    const recorded = (
      await gql(
        api.app,
        RECEPTION,
        {
          i: {
            submissionId: randomUUID(),
            unit: 'MIN-HEALTH',
            region: 'KZ-15',
            district: '151010000',
            districtName: 'г. Актобе',
            citizensReceived: 17,
            issuesRaised: 2,
            occurredOn: '2026-05-22',
          },
        },
        as('health'),
      )
    ).body.data?.recordCitizenReception;
    expect(recorded.__typename).toBe('RecordCitizenReceptionSucceeded');
    await api.caughtUp(recorded.position, 'outcomes');
    expect(await api.store.readStream('unit-MIN-HEALTH').then((events) => events.at(-1)?.type)).toBe(
      'CitizenReceptionHeld',
    );
    // The body's officer reads their body's receptions whatever they ask for; the chair by unit.
    for (const [who, units] of [
      ['health', null],
      ['chair', ['MIN-HEALTH']],
    ] as const) {
      expect(await held(who, null, units ? [...units] : null)).toMatchObject({
        rows: [{ unit: 'MIN-HEALTH', receptions: 1, citizensReceived: 17 }],
        total: { receptions: 1, citizensReceived: 17 },
      });
    }
    expect(await held('chair', ['KZ-15'], null)).toEqual(before);
    expect(await held('health', null, ['KZ-15'])).toEqual({ __typename: 'KpiAccessDenied', region: 'KZ-15' });
    expect(await held('aktobe', null, ['MIN-HEALTH'])).toEqual({
      __typename: 'KpiAccessDenied',
      region: 'MIN-HEALTH',
    });
    expect(await held('chair', null, ['ministry'])).toEqual({ __typename: 'KpiQueryFailed', field: 'units' });
    // The chart builder by central body: the ministry's row, named from the catalogue.
    const league = await query(
      CHART,
      {
        s: {
          measures: ['receptionsHeld', 'citizensReceived'],
          dimensions: [{ dimension: 'centralBody' }],
          period: Q2,
        },
      },
      'chair',
    );
    expect(
      league.rows.find((r: { keys: { key: string }[] }) => r.keys[0]!.key === 'MIN-HEALTH'),
    ).toMatchObject({
      keys: [{ key: 'MIN-HEALTH', labelRu: 'Министерство здравоохранения' }],
      values: [1, 17],
    });
  });

  it('refuses a malformed unit code, naming the field', async () => {
    const answer = await query(SUMMARY, { p: Q2, f: { units: ['ministry'] } }, 'chair');
    expect(answer).toMatchObject({ __typename: 'KpiQueryFailed', field: 'filter.units' });
  });
});
