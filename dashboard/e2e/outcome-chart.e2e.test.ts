import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, RESULTS_DIR, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const AKTOBE = 'KZ-15';
const AKTOBE_RU = 'Актюбинская область';
/** The new survey's index: far from any demo wave, so the point visibly moves. */
const NEW_INDEX = 97.5;

/** A number as the ru dashboard writes it (decimal comma, at most one decimal). */
const ru = (n: number) => new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(n);

describe("the overview's outcome chart: causes removed against the change in perception, live, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await (await newContext(browser, product.url)).newPage();
    await signIn(chair, DEMO.chair);
    await chair.goto('/overview');
    await chair.locator('#chart-outcome-title').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const card = (page: Page = chair) => page.locator('section[aria-labelledby="chart-outcome-title"]');
  const point = () => card().locator(`[data-region="${AKTOBE}"]`);

  /** The region's row in the chart's table: before, latest and change as written. */
  const tableRow = async () => {
    await card().getByRole('button', { name: 'Таблица' }).click();
    const cells = await card().locator('tr', { hasText: AKTOBE_RU }).locator('td').allTextContents();
    await card().getByRole('button', { name: 'График' }).click();
    return cells;
  };

  /**
   * The regions' names as the screen shows them: their type's size in screen pixels (the computed
   * size times the drawing's scale), any two whose boxes overlap, and any cut off by the plot's edge.
   */
  const names = (page: Page) =>
    card(page)
      .locator('svg.outcome-plot')
      .evaluate((svg) => {
        const plot = svg as SVGSVGElement;
        const frame = plot.getBoundingClientRect();
        const scale = frame.width / plot.viewBox.baseVal.width;
        const texts = [...plot.querySelectorAll('.outcome-plot__point text')];
        const boxes = texts.map((text) => text.getBoundingClientRect());
        // Where each sits, so that a failure shows by how much two names touch.
        const at = (r: DOMRect) =>
          `${Math.round(r.left)}-${Math.round(r.right)} x ${Math.round(r.top)}-${Math.round(r.bottom)}`;
        const overlapping = boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .map((b, j) => ({ b, other: texts[i + 1 + j]! }))
            .filter(({ b }) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            .map(({ b, other }) => `${texts[i]!.textContent} (${at(a)}) / ${other.textContent} (${at(b)})`),
        );
        const cut = texts
          .filter((_, i) => boxes[i]!.left < frame.left - 1 || boxes[i]!.right > frame.right + 1)
          .map((text) => text.textContent);
        const sizes = texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
        return {
          points: plot.querySelectorAll('.outcome-plot__point').length,
          shown: texts.length,
          smallestType: Math.round(Math.min(...sizes) * 10) / 10,
          overlapping,
          cut,
        };
      });

  /** Every region's dot drawn; most names beside their dots, readable, none on another, none cut. */
  const expectReadableNames = async (page: Page = chair) => {
    await expect
      .poll(async () => (await names(page)).smallestType, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(11);
    const placed = await names(page);
    expect(placed.overlapping).toEqual([]);
    expect(placed.cut).toEqual([]);
    expect(placed.points).toBeGreaterThanOrEqual(15);
    expect(placed.shown).toBeGreaterThanOrEqual(placed.points / 2);
    // The card alone, to look at its names without scrolling a whole page's picture.
    const width = page.viewportSize()?.width;
    const lang = await page.evaluate(() => document.documentElement.lang);
    await card(page).screenshot({ path: join(RESULTS_DIR, `outcome-chart-card-${width}-${lang}.png`) });
    return placed;
  };

  it("an officer records a survey: the chair's open overview moves the region's point without a reload", async () => {
    expect(await chair.locator('#chart-outcome-title').textContent()).toBe(
      'Устранённые причины и изменение восприятия',
    );
    // Last year's wave before the period and this year's in it: every demo region has a change.
    const [, removed, before] = await tableRow();
    const beforeIndex = Number(before!.replace(',', '.'));
    expect(beforeIndex).toBeGreaterThan(0);
    await point().waitFor();

    const officer = await (await newContext(browser, product.url)).newPage();
    await signIn(officer, DEMO.officerAktobe);
    await officer.waitForURL(`**/regions/${AKTOBE}`);
    await officer.goto(`/regions/${AKTOBE}/surveys/new`);
    await officer.locator('#f-group').selectOption('CITIZENS');
    await officer.locator('#f-method').selectOption('ONLINE');
    await officer.locator('#f-respondents').fill('900');
    await officer.locator('#f-perceptionIndex').fill(String(NEW_INDEX));
    await officer.locator('#f-facedCorruptionShare').fill('0.05');
    await officer.locator('#f-occurredOn').fill(almatyToday());
    await officer.getByRole('button', { name: 'Сохранить' }).click();
    await officer.waitForURL(`**/regions/${AKTOBE}`);
    expect(await officer.locator('.notice--success').textContent()).toBe('Запись сохранена.');
    await officer.close();

    const navigations: string[] = [];
    chair.on('framenavigated', (frame) => navigations.push(frame.url()));
    const change = `+${ru(NEW_INDEX - beforeIndex)}`;
    await expect
      .poll(() => point().getAttribute('aria-label'), { timeout: 30_000 })
      .toBe(`${AKTOBE_RU}: устранено причин ${removed}, изменение индекса ${change}`);
    expect(await tableRow()).toEqual([AKTOBE_RU, removed, before, ru(NEW_INDEX), change]);
    expect(navigations).toEqual([]);
    // At 1440 px, after the card showed its table and came back to the chart.
    await expectReadableNames();
    await screenshot(chair, 'overview-outcome-chart-ru');
  });

  it('fits a 390 px phone, in dark mode too, and speaks Kazakh and English', async () => {
    await chair.setViewportSize({ width: 390, height: 844 });
    await point().waitFor();
    expect(await chair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The same page narrowed to a phone: the plot is drawn anew at its new width, not scaled down.
    await expectReadableNames();
    await chair.locator('.theme-toggle').click();
    expect(await chair.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(chair, 'overview-outcome-chart-390-dark');
    for (const [lang, title] of [
      ['kk', 'Жойылған себептер және қабылдаудың өзгеруі'],
      ['en', 'Causes removed and the change in perception'],
    ] as const) {
      const page = await (await newContext(browser, product.url, lang)).newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, DEMO.chair);
      await page.goto('/overview');
      const heading = page.locator('#chart-outcome-title');
      await heading.waitFor({ timeout: 30_000 });
      expect(await heading.textContent()).toBe(title);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Kazakh and English names differ in length: the placer keeps them apart too.
      await card(page).locator('.outcome-plot__point').first().waitFor();
      await expectReadableNames(page);
      await screenshot(page, `overview-outcome-chart-390-${lang}`);
      await page.close();
    }
  });
});
