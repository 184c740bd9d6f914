import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { signIn } from './harness/session.ts';

/** The demo's Ministry of Health officer (demo password). */
const OFFICER = 'officer.body';

/** The fields a form marks wrong, in the order it shows them. */
const fieldsInError = (page: Page) =>
  page
    .locator('.field--invalid')
    .evaluateAll((fields) =>
      fields.map(
        (f) => (f.querySelector(':is(input, select, textarea)[id^="f-"]') as HTMLElement | null)?.id,
      ),
    );

/**
 * The body's risks identified in the period, as its lead cards show them: the denominator of the
 * share removed ("0 / 1"); 0 while the body has no work and the card no such line.
 */
const risksIdentified = async (page: Page): Promise<number> => {
  const detail = page
    .locator('.kpi-card', { has: page.getByTestId('kpi-removalRate') })
    .locator('.kpi-card__detail');
  if ((await detail.count()) === 0) return 0;
  const [, denominator = '0'] = ((await detail.textContent()) ?? '').split('/');
  return Number(denominator.replace(/\D/g, '') || '0');
};

const widthFits = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe("a central body's officer records the body's work from their page, in Chromium", () => {
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
    await signIn(page, OFFICER);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('lands on the body page, names every empty field with the region first, and a bad district under it', async () => {
    await page.waitForURL('**/body');
    await expect
      .poll(() => page.locator('#body-page-title').textContent(), { timeout: 30_000 })
      .toBe('Министерство здравоохранения');
    await page.getByRole('link', { name: 'Внести выявленный риск' }).click();
    await page.waitForURL('**/body/risks/new');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.form-error').first().waitFor();
    expect(await fieldsInError(page)).toEqual([
      'f-region',
      'f-organization',
      'f-process',
      'f-sphere',
      'f-causeCategory',
      'f-source',
      'f-description',
    ]);
    expect(await page.locator('#f-region-error').textContent()).toBe('Заполните это поле.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-region');

    await page.locator('#f-region').selectOption('KZ-15');
    await page.locator('#f-organization').fill('Управление здравоохранения Актюбинской области');
    await page.locator('#f-process').fill('Закуп лекарственных средств');
    await page.locator('#f-sphere').selectOption('HEALTHCARE');
    await page.locator('#f-causeCategory').selectOption('EXCESSIVE_DISCRETION');
    await page.locator('#f-source').selectOption('CITIZEN_RECEPTION');
    await page.locator('#f-description').fill('Поставщика выбирает один человек без комиссии.');
    await page.locator('#f-district').fill('12');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('#f-district-error').waitFor();
    expect(await page.locator('#f-district-error').textContent()).toBe('Неверный формат.');
    expect(await fieldsInError(page)).toEqual(['f-district']);
    expect(new URL(page.url()).pathname).toBe('/body/risks/new');
    await screenshot(page, 'body-risk-form-refused-ru');
  });

  it("records the risk for the body, and the body's figure moves by one", async () => {
    await page.goto('/body');
    await page.locator('#body-page-title').waitFor();
    // The lead cards load after the title: wait for them (or the body's empty state) to settle.
    await page.locator('#headline-kpis, .empty-state').first().waitFor({ timeout: 30_000 });
    const before = await risksIdentified(page);

    await page.getByRole('link', { name: 'Внести выявленный риск' }).click();
    await page.locator('#f-region').selectOption('KZ-15');
    await page.locator('#f-organization').fill('Управление здравоохранения Актюбинской области');
    await page.locator('#f-process').fill('Закуп лекарственных средств');
    await page.locator('#f-sphere').selectOption('HEALTHCARE');
    await page.locator('#f-causeCategory').selectOption('EXCESSIVE_DISCRETION');
    await page.locator('#f-source').selectOption('CITIZEN_RECEPTION');
    await page.locator('#f-description').fill('Поставщика выбирает один человек без комиссии.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/body');
    await page.getByRole('status').filter({ hasText: 'Запись сохранена.' }).waitFor();
    await expect.poll(() => risksIdentified(page), { timeout: 20_000 }).toBe(before + 1);
    await screenshot(page, 'body-page-after-risk-ru');
  });

  it("offers only the body's own risks to recommend on, and places the recommendation in the risk's region", async () => {
    await page.goto('/body/recommendations/new');
    const options = page.locator('#f-riskId option');
    // The placeholder and the one risk the ministry recorded; none of the demo regions' many.
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBe(2);
    expect(await options.nth(1).textContent()).toContain('Закуп лекарственных средств');
    await page.locator('#f-riskId').selectOption({ index: 1 });
    expect(await page.locator('#f-region').inputValue()).toBe('KZ-15');
    expect(await page.locator('#f-organization').inputValue()).toBe(
      'Управление здравоохранения Актюбинской области',
    );
    await page.goto('/body/transformations/new');
    const removable = page.locator('.id-picker').first().locator('.check');
    await expect.poll(() => removable.count(), { timeout: 15_000 }).toBe(1);
    expect(await removable.textContent()).toContain('Закуп лекарственных средств');
  });

  it('speaks Kazakh and English, and nothing is wider than a 390 px phone', async () => {
    for (const [lang, label, required] of [
      ['ru', 'Где ведётся работа (регион)', 'Заполните это поле.'],
      ['kk', 'Жұмыс жүргізілетін өңір', 'Бұл өрісті толтырыңыз.'],
      ['en', 'Where the work sits (region)', 'Fill in this field.'],
    ] as const) {
      const context = await newContext(browser, product.url, lang);
      const phone = await context.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await signIn(phone, OFFICER);
      await phone.waitForURL('**/body');
      await phone.locator('#body-page-title').waitFor({ timeout: 30_000 });
      await phone.locator('#headline-kpis, .empty-state').first().waitFor({ timeout: 30_000 });
      await widthFits(phone, 390);
      await screenshot(phone, `body-page-${lang}-390`);
      await phone.goto('/body/risks/new');
      expect(await phone.locator('label[for="f-region"]').textContent()).toContain(label);
      await phone.locator('form button[type="submit"]').click();
      await phone.locator('#f-region-error').waitFor();
      expect(await phone.locator('#f-region-error').textContent()).toBe(required);
      await widthFits(phone, 390);
      await screenshot(phone, `body-risk-form-${lang}-390`);
      await context.close();
    }
  });
});
