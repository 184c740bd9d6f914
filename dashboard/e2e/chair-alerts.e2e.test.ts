import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import {
  gql,
  IDENTIFY_RISK,
  RECORD_TRANSFORMATION,
  riskInput,
  transformationInput,
} from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe("the chair's alerts in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let officer: BrowserContext;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    page = await (await newContext(browser, product.url)).newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
    officer = await newContext(browser, product.url);
    await signIn(await officer.newPage(), DEMO.officerAktobe);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('creates a rule on the country’s target, sees it fire live, mutes it and deletes it', async () => {
    await page.getByRole('link', { name: 'Оповещения' }).click();
    await page.waitForURL('**/alerts');
    const name = `Страна: устранённые причины ${Date.now()}`;
    const form = page.locator('form.alert-rule-form');
    await form.getByLabel('Название').fill(name);
    // Any status: the demo's country target for this quarter has one, so the rule holds at once.
    await form.getByLabel('выполнена').check();
    await form.getByLabel('под угрозой').check();
    await form.getByRole('button', { name: 'Создать правило' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Правило создано.');

    // The firing arrives over the live connection, with the numbers and the way to its events.
    const row = page.locator('tbody tr', { hasText: name });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toMatch(
      /сработало.*Весь Казахстан.*(выполнена|под угрозой|отстаёт).*факт/,
    );
    expect(await row.textContent()).toContain('только в приложении');
    expect(await row.getByRole('link', { name: 'События' }).getAttribute('href')).toMatch(
      /^\/overview\?from=/,
    );

    const rule = page.locator('.alert-rules li', { hasText: name });
    await rule.getByRole('button', { name: 'Приглушить' }).click();
    await expect.poll(() => rule.textContent()).toContain('приглушено');
    await rule.getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => rule.count()).toBe(0);
    // Its notification stays in the list.
    expect(await row.count()).toBe(1);
  });

  it('creates a threshold rule from the same form and sees it fire with the KPI and the threshold', async () => {
    const name = `Порог: устранённые причины ${Date.now()}`;
    const form = page.locator('form.alert-rule-form');
    await form.getByLabel('Название').fill(name);
    await form.getByLabel('Условие').selectOption('KPI_THRESHOLD');
    await form.getByLabel('Порог', { exact: true }).fill('1000000000');
    await form.getByLabel('Направление').selectOption('BELOW');
    await form.getByRole('button', { name: 'Создать правило' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Правило создано.');
    expect(await page.locator('.alert-rules li', { hasText: name }).textContent()).toContain(
      'ниже порога 1000000000',
    );
    const row = page.locator('tbody tr', { hasText: name });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toMatch(/сработало.*факт \d+, порог 1000000000/);
  });

  it('creates a rule on a recurrence appearing in Aktobe, and sees the officer’s recurring risk named when it fires', async () => {
    const name = `Повтор в Актобе ${Date.now()}`;
    const form = page.locator('form.alert-rule-form');
    await form.getByLabel('Название').fill(name);
    await form.getByLabel('Условие').selectOption('RECURRENCE_APPEARED');
    expect(await form.getByLabel('Условие').locator('option:checked').textContent()).toBe('появился повтор');
    // It watches no KPI and no period: the form does not ask for them.
    expect(await form.getByLabel('Показатель', { exact: true }).count()).toBe(0);
    await form.getByLabel('Территория').selectOption('KZ-15');
    await form.getByRole('button', { name: 'Создать правило' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Правило создано.');
    expect(await page.locator('.alert-rules li', { hasText: name }).textContent()).toContain(
      'повтор устранённой схемы',
    );

    // The officer removes a scheme, and it comes back within the year.
    const day = (ago: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(
        new Date(Date.now() - ago * 86_400_000),
      );
    type Identified = { identifyRisk: { riskId: string } };
    const first = await gql<Identified>(officer, IDENTIFY_RISK, { input: riskInput('KZ-15', day(40)) });
    await gql(officer, RECORD_TRANSFORMATION, {
      input: transformationInput('KZ-15', first.identifyRisk.riskId, day(30)),
    });
    const again = await gql<Identified>(officer, IDENTIFY_RISK, { input: riskInput('KZ-15', day(3)) });
    const recurring = again.identifyRisk.riskId;

    const row = page.locator('tbody tr', { hasText: recurring });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toMatch(
      /сработало.*Актюбинская область.*Управление земельных отношений, «Предоставление земельных участков»: риск/,
    );
    expect(await row.getByRole('link', { name: 'События' }).getAttribute('href')).toBe(
      `/overview?region=KZ-15&from=${day(3)}&to=${day(3)}`,
    );
  });
});
