import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';
import { openPage, PHONE, pastTheEdge, WALKS } from './harness/walks.ts';

const LANGS = ['ru', 'kk', 'en'] as const;

/** Below this a chart's plot is a strip under its legend: lines cannot be told apart. */
const MIN_PLOT_HEIGHT = 200;

/** Causes removed per month, one line per region: twenty series, twenty legend entries. */
const BY_REGION = {
  chartType: 'LINE',
  measures: ['causesRemoved'],
  dimensions: [
    { by: 'TIME', granularity: 'MONTH' },
    { by: 'REGION', granularity: null },
  ],
  filters: { from: '2026-01-01', to: '2026-06-30' },
  asOf: null,
  sort: null,
  limit: null,
};

/** Every chart's plot area on the page, by the chart's accessible name: how tall it is drawn. */
const plotHeights = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.recharts-cartesian-grid')].map((grid, i) => {
        const figure = grid.closest('[aria-label], section');
        const name = figure?.getAttribute('aria-label') ?? figure?.querySelector('h2, h3')?.textContent ?? '';
        return [`${i} ${name}`, Math.round(grid.getBoundingClientRect().height)];
      }),
    ),
  );

/** How wide the page lays out, and the innermost elements past the edge when it is too wide. */
const widthOf = async (page: Page) => ({
  scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
  pastTheEdge: await pastTheEdge(page),
});

describe('every page of every role fits a 390 px phone, in ru, kk and en, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  for (const lang of LANGS) {
    for (const [user, paths] of Object.entries(WALKS)) {
      it(`every page of ${user}, ${lang}: never wider than the phone, no chart flattened under its legend`, async () => {
        const context = await newContext(browser, product.url, lang);
        const page = await context.newPage();
        await page.setViewportSize(PHONE);
        await signIn(page, user);
        const tooWide: Record<string, Awaited<ReturnType<typeof widthOf>>> = {};
        const flatPlots: Record<string, Record<string, number>> = {};
        for (const path of paths) {
          await openPage(page, path);
          // The walk reaches the page itself, not a sign-in or a refusal in its place.
          expect(new URL(page.url()).pathname).toBe(path);
          const measured = await widthOf(page);
          if (measured.scrollWidth > PHONE.width) tooWide[path] = measured;
          const flat = Object.entries(await plotHeights(page)).filter(([, h]) => h < MIN_PLOT_HEIGHT);
          if (flat.length > 0) flatPlots[path] = Object.fromEntries(flat);
          await screenshot(page, `phone-${user}${path.replaceAll('/', '-')}-${lang}`);
        }
        expect(tooWide).toEqual({});
        expect(flatPlots).toEqual({});
        await context.close();
      });
    }

    it(`a chart split by region keeps its plot tall with its legend below, ${lang}`, async () => {
      const context = await newContext(browser, product.url, lang);
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      await signIn(page, DEMO.analyst);
      await page.goto(`/charts?spec=${Buffer.from(JSON.stringify(BY_REGION)).toString('base64url')}`);
      const plot = page.locator('.chart-view__panel .recharts-cartesian-grid').first();
      await plot.waitFor({ timeout: 20_000 });
      const legend = page.locator('.series-legend');
      // A legend entry per coloured region, and the greyed rest in one entry: more than a handful.
      expect(await legend.locator('li').count()).toBeGreaterThan(5);
      const plotBox = (await plot.boundingBox())!;
      const legendBox = (await legend.boundingBox())!;
      expect(plotBox.height).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
      expect(legendBox.y).toBeGreaterThanOrEqual(plotBox.y + plotBox.height);
      expect(await widthOf(page)).toEqual({ scrollWidth: expect.any(Number), pastTheEdge: [] });
      expect((await widthOf(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `phone-chart-by-region-${lang}`);
      await context.close();
    });
  }
});
