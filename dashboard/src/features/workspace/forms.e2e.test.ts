import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { almatyToday } from '../../../e2e/harness/graphql.ts';
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

describe("the workspace's forms, in Chromium, in a browser that speaks English", () => {
  let product: RunningProduct;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    // The browser speaks English, the app Russian: dates must follow the app.
    browser = await launchBrowser('en');
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

  it("names an empty field and the server's issue with a filled one after one submit", async () => {
    await page.goto('/regions/KZ-15/risks/new');
    await page.locator('#f-process').fill('Выдача разрешений');
    await page.locator('#f-district').fill('12');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    // The form names the empty organization at once; the server's check of the district joins it.
    await page.locator('#f-district-error').waitFor();

    const inError = await fieldsInError(page);
    expect(inError).toContain('f-organization');
    expect(inError).toContain('f-district');
    expect(inError).not.toContain('f-process');
    expect(await page.locator('#f-district-error').textContent()).toBe('Неверный формат.');
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

  it("shows and reads dates as the app's language writes them, not the browser's", async () => {
    const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('.');
    const [y, m, d] = almatyToday().split('-').map(Number);
    const tomorrow = new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
    await page.goto('/regions/KZ-15/risks/new');
    const date = page.locator('#f-occurredOn');
    expect(await date.inputValue()).toBe(ddmmyyyy(almatyToday()));
    expect(await page.locator('#f-occurredOn-hint').textContent()).toContain('ДД.ММ.ГГГГ');

    await date.fill('31.02.2026');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('#f-occurredOn-error').waitFor();
    expect(await page.locator('#f-occurredOn-error').textContent()).toBe(
      'Укажите дату в формате ДД.ММ.ГГГГ.',
    );

    // A day typed the Russian way reaches the server as that day: tomorrow is refused as future.
    await page.locator('#f-organization').fill('Акимат Хромиевского района');
    await page.locator('#f-process').fill('Выдача разрешений на перепланировку');
    await page.locator('#f-sphere').selectOption('CONSTRUCTION');
    await page.locator('#f-causeCategory').selectOption('EXCESSIVE_DISCRETION');
    await page.locator('#f-source').selectOption('CITIZEN_RECEPTION');
    await page.locator('#f-description').fill('Срок рассмотрения не установлен.');
    await date.fill(ddmmyyyy(tomorrow));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => page.locator('#f-occurredOn-error').textContent())
      .toContain('Дата не может быть в будущем');
    expect(await page.locator('.field--invalid').count()).toBe(1);
  });
});
