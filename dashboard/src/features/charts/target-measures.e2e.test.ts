import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

describe('target measures in the chart builder, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    page = await (await newContext(browser, product.url)).newPage();
    await signIn(page, DEMO.analyst);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('charts causes removed beside its target and its gap, month by month, for the country', async () => {
    await page.goto('/charts');
    await page.locator('.chart-view__figure .recharts-surface').first().waitFor({ timeout: 20_000 });
    await page.getByLabel('цель', { exact: true }).check();
    await page.getByLabel('разрыв до цели (плюс — впереди)', { exact: true }).check();
    await page.getByRole('button', { name: 'Показать таблицу' }).click();
    await expect
      .poll(() => page.locator('.chart-table thead th').allTextContents(), { timeout: 15_000 })
      .toEqual(['Время', 'Устранено причин', 'Цель: Устранено причин', 'Разрыв до цели: Устранено причин']);
    // The demo's country target for this year asks something of every month of it.
    const targets = await page.locator('.chart-table tbody tr td:nth-child(3)').allTextContents();
    expect(targets.some((cell) => /\d/.test(cell))).toBe(true);
  });
});
