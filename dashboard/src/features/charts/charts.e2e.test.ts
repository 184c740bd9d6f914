import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, newContext, RESULTS_DIR, screenshot } from '../../../e2e/harness/browser.ts';
import { ensureDashboardBuilt } from '../../../e2e/harness/build.ts';
import { gql } from '../../../e2e/harness/graphql.ts';
import { type RunningProduct, startProductProcess } from '../../../e2e/harness/product.ts';
import { DEMO, signIn } from '../../../e2e/harness/session.ts';

const CHART_NAME = 'Выявлено и устранено по регионам';

/** The chart is drawn (or its table shown) once the query has answered. */
const drawn = (page: Page) =>
  page.locator('.chart-view__figure .recharts-surface').first().waitFor({ timeout: 20_000 });

describe("an analyst's chart builder, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let analyst: BrowserContext;
  let page: Page;
  let sharedUrl = '';

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    analyst = await newContext(browser, product.url);
    page = await analyst.newPage();
    await signIn(page, DEMO.analyst);
  });

  beforeEach((context) => {
    // What the analyst's screen showed when a step failed, beside the other screenshots.
    onTestFailed(async () => {
      await screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('builds a chart from measures, a breakdown and a type, and draws it at once', async () => {
    await page.goto('/charts');
    await drawn(page);
    await page.getByLabel('Выявлено рисков', { exact: true }).check();
    await page.locator('#chart-dimension').selectOption('REGION');
    await page.getByLabel('Столбцы', { exact: true }).check();
    await drawn(page);
    await expect
      .poll(() => page.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Its text alternative holds one row per region with both measures.
    await page.getByRole('button', { name: 'Показать таблицу' }).click();
    const headers = await page.locator('.chart-table thead th').allTextContents();
    expect(headers).toEqual(['Регион', 'Устранено причин', 'Выявлено рисков']);
    expect(await page.locator('.chart-table tbody tr').count()).toBeGreaterThan(1);
    await screenshot(page, 'chart-builder-ru');
  });

  it('refuses to save a chart without a name, at the name field', async () => {
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    const error = page.locator('#chart-name-error');
    await error.waitFor();
    expect(await error.textContent()).toBeTruthy();
    expect(await page.locator('#chart-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves it with a name and gives its address to share', async () => {
    await page.locator('#chart-name').fill(CHART_NAME);
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.waitForURL(/\/charts\/c\/[0-9a-f-]{36}$/);
    sharedUrl = new URL(page.url()).pathname;
    const notice = page.locator('.notice--success');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`График «${CHART_NAME}» сохранён`);
    expect(await page.locator('.share-link input').inputValue()).toBe(`${product.url}${sharedUrl}`);
    const mine = await gql<{ myCharts: { name: string }[] }>(analyst, '{ myCharts { name } }');
    expect(mine.myCharts.map((c) => c.name)).toContain(CHART_NAME);
  });

  it('opens the same chart from its address in a new browser, for the analyst and for the chair', async () => {
    for (const who of [DEMO.analyst, DEMO.chair]) {
      const context = await newContext(browser, product.url);
      const other = await context.newPage();
      await signIn(other, who);
      await other.goto(sharedUrl);
      await drawn(other);
      expect(await other.locator('#chart-title').textContent()).toBe(CHART_NAME);
      expect(await other.getByLabel('Столбцы', { exact: true }).isChecked()).toBe(true);
      expect(await other.getByLabel('Выявлено рисков', { exact: true }).isChecked()).toBe(true);
      expect(await other.locator('#chart-dimension').inputValue()).toBe('REGION');
      await expect.poll(() => other.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      if (who === DEMO.chair) await screenshot(other, 'chart-shared-chair-ru');
      await context.close();
    }
  });

  it('exports the data as CSV and the picture as PNG and SVG', async () => {
    await page.goto(sharedUrl);
    await drawn(page);
    const take = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const csv = await take('Данные, CSV');
    expect(csv.name).toBe('Выявлено-и-устранено-по-регионам.csv');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Регион: код,Регион,Устранено причин,Выявлено рисков');
    expect(lines.length).toBeGreaterThan(2);
    const png = await take('Изображение, PNG');
    expect(png.name.endsWith('.png')).toBe(true);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${RESULTS_DIR}/chart-export-ru.png`, png.bytes);
    const svg = await take('Изображение, SVG');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain(CHART_NAME);
  });

  it('pins the chart to the personal board and shows it there', async () => {
    await page.goto('/charts/mine');
    await page.getByRole('button', { name: 'На доску' }).first().click();
    await expect.poll(() => page.getByRole('button', { name: 'Убрать с доски' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Моя доска' }).click();
    await page.locator('.board-card').first().waitFor();
    expect(await page.locator('.board-card h2').first().textContent()).toBe(CHART_NAME);
    await page.locator('.board-card .recharts-surface').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'chart-board-ru');
  });

  it('is shown in Kazakh and English too', async () => {
    const titles = { kk: 'Графиктер құрастырушысы', en: 'Chart builder' } as const;
    for (const lang of ['kk', 'en'] as const) {
      await page.goto(sharedUrl);
      await page.locator(`.lang-switcher__option[lang="${lang}"]`).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(titles[lang]);
      await drawn(page);
      await screenshot(page, `chart-builder-${lang}`);
    }
    await page.locator('.lang-switcher__option[lang="ru"]').click();
  });
});
