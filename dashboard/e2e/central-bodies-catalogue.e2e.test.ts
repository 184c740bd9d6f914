import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe('the administrator keeps the catalogue of central state bodies, in Chromium', () => {
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

  const catalogue = () => page.locator('section.central-bodies');
  const add = () => page.locator('form[aria-labelledby="add-central-body-title"]');

  it('lists the ministries in Russian and refuses a region code at the code field, recording nothing', async () => {
    await expect
      .poll(() => catalogue().locator('tbody').textContent(), { timeout: 30_000 })
      .toContain('Министерство здравоохранения');
    await add().locator('#body-code').fill('KZ-99');
    await add().locator('#body-nameRu').fill('Агентство по делам спорта');
    await add().locator('#body-nameKk').fill('Спорт істері агенттігі');
    await add().locator('#body-nameEn').fill('Agency for Sports Affairs');
    await add().getByRole('button', { name: 'Добавить орган' }).click();
    await expect
      .poll(() => add().locator('#body-code-error').textContent())
      .toContain('не может начинаться с KZ-');
    expect(await catalogue().locator('tbody').textContent()).not.toContain('Агентство по делам спорта');
  });

  it('adds an agency, which the list then shows as added', async () => {
    await add().locator('#body-code').fill('AG-SPORT');
    await add().getByRole('button', { name: 'Добавить орган' }).click();
    await expect.poll(() => add().locator('.notice').textContent()).toContain('AG-SPORT');
    const row = catalogue().locator('tbody tr', { hasText: 'AG-SPORT' });
    await expect.poll(() => row.textContent()).toContain('Агентство по делам спорта');
    expect(await row.locator('.badge').textContent()).toBe('добавлен');
    await screenshot(page, 'central-bodies-ru-1440');
  });

  it('renames a ministry after a reorganisation, twice in a row, its code kept', async () => {
    await catalogue().getByRole('button', { name: 'Переименовать: MIN-TRADE' }).click();
    const rename = page.locator('form[aria-labelledby="rename-central-body-title"]');
    const row = catalogue().locator('tbody tr', { hasText: 'MIN-TRADE' });
    for (const name of ['Министерство торговли', 'Министерство торговли и интеграции ЕАЭС']) {
      await rename.locator('#rename-nameRu').fill(name);
      await rename.getByRole('button', { name: 'Переименовать' }).click();
      await expect.poll(() => rename.locator('.notice').textContent()).toContain('MIN-TRADE');
      await expect.poll(() => row.locator('td').nth(2).textContent()).toBe(name);
    }
    await rename.locator('#rename-nameRu').fill('');
    await rename.locator('#rename-nameRu').evaluate((input) => input.removeAttribute('required'));
    await rename.getByRole('button', { name: 'Переименовать' }).click();
    await expect.poll(() => rename.locator('#rename-nameRu-error').textContent()).toBe('Слишком коротко.');
  });

  it('fits a 390 px phone in Russian and in Kazakh, the added body named in Kazakh', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await catalogue().locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'central-bodies-ru-390');
    const kk = await (await newContext(browser, product.url, 'kk')).newPage();
    await signIn(kk, DEMO.admin);
    await kk.waitForURL('**/users');
    const row = kk.locator('section.central-bodies tbody tr', { hasText: 'AG-SPORT' });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('Спорт істері агенттігі');
    expect(await kk.locator('#central-bodies-title').textContent()).toBe('Орталық мемлекеттік органдар');
    await kk.setViewportSize({ width: 390, height: 844 });
    expect(await kk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(kk, 'central-bodies-kk-390');
    await kk.close();
  });
});
