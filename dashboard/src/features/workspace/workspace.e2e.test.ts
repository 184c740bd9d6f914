import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { almatyToday, gql } from '../../../e2e/harness/graphql.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

const OPEN_RISKS = `query ($region: RegionCode!) {
  openRisks(region: $region, first: 1) { ... on RegisterRiskPage { total } }
}`;
const openRisksIn = async (context: BrowserContext, region: string) =>
  (await gql<{ openRisks: { total: number } }>(context, OPEN_RISKS, { region })).openRisks.total;

const tomorrow = () => {
  const [y, m, d] = almatyToday().split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
};

/** Waits until the workspace's register has loaded. */
const registerShown = (page: Page) =>
  page
    .locator('#open-risks, .register .empty-state, .register .form-error')
    .first()
    .waitFor({ timeout: 20_000 });

describe("a regional officer's workspace, in Chromium", () => {
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

  beforeEach((context) => {
    // What the officer's screen showed when a step failed, beside the other screenshots.
    onTestFailed(async () => {
      await screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('shows the region register with actions on its risks and recommendations', async () => {
    await registerShown(page);
    expect(await page.locator('h1').textContent()).toBe('Рабочее место: Актюбинская область');
    expect(await page.locator('.register__actions').count()).toBeGreaterThan(0);
    await screenshot(page, 'workspace-register-ru');
  });

  it("refuses a risk dated tomorrow with the server's message at the date, then records it once fixed", async () => {
    const before = await openRisksIn(officer, 'KZ_15');
    const organization = `Акимат Хромиевского района ${randomUUID().slice(0, 6)}`;
    await page.getByRole('link', { name: 'Внести выявленный риск' }).click();
    await page.locator('#f-organization').fill(organization);
    await page.locator('#f-process').fill('Выдача разрешений на перепланировку');
    await page.locator('#f-sphere').selectOption('CONSTRUCTION');
    await page.locator('#f-causeCategory').selectOption('EXCESSIVE_DISCRETION');
    await page.locator('#f-source').selectOption('CITIZEN_RECEPTION');
    await page
      .locator('#f-description')
      .fill('Срок рассмотрения не установлен, решение принимает один специалист.');
    await page.locator('#f-occurredOn').fill(tomorrow());
    await page.getByRole('button', { name: 'Сохранить' }).click();

    const error = page.locator('#f-occurredOn-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Дата не может быть в будущем');
    expect(await page.locator('#f-occurredOn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[role="alert"]').first().textContent()).toContain('Дата выявления');
    // Focus goes to the field to correct, and the other fields were accepted as they were.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-occurredOn');
    expect(await page.locator('.field__error').count()).toBe(1);
    await screenshot(page, 'workspace-risk-form-error-ru');
    expect(await openRisksIn(officer, 'KZ_15')).toBe(before);

    await page.locator('#f-occurredOn').fill(almatyToday());
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    expect(await page.locator('.notice--success').textContent()).toBe('Запись сохранена.');
    await expect.poll(() => openRisksIn(officer, 'KZ_15')).toBe(before + 1);
  });

  it('issues a recommendation for a risk from its row in the register', async () => {
    await page.goto('/regions/KZ-15');
    await registerShown(page);
    const row = page.locator('#open-risks ~ table tbody tr, .register__table tbody tr').first();
    const organization = (await row.locator('.register__org').textContent())?.trim() ?? '';
    await row.getByRole('link', { name: 'Выдать рекомендацию' }).click();
    await page.locator('#f-text').waitFor();
    // The form names the risk it is for and starts from its organization.
    expect(await page.locator('.subject-line').textContent()).toContain(organization);
    expect(await page.locator('#f-organization').inputValue()).toBe(organization);
    await page
      .locator('#f-text')
      .fill('Опубликовать критерии и перевести приём заявлений в электронный вид.');
    const [y, m, d] = almatyToday().split('-').map(Number);
    await page.locator('#f-dueOn').fill(new Date(Date.UTC(y!, m! + 1, d!)).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL('**/regions/KZ-15');
    expect(await page.locator('.notice--success').textContent()).toBe('Запись сохранена.');
  });

  it('refuses an import with a bad row, naming its line and column, and writes nothing', async () => {
    const before = await openRisksIn(officer, 'KZ_15');
    await page.getByRole('link', { name: 'Импорт из таблицы' }).click();
    await page.locator('#import-type').selectOption('RiskIdentified');
    const template = await officer.request.get('/import/templates/RiskIdentified.csv');
    expect(template.ok()).toBe(true);
    const header = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    const row = (organization: string, sphere: string) =>
      [
        'KZ-15',
        organization,
        'Выдача справок',
        sphere,
        'MANUAL_PROCESSING',
        'INTERNAL_ANALYSIS',
        'Справки выдаются только на бумаге',
        almatyToday(),
      ].join(';');
    const csv = [
      header,
      row('Отдел ЗАГС', 'SOCIAL_PROTECTION'),
      row('Отдел архитектуры', 'НЕ_СФЕРА'),
      row('Отдел ЖКХ', 'HOUSING_UTILITIES'),
    ].join('\n');
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'risks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();

    const report = page.locator('.import__report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.locator('[role="alert"]').textContent()).toContain('Ничего не записано');
    const cells = await report.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toContain('sphere');
    expect(await page.getByRole('button', { name: /Записать/ }).count()).toBe(0);
    await screenshot(page, 'workspace-import-report-ru');
    expect(await openRisksIn(officer, 'KZ_15')).toBe(before);
  });

  it('checks a good file, then writes all its rows on commit, and nothing again when it is imported twice', async () => {
    const before = await openRisksIn(officer, 'KZ_15');
    await page.goto('/regions/KZ-15/import');
    await page.locator('#import-type').selectOption('RiskIdentified');
    const template = await officer.request.get('/import/templates/RiskIdentified.csv');
    const header = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    const row = (organization: string) =>
      [
        'KZ-15',
        organization,
        'Выдача справок',
        'SOCIAL_PROTECTION',
        'MANUAL_PROCESSING',
        'INTERNAL_ANALYSIS',
        'Справки выдаются только на бумаге',
        almatyToday(),
      ].join(';');
    const file = {
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, row('Отдел ЗАГС г. Актобе'), row('Отдел ЖКХ г. Актобе')].join('\n')),
    };
    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    const commit = page.getByRole('button', { name: 'Записать строки: 2' });
    await commit.waitFor({ timeout: 30_000 });
    expect(await openRisksIn(officer, 'KZ_15')).toBe(before);
    await commit.click();
    await page.getByText('Записано событий: 2').waitFor({ timeout: 30_000 });
    await expect.poll(() => openRisksIn(officer, 'KZ_15')).toBe(before + 2);

    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByText('уже загружено ранее — 2').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /Записать строки/ }).count()).toBe(0);
  });

  it('is shown in Kazakh and English too', async () => {
    const titles = { kk: 'Жұмыс орны: Ақтөбе облысы', en: 'Workspace: Aktobe Region' } as const;
    for (const lang of ['kk', 'en'] as const) {
      await page.goto('/regions/KZ-15');
      await page.locator(`.lang-switcher__option[lang="${lang}"]`).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(titles[lang]);
      await registerShown(page);
      await screenshot(page, `workspace-register-${lang}`);
      await page.goto('/regions/KZ-15/risks/new');
      await page.locator('#f-organization').waitFor();
      await screenshot(page, `workspace-risk-form-${lang}`);
      await page.goto('/regions/KZ-15/import');
      await page.locator('#import-type').waitFor();
      await screenshot(page, `workspace-import-${lang}`);
    }
    await page.locator('.lang-switcher__option[lang="ru"]').click();
  });
});
