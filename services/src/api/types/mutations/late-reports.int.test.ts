import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { officer, signedIn } from '../../../commands/test-services.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { type AppProjections, createProjections } from '../../../runtime/app-projections.ts';
import { openEventStore } from '../../../store/open.ts';
import type { EventStore } from '../../../store/port.ts';
import { buildApp } from '../../build-app.ts';
import type { AppServices } from '../../services.ts';
import { type MutationName, mutate } from './gql-client.ts';

/**
 * A regional officer enters a year of the office's work in the order the papers reached them:
 * a recommendation after the removal of its risk, a due date move after the implementation.
 * Judged by their dates, everything is accepted, and the KPIs are those of the same year entered
 * in date order.
 */

const viewers: Record<string, Viewer> = { aktobe: officer('KZ-15'), chair: signedIn('CHAIR') };
const AKIMAT = 'Акимат г. Актобе';

type Step = (ids: Map<string, string>) => [MutationName, Record<string, unknown>];

const risk =
  (key: string, occurredOn: string, sphere: string): Step =>
  () => [
    'identifyRisk',
    {
      key,
      region: 'KZ_15',
      organization: AKIMAT,
      process: 'Предоставление земельных участков',
      sphere,
      causeCategory: 'EXCESSIVE_DISCRETION',
      source: 'EXTERNAL_ANALYSIS',
      description: 'Комиссия решает без критериев',
      occurredOn,
    },
  ];

const STEPS: Record<string, Step> = {
  r1: risk('r1', '2025-08-01', 'LAND_RELATIONS'),
  recA: (ids) => [
    'issueRecommendation',
    {
      key: 'recA',
      riskId: ids.get('r1'),
      region: 'KZ_15',
      organization: AKIMAT,
      text: 'Публиковать решения комиссии',
      dueOn: '2025-09-30',
      occurredOn: '2025-08-20',
    },
  ],
  moveA: (ids) => [
    'moveRecommendationDueDate',
    {
      recommendationId: ids.get('recA'),
      dueOn: '2025-10-31',
      reason: 'Ждём поправок',
      occurredOn: '2025-09-15',
    },
  ],
  t1: (ids) => [
    'recordTransformation',
    {
      region: 'KZ_15',
      organization: AKIMAT,
      process: 'Предоставление земельных участков',
      kind: 'DIGITISED',
      description: 'Заявки только через портал',
      removesRiskIds: [ids.get('r1')],
      implementsRecommendationIds: [ids.get('recA')],
      occurredOn: '2025-10-31',
    },
  ],
  r2: risk('r2', '2025-10-01', 'CONSTRUCTION'),
  recB: (ids) => [
    'issueRecommendation',
    {
      key: 'recB',
      riskId: ids.get('r2'),
      region: 'KZ_15',
      organization: AKIMAT,
      text: 'Сделать решение коллегиальным',
      dueOn: '2025-12-15',
      occurredOn: '2025-10-31',
    },
  ],
  t2: (ids) => [
    'recordTransformation',
    {
      region: 'KZ_15',
      organization: AKIMAT,
      process: 'Выдача разрешений на строительство',
      kind: 'MADE_COLLEGIAL',
      description: 'Решение принимает комиссия',
      removesRiskIds: [ids.get('r2')],
      occurredOn: '2025-12-28',
    },
  ],
  rejectB: (ids) => [
    'rejectRecommendation',
    { recommendationId: ids.get('recB'), reason: 'Риск устранён иначе', occurredOn: '2026-01-15' },
  ],
  // A land plot the akimat returned: no risk named, its own sphere and organization.
  c1: () => [
    'recordRightRestored',
    {
      region: 'KZ_15',
      organization: AKIMAT,
      sphere: 'LAND_RELATIONS',
      kind: 'LAND_PLOT_RETURNED',
      peopleCount: 2,
      description: 'Участок возвращён семье',
      occurredOn: '2025-11-10',
    },
  ],
};

const ID_FIELD: Partial<Record<MutationName, string>> = {
  identifyRisk: 'riskId',
  issueRecommendation: 'recommendationId',
};

const IN_DATE_ORDER = ['r1', 'recA', 'moveA', 't1', 'r2', 'recB', 'c1', 't2', 'rejectB'];
const AS_THE_PAPERS_CAME = ['r1', 'recA', 't1', 'moveA', 'r2', 't2', 'recB', 'rejectB', 'c1'];

/** Waits until the KPI read model reflects the log up to `position`. */
const foldedUpTo = async (app: FastifyInstance, position: number): Promise<void> => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-as': 'chair' },
      payload: { query: POSITION, variables: { period: { from: '2025-01-01', to: '2025-12-31' } } },
    });
    if (response.json().data?.kpiSummary?.position >= position) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the KPI read model did not reach position ${position}`);
};

const POSITION = `query($period: KpiPeriodInput!) { kpiSummary(period: $period) { ... on KpiSummary { position } } }`;

const SUMMARY = `query($period: KpiPeriodInput!, $filter: KpiFilter) {
  kpiSummary(period: $period, filter: $filter) {
    __typename
    ... on KpiSummary { kpis { kpi current { value numerator denominator } previous { value } } }
  }
}`;

describe('a year entered as the papers came', () => {
  const opened: {
    app: FastifyInstance;
    store: EventStore;
    directory: string;
    projections: AppProjections;
  }[] = [];

  afterEach(async () => {
    for (const { app, store, directory, projections } of opened.splice(0)) {
      await app.close();
      await projections.runtime.stop();
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  /** A store with the KPI projection running live, and the app over both. */
  const freshApp = async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kpi-late-'));
    const store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    const projections = createProjections({ store });
    await projections.runtime.start();
    await projections.runtime.whenLive();
    const services: AppServices = {
      store,
      clock: () => new Date('2026-02-01T06:00:00Z'),
      newId: randomUUID,
      projections,
    };
    const app = await buildApp({
      services,
      auth: { sessionSecret: 'k'.repeat(48) },
      authenticate: async (request) => viewers[String(request.headers['x-as'])] ?? null,
    } as Parameters<typeof buildApp>[0]);
    opened.push({ app, store, directory, projections });
    return { app, store };
  };

  /** Enters the steps in this order; every one must be accepted. Answers once the KPIs have folded them. */
  const enter = async (order: readonly string[]) => {
    const { app, store } = await freshApp();
    const ids = new Map<string, string>();
    for (const step of order) {
      const [name, { key, ...input }] = STEPS[step]!(ids);
      const answer = await mutate(app, 'aktobe', name, { submissionId: randomUUID(), ...input });
      expect(answer.__typename, `${step}: ${JSON.stringify(answer)}`).toMatch(/Succeeded$/);
      const idField = ID_FIELD[name];
      if (idField) ids.set(String(key), answer[idField]);
    }
    await foldedUpTo(app, await store.headPosition());
    return { app, ids };
  };

  const kpis = async (app: FastifyInstance, filter: Record<string, unknown> | null) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-as': 'chair' },
      payload: { query: SUMMARY, variables: { period: { from: '2025-01-01', to: '2025-12-31' }, filter } },
    });
    const body = response.json();
    expect(body.errors).toBeUndefined();
    const summary = body.data.kpiSummary;
    expect(summary.__typename).toBe('KpiSummary');
    return summary.kpis as { kpi: string; current: { value: number | null } }[];
  };

  it('is accepted whole and gives the KPIs of the same year entered in date order', async () => {
    const late = await enter(AS_THE_PAPERS_CAME);
    const inOrder = await enter(IN_DATE_ORDER);
    for (const filter of [null, { spheres: ['LAND_RELATIONS'] }, { organizations: ['акимат г. актобе'] }]) {
      expect(await kpis(late.app, filter)).toEqual(await kpis(inOrder.app, filter));
    }
    const value = (all: { kpi: string; current: { value: number | null } }[], kpi: string) =>
      all.find((k) => k.kpi === kpi)!.current.value;
    const year = await kpis(late.app, null);
    expect(value(year, 'recommendationsIssued')).toBe(2);
    expect(value(year, 'causesRemoved')).toBe(2);
    // Due in 2025: RecA (31 Oct after its late-reported move, implemented that day) and RecB (rejected).
    expect(value(year, 'onTimeRate')).toBe(0.5);
    // The land plot counts under land relations though it names no risk.
    expect(value(await kpis(late.app, { spheres: ['LAND_RELATIONS'] }), 'rightsRestoredCases')).toBe(1);
    expect(value(await kpis(late.app, { spheres: ['CONSTRUCTION'] }), 'rightsRestoredCases')).toBe(0);
  });

  it('refuses what is dated after the fact it contradicts, naming that fact and its date', async () => {
    const { app, ids } = await enter(AS_THE_PAPERS_CAME);
    const move = await mutate(app, 'aktobe', 'moveRecommendationDueDate', {
      submissionId: randomUUID(),
      recommendationId: ids.get('recA'),
      dueOn: '2025-12-31',
      reason: 'Перенос',
      occurredOn: '2025-11-05',
    });
    expect(move.__typename).toBe('ValidationFailed');
    expect(move.issues).toEqual([
      {
        path: 'recommendationId',
        code: 'implemented',
        message: expect.stringMatching(
          /^the recommendation was implemented on 2025-10-31 by transformation /,
        ),
      },
    ]);
    const recommendation = await mutate(app, 'aktobe', 'issueRecommendation', {
      submissionId: randomUUID(),
      riskId: ids.get('r2'),
      region: 'KZ_15',
      organization: AKIMAT,
      text: 'Поздняя рекомендация',
      dueOn: '2026-03-01',
      occurredOn: '2025-12-29',
    });
    expect(recommendation.__typename).toBe('ValidationFailed');
    expect(recommendation.issues[0].message).toMatch(
      /^the risk was removed on 2025-12-28 by transformation /,
    );
  });
});
