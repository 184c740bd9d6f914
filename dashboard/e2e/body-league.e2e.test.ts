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

const BODY = 'MIN-HEALTH';
const OFFICER = 'officer.health';
const OFFICER_PASSWORD = 'ministry officer password';

const CREATE_USER = `
  mutation ($username: String!, $centralBody: String!, $password: String!) {
    createUser(username: $username, displayName: "Офицер Минздрава", role: CENTRAL_BODY_OFFICER,
      centralBody: $centralBody, password: $password) { __typename }
  }
`;

describe("a central body's work in the chair's league of central bodies, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let chair: Page;
  let officer: BrowserContext;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    // The administrator creates the ministry's officer through the API.
    const admin = await (await newContext(browser, product.url)).newPage();
    await signIn(admin, DEMO.admin);
    const created = await gql<{ createUser: { __typename: string } }>(admin.context(), CREATE_USER, {
      username: OFFICER,
      centralBody: BODY,
      password: OFFICER_PASSWORD,
    });
    expect(created.createUser.__typename).toBe('AccountChanged');
    await admin.close();
    officer = await newContext(browser, product.url);
    await signIn(await officer.newPage(), OFFICER, OFFICER_PASSWORD);
    chair = await (await newContext(browser, product.url)).newPage();
    await signIn(chair, DEMO.chair);
    await chair.waitForURL('**/overview');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const bodyLeague = () => chair.locator('section[aria-labelledby="body-league-title"]');
  const aktobeInRegions = () =>
    chair
      .locator('section[aria-labelledby="league-title"] tbody tr')
      .filter({ hasText: 'Актюбинская область' });

  it("shows the body's removed cause in the league of central bodies, the region it names unchanged", async () => {
    await bodyLeague().waitFor({ timeout: 30_000 });
    await aktobeInRegions().waitFor({ timeout: 30_000 });
    const aktobeBefore = await aktobeInRegions().locator('td').allTextContents();
    await chair.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    // The ministry's officer records a risk in Aktobe for the ministry, and removes its cause.
    const identified = await gql<{ identifyRisk: { __typename: string; riskId: string } }>(
      officer,
      IDENTIFY_RISK,
      { input: { ...riskInput('KZ-15'), centralBody: BODY } },
    );
    expect(identified.identifyRisk.__typename).toBe('IdentifyRiskSucceeded');
    const transformed = await gql<{ recordTransformation: { __typename: string } }>(
      officer,
      RECORD_TRANSFORMATION,
      { input: { ...transformationInput('KZ-15', identified.identifyRisk.riskId), centralBody: BODY } },
    );
    expect(transformed.recordTransformation.__typename).toBe('RecordTransformationSucceeded');

    const row = bodyLeague().locator(`tr[data-body="${BODY}"]`);
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('th').textContent()).toBe('Министерство здравоохранения');
    // Causes removed is the first figure: the one transformation of the ministry.
    await expect.poll(() => row.locator('td').nth(1).textContent(), { timeout: 15_000 }).toBe('1');
    // Aktobe's own work is what the regions' league shows: the ministry's risk in Aktobe is not in it.
    expect(await aktobeInRegions().locator('td').allTextContents()).toEqual(aktobeBefore);
    expect(
      await chair.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await screenshot(chair, 'overview-body-league-ru-1440');
  });

  it("lets the chair set the body's target from the overview's form and shows its status in the league of central bodies", async () => {
    const form = chair.locator('form.target-form');
    const setTarget = async (value: string) => {
      await form.getByLabel('Значение (для доли: от 0 до 1)').fill(value);
      await form.getByRole('button', { name: 'Установить' }).click();
      await expect
        .poll(() => chair.getByRole('status').filter({ hasText: 'Цель сохранена.' }).count())
        .toBe(1);
    };
    await chair.getByText('Цели по показателям').click();
    // The body is offered by its name from the catalogue, among the central state bodies.
    const unit = form.getByLabel('Территория');
    expect(
      await unit
        .locator('optgroup[label="Центральные государственные органы"] option', {
          hasText: 'Министерство здравоохранения',
        })
        .count(),
    ).toBe(1);
    await unit.selectOption(BODY);
    const status = bodyLeague().locator(`tr[data-body="${BODY}"] .target-status`);
    await setTarget('1000000');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('отстаёт');
    // The ministry removed one cause this quarter: a target of one is met, pro-rated or not.
    await setTarget('1');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('выполнена');
    await screenshot(chair, 'overview-body-league-target-ru-1440');
  });

  it("lands the body's officer on their body's own figures, not a forbidden page", async () => {
    const page = await officer.newPage();
    await page.goto('/');
    await page.waitForURL('**/body');
    await expect
      .poll(() => page.locator('#body-page-title').textContent(), { timeout: 30_000 })
      .toBe('Министерство здравоохранения');
    // Only the ministry's own work: the one cause it removed, none of the demo regions' many.
    await expect
      .poll(() => page.getByTestId('kpi-causesRemoved').textContent(), { timeout: 15_000 })
      .toBe('1');
    // The chair's target for the body shows on its card, with its status.
    await expect
      .poll(() => page.getByTestId('target-causesRemoved').textContent(), { timeout: 15_000 })
      .toMatch(/Цель ≥ 1 · \d{4}-Q[1-4].*выполнена/);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'body-page-ru-390');
    await page.close();
  });

  it("opens the body's events from its figure", async () => {
    await bodyLeague().locator(`tr[data-body="${BODY}"] td`).nth(1).getByRole('button').click();
    const drawer = chair.locator('dialog.drawer');
    await expect.poll(() => drawer.locator('.drill__event').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await chair.keyboard.press('Escape');
  });

  it('fits a 390 px phone, and names the ministry in Kazakh and English', async () => {
    await chair.setViewportSize({ width: 390, height: 844 });
    await bodyLeague().locator(`tr[data-body="${BODY}"]`).waitFor();
    expect(await chair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(chair, 'overview-body-league-ru-390');
    for (const [lang, title, name] of [
      ['kk', 'Орталық мемлекеттік органдар рейтингі', 'Денсаулық сақтау министрлігі'],
      ['en', 'Central state bodies ranked', 'Ministry of Health'],
    ] as const) {
      const page = await (await newContext(browser, product.url, lang)).newPage();
      await signIn(page, DEMO.chair);
      await page.waitForURL('**/overview');
      const row = page.locator(`section[aria-labelledby="body-league-title"] tr[data-body="${BODY}"]`);
      await row.waitFor({ timeout: 30_000 });
      expect(await page.locator('#body-league-title').textContent()).toBe(title);
      expect(await row.locator('th').textContent()).toBe(name);
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await row.waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await screenshot(page, `overview-body-league-${lang}-390`);
      await page.close();
    }
  });
});
