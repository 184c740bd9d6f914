// biome-ignore-all lint/suspicious/noExplicitAny: GraphQL answers are read here as plain JSON
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, Viewer } from '../../../identity/viewer.ts';
import { type AppProjections, createProjections } from '../../../runtime/app-projections.ts';
import { openEventStore } from '../../../store/open.ts';
import type { EventStore } from '../../../store/port.ts';
import { buildApp } from '../../build-app.ts';
import type { AppServices } from '../../services.ts';
import { appendWorkedExample, uuidOf } from './worked-example.test-support.ts';

const viewer = (role: Role, region: Viewer['region'] = null): Viewer => ({
  userId: `${role.toLowerCase()}-${region ?? 'all'}`,
  username: role.toLowerCase(),
  displayName: role,
  role,
  region,
});

const VIEWERS: Record<string, Viewer> = {
  chair: viewer('CHAIR'),
  analyst: viewer('ANALYST'),
  admin: viewer('ADMINISTRATOR'),
  aktobe: viewer('REGIONAL_OFFICER', 'KZ-15'),
  astana: viewer('REGIONAL_OFFICER', 'KZ-71'),
};

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('KPI queries over GraphQL, on the real store and projection runtime', () => {
  let store: EventStore;
  let projections: AppProjections;
  let app: FastifyInstance;
  let positions: number[];

  beforeAll(async () => {
    store = await openEventStore({
      sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-queries-')), 'e.sqlite'),
    });
    positions = await appendWorkedExample(store);
    projections = createProjections({ store });
    await projections.runtime.start();
    await projections.runtime.whenLive();
    const services: AppServices = {
      store,
      clock: () => new Date('2026-04-10T06:00:00Z'),
      newId: randomUUID,
      projections,
    };
    app = await buildApp({
      services,
      auth: { sessionSecret: 'k'.repeat(48) },
      authenticate: async (request) => VIEWERS[String(request.headers['x-as'])] ?? null,
    } as Parameters<typeof buildApp>[0]);
  });
  afterAll(async () => {
    await app.close();
    await projections.runtime.stop();
    await store.close();
  });

  const gql = async (as: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(as ? { 'x-as': as } : {}) },
      payload: JSON.stringify({ query, variables }),
    });
    return response.json() as { data?: Record<string, any>; errors?: { message: string }[] };
  };

  const SUMMARY = `query($period: KpiPeriodInput!, $filter: KpiFilter, $asOf: DateTime, $kpis: [String!]) {
    kpiSummary(period: $period, filter: $filter, asOf: $asOf, kpis: $kpis) {
      __typename
      ... on KpiSummary { asOf position previousPeriod { from to }
        kpis { kpi current { value numerator denominator } previous { value } yearEarlier { value } } }
      ... on KpiAccessDenied { message region }
      ... on KpiQueryFailed { code field message }
    }
  }`;

  const byKpi = (summary: any) => Object.fromEntries(summary.kpis.map((k: any) => [k.kpi, k.current]));

  it('answers the chair with every KPI, now and as of the end of the quarter', async () => {
    const now = (await gql('chair', SUMMARY, { period: Q1 })).data!.kpiSummary;
    expect(now.__typename).toBe('KpiSummary');
    expect(now.position).toBe(positions.at(-1));
    expect(now.asOf).toBeNull();
    expect(now.previousPeriod).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(byKpi(now).causesRemoved.value).toBe(2);
    expect(byKpi(now).removalRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(byKpi(now).medianDaysToRemoval.value).toBe(62.5);

    const then = (await gql('chair', SUMMARY, { period: Q1, asOf: '2026-03-31T18:59:59Z' })).data!.kpiSummary;
    expect(then.asOf).toBe('2026-03-31T18:59:59.000Z');
    expect(then.position).toBe(positions[20]);
    expect(byKpi(then).causesRemoved.value).toBe(1);
    expect(byKpi(then).recommendationsOverdue.value).toBe(3);
  });

  it("binds a regional officer to their own region and refuses another's", async () => {
    const own = (await gql('aktobe', SUMMARY, { period: Q1, kpis: ['risksIdentified'] })).data!.kpiSummary;
    expect(byKpi(own).risksIdentified.value).toBe(3);
    const astana = (await gql('astana', SUMMARY, { period: Q1, kpis: ['risksIdentified'] })).data!.kpiSummary;
    expect(byKpi(astana).risksIdentified.value).toBe(0);
    const refused = (await gql('astana', SUMMARY, { period: Q1, filter: { regions: ['KZ_15'] } })).data!
      .kpiSummary;
    expect(refused).toMatchObject({ __typename: 'KpiAccessDenied', region: 'KZ-15' });
  });

  it('refuses administrators and anonymous callers', async () => {
    for (const as of ['admin', null]) {
      const result = await gql(as, SUMMARY, { period: Q1 });
      expect(result.data?.kpiSummary ?? null).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
    }
  });

  it('answers a bad KPI name with a typed error naming the argument', async () => {
    const result = (await gql('chair', SUMMARY, { period: Q1, kpis: ['arrests'] })).data!.kpiSummary;
    expect(result).toMatchObject({ __typename: 'KpiQueryFailed', code: 'UNKNOWN_MEASURE', field: 'kpis' });
  });

  const CHART = `query($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart { granularity total truncated position rows { keys { dimension key labelEn } values } }
      ... on KpiQueryFailed { code field message }
      ... on KpiAccessDenied { region }
    }
  }`;

  it("answers the analysts' chart, and refuses impossible ones with typed errors", async () => {
    const chart = (
      await gql('analyst', CHART, {
        spec: {
          measures: ['causesRemoved', 'recurrenceRate'],
          dimensions: [{ dimension: 'REGION' }, { dimension: 'time', granularity: 'QUARTER' }],
          period: Q1,
          limit: 1,
        },
      })
    ).data!.chart;
    expect(chart).toMatchObject({
      __typename: 'KpiChart',
      granularity: 'QUARTER',
      total: 20,
      truncated: true,
    });
    expect(chart.rows).toEqual([
      {
        keys: [
          { dimension: 'region', key: 'KZ-15', labelEn: 'Aktobe Region' },
          { dimension: 'time', key: '2026-Q1', labelEn: '2026-Q1' },
        ],
        values: [2, 0.5],
      },
    ]);
    const tooMany = (
      await gql('analyst', CHART, { spec: { measures: ['openRisks'], period: Q1, limit: 5000 } })
    ).data!.chart;
    expect(tooMany).toMatchObject({
      __typename: 'KpiQueryFailed',
      code: 'LIMIT_OUT_OF_RANGE',
      field: 'spec.limit',
    });
    const twoTimes = (
      await gql('analyst', CHART, {
        spec: {
          measures: ['openRisks'],
          period: Q1,
          dimensions: [{ dimension: 'time' }, { dimension: 'TIME' }],
        },
      })
    ).data!.chart;
    expect(twoTimes).toMatchObject({ code: 'INVALID_COMBINATION', field: 'spec.dimensions.1' });
  });

  it('opens the events behind a number, with who submitted each and when', async () => {
    const result = await gql(
      'chair',
      `query($period: KpiPeriodInput!) {
        drillDown(kpi: "causesRemoved", period: $period, first: 1) {
          ... on KpiDrillDown { total hasNextPage endCursor rows { id date value
            events { role type position occurredOn recordedAt submittedBy submissionId channel } } }
        }
      }`,
      { period: Q1 },
    );
    const d = result.data!.drillDown;
    expect(d.total).toBe(2);
    expect(d.hasNextPage).toBe(true);
    expect(d.rows[0]).toMatchObject({ id: uuidOf('R1'), date: '2026-01-25', value: 66 });
    expect(d.rows[0].events).toEqual([
      {
        role: 'identified',
        type: 'RiskIdentified',
        position: positions[2],
        occurredOn: '2025-11-20',
        recordedAt: '2025-11-20T05:00:00Z',
        submittedBy: 'officer-kz15-01',
        submissionId: 'submission-3',
        channel: 'form',
      },
      expect.objectContaining({
        role: 'removed',
        type: 'ProcessTransformed',
        position: positions[21],
        occurredOn: '2026-01-25',
      }),
    ]);
  });

  const REGISTER = `query($region: RegionCode!) {
    openRisks(region: $region) {
      __typename
      ... on RegisterRiskPage { total items { riskId ageDays recommendations { recommendationId status daysOverdue } } }
      ... on KpiAccessDenied { region }
    }
    regionRecommendations(region: $region, status: OVERDUE) {
      ... on RegisterRecommendationPage { items { recommendationId daysOverdue } }
      ... on KpiAccessDenied { region }
    }
  }`;

  it("shows an officer their region's open risks and overdue recommendations, and nobody else's", async () => {
    const own = (await gql('aktobe', REGISTER, { region: 'KZ_15' })).data!;
    expect(own.openRisks.items.map((r: any) => r.riskId)).toEqual([uuidOf('R6'), uuidOf('R4')]);
    expect(own.openRisks.items[0].recommendations).toEqual([
      { recommendationId: uuidOf('Rec3'), status: 'OVERDUE', daysOverdue: 100 },
    ]);
    expect(own.regionRecommendations.items).toEqual([{ recommendationId: uuidOf('Rec3'), daysOverdue: 100 }]);
    const other = (await gql('astana', REGISTER, { region: 'KZ_15' })).data!;
    expect(other.openRisks).toEqual({ __typename: 'KpiAccessDenied', region: 'KZ-15' });
    expect(other.regionRecommendations).toEqual({ region: 'KZ-15' });
  });

  it('gives a series by month with comparisons', async () => {
    const result = await gql(
      'analyst',
      `query($period: KpiPeriodInput!) {
        kpiSeries(kpi: "openRisks", granularity: MONTH, period: $period) {
          ... on KpiSeries { granularity points { label current { value } previous { value } yearEarlier { value } } }
        }
      }`,
      { period: Q1 },
    );
    expect(result.data!.kpiSeries.points.map((p: any) => [p.label, p.current.value])).toEqual([
      ['2026-01', 2],
      ['2026-02', 4],
      ['2026-03', 3],
    ]);
  });
});
