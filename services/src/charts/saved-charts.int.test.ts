import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../api/build-app.ts';
import type { Viewer } from '../identity/viewer.ts';
import { type AppProjections, createProjections } from '../runtime/app-projections.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';

const viewers: Record<string, Viewer> = {
  aliya: { userId: randomUUID(), username: 'aliya', displayName: 'Алия', role: 'ANALYST', region: null },
  bolat: { userId: randomUUID(), username: 'bolat', displayName: 'Болат', role: 'ANALYST', region: null },
  chair: {
    userId: randomUUID(),
    username: 'chair',
    displayName: 'Председатель',
    role: 'CHAIR',
    region: null,
  },
  officer: {
    userId: randomUUID(),
    username: 'officer',
    displayName: 'Officer',
    role: 'REGIONAL_OFFICER',
    region: 'KZ-15',
  },
};

const spec = {
  chartType: 'LINE',
  measures: ['CAUSES_REMOVED'],
  dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
  filters: { from: '2026-01-01', to: '2026-06-30', regions: ['KZ-15'] },
};

const CHART =
  'id name revision ownedByMe spec { chartType measures dimensions { by granularity } filters { from to regions } }';
const RESULT = `__typename
  ... on ChartSucceeded { chart { ${CHART} } }
  ... on ChartValidationFailed { issues { path code message } }
  ... on ChartNotFound { chartId message }
  ... on ChartForbidden { message }
  ... on ChartConflict { message currentRevision }`;
const SAVE = `mutation($input: SaveChartInput!) { saveChart(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($input: UpdateChartInput!) { updateChart(input: $input) { ${RESULT} } }`;
const DELETE = `mutation($input: DeleteChartInput!) { deleteChart(input: $input) { ${RESULT} } }`;
const ARRANGE = `mutation($input: ArrangeBoardInput!) { arrangeBoard(input: $input) { __typename
  ... on BoardSucceeded { charts { id name } }
  ... on ChartValidationFailed { issues { path message } } } }`;

describe('saved charts through the API', () => {
  let directory: string;
  let store: EventStore;
  let projections: AppProjections;
  let app: FastifyInstance;
  let clock = new Date('2026-11-20T06:00:00Z');

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'charts-'));
    store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    projections = createProjections({ store });
    await projections.runtime.start();
    await projections.runtime.whenLive();
    app = await buildApp({
      services: { store, clock: () => clock, newId: randomUUID, projections },
      authenticate: async (request) => viewers[String(request.headers['x-as'])] ?? null,
    });
  });

  afterEach(async () => {
    await app.close();
    await projections.runtime.stop();
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const gql = async (as: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(as ? { 'x-as': as } : {}) },
      payload: { query, variables },
    });
    // biome-ignore lint/suspicious/noExplicitAny: answers are read by the assertions that follow
    return response.json() as { data?: Record<string, any>; errors?: { message: string }[] };
  };

  const save = async (as: string, name: string, submissionId = randomUUID(), chartSpec: unknown = spec) =>
    (await gql(as, SAVE, { input: { submissionId, name, spec: chartSpec } })).data?.saveChart;

  it('saves a chart and opens it by id as another analyst and as the chair, exactly as saved', async () => {
    const saved = await save('aliya', 'Причины устранены по месяцам');
    expect(saved).toMatchObject({
      __typename: 'ChartSucceeded',
      chart: { name: 'Причины устранены по месяцам' },
    });
    const id = saved.chart.id;
    for (const reader of ['bolat', 'chair']) {
      const opened = await gql(
        reader,
        'query($id: ID!) { savedChart(id: $id) { name ownedByMe spec { chartType measures filters { regions } } } }',
        { id },
      );
      expect(opened.data?.savedChart).toEqual({
        name: 'Причины устранены по месяцам',
        ownedByMe: false,
        spec: { chartType: 'LINE', measures: ['CAUSES_REMOVED'], filters: { regions: ['KZ-15'] } },
      });
    }
    const [stored] = await store.readStream(`chart-${id}`);
    expect(stored).toMatchObject({ type: 'ChartSaved', metadata: { submittedBy: viewers.aliya!.userId } });
  });

  it('answers a resubmission as the first time and stores nothing new', async () => {
    const submissionId = randomUUID();
    const first = await save('aliya', 'Один график', submissionId);
    const again = await save('aliya', 'Один график', submissionId);
    expect(again).toEqual(first);
    expect(await store.headPosition()).toBe(1);
    const mine = await gql('aliya', '{ myCharts { id } }');
    expect(mine.data?.myCharts).toEqual([{ id: first.chart.id }]);
  });

  it('refuses a chart without a measure and without a name, naming each field, and writes nothing', async () => {
    const result = await save('aliya', '  ', randomUUID(), { ...spec, measures: [] });
    expect(result.__typename).toBe('ChartValidationFailed');
    expect(result.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'spec.measures']);
    expect(await store.headPosition()).toBe(0);
  });

  it('refuses officers and anonymous callers at every chart field', async () => {
    for (const as of ['officer', null]) {
      const saved = await gql(as, SAVE, { input: { submissionId: randomUUID(), name: 'x', spec } });
      expect(saved.data?.saveChart ?? null).toBeNull();
      expect(saved.errors?.[0]?.message).toMatch(/not authorized/i);
      const read = await gql(as, '{ myCharts { id } }');
      expect(read.errors?.length).toBeGreaterThan(0);
      const shared = await gql(as, 'query { savedChart(id: "00000000-0000-4000-8000-000000000000") { id } }');
      expect(shared.errors?.length).toBeGreaterThan(0);
    }
    const chairSaves = await gql('chair', SAVE, { input: { submissionId: randomUUID(), name: 'x', spec } });
    expect(chairSaves.errors?.[0]?.message).toMatch(/not authorized/i);
    expect(await store.headPosition()).toBe(0);
  });

  it('lets only the owner rename, change or delete a chart', async () => {
    const { chart } = await save('aliya', 'Исходное имя');
    const byOther = await gql('bolat', UPDATE, {
      input: { submissionId: randomUUID(), chartId: chart.id, name: 'Чужое' },
    });
    expect(byOther.data?.updateChart).toMatchObject({ __typename: 'ChartForbidden' });
    const deleteByOther = await gql('bolat', DELETE, {
      input: { submissionId: randomUUID(), chartId: chart.id },
    });
    expect(deleteByOther.data?.deleteChart.__typename).toBe('ChartForbidden');

    clock = new Date('2026-11-21T06:00:00Z');
    const renamed = await gql('aliya', UPDATE, {
      input: {
        submissionId: randomUUID(),
        chartId: chart.id,
        name: 'Новое имя',
        spec: { ...spec, chartType: 'BAR' },
        expectedRevision: chart.revision,
      },
    });
    expect(renamed.data?.updateChart).toMatchObject({
      chart: { name: 'Новое имя', revision: 2, spec: { chartType: 'BAR' } },
    });
    expect((await store.readStream(`chart-${chart.id}`)).map((e) => e.type)).toEqual([
      'ChartSaved',
      'ChartRenamed',
      'ChartUpdated',
    ]);
  });

  it('reports a conflict when the chart changed since the editor opened it, and writes nothing', async () => {
    const { chart } = await save('aliya', 'График');
    await gql('aliya', UPDATE, { input: { submissionId: randomUUID(), chartId: chart.id, name: 'Первое' } });
    const stale = await gql('aliya', UPDATE, {
      input: {
        submissionId: randomUUID(),
        chartId: chart.id,
        name: 'Второе',
        expectedRevision: chart.revision,
      },
    });
    expect(stale.data?.updateChart).toMatchObject({ __typename: 'ChartConflict', currentRevision: 1 });
    expect(await store.headPosition()).toBe(2);
  });

  it('shows a spec error at its field when an update is invalid', async () => {
    const { chart } = await save('aliya', 'График');
    const result = await gql('aliya', UPDATE, {
      input: {
        submissionId: randomUUID(),
        chartId: chart.id,
        spec: { ...spec, filters: { regions: ['KZ-99'] } },
      },
    });
    expect(result.data?.updateChart.issues).toEqual([
      expect.objectContaining({ path: 'spec.filters.regions.0' }),
    ]);
  });

  it('deletes a chart: its URL no longer opens it, and it leaves the list and the board', async () => {
    const { chart } = await save('aliya', 'Удаляемый');
    const { chart: kept } = await save('aliya', 'Остаётся');
    await gql('aliya', ARRANGE, { input: { submissionId: randomUUID(), chartIds: [chart.id, kept.id] } });
    const deleted = await gql('aliya', DELETE, { input: { submissionId: randomUUID(), chartId: chart.id } });
    expect(deleted.data?.deleteChart.__typename).toBe('ChartSucceeded');
    const opened = await gql('bolat', 'query($id: ID!) { savedChart(id: $id) { id } }', { id: chart.id });
    expect(opened.data?.savedChart).toBeNull();
    expect((await gql('aliya', '{ myCharts { id } }')).data?.myCharts).toEqual([{ id: kept.id }]);
    expect((await gql('aliya', '{ myBoard { id } }')).data?.myBoard).toEqual([{ id: kept.id }]);
    const again = await gql('aliya', DELETE, { input: { submissionId: randomUUID(), chartId: chart.id } });
    expect(again.data?.deleteChart.__typename).toBe('ChartNotFound');
  });

  it('arranges a personal board with own and shared charts in order, refusing unknown charts by position', async () => {
    const { chart: a } = await save('aliya', 'A');
    const { chart: b } = await save('bolat', 'B, чужой');
    const { chart: c } = await save('aliya', 'C');
    const arranged = await gql('aliya', ARRANGE, {
      input: { submissionId: randomUUID(), chartIds: [c.id, b.id, a.id] },
    });
    expect(arranged.data?.arrangeBoard.charts.map((x: { name: string }) => x.name)).toEqual([
      'C',
      'B, чужой',
      'A',
    ]);
    expect((await gql('bolat', '{ myBoard { id } }')).data?.myBoard).toEqual([]);

    const before = await store.headPosition();
    const missing = randomUUID();
    const refused = await gql('aliya', ARRANGE, {
      input: { submissionId: randomUUID(), chartIds: [a.id, missing] },
    });
    expect(refused.data?.arrangeBoard).toEqual({
      __typename: 'ChartValidationFailed',
      issues: [{ path: 'chartIds.1', message: 'this chart does not exist or was deleted' }],
    });
    expect(await store.headPosition()).toBe(before);
    expect(
      (await gql('aliya', '{ myBoard { name } }')).data?.myBoard.map((x: { name: string }) => x.name),
    ).toEqual(['C', 'B, чужой', 'A']);
  });

  it('lists charts saved by another process on the same store file, once its runtime reaches them', async () => {
    await save('aliya', 'Первый');
    await gql('aliya', '{ myCharts { id } }');
    const other = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    const otherProjections = createProjections({ store: other });
    await otherProjections.runtime.start();
    await otherProjections.runtime.whenLive();
    const otherApp = await buildApp({
      services: { store: other, clock: () => clock, newId: randomUUID, projections: otherProjections },
      authenticate: async () => viewers.aliya!,
    });
    const saved = await otherApp.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: SAVE, variables: { input: { submissionId: randomUUID(), name: 'Второй', spec } } },
    });
    expect(saved.json().data.saveChart.__typename).toBe('ChartSucceeded');
    await otherApp.close();
    await otherProjections.runtime.stop();
    await other.close();
    await vi.waitFor(
      async () => {
        const mine = await gql('aliya', '{ myCharts { name } }');
        expect(mine.data?.myCharts.map((x: { name: string }) => x.name).sort()).toEqual(['Второй', 'Первый']);
      },
      { timeout: 5_000, interval: 50 },
    );
  });
});
