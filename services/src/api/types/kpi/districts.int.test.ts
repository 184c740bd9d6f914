import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  chair: viewerOf('CHAIR'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
};

const IDENTIFY = `mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) {
  __typename ... on IdentifyRiskSucceeded { riskId position }
  ... on ValidationFailed { issues { path message } } } }`;
const SUMMARY = `query($p: KpiPeriodInput!, $f: KpiFilter) { kpiSummary(period: $p, filter: $f, kpis: ["risksIdentified"]) {
  __typename ... on KpiSummary { kpis { kpi current { value } } } ... on KpiQueryFailed { field message } } }`;
const BY_DISTRICT = `query($s: KpiChartSpec!) { chart(spec: $s) { __typename
  ... on KpiChart { rows { keys { key labelRu region } values } } } }`;
const DRILL = `query($p: KpiPeriodInput!, $f: KpiFilter) { drillDown(kpi: "risksIdentified", period: $p, filter: $f) {
  __typename ... on KpiDrillDown { total rows { id district { code name } } } } }`;

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const risk = (over: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  region: 'KZ_15',
  organization: 'Акимат Хромтауского района',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description: 'Решение принимает один человек',
  occurredOn: '2026-05-20',
  ...over,
});

describe('districts over GraphQL, on the real store and projection runtime', () => {
  let api: ReadModelApi;
  let tick = 0;
  const clock = () => new Date(Date.parse('2026-06-15T04:00:00Z') + 60_000 * tick++);
  const identify = async (input: Record<string, unknown>) =>
    (await gql(api.app, IDENTIFY, { i: input }, as('aktobe'))).body.data?.identifyRisk;
  const query = async (document: string, variables: Record<string, unknown>, who = 'chair') =>
    Object.values((await gql(api.app, document, variables, as(who))).body.data ?? {})[0] as Record<
      string,
      unknown
    >;

  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, clock);
    await identify(risk({ district: '154845000', districtName: 'Хромтауский район' }));
    await identify(risk({ district: '154845000', organization: 'Отдел образования' }));
    const last = await identify(risk());
    await api.caughtUp(last.position, 'kpi');
  });
  afterAll(() => api.close());

  it('refuses a district of another region, naming the field, and writes nothing', async () => {
    const before = (await api.store.readAll()).length;
    const refused = await identify(risk({ district: '711210000' }));
    expect(refused).toEqual({
      __typename: 'ValidationFailed',
      issues: [{ path: 'district', message: 'must begin with 15, the KATO prefix of KZ-15' }],
    });
    const named = await identify(risk({ districtName: 'Хромтауский район' }));
    expect(named.issues).toEqual([
      { path: 'district', message: 'is required when a district name is given' },
    ]);
    expect((await api.store.readAll()).length).toBe(before);
    const summary = await query(SUMMARY, { p: Q2 });
    expect(summary.kpis).toEqual([{ kpi: 'risksIdentified', current: { value: 3 } }]);
  });

  it('filters the KPIs by district, and refuses a malformed code naming the filter', async () => {
    expect((await query(SUMMARY, { p: Q2, f: { districts: ['154845000'] } })).kpis).toEqual([
      { kpi: 'risksIdentified', current: { value: 2 } },
    ]);
    expect((await query(SUMMARY, { p: Q2, f: { districts: ['15'] } }, 'aktobe')).field).toBe(
      'filter.districts',
    );
  });

  it('breaks down by district, what names none in the region-level bucket', async () => {
    const chart = await query(BY_DISTRICT, {
      s: { measures: ['risksIdentified'], dimensions: [{ dimension: 'DISTRICT' }], period: Q2 },
    });
    expect(chart.rows).toEqual([
      {
        keys: [{ key: '154845000', labelRu: 'Хромтауский район (154845000)', region: 'KZ-15' }],
        values: [2],
      },
      { keys: [{ key: '', labelRu: 'Без района (уровень региона)', region: null }], values: [1] },
    ]);
  });

  it('drills down to the risks of a district, each with its district', async () => {
    const drill = await query(DRILL, { p: Q2, f: { districts: ['154845000'] } }, 'aktobe');
    expect(drill.total).toBe(2);
    expect(drill.rows).toEqual([
      expect.objectContaining({ district: { code: '154845000', name: 'Хромтауский район' } }),
      expect.objectContaining({ district: { code: '154845000', name: 'Хромтауский район' } }),
    ]);
  });
});
