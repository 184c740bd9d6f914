import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe('targets on the overview’s charts and map, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    page = await (await newContext(browser, product.url)).newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const causesChart = () =>
    page.locator('section.chart-card', { has: page.locator('#chart-causes-removed-title') });

  it('draws the country’s causes-removed target as a labelled, dashed goal step over the bars', async () => {
    // The demo's chair set the country a target for causes removed this year and this quarter.
    await expect
      .poll(() => causesChart().locator('path.recharts-line-curve[stroke-dasharray="6 3"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await causesChart().locator('ul[aria-label="Легенда"]').textContent()).toContain(
      'Цель: Устранено причин',
    );
    // The table beside the chart gives the goal of each month in its own column.
    await causesChart().getByRole('button', { name: 'Таблица' }).click();
    const header = causesChart().locator('thead');
    await expect.poll(() => header.textContent()).toContain('Цель: Устранено причин');
  });

  it('colours the map by the status of each region’s target, and by perception', async () => {
    const map = page.locator('section.tile-map');
    await map.getByLabel('Раскраска карты').selectOption('target');
    // Every region has a causes-removed target this year in the demo: some met, some behind.
    await expect.poll(() => map.locator('[data-standing="NO_TARGET"]').count()).toBe(0);
    const standings = await map
      .locator('[data-standing]')
      .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-standing')));
    expect(standings.length).toBe(17 + 3);
    expect(new Set(standings).has('MET')).toBe(true);
    expect(await map.locator('.tile-map__statuses').textContent()).toContain('отстаёт');
    // A KPI without regional targets leaves every region without one.
    await map.getByLabel('Показатель на карте').selectOption('removalRate');
    await expect.poll(() => map.locator('[data-standing="NO_TARGET"]').count()).toBe(standings.length);
    await map.getByLabel('Раскраска карты').selectOption('perception');
    await expect.poll(() => map.locator('.tile-map__legend').textContent()).toContain('Индекс восприятия');
    expect(await map.locator('[data-standing]').count()).toBe(0);
  });
});
