import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe("the review report, the chair's commentary and comments on figures in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: BrowserContext;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'kpi-report-e2e-'));
  const note = `Новый аким с 1 марта ${Date.now()}`;
  const commentary = `Қостанай облысы: жаңа әкім, тәуекелдер жойылды ${Date.now()}`;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await newContext(browser, product.url);
    page = await chair.newPage();
    await signIn(page, DEMO.chair);
    await page.waitForURL('**/overview');
    await page.getByTestId('kpi-causesRemoved').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const comments = () => page.locator('.figure-comments');

  it('adds a comment on figures: a marker on the trend charts and a line with its author', async () => {
    await comments().getByLabel('Комментарий').fill(note);
    await comments().getByRole('button', { name: 'Добавить' }).click();
    await expect.poll(() => comments().locator('li', { hasText: note }).count(), { timeout: 5000 }).toBe(1);
    expect(await comments().locator('li', { hasText: note }).textContent()).toContain('Председатель (демо)');
    await expect.poll(() => page.locator('svg text', { hasText: '✎ Новый аким' }).count()).toBeGreaterThan(0);
  });

  it('writes the commentary, and the Report button downloads the PDF holding it in the interface language', async () => {
    await page.locator('.commentary-form summary').click();
    await page.locator('.commentary-form textarea').fill(commentary);
    await page.getByRole('button', { name: 'Сохранить комментарий' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Комментарий сохранён.' }).count())
      .toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Отчёт к заседанию, PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^review-KZ-\d{4}(-Q[1-4]|-T[1-3]|-\d{2})?-ru\.pdf$/);
    const file = join(dir, 'report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Отчёт к заседанию по итогам периода');
    expect(text).toContain('Устранено причин');
    expect(text.replace(/\s+/g, ' ')).toContain(commentary);
    expect(text).toContain(note);
  });

  it('prints the overview as the report: no filters or forms, the commentary box last', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filter-bar').isVisible()).toBe(false);
    expect(await page.locator('.commentary-form').isVisible()).toBe(false);
    expect(await page.locator('.print-commentary').textContent()).toContain(commentary);
    await page.screenshot({ path: join(tmpdir(), 'overview-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    // Leave the demo as found: the comment is withdrawn.
    await comments().locator('li', { hasText: note }).getByRole('button', { name: 'Снять' }).click();
    await expect.poll(() => comments().locator('li', { hasText: note }).count(), { timeout: 5000 }).toBe(0);
  });
});
