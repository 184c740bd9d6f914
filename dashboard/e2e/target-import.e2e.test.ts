import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

interface Target {
  readonly kpi: string;
  readonly unit: string;
  readonly period: string;
  readonly value: number;
}

describe("the chair's target import page in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: BrowserContext;
  let page: Page;
  // A year no demo target names, so every target found there came from this file.
  const year = String(new Date().getFullYear() + 1);

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await newContext(browser, product.url);
    page = await chair.newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
  });

  beforeEach((context) => {
    onTestFailed(async () => {
      await screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const targetsOf = async (period: string): Promise<Target[]> => {
    const response = await chair.request.post('/graphql', {
      data: { query: '{ targets { ... on TargetList { targets { kpi unit period value } } } }' },
    });
    const body = (await response.json()) as { data: { targets: { targets: Target[] } } };
    return body.data.targets.targets.filter((t) => t.period === period);
  };

  /** The template's own header, and rows in its columns' order. */
  const fileOf = async (rows: readonly Record<string, string>[]): Promise<Buffer> => {
    const template = await (await chair.request.get('/import/templates/TargetSet.csv')).text();
    const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    const keys = header.split(';').map((cell) => /\((\w+)\)"?$/.exec(cell)?.[1] ?? '');
    return Buffer.from(
      [header, ...rows.map((row) => keys.map((key) => row[key] ?? '').join(';'))].join('\n'),
    );
  };

  const check = async (buffer: Buffer, button = 'Проверить файл') => {
    await page.locator('#import-file').setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer });
    await page.getByRole('button', { name: button }).click();
    await page.locator('.import__report, .notice--success').first().waitFor({ timeout: 30_000 });
  };

  const rows = (aktobe: string) => [
    {
      kpi: 'causesRemoved',
      unit: 'KZ-15',
      period: year,
      value: aktobe,
      direction: 'AT_LEAST',
      occurredOn: almatyToday(),
    },
    {
      kpi: 'removalRate',
      unit: 'KZ',
      period: year,
      value: '0.6',
      direction: 'AT_LEAST',
      occurredOn: almatyToday(),
    },
  ];

  it('opens from the menu, refuses a bad row naming its line and column, and writes nothing', async () => {
    await page.getByRole('link', { name: 'Цели', exact: true }).click();
    await page.waitForURL('**/targets');
    // The address changes before the page's code has loaded: wait for its heading, not the old one.
    await page.locator('h1', { hasText: 'Импорт целей из таблицы' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Импорт целей из таблицы');
    // The chair is offered the targets layout only.
    expect(await page.locator('#import-type option').allTextContents()).toEqual(['Целевые значения KPI']);
    await check(await fileOf(rows('много')));
    const report = page.locator('.import__report');
    expect(await report.locator('[role="alert"]').textContent()).toContain('Ничего не записано');
    expect(await report.locator('tbody tr').count()).toBe(1);
    const cells = await report.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('2');
    expect(cells[1]).toContain('value');
    expect(await page.getByRole('button', { name: /Записать/ }).count()).toBe(0);
    await screenshot(page, 'target-import-refused-ru');
    expect(await targetsOf(year)).toEqual([]);
  });

  it('checks the corrected file, then writes every target on commit', async () => {
    await check(await fileOf(rows('40')));
    await page.getByRole('button', { name: /Записать/ }).click();
    await expect
      .poll(() => page.locator('.notice--success').textContent(), { timeout: 30_000 })
      .toMatch(/^Записано событий: 2\./);
    const written = await targetsOf(year);
    expect(written.map((t) => `${t.kpi} ${t.unit} ${t.value}`).sort()).toEqual([
      'causesRemoved KZ-15 40',
      'removalRate KZ 0.6',
    ]);
  });

  it('fits a 390 px phone in Kazakh', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.localStorage.setItem('kpi.lang', 'kk'));
    await page.goto('/targets');
    expect(await page.locator('h1').textContent()).toBe('Мақсаттарды кестеден импорттау');
    await check(await fileOf(rows('көп')), 'Файлды тексеру');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await screenshot(page, 'target-import-refused-kk-phone');
  });
});
