import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streams } from '@kpi/schema';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/build-app.ts';
import type { AppServices } from '../../api/services.ts';
import { handleCommand } from '../../commands/handle.ts';
import type { Viewer } from '../../identity/viewer.ts';
import { type AppProjections, createProjections } from '../../runtime/app-projections.ts';
import { openEventStore } from '../../store/open.ts';
import type { EventStore } from '../../store/port.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';
import { instrumentStore } from './instrument-store.ts';
import { createOpsMetrics, type OpsMetrics, registerProjectionGauges } from './ops-metrics.ts';
import { registerMetrics } from './register-metrics.ts';

const officer = (region: 'KZ-15' | 'KZ-71'): Viewer => ({
  userId: `officer-${region}`,
  username: `officer-${region}`,
  displayName: `Officer ${region}`,
  role: 'REGIONAL_OFFICER',
  region,
});

const riskInput = () => ({
  submissionId: randomUUID(),
  region: 'KZ_15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description: 'Комиссия решает без критериев',
  occurredOn: '2026-03-14',
});

/** One sample of a metric from the exposition text, or undefined. */
const sample = (text: string, name: string, labels: Record<string, string> = {}): number | undefined => {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((w) => line.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
};

describe('metrics', () => {
  let store: EventStore;
  let metrics: OpsMetrics;
  let projections: AppProjections;
  let app: FastifyInstance;

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-metrics-'));
    metrics = createOpsMetrics({ processMetrics: false });
    store = instrumentStore(await openEventStore({ sqlitePath: join(dir, 'events.sqlite') }), metrics);
    projections = createProjections({ store, snapshotDirectory: join(dir, 'projections') });
    await projections.runtime.start();
    app = await buildApp({
      services: { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: randomUUID, projections },
      authenticate: async () => officer('KZ-15'),
    });
    await registerMetrics(app, { metrics, bearerToken: 'scrape-token-0123456789' });
    registerProjectionGauges(metrics, projections.runtime);
  });

  afterEach(async () => {
    await app.close();
    await projections.runtime.stop();
    await store.close();
  });

  const scrape = async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-token-0123456789' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.body;
  };

  it('counts appends by type and times GraphQL requests by operation, with the correlation id on the event', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: {
        query: `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { __typename ... on IdentifyRiskSucceeded { riskId } } }`,
        variables: { input: riskInput() },
      },
    });
    const riskId = response.json().data.identifyRisk.riskId as string;
    const event = (await store.readStream(streams.unit('KZ-15'))).find(
      (e) => (e.data as { riskId?: string }).riskId === riskId,
    );
    expect(event!.metadata.correlationId).toBe(response.headers['x-correlation-id']);

    await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: 'query Vocabulary { __typename }', operationName: 'Vocabulary' },
    });
    const text = await scrape();
    expect(sample(text, 'kpi_events_appended_total', { type: 'RiskIdentified' })).toBe(1);
    expect(sample(text, 'kpi_append_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(
      sample(text, 'kpi_graphql_request_duration_seconds_count', {
        operation: 'identifyRisk',
        type: 'mutation',
        status: '200',
      }),
    ).toBe(1);
    expect(
      sample(text, 'kpi_graphql_request_duration_seconds_count', { operation: 'Vocabulary', type: 'query' }),
    ).toBe(1);
  });

  it('counts refused appends by reason and command outcomes by refusal kind', async () => {
    await appendSampleLog(store, 1);
    const [first] = await store.readAll({ maxCount: 1 });
    const again = { id: randomUUID(), type: first!.type, data: first!.data, metadata: first!.metadata };
    await expect(store.append(first!.streamId, [again], { expectedRevision: 'no_stream' })).rejects.toThrow();
    await expect(store.append(first!.streamId, [{ ...again, data: {} }])).rejects.toThrow();
    const services: AppServices = { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: randomUUID };
    const { submissionId, ...data } = riskInput();
    const command = { type: 'IdentifyRisk', data: { ...data, region: 'KZ-15' } } as Parameters<
      typeof handleCommand
    >[2];
    const meta = { correlationId: randomUUID(), channel: 'api' as const };
    metrics.observeCommand(
      await handleCommand(services, officer('KZ-15'), command, { submissionId, ...meta }),
    );
    metrics.observeCommand(
      await handleCommand(services, officer('KZ-15'), command, { submissionId, ...meta }),
    );
    metrics.observeCommand(
      await handleCommand(services, officer('KZ-71'), command, { submissionId: randomUUID(), ...meta }),
    );
    const invalid = {
      type: 'IdentifyRisk',
      data: { ...data, region: 'KZ-15', occurredOn: '2999-01-01' },
    } as typeof command;
    metrics.observeCommand(
      await handleCommand(services, officer('KZ-15'), invalid, { submissionId: randomUUID(), ...meta }),
    );

    const text = await scrape();
    expect(sample(text, 'kpi_append_failures_total', { reason: 'conflict' })).toBe(1);
    expect(sample(text, 'kpi_append_failures_total', { reason: 'invalid' })).toBe(1);
    expect(sample(text, 'kpi_submissions_total', { outcome: 'accepted' })).toBe(1);
    expect(sample(text, 'kpi_submissions_total', { outcome: 'replayed' })).toBe(1);
    expect(sample(text, 'kpi_submissions_refused_total', { reason: 'Forbidden' })).toBe(1);
    expect(sample(text, 'kpi_submissions_refused_total', { reason: 'ValidationFailed' })).toBe(1);
  });

  it('reports projection lag from the runtime, and the head of the log', async () => {
    await appendSampleLog(store, 500);
    await projections.runtime.whenLive();
    await new Promise((r) => setTimeout(r, 400));
    const text = await scrape();
    expect(sample(text, 'kpi_store_head_position')).toBe(500);
    expect(sample(text, 'kpi_projection_lag_events', { projection: 'kpi' })).toBe(0);
    expect(sample(text, 'kpi_projection_checkpoint_position', { projection: 'kpi' })).toBe(500);
  });

  it('answers /metrics only with the bearer token when one is configured', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});
