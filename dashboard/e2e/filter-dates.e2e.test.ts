import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { gql } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const PHONE = { width: 390, height: 844 } as const;
const WIDTHS = { laptop: LAPTOP, phone: PHONE } as const;

/** How each app language writes 14 March 2026, what it calls a non-day, and a day as typed. */
const LANGS = {
  ru: { shown: /^\d{2}\.\d{2}\.\d{4}$/, typed: '14.03.2026', notADay: 'Не дата: введите в виде ДД.ММ.ГГГГ' },
  kk: {
    shown: /^\d{2}\.\d{2}\.\d{4}$/,
    typed: '14.03.2026',
    notADay: 'Күн емес: КК.АА.ЖЖЖЖ түрінде жазыңыз',
  },
  en: { shown: /^\d{2}\/\d{2}\/\d{4}$/, typed: '03/14/2026', notADay: 'Not a date: type it as MM/DD/YYYY' },
} as const;

const SAVE_CHART = `mutation ($input: SaveChartInput!) {
  saveChart(input: $input) { __typename ... on ChartSucceeded { chart { id } } }
}`;
const ARRANGE_BOARD = `mutation ($input: ArrangeBoardInput!) {
  arrangeBoard(input: $input) { __typename }
}`;

const widerThanViewport = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/**
 * The overview's and the board's dates are written as the app's language writes them, whatever
 * the browser's language (an English Chromium here, in a Russian-Kazakh locale): a typed day
 * lands in the address, a non-day is named in the app's language and changes nothing.
 */
describe("the filters' dates follow the app's language, not the browser's", () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser('en');
    // The board shows its filters once it holds a chart: the analyst pins one.
    const context = await newContext(browser, product.url);
    await signIn(await context.newPage(), DEMO.analyst);
    const saved = await gql<{ saveChart: { chart: { id: string } } }>(context, SAVE_CHART, {
      input: {
        name: 'По регионам',
        submissionId: randomUUID(),
        spec: { chartType: 'BAR', measures: ['causesRemoved'], dimensions: [{ by: 'REGION' }], filters: {} },
      },
    });
    await gql(context, ARRANGE_BOARD, {
      input: { chartIds: [saved.saveChart.chart.id], submissionId: randomUUID() },
    });
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const signedIn = async (user: string, lang: keyof typeof LANGS, width: keyof typeof WIDTHS) => {
    const context = await newContext(browser, product.url, lang);
    const page = await context.newPage();
    await page.setViewportSize(WIDTHS[width]);
    await signIn(page, user);
    return { page, close: () => context.close() };
  };

  const checkField = async (page: Page, id: string, lang: keyof typeof LANGS, param: string) => {
    const field = page.locator(`#${id}`);
    const spelled = LANGS[lang];
    await field.fill('31.02.2026x');
    await expect.poll(() => page.locator(`#${id}-problem`).textContent()).toBe(spelled.notADay);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get(param)).not.toBe('2026-02-31');
    await field.fill(spelled.typed);
    await page.waitForURL(new RegExp(`${param}=2026-03-14`));
    await expect.poll(() => field.inputValue()).toBe(spelled.typed);
    expect(await page.locator(`#${id}-problem`).count()).toBe(0);
  };

  for (const lang of ['ru', 'kk', 'en'] as const) {
    for (const width of ['laptop', 'phone'] as const) {
      it(`overview, ${lang}, ${width}: from, to and "as known on" in the app's format`, async () => {
        const { page, close } = await signedIn(DEMO.chair, lang, width);
        await page.goto('/overview?from=2026-01-01&to=2026-06-30');
        const from = page.locator('#filter-from');
        await expect.poll(() => from.inputValue()).toMatch(LANGS[lang].shown);
        expect(await from.getAttribute('placeholder')).toBe(
          { ru: 'ДД.ММ.ГГГГ', kk: 'КК.АА.ЖЖЖЖ', en: 'MM/DD/YYYY' }[lang],
        );
        await checkField(page, 'filter-from', lang, 'from');
        // A day past the period's end is named, in the app's language, and not taken.
        await page.locator('#filter-from').fill(LANGS[lang].typed.replace('2026', '2027'));
        await expect.poll(() => page.locator('#filter-from-problem').textContent()).toMatch(/30/);
        expect(new URL(page.url()).searchParams.get('from')).toBe('2026-03-14');
        await checkField(page, 'filter-as-of', lang, 'asOf');
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `filter-dates-overview-${lang}-${width}`);
        await close();
      });

      it(`board, ${lang}, ${width}: the board's period in the app's format`, async () => {
        const { page, close } = await signedIn(DEMO.analyst, lang, width);
        await page.goto('/charts/board');
        await page.locator('#board-from').waitFor();
        expect(await page.locator('#board-from').inputValue()).toBe('');
        await checkField(page, 'board-from', lang, 'from');
        // Emptying the field lifts the board's period.
        await page.locator('#board-from').fill('');
        await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
        expect(await widerThanViewport(page)).toBe(false);
        await screenshot(page, `filter-dates-board-${lang}-${width}`);
        await close();
      });
    }
  }
});
