import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { gql } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const LANGS = ['ru', 'kk', 'en'] as const;
type Lang = (typeof LANGS)[number];
const PHONE = { width: 390, height: 844 } as const;
const WIDTHS = { laptop: LAPTOP, phone: PHONE } as const;

// An operator's renamed institution, as docs/operations.md describes: the product must show it.
const INSTITUTION = {
  ru: 'Служба противодействия коррупции',
  kk: 'Сыбайлас жемқорлыққа қарсы қызмет',
  en: 'Anti-Corruption Service',
} as const;
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#c00"/></svg>';

const MOVE_WORDS = {
  ru: /поднялся на \d+|опустился на \d+|место не изменилось/,
  kk: /орынға көтерілді|орынға түсті|орны өзгерген жоқ/,
  en: /up \d+|down \d+|same place/,
} as const;

const SAVE_CHART = `mutation ($input: SaveChartInput!) {
  saveChart(input: $input) { __typename ... on ChartSucceeded { chart { id } } }
}`;
const ARRANGE_BOARD = `mutation ($input: ArrangeBoardInput!) {
  arrangeBoard(input: $input) { __typename }
}`;

/** The analyst's board: causes removed by region (bars) and by month (a line), pinned once. */
const boardReady = new WeakMap<object, Promise<void>>();
const pinBoard = (context: BrowserContext) => {
  const save = async (name: string, chartType: string, by: string) => {
    const answer = await gql<{ saveChart: { chart: { id: string } } }>(context, SAVE_CHART, {
      input: {
        name,
        submissionId: randomUUID(),
        spec: {
          chartType,
          measures: ['causesRemoved'],
          dimensions: [{ by, granularity: by === 'TIME' ? 'MONTH' : null }],
          filters: {},
        },
      },
    });
    return answer.saveChart.chart.id;
  };
  return (async () => {
    const ids = [await save('По регионам', 'BAR', 'REGION'), await save('По месяцам', 'LINE', 'TIME')];
    await gql(context, ARRANGE_BOARD, { input: { chartIds: ids, submissionId: randomUUID() } });
  })();
};

const settled = async (page: Page) => {
  await expect.poll(() => page.locator('.page-progress').count(), { timeout: 15_000 }).toBe(0);
};

const widerThanViewport = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the situation room: league movement, the institution, modes and filters, in ru, kk and en', () => {
  let product: RunningProduct;
  let logoDir: string;
  const browsers: Partial<Record<Lang, Browser>> = {};

  beforeAll(async () => {
    ensureDashboardBuilt();
    logoDir = mkdtempSync(join(tmpdir(), 'kpi-logo-'));
    writeFileSync(join(logoDir, 'logo.svg'), LOGO);
    process.env.INSTITUTION_NAME_RU = INSTITUTION.ru;
    process.env.INSTITUTION_NAME_KK = INSTITUTION.kk;
    process.env.INSTITUTION_NAME_EN = INSTITUTION.en;
    process.env.INSTITUTION_LOGO_PATH = join(logoDir, 'logo.svg');
    product = await startProductProcess();
    for (const lang of LANGS) browsers[lang] = await launchBrowser(lang);
  });

  afterAll(async () => {
    for (const browser of Object.values(browsers)) await browser.close();
    await product?.close();
    rmSync(logoDir, { recursive: true, force: true });
  });

  const chairIn = async (
    lang: Lang,
    width: keyof typeof WIDTHS,
    who: string = DEMO.chair,
  ): Promise<[BrowserContext, Page]> => {
    const context = await newContext(browsers[lang]!, product.url, lang);
    const page = await context.newPage();
    await page.setViewportSize(WIDTHS[width]);
    await signIn(page, who);
    await page.waitForURL('**/overview');
    await settled(page);
    return [context, page];
  };

  for (const lang of LANGS) {
    it(`names the configured institution with its logo, on sign-in, in the header and the tab, in ${lang}`, async () => {
      const context = await newContext(browsers[lang]!, product.url, lang);
      const page = await context.newPage();
      await page.goto('/sign-in');
      await expect.poll(() => page.locator('.sign-in__agency').textContent()).toBe(INSTITUTION[lang]);
      expect(await page.locator('.sign-in__brand img').getAttribute('src')).toBe('/api/institution/logo');
      await signIn(page, DEMO.chair);
      await expect.poll(() => page.locator('.brand__agency').textContent()).toBe(INSTITUTION[lang]);
      await expect.poll(() => page.title()).toContain(INSTITUTION[lang]);
      expect(
        await page.locator('.brand img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
      ).toBeGreaterThan(0);
      await context.close();
    });

    for (const width of ['laptop', 'phone'] as const) {
      it(`ranks the regions with their move against the previous period and a sparkline each, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width);
        // The regions' league, the first of the two (the central bodies' is under it).
        const league = page.locator('.league').first();
        await league.scrollIntoViewIfNeeded();
        await expect
          .poll(() => league.locator('tbody .sparkline').count(), { timeout: 10_000 })
          .toBeGreaterThan(10);
        await expect
          .poll(() => league.locator('tbody .rank-move .visually-hidden').count())
          .toBeGreaterThan(10);
        const words = await league.locator('tbody .rank-move').allTextContents();
        expect(words.join(' ')).toMatch(MOVE_WORDS[lang]);
        // Sorting by another column ranks and moves by that column.
        const before = await league.locator('tbody tr:first-child th').textContent();
        await league.locator('thead .sort-button').nth(2).click();
        await expect.poll(() => league.locator('tbody tr:first-child th').textContent()).not.toBe(before);
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `league-movement-${lang}-${width}`);
        await context.close();
      });
    }

    for (const width of ['laptop', 'phone'] as const) {
      it(`switches to the dark theme and remembers it in this browser, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width);
        expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
        await page.locator('.theme-toggle').click();
        expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        await page.reload();
        await settled(page);
        expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe('rgb(14, 21, 29)');
        await page.locator('.recharts-surface').first().waitFor();
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `dark-overview-${lang}-${width}`);
        await context.close();
      });

      it(`shows the situation room without chrome, in large type, moving on by itself, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width);
        await page.goto('/tv?every=5');
        await settled(page);
        await page.locator('.tv .recharts-surface').first().waitFor();
        expect(await page.locator('.shell__header').count()).toBe(0);
        expect(await page.locator('.tv .filter-bar').isVisible()).toBe(false);
        const rootSize = await page.evaluate(() =>
          Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
        );
        expect(rootSize).toBeGreaterThan(width === 'laptop' ? 18 : 15);
        await screenshot(page, `tv-${lang}-${width}`);
        // The next section comes into view after five seconds, with no one touching the screen.
        await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 9000 }).toBeGreaterThan(0);
        expect(await widerThanViewport(page)).toBe(false);
        await page.keyboard.press('Escape');
        await page.waitForURL('**/overview');
        // The address changes first; the room's large type goes when its page has unmounted.
        await expect.poll(() => page.locator('html').getAttribute('data-tv')).toBeNull();
        await context.close();
      });
    }

    for (const width of ['laptop', 'phone'] as const) {
      it(`filters the overview by a click on a map tile or a league row, shown as a removable chip, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width);
        const tile = page.locator('.tile-map [data-region="KZ-75"]');
        await tile.click();
        await page.waitForURL(/region=KZ-75/);
        const chip = page.locator('.filter-chip');
        await expect.poll(() => chip.count()).toBe(1);
        expect(await page.locator('.league tr.is-selected').count()).toBe(1);
        expect(await page.locator('#filter-region').inputValue()).toBe('KZ-75');
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `cross-filter-${lang}-${width}`);
        await chip.locator('button').click();
        await expect.poll(() => page.url()).not.toMatch(/region=/);
        await expect.poll(() => chip.count()).toBe(0);
        await page.locator('.league tbody th button').first().click();
        await page.waitForURL(/region=KZ-/);
        await context.close();
      });

      it(`filters every chart on the analyst's board at once, and by a click on a region's bar, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width, DEMO.analyst);
        if (!boardReady.has(browsers)) boardReady.set(browsers, pinBoard(context));
        await boardReady.get(browsers);
        await page.goto('/charts/board');
        const cards = page.locator('.board-card');
        await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
        const bars = cards.first().locator('.recharts-bar-rectangle');
        await expect.poll(() => bars.count(), { timeout: 15_000 }).toBeGreaterThan(5);
        await bars.first().click();
        await page.waitForURL(/region=KZ-/);
        await expect.poll(() => bars.count(), { timeout: 15_000 }).toBe(1);
        expect(await page.locator('.filter-chip').count()).toBe(1);
        await page.locator('#board-from').fill('2026-01-01');
        await page.waitForURL(/from=2026-01-01/);
        await page.locator('#board-sphere').selectOption({ index: 1 });
        await page.waitForURL(/sphere=/);
        await expect.poll(() => page.locator('.filter-chip').count()).toBe(2);
        await cards.nth(1).locator('.recharts-surface, .empty-state').first().waitFor();
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `board-filters-${lang}-${width}`);
        await page.locator('.filter-chip').first().locator('button').click();
        await expect.poll(() => bars.count(), { timeout: 15_000 }).not.toBe(1);
        await context.close();
      });
    }

    for (const width of ['laptop', 'phone'] as const) {
      it(`turns a chart by month and region into a pivot table beside the long one, with CSV, ${lang} ${width}`, async () => {
        const [context, page] = await chairIn(lang, width, DEMO.analyst);
        const spec = {
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
        await page.goto(`/charts?spec=${Buffer.from(JSON.stringify(spec)).toString('base64url')}`);
        const toggle = page.locator('.chart-view__toggle').first();
        await toggle.waitFor({ timeout: 20_000 });
        await toggle.click();
        await page.locator('.pivot-switch button').nth(1).click();
        const pivot = page.locator('.pivot-table');
        await expect.poll(() => pivot.locator('thead th').count()).toBeGreaterThan(10);
        expect(await pivot.locator('tbody tr').count()).toBe(6);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('.pivot-table__csv').click(),
        ]);
        const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
        expect(csv.split('\r\n')).toHaveLength(8);
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `pivot-${lang}-${width}`);
        await context.close();
      });
    }
  }

  it('follows a system set to dark until the reader chooses otherwise', async () => {
    const context = await browsers.ru!.newContext({
      baseURL: product.url,
      colorScheme: 'dark',
      viewport: LAPTOP,
    });
    const page = await context.newPage();
    await signIn(page, DEMO.analyst);
    await page.waitForURL('**/overview');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.locator('.theme-toggle').click();
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await context.close();
  });
});
