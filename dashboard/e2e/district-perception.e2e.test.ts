import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

/** The city of Aktobe, a city of regional significance of Aktobe region (KZ-15). */
const AKTOBE_CITY = '151010000';

describe("a district's survey on the chair's region page, live, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await (await newContext(browser, product.url)).newPage();
    await signIn(chair, DEMO.chair);
    await chair.goto('/overview?region=KZ-15');
    await chair.locator('#region-districts-title').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const districtRow = () => chair.locator('.region-districts tr', { hasText: AKTOBE_CITY });

  it("shows the region's districts with their KPIs, receptions and perception", async () => {
    expect(await chair.locator('#region-districts-title').textContent()).toBe('Районы: Актюбинская область');
    const headings = await chair.locator('.region-districts thead th').allTextContents();
    expect(headings).toEqual([
      'Район',
      'Выявлено рисков',
      'Устранено причин',
      'Доля устранённых',
      'Открытые риски',
      'Приёмы граждан',
      'Рисков на приём',
      'Индекс восприятия',
    ]);
  });

  it("an officer records a survey for a district: the chair's open page shows its index beside the district's causes removed, without a reload", async () => {
    const officer = await (await newContext(browser, product.url)).newPage();
    await signIn(officer, DEMO.officerAktobe);
    await officer.waitForURL('**/regions/KZ-15');
    await officer.goto('/regions/KZ-15/surveys/new');
    await officer.locator('#f-district').fill(AKTOBE_CITY);
    await officer.locator('#f-districtName').fill('г. Актобе');
    await officer.locator('#f-group').selectOption('CITIZENS');
    await officer.locator('#f-method').selectOption('ONLINE');
    await officer.locator('#f-respondents').fill('800');
    await officer.locator('#f-perceptionIndex').fill('73.4');
    await officer.locator('#f-facedCorruptionShare').fill('0.12');
    await officer.locator('#f-occurredOn').fill(almatyToday());
    await officer.getByRole('button', { name: 'Сохранить' }).click();
    await officer.waitForURL('**/regions/KZ-15');
    expect(await officer.locator('.notice--success').textContent()).toBe('Запись сохранена.');
    await officer.close();

    const navigations: string[] = [];
    chair.on('framenavigated', (frame) => navigations.push(frame.url()));
    const index = districtRow().locator('td').last();
    await expect.poll(() => index.textContent(), { timeout: 30_000 }).toBe('73,4');
    // The district's causes removed stand in the same row, a number or a dash.
    expect(await districtRow().locator('td').nth(1).textContent()).toMatch(/^(\d+|—)$/);
    expect(navigations).toEqual([]);
    await screenshot(chair, 'overview-region-districts-ru');
  });

  it('fits a 390 px phone, and speaks Kazakh and English', async () => {
    await chair.setViewportSize({ width: 390, height: 844 });
    await districtRow().waitFor();
    expect(await chair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(chair, 'overview-region-districts-390');
    for (const [lang, title] of [
      ['kk', 'Аудандар: Ақтөбе облысы'],
      ['en', 'Districts of Aktobe Region'],
    ] as const) {
      const page = await (await newContext(browser, product.url, lang)).newPage();
      await signIn(page, DEMO.chair);
      await page.goto('/overview?region=KZ-15');
      const heading = page.locator('#region-districts-title');
      await heading.waitFor({ timeout: 30_000 });
      expect(await heading.textContent()).toBe(title);
      await page.close();
    }
  });
});
