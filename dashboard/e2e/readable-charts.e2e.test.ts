import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const PHONE = { width: 390, height: 844 } as const;

/** The builder's address for a spec, as the builder itself writes it. */
const builderUrl = (spec: object) =>
  `/charts?spec=${Buffer.from(JSON.stringify({ asOf: null, sort: null, limit: null, ...spec })).toString('base64url')}`;

/** The first day of this month: a monthly chart ending on it always has a running last bucket. */
const monthStart = () => `${almatyToday().slice(0, 7)}-01`;

const drawn = (page: Page) =>
  page.locator('.chart-view__figure .recharts-surface').first().waitFor({ timeout: 20_000 });

describe('charts that stay readable: units, twenty regions, phones, "as known on"', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const signedIn = async (user: string, lang: 'ru' | 'kk' | 'en' = 'ru'): Promise<Page> => {
    const context = await newContext(browser, product.url, lang);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, user);
    return page;
  };

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser('en');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('gives counts and tenge an axis each, and says that the units differ', async () => {
    const page = await signedIn(DEMO.analyst, 'en');
    await page.goto(
      builderUrl({
        chartType: 'LINE',
        measures: ['causesRemoved', 'rightsRestoredMoneyKzt'],
        dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
        filters: { from: '2025-07-01', to: monthStart() },
      }),
    );
    await drawn(page);
    expect(await page.locator('.chart-view__figure .recharts-yAxis').count()).toBe(2);
    expect(await page.getByTestId('units-note').textContent()).toContain('money, KZT');

    // Four units: a chart each, every one with its own single axis.
    await page.goto(
      builderUrl({
        chartType: 'LINE',
        measures: ['causesRemoved', 'rightsRestoredMoneyKzt', 'removalRate', 'medianDaysToRemoval'],
        dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
        filters: { from: '2025-07-01', to: monthStart() },
      }),
    );
    await drawn(page);
    expect(await page.locator('.chart-view__panel').count()).toBe(4);
    expect(await page.locator('.chart-view__panel .recharts-yAxis').count()).toBe(4);
  });

  it('shows twenty regions as six coloured series and one "Other", the legend in the text colour', async () => {
    const page = await signedIn(DEMO.analyst, 'en');
    await page.goto(
      builderUrl({
        chartType: 'LINE',
        measures: ['causesRemoved'],
        dimensions: [
          { by: 'TIME', granularity: 'MONTH' },
          { by: 'REGION', granularity: null },
        ],
        filters: { from: '2025-07-01', to: monthStart() },
      }),
    );
    await drawn(page);
    const entries = page.locator('.series-legend [data-legend-colour]');
    await expect.poll(() => entries.count()).toBe(7);
    const colours = await entries.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.legendColour),
    );
    expect(new Set(colours).size).toBe(7);
    expect(await entries.last().textContent()).toMatch(/^Other \(14\)$/);
    // The legend's words are in the page's text colour, not the series' (no yellow on white).
    const textColours = await page
      .locator('.series-legend__item')
      .evaluateAll((items) => [...new Set(items.map((item) => getComputedStyle(item).color))]);
    expect(textColours).toEqual(['rgb(20, 32, 46)']);
    // The running month is drawn dashed, and a note says up to which day it is known.
    expect(await page.getByTestId('incomplete-note').isVisible()).toBe(true);
  });

  it('ends the period on the "as known on" day and exports it with the picture', async () => {
    const page = await signedIn(DEMO.analyst, 'en');
    await page.goto(
      builderUrl({
        chartType: 'BAR',
        measures: ['causesRemoved'],
        dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
        filters: { from: '2026-01-01', to: almatyToday(), spheres: ['EDUCATION'] },
        asOf: '2026-06-30T23:59:59+05:00',
      }),
    );
    await drawn(page);
    // June is whole as known on 30 June: no bucket is marked incomplete.
    expect(await page.getByTestId('incomplete-note').count()).toBe(0);
    expect(await page.locator('.chart-view__figure .recharts-xAxis').textContent()).not.toMatch(/Jul|Dec/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image, SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain('Period: January 1, 2026 – June 30, 2026');
    expect(svg).toContain('As known on June 30, 2026');
    expect(svg).toMatch(/Filters: Spheres: Education/);
  });

  it('cuts the chair\'s period at the "as known on" day', async () => {
    const page = await signedIn(DEMO.chair, 'en');
    await page.goto(`/overview?from=2026-01-01&to=${almatyToday()}&asOf=2026-06-30`);
    await expect.poll(() => page.locator('#filter-to').inputValue()).toBe('06/30/2026');
    expect(await page.locator('.page-header p').first().textContent()).toContain('– June 30, 2026');
  });

  const fitsPhone = async (page: Page, path: string, ready: string) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  };

  it("fits the officer's register and the users page on a 390 px phone without zooming out", async () => {
    await fitsPhone(await signedIn(DEMO.officerAstana), '/regions/KZ-71', '.register__table tbody tr');
    await fitsPhone(await signedIn(DEMO.admin), '/users', 'table tbody tr');
  });

  it('fits "my charts" and a chart split by region on a 390 px phone', async () => {
    const page = await signedIn(DEMO.analyst, 'en');
    const byRegion = builderUrl({
      chartType: 'LINE',
      measures: ['causesRemoved', 'risksIdentified'],
      dimensions: [
        { by: 'TIME', granularity: 'MONTH' },
        { by: 'REGION', granularity: null },
      ],
      filters: { from: '2025-07-01', to: monthStart() },
    });
    await page.goto(byRegion);
    await drawn(page);
    await page
      .locator('#chart-name')
      .fill('Causes removed and risks identified by region and month, 2025-2026');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL('**/charts/c/**');
    await fitsPhone(page, '/charts/mine', '.charts-list tbody tr');
    // Split by region, the plot keeps its height on a phone: the legend wraps beneath it.
    await fitsPhone(page, byRegion, '.chart-view__figure .recharts-surface');
    const plot = await page.locator('.chart-view__panel').first().boundingBox();
    expect(plot?.height).toBeGreaterThanOrEqual(300);
  });
});
