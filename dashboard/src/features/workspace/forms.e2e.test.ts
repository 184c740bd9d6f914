import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

/** The fields a form marks wrong, in the order it shows them. */
const fieldsInError = (page: Page) =>
  page
    .locator('.field--invalid')
    .evaluateAll((fields) =>
      fields.map(
        (f) => (f.querySelector(':is(input, select, textarea)[id^="f-"]') as HTMLElement | null)?.id ?? f.id,
      ),
    );

describe('a workspace form left empty, in Chromium', () => {
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

  it('names every empty field of a new risk on the first submit, text and choices alike', async () => {
    await page.getByRole('link', { name: 'Внести выявленный риск' }).click();
    await page.locator('#f-occurredOn').fill('');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.form-error').first().waitFor();

    expect(await fieldsInError(page)).toEqual([
      'f-organization',
      'f-process',
      'f-sphere',
      'f-causeCategory',
      'f-source',
      'f-occurredOn',
      'f-description',
    ]);
    expect(await page.locator('[data-field-error]').count()).toBe(7);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-organization');
    await screenshot(page, 'workspace-empty-risk-form');
  });

  it('names every empty field of a transformation, the risks to remove among them', async () => {
    await page.goto('/regions/KZ-15/transformations/new');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.form-error').first().waitFor();

    expect(await fieldsInError(page)).toEqual([
      'f-organization',
      'f-process',
      'f-kind',
      'f-removesRiskIds',
      'f-description',
    ]);
    expect(await page.locator('#f-removesRiskIds-error').isVisible()).toBe(true);
  });
});
