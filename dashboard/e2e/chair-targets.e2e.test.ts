import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe("the chair's targets in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await newContext(browser, product.url);
    page = await chair.newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const form = () => page.locator('form.target-form');
  const setTarget = async (value: string) => {
    await form().getByLabel('Значение (для доли: от 0 до 1)').fill(value);
    await form().getByRole('button', { name: 'Установить' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Цель сохранена.' }).count()).toBe(1);
  };
  const card = () => page.getByTestId('target-causesRemoved');

  it('sets a country target for this quarter from the form and shows its status on the card and in the league', async () => {
    await expect.poll(() => page.getByTestId('kpi-causesRemoved').isVisible()).toBe(true);
    // The demo's chair has set targets of their own; the form replaces this quarter's.
    await page.getByText('Цели по показателям').click();
    await setTarget('1000000');
    await expect
      .poll(() => card().textContent(), { timeout: 5000 })
      .toMatch(/Цель ≥ 1\s000\s000 · \d{4}-Q[1-4].*отстаёт/);
    await setTarget('0');
    await expect.poll(() => card().textContent(), { timeout: 5000 }).toMatch(/выполнена/);
    // A region's target shows its status in the region's row of the league.
    await form().getByLabel('Территория').selectOption('KZ-15');
    await setTarget('1000000');
    const aktobe = page.locator('.league tbody tr', { hasText: 'Актюбинская область' });
    await expect
      .poll(() => aktobe.locator('.target-status').textContent(), { timeout: 5000 })
      .toBe('отстаёт');
    // Sorted by status, the regions off track come first: Aktobe among them.
    await page.locator('.league th', { hasText: 'Цели' }).getByRole('button').click();
    expect(await page.locator('.league tbody tr').first().locator('.target-status').textContent()).toBe(
      'отстаёт',
    );
  });

  it('withdraws it again, and refuses a rate outside 0..1 naming the value', async () => {
    await form().getByLabel('Территория').selectOption('KZ');
    await form().getByRole('button', { name: 'Отозвать' }).click();
    // The quarter's target is gone: the card shows the year's (the demo's), or none.
    await expect
      .poll(async () => ((await card().count()) === 0 ? '' : await card().textContent()), { timeout: 5000 })
      .not.toMatch(/Q[1-4]/);
    await form().getByLabel('Показатель').selectOption('removalRate');
    await form().getByLabel('Значение (для доли: от 0 до 1)').fill('80');
    await form().getByRole('button', { name: 'Установить' }).click();
    // Named by the field's label, in the reader's words, not the server's English.
    const refusal = 'Значение (для доли: от 0 до 1): Доля — число от 0 до 1.';
    await expect.poll(() => page.getByRole('status').filter({ hasText: refusal }).count()).toBe(1);
  });
});
