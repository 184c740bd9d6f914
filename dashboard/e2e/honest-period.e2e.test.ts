import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

type Lang = 'ru' | 'kk' | 'en';
const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** 30 June as each language writes a day in the filter bar's fields. */
const JUNE_30: Record<Lang, string> = { ru: '30.06.2026', kk: '30.06.2026', en: '06/30/2026' };

const builderUrl = (spec: object) =>
  `/charts?spec=${Buffer.from(JSON.stringify({ asOf: null, sort: null, limit: null, ...spec })).toString('base64url')}`;

/** Seven regions: every series keeps its own colour, the seventh the palette's black. */
const SEVEN_REGIONS = ['KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31'];

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** How many words of an exported SVG lie outside the picture, measured as Chromium draws it. */
const wordsOutside = async (page: Page, svg: string): Promise<number> => {
  const viewer = await page.context().newPage();
  await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
  const outside = await viewer.evaluate(() => {
    const root = document.querySelector('svg')!;
    const width = Number(root.getAttribute('width'));
    return [...root.querySelectorAll('text')]
      .map((text) => text.getBoundingClientRect())
      .filter((box) => box.width > 0 && (box.left < 0 || box.right > width + 0.5)).length;
  });
  await viewer.close();
  return outside;
};

describe('the period agrees with "as known on", empty periods draw nothing, dark charts stay readable', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const signedIn = async (
    user: string,
    lang: Lang,
    viewport: { width: number; height: number } = WIDTHS[0],
  ): Promise<Page> => {
    const context = await newContext(browser, product.url, lang);
    contexts.push(context);
    const page = await context.newPage();
    await page.setViewportSize(viewport);
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

  for (const lang of LANGS) {
    for (const viewport of WIDTHS) {
      it(`${lang} at ${viewport.width} px: known on 30 June, the period ends on 30 June and compares with the days before it`, async () => {
        const page = await signedIn(DEMO.chair, lang, viewport);
        const summaries: { period: { from: string; to: string }; previous: { from: string; to: string } }[] =
          [];
        page.on('response', async (response) => {
          if (!response.url().endsWith('/graphql')) return;
          const asked = response.request().postDataJSON() as {
            variables?: { period?: { from: string; to: string } };
          } | null;
          const body = (await response.json().catch(() => null)) as {
            data?: { kpiSummary?: { previousPeriod?: { from: string; to: string } } };
          } | null;
          const previous = body?.data?.kpiSummary?.previousPeriod;
          if (asked?.variables?.period && previous)
            summaries.push({ period: asked.variables.period, previous });
        });
        await page.goto(`/overview?from=2026-01-01&to=${almatyToday()}&asOf=2026-06-30`);
        await page.getByTestId('kpi-causesRemoved').waitFor({ timeout: 20_000 });
        expect(await page.locator('#filter-to').inputValue()).toBe(JUNE_30[lang]);
        // The cards compare the half year with the half year before it, never with days not yet known.
        await expect.poll(() => summaries.length).toBeGreaterThan(0);
        for (const { period, previous } of summaries) {
          expect(period.to).toBe('2026-06-30');
          expect(previous.to < period.from).toBe(true);
        }
        // Deltas carry the typographic minus, never a hyphen before a digit.
        const deltas = await page.locator('.delta__value').allTextContents();
        expect(deltas.length).toBeGreaterThan(0);
        for (const delta of deltas) expect(delta).not.toMatch(/-\d/);
        // The week running past 30 June is marked (a star on its label, a note under the chart).
        const notes = page.locator('.chart-card__note');
        await expect.poll(() => notes.count()).toBeGreaterThan(0);
        expect(await notes.first().textContent()).toMatch(/\*/);
        expect(await page.locator('[data-incomplete="true"]').count()).toBeGreaterThan(0);
        // The funnel says what it divides.
        expect(
          (await page.locator('#chart-funnel-title ~ .chart-card__subtitle').textContent())?.length,
        ).toBeGreaterThan(40);
        expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `honest-period-asof-${lang}-${viewport.width}`);
      });

      it(`${lang} at ${viewport.width} px: a period without events draws no axes and no shaded map`, async () => {
        const page = await signedIn(DEMO.chair, lang, viewport);
        await page.goto('/overview?from=2020-01-01&to=2020-03-31');
        await page.locator('.tile-map [data-region]').first().waitFor({ timeout: 20_000 });
        await expect.poll(() => page.locator('.chart-grid .empty-state').count()).toBe(3);
        expect(await page.locator('.chart-grid .recharts-surface').count()).toBe(0);
        const shaded = await page
          .locator('.tile-map .tile')
          .evaluateAll((tiles) => tiles.filter((t) => (t as HTMLElement).style.background !== '').length);
        expect(shaded).toBe(0);
        expect(await page.getByTestId('map-no-spread').isVisible()).toBe(true);
        // An unchanged figure shows a plain "=", which every font draws (no empty box).
        expect(await page.locator('main').textContent()).not.toContain('\uff1d');
        expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `honest-period-empty-${lang}-${viewport.width}`);
      });
    }

    it(`${lang}: the first indicator is a few Tab presses from the top`, async () => {
      const page = await signedIn(DEMO.chair, lang);
      await page.goto('/overview');
      await page.getByTestId('kpi-causesRemoved').waitFor({ timeout: 20_000 });
      let presses = 0;
      const inCards = () =>
        page.evaluate(() => {
          const cards = document.getElementById('headline-kpis');
          return cards !== document.activeElement && (cards?.contains(document.activeElement) ?? false);
        });
      // Tab, and Enter on a skip link ("to the content", then "to the indicators").
      while (presses < 10 && !(await inCards())) {
        const onSkip = await page.evaluate(() => document.activeElement?.classList.contains('skip-link'));
        await page.keyboard.press(onSkip ? 'Enter' : 'Tab');
        presses += 1;
      }
      expect(await inCards()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'kpi-causesRemoved',
      );
      expect(presses).toBeLessThanOrEqual(5);
    });

    it(`${lang}: "12 months" is the trailing twelve months, not the calendar year`, async () => {
      const page = await signedIn(DEMO.chair, lang);
      await page.goto('/overview');
      await page.getByTestId('kpi-causesRemoved').waitFor({ timeout: 20_000 });
      await page.locator('#filter-preset').selectOption('last12');
      await page.waitForURL(/from=/);
      const last12 = new URL(page.url()).searchParams.get('from');
      await page.locator('#filter-preset').selectOption('year');
      await page.waitForURL((url) => url.searchParams.get('from') !== last12);
      const year = new URL(page.url()).searchParams.get('from');
      expect(year).toBe(`${almatyToday().slice(0, 4)}-01-01`);
      expect(last12).not.toBe(year);
      expect(last12! < year!).toBe(true);
    });
  }

  it('in the dark, the black series, the legend and the buttons read on the dark surface; the exported picture is light', async () => {
    const page = await signedIn(DEMO.analyst, 'en');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(
      builderUrl({
        chartType: 'LINE',
        measures: ['causesRemoved'],
        dimensions: [
          { by: 'TIME', granularity: 'MONTH' },
          { by: 'REGION', granularity: null },
        ],
        filters: { from: '2025-07-01', to: almatyToday(), regions: SEVEN_REGIONS },
      }),
    );
    await page.locator('.chart-view__figure .recharts-surface').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const entries = page.locator('.series-legend [data-legend-colour]');
    await expect.poll(() => entries.count()).toBe(7);
    // The palette's black is drawn in the dark theme's light ink: no line vanishes into the surface.
    const blackStrokes = await page
      .locator('.chart-view__figure .recharts-line-curve[stroke="#000000"]')
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line).stroke));
    expect(blackStrokes.length).toBeGreaterThan(0);
    for (const stroke of blackStrokes) expect(stroke).toBe('rgb(228, 235, 242)');
    const legendInk = await page
      .locator('.series-legend__item')
      .evaluateAll((items) => [...new Set(items.map((item) => getComputedStyle(item).color))]);
    expect(legendInk).toEqual(['rgb(228, 235, 242)']);
    const exportInk = await page
      .getByRole('button', { name: 'Image, SVG' })
      .evaluate((button) => getComputedStyle(button).color);
    // Not the brand's dark blue (#0a3763), which vanishes into the dark surface.
    expect(exportInk).not.toBe('rgb(10, 55, 99)');
    await screenshot(page, 'honest-period-dark-builder');
    // Focus on a legend entry (or a pointer over it) keeps its series in colour and greys the rest.
    const strokes = () =>
      page
        .locator('.chart-view__figure .recharts-line-curve')
        .evaluateAll((lines) => [...new Set(lines.map((line) => line.getAttribute('stroke')))]);
    const first = await entries.first().getAttribute('data-legend-colour');
    await page.locator('.series-legend__item').first().focus();
    await expect.poll(async () => (await strokes()).filter((c) => c !== '#a3adb8')).toEqual([first]);
    await page.locator('.series-legend__item').first().blur();
    await expect.poll(async () => (await strokes()).length).toBe(7);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image, SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    // The file keeps the palette's black and no dark-theme ink.
    expect(svg).toMatch(/stroke: rgb\(0, 0, 0\)/);
    expect(svg).not.toMatch(/rgb\(228, 235, 242\)/);
    // Every word in the picture, the last month's label too, lies inside it.
    expect(await wordsOutside(page, svg)).toBe(0);
  });

  it('kk at 390 px: the exported picture wraps its period, filters and "as known on" inside its width', async () => {
    const page = await signedIn(DEMO.analyst, 'kk', WIDTHS[1]);
    await page.goto(
      builderUrl({
        chartType: 'BAR',
        measures: ['causesRemoved'],
        dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
        filters: {
          from: '2026-01-01',
          to: almatyToday(),
          regions: ['KZ-11', 'KZ-15', 'KZ-59', 'KZ-63'],
          spheres: ['EDUCATION', 'HEALTHCARE', 'SOCIAL_PROTECTION'],
        },
        asOf: '2026-06-30T23:59:59+05:00',
      }),
    );
    await page.locator('.chart-view__figure .recharts-surface').first().waitFor({ timeout: 20_000 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Сурет, SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1])).toBeLessThan(420);
    expect(await wordsOutside(page, svg)).toBe(0);
    await screenshot(page, 'honest-period-export-kk-390');
  });
});
