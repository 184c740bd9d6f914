import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiSummary } from '@kpi/projections';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { PUBLIC_KPIS, PUBLIC_ROUTES } from '../identity/policy.ts';
import { CSV_COLUMNS, FIGURES_SCHEMA } from './open-data.ts';
import { publishedInstant } from './published-instant.ts';

const DELAY_DAYS = 7;
const dirs: string[] = [];
const start = async (extra: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-public-'));
  dirs.push(dir);
  return startProduct(
    productConfig({ DATA_DIR: dir, PORT: 0, LOG_LEVEL: 'silent', DEMO_SIZE: 1500, ...extra }),
    { serveDashboard: false },
  );
};

/** Every text in the log a citizen must never read: people, organizations, processes, ids. */
const privateTexts = async (product: RunningProduct): Promise<Set<string>> => {
  const secrets = new Set<string>();
  for (const user of product.services.accounts!.users.list()) {
    secrets.add(user.userId);
    secrets.add(user.displayName);
  }
  const PRIVATE_KEYS = /^(organization|process|description|reason|text|comment|note|title|.*Id)$/;
  for (const event of await product.services.store.readAll()) {
    secrets.add(event.id);
    for (const [key, value] of Object.entries(event.data as Record<string, unknown>)) {
      if (typeof value === 'string' && value.length >= 6 && PRIVATE_KEYS.test(key)) secrets.add(value);
    }
  }
  return secrets;
};

const get = (product: RunningProduct, path: string, init: RequestInit = {}) =>
  fetch(`${product.url}${path}`, { redirect: 'manual', ...init });

describe('the public page, on', () => {
  let product: RunningProduct;
  beforeAll(async () => {
    product = await start({
      PUBLIC_PAGE_ENABLED: 'true',
      PUBLIC_DELAY_DAYS: String(DELAY_DAYS),
      PUBLIC_DATA_LICENCE: 'CC BY 4.0',
    });
  }, 120_000);
  afterAll(async () => {
    await product.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('answers every public route to anyone, with nothing private in any of them', async () => {
    const secrets = await privateTexts(product);
    expect(secrets.size).toBeGreaterThan(500);
    for (const route of Object.values(PUBLIC_ROUTES)) {
      for (const lang of ['ru', 'kk', 'en']) {
        const response = await get(product, `${route}?lang=${lang}`);
        expect(response.status, route).toBe(200);
        expect(response.headers.get('cache-control'), route).toMatch(/^public, max-age=\d+$/);
        const body = await response.text();
        const leaked = [...secrets].filter((secret) => body.includes(secret));
        expect(leaked, `${route} in ${lang}`).toEqual([]);
      }
    }
  });

  it('publishes only the schema’s fields in JSON, and only the documented columns in CSV', async () => {
    const json = await (await get(product, PUBLIC_ROUTES.json)).json();
    const validate = new Ajv2020({ strict: false }).compile(FIGURES_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.units).toHaveLength(21);
    expect(json.units.map((u: { level: string }) => u.level).filter((l: string) => l === 'country')).toEqual([
      'country',
    ]);
    expect(json.licence).toBe('CC BY 4.0');

    const csv = (await (await get(product, PUBLIC_ROUTES.csv)).text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(21);
    for (const row of rows) expect(row.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(rows[0]).toMatch(
      /^KZ,country,Республика Казахстан,Қазақстан Республикасы,Republic of Kazakhstan,/,
    );
    expect(rows[0]).toMatch(/,CC BY 4\.0$/);
  });

  it('shows the figures as known the delay ago, the period capped at that day', async () => {
    const published = publishedInstant(new Date(), DELAY_DAYS);
    const json = await (await get(product, PUBLIC_ROUTES.json)).json();
    expect(json.asOf).toBe(published.toISOString());
    const day = new Date(published.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
    expect(json).toMatchObject({ period: day.slice(0, 4), from: `${day.slice(0, 4)}-01-01`, to: day });
    const expected = kpiSummary(product.services.projections!.readModels.kpi(), {
      period: { from: json.from, to: json.to },
      asOf: published,
      kpis: [...PUBLIC_KPIS],
    });
    const country = json.units[0].values;
    for (const entry of expected.kpis) expect(country[entry.kpi], entry.kpi).toBe(entry.current.value);
    expect(country.risksIdentified).toBeGreaterThan(0);
    // Everything known now counts more than what was known a week ago.
    const now = kpiSummary(product.services.projections!.readModels.kpi(), {
      period: { from: json.from, to: json.to },
      kpis: ['risksIdentified'],
    });
    expect(now.kpis[0]!.current.value).toBeGreaterThanOrEqual(country.risksIdentified);
  });

  it('names a bad parameter, in JSON for the data and in the reader’s language on the page', async () => {
    const bad = await get(product, `${PUBLIC_ROUTES.json}?period=2026-Q5`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'PERIOD_FORMAT', parameter: 'period' });
    const future = await get(product, `${PUBLIC_ROUTES.csv}?period=2100`);
    expect(await future.json()).toMatchObject({ code: 'PERIOD_AFTER_PUBLISHED', parameter: 'period' });
    const lang = await get(product, `${PUBLIC_ROUTES.page}?lang=de`);
    expect(lang.status).toBe(400);
    expect(await lang.text()).toContain('Язык указывается как ru, kk или en.');
    const page = await get(product, `${PUBLIC_ROUTES.page}?lang=kk&period=2100`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('жарияланған деректердің соңғы күні');
    const malformed = await get(product, `${PUBLIC_ROUTES.page}?lang=kk&period=soon`);
    expect(await malformed.text()).toMatch(/<html lang="kk">[\s\S]*Кезең жыл \(2026\)/);
  });

  it('still refuses GraphQL and every private route without a session', async () => {
    const graphql = await get(product, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ kpiSummary(period: { from: "2020-01-01", to: "2030-12-31" }) { __typename } }',
      }),
    });
    const answer = await graphql.json();
    expect(answer.data?.kpiSummary ?? null).toBeNull();
    // GraphQL over HTTP answers a refused field in the body (a 200 with the error, as the
    // GraphQL-over-HTTP spec asks for application/json), never with data.
    expect(answer.errors?.[0]?.message).toMatch(/not authorized/i);
    for (const [method, path] of [
      ['GET', '/reports/review.pdf?period=2026'],
      ['GET', '/import/templates/RiskIdentified.csv'],
      ['POST', '/import?eventType=RiskIdentified'],
      ['GET', '/import/jobs/1'],
    ] as const) {
      const body = method === 'POST' ? { body: 'a' } : {};
      const response = await get(product, path, { method, headers: { 'content-type': 'text/csv' }, ...body });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('holds each client to its rate, saying when to come back', async () => {
    const limited = await start({
      PUBLIC_PAGE_ENABLED: 'true',
      PUBLIC_REQUESTS_PER_MINUTE: '3',
      DEMO_DATA: 'off',
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const response = await get(limited, PUBLIC_ROUTES.json);
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('the public page, off (the default)', () => {
  it('answers 404 on every public route, and the dashboard does not take them over', async () => {
    const product = await start({ DEMO_DATA: 'off' });
    try {
      for (const route of Object.values(PUBLIC_ROUTES)) {
        const response = await get(product, route, { headers: { accept: 'text/html' } });
        expect(response.status, route).toBe(404);
      }
    } finally {
      await product.close();
    }
  });
});
