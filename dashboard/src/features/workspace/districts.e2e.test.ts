import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

describe('districts in the workspace, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    officer = await newContext(browser, product.url);
    page = await officer.newPage();
    await signIn(page, DEMO.officerAktobe);
    await page.waitForURL('**/regions/KZ-15');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('refuses a district of another region at its field, then records the risk in a district of Aktobe', async () => {
    await page.getByRole('link', { name: 'Внести выявленный риск' }).click();
    await page.locator('#f-organization').fill('Акимат Хромтауского района');
    await page.locator('#f-process').fill('Предоставление пастбищ');
    await page.locator('#f-sphere').selectOption('AGRICULTURE');
    await page.locator('#f-causeCategory').selectOption('EXCESSIVE_DISCRETION');
    await page.locator('#f-source').selectOption('CITIZEN_RECEPTION');
    await page.locator('#f-description').fill('Пастбища распределяет один человек.');
    await page.locator('#f-district').fill('711210000');
    await page.locator('#f-districtName').fill('Хромтауский район');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('#f-district-error').waitFor();
    expect(await page.locator('.field--invalid').count()).toBe(1);

    await page.locator('#f-district').fill('154845000');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    expect(await page.locator('.notice--success').textContent()).toBe('Запись сохранена.');
  });

  it('lists the district with its KPIs on the Districts tab, beside the region-level rest', async () => {
    await page.getByRole('link', { name: 'Районы' }).click();
    const row = page.locator('tr', { hasText: 'Хромтауский район (154845000)' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('td').first().textContent()).toBe('1');
    await page.locator('th', { hasText: 'Без района (уровень региона)' }).waitFor();
    await page.locator('#receptions-title').waitFor();
    await screenshot(page, 'workspace-districts-ru');
  });
});
