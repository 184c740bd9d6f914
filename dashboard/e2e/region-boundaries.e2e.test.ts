import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { gql, IDENTIFY_RISK, riskInput } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe("an officer and another region's workspace, in Chromium", () => {
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
    await signIn(page, DEMO.officerAstana);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  it("lands on the officer's own region and offers no way to another", async () => {
    await page.waitForURL('**/regions/KZ-71');
    // The navigation is drawn once the session is known; read it only then.
    await page.locator('.shell__nav a').first().waitFor();
    const links = await page
      .locator('.shell__nav a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/regions/KZ-71']);
  });

  it("answers another region's address with a clear forbidden page", async () => {
    await page.goto('/regions/KZ-15');
    const forbidden = page.locator('.status-page');
    await expect.poll(() => forbidden.isVisible()).toBe(true);
    expect(await forbidden.locator('h1').textContent()).toBe('Доступ к этому разделу закрыт');
    expect(await forbidden.textContent()).toContain('Актюбинская область');
    await page.goto('/overview');
    await expect
      .poll(() => page.locator('.status-page h1').textContent())
      .toBe('Доступ к этому разделу закрыт');
  });

  it('is refused by the server too, whatever the interface shows', async () => {
    const answer = await gql<{ identifyRisk: { __typename: string } }>(officer, IDENTIFY_RISK, {
      input: riskInput('KZ-15'),
    });
    expect(answer.identifyRisk.__typename).toBe('Forbidden');
  });
});
