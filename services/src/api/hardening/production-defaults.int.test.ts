import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productConfig, startProduct } from '../../app/start.ts';
import { buildTestApp, gql, openTestServices } from '../../auth/test-fixtures.ts';
import { createOpsMetrics } from '../../ops/metrics/ops-metrics.ts';
import { registerMetrics } from '../../ops/metrics/register-metrics.ts';

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "User") { fields { name } } }';
const TOKEN = 'scrape-token-0123456789';

/** What is closed until an operator opens it, and what a refused client is told. */
describe('production defaults', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeAll(async () => {
    env = await openTestServices();
  });
  afterAll(async () => {
    await env.close();
  });

  it('refuses introspection unless configured, and still answers __typename', async () => {
    const closed = await buildTestApp(env.services);
    for (const query of [SCHEMA, TYPE]) {
      const answer = await gql(closed, query);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.message).toMatch(/introspection/i);
    }
    expect((await gql(closed, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    await closed.close();
    const open = await buildTestApp(env.services, { security: { introspection: true } });
    expect((await gql(open, SCHEMA)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    await open.close();
  });

  it('names the limit in a 413 answer', async () => {
    const body = (bytes: number) => JSON.stringify({ query: `{ __typename } # ${'x'.repeat(bytes)}` });
    const post = (app: FastifyInstance, payload: string) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    const small = await buildTestApp(env.services, { security: { bodyLimit: 64 * 1024 } });
    const refused = await post(small, body(100 * 1024));
    expect(refused.statusCode).toBe(413);
    expect(refused.json().message).toBe('the request body is larger than the limit of 65536 bytes (64 KiB)');
    await small.close();
    const standard = await buildTestApp(env.services);
    expect((await post(standard, body(2 * 1024 * 1024))).json().message).toMatch(/1048576 bytes \(1 MiB\)$/);
    await standard.close();
  });

  const withMetrics = async (options: { bearerToken?: string; public?: boolean }) => {
    const app = await buildTestApp(env.services);
    await registerMetrics(app, { metrics: createOpsMetrics({ processMetrics: false }), ...options });
    const scrape = async (headers: Record<string, string> = {}) => {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers });
      return { status: response.statusCode, body: response.body };
    };
    return { app, scrape };
  };

  it('closes /metrics unless a token or public scraping is configured; a token wins', async () => {
    const closed = await withMetrics({});
    const refused = await closed.scrape();
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/METRICS_TOKEN/);
    expect(refused.body).not.toMatch(/kpi_/);
    await closed.app.close();

    const open = await withMetrics({ public: true });
    expect((await open.scrape()).body).toMatch(/^# HELP kpi_/m);
    await open.app.close();

    const guarded = await withMetrics({ bearerToken: TOKEN, public: true });
    expect((await guarded.scrape()).status).toBe(401);
    expect((await guarded.scrape({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await guarded.scrape({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    await guarded.app.close();
  });

  it('starts the product closed when nothing is set, and opens what the environment says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-defaults-'));
    const start = (extra: Record<string, string>) =>
      startProduct(
        productConfig({ DATA_DIR: dir, PORT: 0, DEMO_DATA: 'off', LOG_LEVEL: 'silent', ...extra }),
        { serveDashboard: false },
      );
    const introspect = async (url: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SCHEMA }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    };
    try {
      const closed = await start({});
      expect((await fetch(`${closed.url}/metrics`)).status).toBe(403);
      const refused = await introspect(closed.url);
      expect(refused.data).toBeUndefined();
      expect(JSON.stringify(refused.errors)).toMatch(/introspection has been disabled/);
      await closed.close();
      const open = await start({ METRICS_PUBLIC: 'true', GRAPHQL_INTROSPECTION: 'true' });
      expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
      expect((await introspect(open.url)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      await open.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
