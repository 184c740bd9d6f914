import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
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

const numberIn = async (page: Page, testId: string): Promise<number> => {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
};

describe("the chair's overview in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: BrowserContext;
  let officer: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    chair = await newContext(browser, product.url);
    officer = await newContext(browser, product.url);
    page = await chair.newPage();
    await signIn(page, DEMO.chair);
    await signIn(await officer.newPage(), DEMO.officerAstana);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it('opens on the overview, with the lead KPIs and the regions compared', async () => {
    await page.waitForURL('**/overview');
    await expect.poll(() => page.getByTestId('kpi-causesRemoved').isVisible()).toBe(true);
    expect(await page.getByTestId('kpi-removalRate').isVisible()).toBe(true);
    expect(await page.getByTestId('kpi-medianDaysToRemoval').isVisible()).toBe(true);
    expect(await page.locator('.tile-map [data-region]').count()).toBe(20);
    expect(await page.locator('.league tbody tr').count()).toBeGreaterThan(0);
    // Arrests are deliberately absent from the chair's screen.
    expect(await page.locator('body').textContent()).not.toMatch(/арест|задержан/i);
  });

  it('shows a new risk without a reload, then one more cause removed after the transformation', async () => {
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const risksBefore = await numberIn(page, 'funnel-risksIdentified');
    const removedBefore = await numberIn(page, 'kpi-causesRemoved');

    const submittedAt = Date.now();
    const identified = await gql<{ identifyRisk: { __typename: string; riskId: string } }>(
      officer,
      IDENTIFY_RISK,
      {
        input: riskInput('KZ-71'),
      },
    );
    expect(identified.identifyRisk.__typename).toBe('IdentifyRiskSucceeded');
    await expect
      .poll(() => numberIn(page, 'funnel-risksIdentified'), { timeout: 5000 })
      .toBe(risksBefore + 1);
    console.log(
      `the new risk reached the open overview ${Date.now() - submittedAt} ms after it was submitted`,
    );

    const transformed = await gql<{ recordTransformation: { __typename: string } }>(
      officer,
      RECORD_TRANSFORMATION,
      {
        input: transformationInput('KZ-71', identified.identifyRisk.riskId),
      },
    );
    expect(transformed.recordTransformation.__typename).toBe('RecordTransformationSucceeded');
    await expect.poll(() => numberIn(page, 'kpi-causesRemoved'), { timeout: 5000 }).toBe(removedBefore + 1);
    // The quiet cue, and proof that the page was never reloaded.
    expect(await page.locator('.kpi-card.is-flashing').count()).toBeGreaterThan(0);
    expect(await page.locator('.league.is-flashing, .tile-map.is-flashing').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
  });

  it('shows every chart as a table too, whose numbers open the same events', async () => {
    const card = page.locator('#chart-causes-removed-title').locator('xpath=ancestor::section[1]');
    await card.getByRole('button', { name: 'Таблица' }).click();
    const rows = card.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(6);
    expect(await card.locator('.recharts-surface').count()).toBe(0);
    await rows.last().getByRole('button').last().click();
    await expect
      .poll(() => page.locator('dialog.drawer .drill__event, dialog.drawer .empty-state').count())
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await card.getByRole('button', { name: 'График' }).click();
    await expect.poll(() => card.locator('.recharts-surface').count()).toBeGreaterThan(0);
  });

  it('opens the events behind a number, with who submitted each and when', async () => {
    await page.getByTestId('kpi-causesRemoved').click();
    const drawer = page.locator('dialog.drawer');
    await expect.poll(() => drawer.locator('.drill__event').count()).toBeGreaterThan(0);
    // The audit trail: who submitted (the demo's officers, or the officer of this scenario) and when.
    const who = await drawer.locator('.drill__who').allTextContents();
    expect(who.length).toBeGreaterThan(0);
    expect(who.every((text) => text.trim().length > 0)).toBe(true);
    // An account id that names no account is said so, never shown as a raw login.
    expect(who.join(' ')).not.toMatch(/demo-officer/);
    // The story behind each risk counted: its organization, process and cause, and the
    // transformation's kind and text, not an id.
    const items = await drawer.locator('.drill__event').count();
    expect(await drawer.locator('.drill__event .drill__organization').count()).toBe(items);
    expect(await drawer.locator('.drill__event .drill__process').first().textContent()).toMatch(
      /Процесс: .+ · Причина: .+/,
    );
    expect(await drawer.locator('.drill__event .drill__text').count()).toBe(items);
    expect(await drawer.locator('.drill__event-note strong').count()).toBeGreaterThan(0);
    expect(
      await drawer.locator('.drill__events tbody tr').first().locator('td').last().textContent(),
    ).toMatch(/2\d{3}/);
    await screenshot(page, 'overview-drill-down-ru');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
  });

  it('works from the keyboard: skip link first, a figure opens with Enter and closes with Escape', async () => {
    await page.goto('/overview');
    await page.getByTestId('kpi-causesRemoved').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.getByTestId('kpi-causesRemoved').focus();
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Enter');
    const drawer = page.locator('dialog.drawer');
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'kpi-causesRemoved',
    );
  });

  it('reaches the first indicator in five key presses, past the header and the filters', async () => {
    await page.goto('/overview');
    await page.getByTestId('kpi-causesRemoved').waitFor();
    const active = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return e?.getAttribute('data-testid') ?? e?.textContent?.trim() ?? '';
      });
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Перейти к содержанию');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Перейти к показателям');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('kpi-causesRemoved');
  });

  it('keeps filters in the URL and redraws as known on an earlier date', async () => {
    await page.locator('#filter-region').selectOption('KZ-71');
    await page.waitForURL(/region=KZ-71/);
    await page.locator('#filter-as-of').fill('01.01.2020');
    await page.waitForURL(/asOf=2020-01-01/);
    await expect.poll(() => page.locator('.as-of-banner').isVisible()).toBe(true);
    // Nothing was recorded by then: every count is empty, and the screen says so.
    await expect.poll(() => page.locator('.empty-state').first().isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.locator('.as-of-banner').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('region')).toBe('KZ-71');
    expect(await page.locator('#filter-region').inputValue()).toBe('KZ-71');
    expect(await page.locator('#filter-as-of').inputValue()).toBe('01.01.2020');
  });
});
