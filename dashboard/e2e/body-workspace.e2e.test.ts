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

/** The rows of the body's register: its open risks, and its recommendations coming due. */
const riskRows = (page: Page) => page.locator('section[aria-labelledby="open-risks"] tbody tr');
const recommendationRows = (page: Page) =>
  page.locator('section[aria-labelledby="due-recommendations"] tbody tr');

/** A figure of the unit's receptions this year, by its label (0 while the panel is still loading). */
const receptionsFigure = async (page: Page, label: string): Promise<number> => {
  const value = page
    .locator('section[aria-labelledby="receptions-title"] .receptions-summary > div', { hasText: label })
    .locator('dd');
  if ((await value.count()) === 0) return 0;
  return Number(((await value.textContent()) ?? '').replace(/\D/g, '') || '0');
};

/** A day `days` days after today in Almaty, as a date field takes it. */
const daysAhead = (days: number) =>
  new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Records a risk for the body in Aktobe through the form, on whichever page is given. */
const recordRisk = async (page: Page, process: string) => {
  await page.goto('/body/risks/new');
  await page.locator('#f-region').selectOption('KZ-15');
  await page.locator('#f-organization').fill('Управление здравоохранения Актюбинской области');
  await page.locator('#f-process').fill(process);
  await page.locator('#f-sphere').selectOption('HEALTHCARE');
  await page.locator('#f-causeCategory').selectOption('LACK_OF_TRANSPARENCY');
  await page.locator('#f-source').selectOption('EXTERNAL_ANALYSIS');
  await page.locator('#f-description').fill('Очередь на квоты ведётся в тетради, её никто не видит.');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.waitForURL('**/body');
};

/** Saves a form and waits to be back on the body page, told the record was saved. */
const saveAndReturn = async (page: Page) => {
  await page.getByRole('button', { name: 'Сохранить' }).click();
  // A refusal stays on the form: fail with its words rather than only a timeout.
  await page.waitForURL('**/body', { timeout: 15_000 }).catch(async () => {
    throw new Error(`still on the form: ${(await page.locator('.form-error').allTextContents()).join(' ')}`);
  });
  await page.getByRole('status').filter({ hasText: 'Запись сохранена.' }).waitFor();
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

  it("records a citizen reception for the body in Aktobe's city, refused first for a district without its region, and the body's receptions figure moves", async () => {
    await page.goto('/body');
    const panel = page.locator('section[aria-labelledby="receptions-title"]');
    await panel.waitFor({ timeout: 30_000 });
    const held = await receptionsFigure(page, 'Проведено приёмов');
    const citizens = await receptionsFigure(page, 'Принято граждан');

    await page.getByRole('link', { name: 'Записать приём граждан' }).click();
    await page.waitForURL('**/body/receptions/new');
    await page.locator('#f-citizensReceived').fill('23');
    await page.locator('#f-issuesRaised').fill('4');
    // A district lies in a region: named alone it is refused at the district, nothing saved.
    await page.locator('#f-district').fill('151010000');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('#f-district-error').waitFor();
    expect(await fieldsInError(page)).toEqual(['f-district']);
    expect(new URL(page.url()).pathname).toBe('/body/receptions/new');

    await page.locator('#f-region').selectOption('KZ-15');
    await page.locator('#f-districtName').fill('г. Актобе');
    await saveAndReturn(page);
    await expect.poll(() => receptionsFigure(page, 'Проведено приёмов'), { timeout: 20_000 }).toBe(held + 1);
    expect(await receptionsFigure(page, 'Принято граждан')).toBe(citizens + 23);
    await screenshot(page, 'body-page-after-reception-ru');
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

  it("refreshes the body's figures and register live when the body's risk is recorded in another tab, with no reload", async () => {
    await page.goto('/body');
    await page.locator('#headline-kpis, .empty-state').first().waitFor({ timeout: 30_000 });
    await riskRows(page).first().waitFor({ timeout: 30_000 });
    const before = await risksIdentified(page);
    const rows = await riskRows(page).count();
    // A mark on this document: a reload or a navigation would lose it.
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const other = await officer.newPage();
    await recordRisk(other, 'Распределение квот на высокотехнологичную помощь');
    await other.close();
    await expect.poll(() => risksIdentified(page), { timeout: 20_000 }).toBe(before + 1);
    await expect.poll(() => riskRows(page).count(), { timeout: 20_000 }).toBe(rows + 1);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    await screenshot(page, 'body-page-live-ru');
  });

  it("says in every row of a drill-down that the work is the ministry's, though it sits in Aktobe", async () => {
    await page.goto('/body');
    const card = page.locator('.kpi-card', { has: page.getByTestId('kpi-removalRate') });
    await card.locator('button').first().click({ timeout: 30_000 });
    const drawer = page.locator('dialog.drawer');
    await expect.poll(() => drawer.locator('.drill__event').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const units = await drawer.locator('.drill__unit').allTextContents();
    expect(units.length).toBe(await drawer.locator('.drill__event').count());
    expect(new Set(units)).toEqual(new Set(['Отчётная единица: Министерство здравоохранения']));
    expect(await drawer.locator('.drill__organization').first().textContent()).toContain(
      'Актюбинская область',
    );
    await page.keyboard.press('Escape');
  });

  it("corrects the body's register from its rows: reclassifies, recommends, moves the due date, rejects, and withdraws a risk, refused first without a reason", async () => {
    await page.goto('/body');
    const rows = riskRows(page);
    await rows.first().waitFor({ timeout: 30_000 });
    await page.locator('#headline-kpis').waitFor({ timeout: 30_000 });
    const before = await risksIdentified(page);
    const count = await rows.count();
    // Each row says where the body's work sits.
    expect(await rows.first().textContent()).toContain('Актюбинская область');

    await rows.first().locator('summary').click();
    await rows.first().getByRole('link', { name: 'Переклассифицировать' }).click();
    await page.waitForURL('**/body/risks/*/reclassify');
    // A correction acts on a known thing: no region to pick, nothing of the body to name.
    expect(await page.locator('#f-region').count()).toBe(0);
    await page.locator('#f-sphere').selectOption('PUBLIC_PROCUREMENT');
    await page.locator('#f-reason').fill('Закуп лекарств проводится как государственная закупка.');
    await saveAndReturn(page);

    await rows.first().getByRole('link', { name: 'Выдать рекомендацию' }).click();
    await page.locator('#f-text').waitFor();
    // Opened from the row, the recommendation sits where its risk does.
    expect(await page.locator('#f-region').inputValue()).toBe('KZ-15');
    await page.locator('#f-text').fill('Создать закупочную комиссию и публиковать её решения.');
    // Due within the 30 days the register lists as coming due.
    await page.locator('#f-dueOn').fill(daysAhead(14));
    await saveAndReturn(page);

    const recommendations = recommendationRows(page);
    await recommendations.first().waitFor({ timeout: 20_000 });
    await recommendations.first().getByRole('link', { name: 'Перенести срок' }).click();
    await page.locator('#f-dueOn').fill(daysAhead(21));
    await page.locator('#f-reason').fill('Комиссия создаётся приказом министра.');
    await saveAndReturn(page);
    const recommendationCount = await recommendations.count();
    await recommendations.first().getByRole('link', { name: 'Отклонить' }).click();
    await page.locator('#f-reason').fill('Закуп передан единому дистрибьютору.');
    await saveAndReturn(page);
    await expect.poll(() => recommendations.count(), { timeout: 20_000 }).toBe(recommendationCount - 1);

    await rows.last().locator('summary').click();
    await rows.last().getByRole('link', { name: 'Отозвать' }).click();
    await page.waitForURL('**/body/risks/*/withdraw');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('#f-reason-error').waitFor();
    expect(await fieldsInError(page)).toEqual(['f-reason']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-reason');
    await page.locator('#f-reason').fill('Внесён дважды.');
    await saveAndReturn(page);
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(count - 1);
    await expect.poll(() => risksIdentified(page), { timeout: 20_000 }).toBe(before - 1);
    await screenshot(page, 'body-register-corrected-ru');
  });

  it("imports the body's risks from a spreadsheet: a row naming another body refused at its column, then the file written as the body's", async () => {
    await page.goto('/body');
    await page.locator('#headline-kpis, .empty-state').first().waitFor({ timeout: 30_000 });
    const before = await risksIdentified(page);
    await page.getByRole('link', { name: 'Импорт из таблицы' }).click();
    await page.waitForURL('**/body/import');
    await page.locator('#import-type').waitFor({ timeout: 30_000 });
    // The body's layouts: the loop's and receptions, never surveys (no survey is a body's) nor targets.
    const types = await page.locator('#import-type option').allTextContents();
    expect(types).toContain('Приёмы граждан');
    expect(types).not.toContain('Опросы восприятия коррупции');
    expect(types).not.toContain('Целевые значения KPI');
    const template = await (await officer.request.get('/import/templates/RiskIdentified.csv')).text();
    const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    const keys = header.split(';').map((cell) => /\((\w+)\)"?$/.exec(cell)?.[1] ?? '');
    const row = (over: Record<string, string>) => {
      const cells: Record<string, string> = {
        region: 'KZ-15',
        organization: 'Областной перинатальный центр',
        process: 'Закуп расходных материалов',
        sphere: 'HEALTHCARE',
        causeCategory: 'CONFLICT_OF_INTEREST',
        source: 'INTERNAL_ANALYSIS',
        description: 'Поставщик связан с заведующим отделением.',
        occurredOn: daysAhead(0),
        ...over,
      };
      return keys.map((key) => cells[key] ?? '').join(';');
    };
    const check = async (lines: string[]) => {
      const buffer = Buffer.from([header, ...lines].join('\n'));
      await page.locator('#import-file').setInputFiles({ name: 'risks.csv', mimeType: 'text/csv', buffer });
      await page.getByRole('button', { name: 'Проверить файл' }).click();
      await page.locator('.import__report, .notice--success').first().waitFor({ timeout: 30_000 });
    };
    await check([row({}), row({ centralBody: 'MIN-EDUCATION' })]);
    const report = page.locator('.import__report');
    expect(await report.locator('tbody tr').count()).toBe(1);
    const cells = await report.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toContain('centralBody');
    expect(await page.getByRole('button', { name: /Записать/ }).count()).toBe(0);

    await check([row({})]);
    await page.getByRole('button', { name: /Записать/ }).click();
    await expect
      .poll(() => page.locator('.notice--success').textContent(), { timeout: 30_000 })
      .toMatch(/^Записано событий: 1\./);
    await screenshot(page, 'body-import-written-ru');
    await page.goto('/body');
    await expect.poll(() => risksIdentified(page), { timeout: 20_000 }).toBe(before + 1);
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
