import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { productConfig, type RunningProduct, startProduct } from './start.ts';

const dirs: string[] = [];
const running: RunningProduct[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const start = async (dataDir: string, extra: Record<string, string> = {}) => {
  const product = await startProduct(
    productConfig({ DATA_DIR: dataDir, PORT: 0, LOG_LEVEL: 'silent', ...extra }),
    { serveDashboard: false },
  );
  running.push(product);
  return product;
};

const gql = async (url: string, query: string, cookie?: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    body: (await response.json()) as { data?: Record<string, unknown> },
    cookie: response.headers.get('set-cookie'),
  };
};

describe('startProduct', () => {
  it('serves an empty store in demo mode: demo accounts sign in, readiness is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
    dirs.push(dir);
    const product = await start(dir, { METRICS_PUBLIC: 'true' });
    expect(product.demo).toBe(true);
    // A few thousand demo events, written through the command path.
    expect(await product.services.store.headPosition()).toBeGreaterThan(2000);
    const signIn = await gql(
      product.url,
      'mutation { signIn(username: "chair", password: "demo-password") { __typename } }',
    );
    expect(signIn.body.data?.signIn).toEqual({ __typename: 'SignedIn' });
    const ready = await fetch(`${product.url}/health/ready`);
    expect(ready.status).toBe(200);
    // The demo history of a region with a demo officer is submitted in that officer's name.
    const drill = await gql(
      product.url,
      `{ drillDown(kpi: "risksIdentified", filter: { regions: [KZ_15] }, period: { from: "2020-01-01", to: "2030-12-31" }, first: 1) {
          ... on KpiDrillDown { rows { events { submittedBy submittedByName channel } } } } }`,
      signIn.cookie?.split(';')[0],
    );
    const [event] = (drill.body.data!.drillDown as { rows: { events: unknown[] }[] }).rows[0]!.events;
    expect(event).toMatchObject({ submittedByName: 'Офицер, Актюбинская обл. (демо)', channel: 'seed' });

    const metrics = await (await fetch(`${product.url}/metrics`)).text();
    expect(metrics).toMatch(/^kpi_events_appended_total\{type="RiskIdentified"\} \d+/m);
  });

  it('creates no demo accounts when demo data is off, and keeps the log across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
    dirs.push(dir);
    const first = await start(dir, {
      DEMO_DATA: 'off',
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'a-long-admin-password',
    });
    expect(first.demo).toBe(false);
    const chair = await gql(
      first.url,
      'mutation { signIn(username: "chair", password: "demo-password") { __typename } }',
    );
    expect(chair.body.data?.signIn).not.toEqual({ __typename: 'SignedIn' });
    const head = await first.services.store.headPosition();
    expect(head).toBeGreaterThan(0);
    await running.splice(0).at(0)?.close();
    // The users and saved charts read models are snapshotted like the others: a restart folds only the tail.
    expect(existsSync(join(dir, 'projections', 'users.snapshot'))).toBe(true);
    expect(existsSync(join(dir, 'projections', 'saved-charts.snapshot'))).toBe(true);

    const second = await start(dir, {
      DEMO_DATA: 'off',
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'a-long-admin-password',
    });
    expect(await second.services.store.headPosition()).toBe(head);
    const admin = await gql(
      second.url,
      'mutation { signIn(username: "root", password: "a-long-admin-password") { __typename } }',
    );
    expect(admin.body.data?.signIn).toEqual({ __typename: 'SignedIn' });
    const ready = await fetch(`${second.url}/health/ready`);
    expect(ready.status).toBe(200);
    const { projections } = (await ready.json()) as { projections: { name: string; caughtUp: boolean }[] };
    expect(projections.filter((p) => p.caughtUp).map((p) => p.name)).toEqual(
      expect.arrayContaining(['users', 'saved-charts', 'kpi']),
    );
  });
});
