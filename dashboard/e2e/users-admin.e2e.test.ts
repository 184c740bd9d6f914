import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe('the administrator manages accounts, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    page = await (await newContext(browser, product.url)).newPage();
    await signIn(page, DEMO.admin);
    await page.waitForURL('**/users');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const row = (username: string) => page.locator('tbody tr', { hasText: username });

  it('moves an analyst to the leadership role, recorded with who did it', async () => {
    await row('analyst')
      .getByRole('button', { name: /Изменить/ })
      .click();
    const drawer = page.locator('dialog.drawer');
    await drawer.locator('#manage-role').selectOption('CHAIR');
    await drawer.getByRole('button', { name: 'Сохранить роль' }).click();
    await expect.poll(() => drawer.locator('.notice').textContent()).toContain('Роль изменена');
    await expect.poll(() => drawer.locator('.history-table').textContent()).toContain('изменена роль');
    expect(await drawer.locator('.history-table').textContent()).toContain('admin');
    await screenshot(page, 'users-manage-ru');
    await page.keyboard.press('Escape');
    await expect.poll(() => row('analyst').textContent()).toContain('Руководство Агентства');
  });

  it('refuses an officer without a region, saying why, and changes nothing', async () => {
    await row('chair')
      .getByRole('button', { name: /Изменить/ })
      .click();
    const drawer = page.locator('dialog.drawer');
    await drawer.locator('#manage-role').selectOption('REGIONAL_OFFICER');
    await drawer.getByRole('button', { name: 'Сохранить роль' }).click();
    await expect.poll(() => drawer.locator('.form-error').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => row('chair').textContent()).toContain('Руководство Агентства');
  });

  it('closes access: the account can no longer sign in', async () => {
    await row('officer.aktobe')
      .getByRole('button', { name: /Изменить/ })
      .click();
    const drawer = page.locator('dialog.drawer');
    await drawer.locator('#manage-reason').fill('Перевод в другое ведомство');
    await drawer.getByRole('button', { name: 'Закрыть доступ' }).click();
    await expect.poll(() => drawer.locator('.notice').textContent()).toContain('Доступ закрыт');
    await page.keyboard.press('Escape');
    await expect.poll(() => row('officer.aktobe').locator('.badge').isVisible()).toBe(true);

    const other = await (await newContext(browser, product.url)).newPage();
    await other.goto('/sign-in');
    await other.locator('#username').fill(DEMO.officerAktobe);
    await other.locator('#password').fill(process.env.DEMO_PASSWORD ?? 'demo-password');
    await other.locator('form button[type="submit"]').click();
    await expect
      .poll(() => other.locator('.form-error').textContent())
      .toContain('Неверное имя пользователя или пароль');
  });
});
