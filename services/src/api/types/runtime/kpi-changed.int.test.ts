import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionCode } from '@kpi/schema';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, Viewer } from '../../../identity/viewer.ts';
import { type AppProjections, createProjections } from '../../../runtime/app-projections.ts';
import { metadataFor, riskIdentified } from '../../../store/conformance/fixtures.ts';
import { openEventStore } from '../../../store/open.ts';
import type { EventStore, NewEvent } from '../../../store/port.ts';
import { buildApp } from '../../build-app.ts';
import type { AppServices } from '../../services.ts';

const viewer = (role: Role, region: RegionCode | null = null): Viewer => ({
  userId: `${role.toLowerCase()}-1`,
  username: role.toLowerCase(),
  displayName: role,
  role,
  region,
});

// Bearer tokens standing for signed-in users; authentication itself is tested with the accounts.
const VIEWERS: Record<string, Viewer> = {
  chair: viewer('CHAIR'),
  analyst: viewer('ANALYST'),
  admin: viewer('ADMINISTRATOR'),
  astana: viewer('REGIONAL_OFFICER', 'KZ-71'),
  ministry: { ...viewer('CENTRAL_BODY_OFFICER'), centralBody: 'MIN-HEALTH' },
};

const SUBSCRIPTION = `subscription($filter: KpiChangedFilter) {
  kpiChanged(filter: $filter) { kpis regions units position reset }
}`;

interface SseMessage {
  data?: {
    kpiChanged: { kpis: string[]; regions: string[]; units: string[]; position: number; reset: boolean };
  } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A GraphQL subscription over server-sent events, as a browser's dashboard opens it. */
const subscribe = async (baseUrl: string, token: string | null, variables: Record<string, unknown> = {}) => {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: SUBSCRIPTION, variables }),
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<SseMessage | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (/^event: complete/m.test(block)) return null;
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) return JSON.parse(data) as SseMessage;
        continue; // a keep-alive comment
      }
      const chunk = await reader.read();
      if (chunk.done) return null;
      buffer += chunk.value;
    }
  };
  return { status: response.status, next, close: () => controller.abort() };
};

describe('kpiChanged subscription over server-sent events', () => {
  let store: EventStore;
  let projections: AppProjections;
  let app: FastifyInstance;
  let baseUrl: string;

  beforeAll(async () => {
    store = await openEventStore({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-live-')), 'e.sqlite') });
    projections = createProjections({ store });
    await projections.runtime.start();
    await projections.runtime.whenLive();
    const services: AppServices = { store, clock: () => new Date(), newId: randomUUID, projections };
    app = await buildApp({
      services,
      auth: { sessionSecret: 'k'.repeat(48) },
      authenticate: async (request) => {
        const token = request.headers.authorization?.replace(/^Bearer /, '');
        return (token && VIEWERS[token]) || null;
      },
    });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await projections.runtime.stop();
    await store.close();
  });

  const appendRisk = async (region: RegionCode) => {
    const result = await store.append(`risk-${randomUUID()}`, [riskIdentified({ region })]);
    return result.position;
  };

  it('tells the chair which numbers changed, for which region, at which log position', async () => {
    const chair = await subscribe(baseUrl, 'chair');
    expect(chair.status).toBe(200);
    try {
      await waitForSubscribers(projections, 1);
      const position = await appendRisk('KZ-15');
      const message = await chair.next();
      expect(message?.errors).toBeUndefined();
      const change = message!.data!.kpiChanged;
      expect(change).toMatchObject({ regions: ['KZ-15'], position, reset: false });
      expect(change.kpis).toContain('risksIdentified');
      expect(change.kpis).not.toContain('rightsRestoredCases');
      expect(projections.readModels.kpi().position).toBe(position);
    } finally {
      chair.close();
    }
  });

  it("gives a regional officer their own region's changes only", async () => {
    const officer = await subscribe(baseUrl, 'astana');
    const analyst = await subscribe(baseUrl, 'analyst', { filter: { regions: ['KZ-15'] } });
    try {
      await waitForSubscribers(projections, 2);
      const elsewhere = await appendRisk('KZ-15');
      expect((await analyst.next())!.data!.kpiChanged).toMatchObject({
        regions: ['KZ-15'],
        position: elsewhere,
      });
      const own = await appendRisk('KZ-71');
      const message = await officer.next();
      expect(message!.data!.kpiChanged).toMatchObject({ regions: ['KZ-71'], position: own });
    } finally {
      officer.close();
      analyst.close();
    }
  });

  it("gives a central body's officer their body's changes only: not the region its work sits in, nor another body's", async () => {
    const ministry = await subscribe(baseUrl, 'ministry');
    const aktobe = await subscribe(baseUrl, 'astana');
    try {
      await waitForSubscribers(projections, 2);
      await store.append(`risk-${randomUUID()}`, [
        riskIdentified({ region: 'KZ-71', centralBody: 'MIN-EDUCATION' }),
      ]);
      const astanas = await appendRisk('KZ-71');
      const own = await store.append(`risk-${randomUUID()}`, [
        riskIdentified({ region: 'KZ-71', centralBody: 'MIN-HEALTH' }),
      ]);
      const message = (await ministry.next())!.data!.kpiChanged;
      expect(message).toMatchObject({ units: ['MIN-HEALTH'], regions: ['KZ-71'], position: own.position });
      // Astana's officer hears Astana's own risk, never the bodies' work that sits in Astana.
      const seen = (await aktobe.next())!.data!.kpiChanged;
      expect(seen.units).toEqual(['KZ-71']);
      // The change is told at the position the read model has reached, which may already hold the
      // ministry's next risk when the two were folded in one batch.
      expect(seen.position).toBeGreaterThanOrEqual(astanas);
    } finally {
      ministry.close();
      aktobe.close();
    }
  });

  it('filters by KPI: a dashboard showing only rights restored hears nothing of new risks', async () => {
    const rights = await subscribe(baseUrl, 'chair', { filter: { kpis: ['rightsRestoredCases'] } });
    try {
      await waitForSubscribers(projections, 1);
      await appendRisk('KZ-75');
      const { position } = await store.append(`right-${randomUUID()}`, [rightRestored('KZ-75')]);
      const change = (await rights.next())!.data!.kpiChanged;
      expect(change).toEqual({
        kpis: ['rightsRestoredCases'],
        regions: ['KZ-75'],
        units: ['KZ-75'],
        position,
        reset: false,
      });
    } finally {
      rights.close();
    }
  });

  it('refuses an officer who asks for another region, unknown names, and anonymous callers', async () => {
    const cases: [string | null, Record<string, unknown>, RegExp][] = [
      ['astana', { filter: { regions: ['KZ-15'] } }, /own unit's changes .*not KZ-15/],
      ['astana', { filter: { units: ['MIN-HEALTH'] } }, /own unit's changes .*not MIN-HEALTH/],
      ['ministry', { filter: { units: ['MIN-EDUCATION'] } }, /own unit's changes .*not MIN-EDUCATION/],
      ['ministry', { filter: { regions: ['KZ-71'] } }, /own unit's changes .*not KZ-71/],
      ['chair', { filter: { regions: ['KZ-AKM'] } }, /unknown region KZ-AKM/],
      ['chair', { filter: { kpis: ['arrests'] } }, /unknown KPI arrests/],
      [null, {}, /.+/],
      ['admin', {}, /.+/],
    ];
    for (const [token, variables, reason] of cases) {
      const refused = await subscribe(baseUrl, token, variables);
      try {
        const message = await refused.next();
        expect(message?.data?.kpiChanged ?? null).toBeNull();
        expect(message?.errors?.[0]?.message).toMatch(reason);
      } finally {
        refused.close();
      }
    }
    expect(projections.kpiChanges.subscriberCount).toBe(0);
  });

  it('shows each projection with its state and lag to chair, analyst and administrator only', async () => {
    const query = '{ projections { name state lag checkpoint headPosition caughtUp error } }';
    const ask = (token: string | null) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        payload: JSON.stringify({ query }),
      });
    const head = await store.headPosition();
    for (const token of ['chair', 'analyst', 'admin']) {
      const answer = (await ask(token)).json();
      expect(answer.data.projections).toEqual([
        {
          name: 'kpi',
          state: 'LIVE',
          lag: 0,
          checkpoint: head,
          headPosition: head,
          caughtUp: true,
          error: null,
        },
        // No target is set in this log: the targets read model is live at checkpoint 0.
        {
          name: 'targets',
          state: 'LIVE',
          lag: 0,
          checkpoint: 0,
          headPosition: head,
          caughtUp: true,
          error: null,
        },
        // Surveys, receptions and risks' sources: live at the last risk event (the log ends with another).
        {
          name: 'outcomes',
          state: 'LIVE',
          lag: 0,
          checkpoint: head - 1,
          headPosition: head,
          caughtUp: true,
          error: null,
        },
        // No annotation, account, chart, scheduled report or central body in this log: those read models are live at checkpoint 0.
        ...['annotations', 'users', 'saved-charts', 'scheduled-sending', 'central-bodies'].map((name) => ({
          name,
          state: 'LIVE',
          lag: 0,
          checkpoint: 0,
          headPosition: head,
          caughtUp: true,
          error: null,
        })),
      ]);
    }
    for (const token of ['astana', null]) {
      const answer = (await ask(token)).json();
      expect(answer.data).toBeNull();
      expect(answer.errors[0].message).toMatch(/not authorized/i);
    }
  });
});

/** The server has registered the subscriptions (fetch resolves once the response headers are sent). */
const waitForSubscribers = async (projections: AppProjections, count: number) => {
  const deadline = Date.now() + 5_000;
  while (projections.kpiChanges.subscriberCount !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} subscribers`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const rightRestored = (region: RegionCode): NewEvent => ({
  id: randomUUID(),
  type: 'RightRestored',
  data: {
    caseId: randomUUID(),
    region,
    organization: 'ГУ «Отдел земельных отношений г. Алматы»',
    sphere: 'LAND_RELATIONS',
    kind: 'LAND_PLOT_RETURNED',
    peopleCount: 3,
    amountKzt: 1_250_000,
    description: 'Земельный участок возвращён семье после отмены незаконного решения',
    occurredOn: '2026-03-14',
  },
  metadata: metadataFor('RightRestored', { region }),
});
