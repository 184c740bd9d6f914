import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { gql } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const STORED = `query { reportSchedules { id cadence unit lang recipients revision } }`;
type Stored = {
  reportSchedules: {
    id: string;
    cadence: string;
    unit: string;
    lang: string;
    recipients: string[];
    revision: number;
  }[];
};
const CHANGE = `
  mutation ($input: ChangeReportScheduleInput!) {
    changeReportSchedule(input: $input) { __typename }
  }
`;

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe("the chair's report schedules in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    context = await newContext(browser, product.url);
    page = await context.newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const createForm = () =>
    page.locator('form.schedule-form', { has: page.getByRole('heading', { name: 'Новое расписание' }) });
  const listed = () => page.locator('.schedule-list > li');
  const stored = async () => (await gql<Stored>(context, STORED)).reportSchedules;

  it('opens from beside the report download on the overview and starts empty', async () => {
    const link = page.locator('.page-header').getByRole('link', { name: 'Рассылка отчёта' });
    expect(await link.getAttribute('href')).toBe('/report-schedules');
    // The chair's menu offers it too.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Рассылка отчёта' }).count()).toBe(1);
    await link.click();
    await page.waitForURL('**/report-schedules');
    await expect
      .poll(() => page.locator('.empty-state').textContent(), { timeout: 15_000 })
      .toContain('Расписаний пока нет');
  });

  it('refuses a bad recipient under its own box, in Russian, and stores nothing', async () => {
    const form = createForm();
    await form.getByLabel('Периодичность').selectOption('MONTHLY');
    await form.getByLabel('Единица').selectOption('KZ-15');
    await form.getByLabel('Язык отчёта').selectOption('kk');
    await form.getByLabel('Адрес 1', { exact: true }).fill('chair@agency.kz');
    await form.getByRole('button', { name: 'Добавить адрес' }).click();
    // The new box takes the keyboard: typing goes straight into it.
    await page.keyboard.type('aktobe-office');
    expect(await form.getByLabel('Адрес 2', { exact: true }).inputValue()).toBe('aktobe-office');
    await form.getByRole('button', { name: 'Создать расписание' }).click();

    const second = form.getByLabel('Адрес 2', { exact: true });
    await expect.poll(() => second.getAttribute('aria-invalid')).toBe('true');
    const errorId = await second.getAttribute('aria-describedby');
    expect(await form.locator(`[id="${errorId}"]`).textContent()).toBe('Это не адрес электронной почты.');
    expect(await form.getByLabel('Адрес 1', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    expect(await form.getByRole('alert').textContent()).toContain('Расписание не сохранено');
    expect(await stored()).toEqual([]);
    expect(await listed().count()).toBe(0);
  });

  it('creates the schedule once the address is put right, and lists it with the region named', async () => {
    const form = createForm();
    await form.getByLabel('Адрес 2', { exact: true }).fill('aktobe.office@agency.kz');
    await form.getByRole('button', { name: 'Создать расписание' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Расписание создано.');
    await expect.poll(() => listed().count()).toBe(1);
    const row = await listed().first().textContent();
    for (const word of [
      'ежемесячно',
      'Актюбинская область',
      'казахский',
      'chair@agency.kz',
      'aktobe.office@agency.kz',
      // A new schedule's sending: nothing mailed before the current period closes.
      'Отчётов ещё не отправлено',
    ])
      expect(row).toContain(word);
    expect(await stored()).toMatchObject([
      {
        cadence: 'MONTHLY',
        unit: 'KZ-15',
        lang: 'kk',
        recipients: ['chair@agency.kz', 'aktobe.office@agency.kz'],
      },
    ]);
  });

  it('says someone changed it meanwhile and shows it as it now is', async () => {
    const [before] = await stored();
    await listed().first().getByRole('button', { name: 'Изменить' }).click();
    const edit = listed().first().locator('form.schedule-form');
    // The form opens with the keyboard in its first field.
    expect(await edit.getByLabel('Периодичность').evaluate((el) => el === document.activeElement)).toBe(true);
    // A deputy changes the language on another screen.
    await gql(context, CHANGE, {
      input: {
        submissionId: crypto.randomUUID(),
        scheduleId: before!.id,
        cadence: before!.cadence,
        unit: before!.unit,
        lang: 'ru',
        recipients: before!.recipients,
        expectedRevision: before!.revision,
      },
    });
    await edit.getByLabel('Периодичность').selectOption('QUARTERLY');
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => page.locator('.form-error').first().textContent())
      .toContain('изменил кто-то другой');
    await expect.poll(() => listed().first().textContent()).toContain('русский');
    expect(await listed().first().textContent()).toContain('ежемесячно');
    expect((await stored())[0]).toMatchObject({ cadence: 'MONTHLY', lang: 'ru' });
  });

  it('changes it in place', async () => {
    await listed().first().getByRole('button', { name: 'Изменить' }).click();
    const edit = listed().first().locator('form.schedule-form');
    await edit.getByLabel('Периодичность').selectOption('FOUR_MONTHLY');
    await edit.getByRole('button', { name: 'Убрать адрес 2' }).click();
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Расписание изменено.');
    await expect.poll(() => listed().first().textContent()).toContain('раз в четыре месяца');
    expect(await listed().first().textContent()).not.toContain('aktobe.office@agency.kz');
    expect((await stored())[0]).toMatchObject({ cadence: 'FOUR_MONTHLY', recipients: ['chair@agency.kz'] });
  });

  it('fits a 390 px phone without scrolling sideways, with a schedule and a refusal shown', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const form = createForm();
    await form.getByLabel('Адрес 1', { exact: true }).fill('a very long address that is no address at all');
    await form.getByRole('button', { name: 'Создать расписание' }).click();
    await expect.poll(() => form.locator('.field__error').count()).toBe(1);
    expect(await overflows(page)).toBe(false);
    await screenshot(page, 'report-schedules-ru-390');
    await form.getByLabel('Адрес 1', { exact: true }).fill('');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('withdraws it from the keyboard, after a confirmation, and the empty state returns', async () => {
    await listed().first().getByRole('button', { name: 'Отменить расписание' }).focus();
    await page.keyboard.press('Enter');
    // The question takes the keyboard: Enter answers it.
    const yes = listed().first().getByRole('button', { name: 'Да, отменить' });
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Расписание отменено.');
    await expect.poll(() => listed().count()).toBe(0);
    expect(await page.locator('.empty-state').textContent()).toContain('Расписаний пока нет');
    expect(await stored()).toEqual([]);
  });

  it('reads in Kazakh, its refusals too, and fits 390 px', async () => {
    const kk = await (await newContext(browser, product.url, 'kk')).newPage();
    await signIn(kk, DEMO.chair);
    await kk.goto('/report-schedules');
    await expect.poll(() => kk.locator('h1').textContent(), { timeout: 15_000 }).toBe('Есепті тарату');
    const form = kk.locator('form.schedule-form');
    await form.getByLabel('1-мекенжай', { exact: true }).fill('not-an-address');
    await form.getByRole('button', { name: 'Кесте жасау' }).click();
    await expect
      .poll(() => form.locator('.field__error').textContent())
      .toBe('Бұл электрондық пошта мекенжайы емес.');
    expect(await form.getByLabel('Бірлік').locator('option:checked').textContent()).toBe('Бүкіл Қазақстан');
    await kk.setViewportSize({ width: 390, height: 844 });
    expect(await overflows(kk)).toBe(false);
    await screenshot(kk, 'report-schedules-kk-390');
    await kk.context().close();
  });

  it('is closed to an analyst: the 403 page, and no way to it in the menu', async () => {
    const analyst = await (await newContext(browser, product.url)).newPage();
    await signIn(analyst, DEMO.analyst);
    await analyst.goto('/report-schedules');
    await expect
      .poll(() => analyst.locator('.status-page__code').textContent(), { timeout: 15_000 })
      .toBe('403');
    expect(await analyst.locator('h1').textContent()).toBe('Доступ к этому разделу закрыт');
    expect(await analyst.getByRole('link', { name: 'Рассылка отчёта' }).count()).toBe(0);
    // The server refuses the list as well, whatever the screen shows.
    await expect(gql(analyst.context(), STORED)).rejects.toThrow();
    await analyst.context().close();
  });
});
