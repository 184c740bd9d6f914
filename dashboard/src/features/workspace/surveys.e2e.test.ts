import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { almatyToday } from '../../../e2e/harness/graphql.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

describe('perception surveys and receptions in the workspace, and on the overview, in Chromium', () => {
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

  it("refuses an index above 100 with the server's message at the field, then records the survey", async () => {
    await page.getByRole('link', { name: 'Записать опрос о восприятии' }).click();
    await page.locator('#f-group').selectOption('CITIZENS');
    await page.locator('#f-method').selectOption('TELEPHONE');
    await page.locator('#f-respondents').fill('1200');
    await page.locator('#f-perceptionIndex').fill('140');
    await page.locator('#f-facedCorruptionShare').fill('0.18');
    await page.locator('#f-occurredOn').fill(almatyToday());
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const error = page.locator('#f-perceptionIndex-error');
    await error.waitFor();
    expect(await page.locator('.field__error').count()).toBe(1);

    await page.locator('#f-perceptionIndex').fill('61.5');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    expect(await page.locator('.notice--success').textContent()).toBe('Запись сохранена.');

    await page.getByRole('link', { name: 'Опросы' }).click();
    await page.locator('td', { hasText: '61,5' }).first().waitFor();
    await screenshot(page, 'workspace-surveys-ru');
  });

  it('records a reception of citizens', async () => {
    await page.goto('/regions/KZ-15/receptions/new');
    await page.locator('#f-citizensReceived').fill('14');
    await page.locator('#f-issuesRaised').fill('3');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    expect(await page.locator('.notice--success').textContent()).toBe('Запись сохранена.');
  });

  it("shows the region's perception beside its causes removed on the chair's overview", async () => {
    const chair = await newContext(browser, product.url);
    const overview = await chair.newPage();
    await signIn(overview, DEMO.chair);
    const table = overview.locator('#perception-title');
    await table.waitFor({ timeout: 30_000 });
    const row = overview.locator('.perception tr', { hasText: 'Актюбинская область' });
    expect(await row.locator('td').first().textContent()).toBe('61,5');
    await screenshot(overview, 'overview-perception-ru');
    await chair.close();
  });

  it('withdraws the survey from the Surveys tab: it then counts nowhere', async () => {
    // The demo's own survey waves are listed too: withdraw the one this test recorded.
    await page.goto('/regions/KZ-15/surveys');
    const ours = page.locator('tr', { hasText: '61,5' });
    await ours.first().waitFor();
    expect(await ours.count()).toBe(1);
    await ours.getByRole('link', { name: 'Отозвать' }).click();
    await page.locator('#f-reason').fill('Внесён дважды');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    await page.goto('/regions/KZ-15/surveys');
    await page.locator('tr', { hasText: 'Отозвать' }).first().waitFor();
    expect(await page.locator('tr', { hasText: '61,5' }).count()).toBe(0);

    const chair = await newContext(browser, product.url);
    const overview = await chair.newPage();
    await signIn(overview, DEMO.chair);
    await overview.locator('#perception-title').waitFor({ timeout: 30_000 });
    const row = overview.locator('.perception tr', { hasText: 'Актюбинская область' });
    expect(await row.locator('td').first().textContent()).not.toBe('61,5');
    await chair.close();
  });
});
