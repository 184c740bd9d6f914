import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const LANGS = ['ru', 'kk', 'en'] as const;

const TITLES = {
  ru: 'Устранённые причины коррупции',
  kk: 'Жойылған сыбайлас жемқорлық себептері',
  en: 'Corruption Causes Removed',
} as const;

/** Waits until a screen has finished loading: no progress bar, and the charts drawn. */
const settled = async (page: Page) => {
  await expect.poll(() => page.locator('.page-progress').count(), { timeout: 15_000 }).toBe(0);
};

describe('every main screen in Russian, Kazakh and English (screenshots in dashboard/test-results)', () => {
  let product: RunningProduct;
  const browsers: Partial<Record<(typeof LANGS)[number], Browser>> = {};

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    for (const lang of LANGS) browsers[lang] = await launchBrowser(lang);
  });

  afterAll(async () => {
    for (const browser of Object.values(browsers)) await browser.close();
    await product?.close();
  });

  for (const lang of LANGS) {
    it(`shows the chair's screens in ${lang}`, async () => {
      const context = await newContext(browsers[lang]!, product.url, lang);
      const page = await context.newPage();
      await page.goto('/sign-in');
      expect(await page.locator('.sign-in__product').textContent()).toBe(TITLES[lang]);
      expect(await page.locator('html').getAttribute('lang')).toBe(
        { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en' }[lang],
      );
      await screenshot(page, `sign-in-${lang}`);

      await signIn(page, DEMO.chair);
      await page.waitForURL('**/overview');
      await settled(page);
      await page.locator('.recharts-surface').first().waitFor();
      expect(await page.locator('.brand__title').textContent()).toBe(TITLES[lang]);
      await screenshot(page, `overview-${lang}`);

      await page.getByTestId('kpi-causesRemoved').click();
      await page.locator('dialog.drawer .drill__event, dialog.drawer .empty-state').first().waitFor();
      await screenshot(page, `drill-down-${lang}`);
      await context.close();
    });

    it(`shows the officer's forbidden page and the administrator's users in ${lang}`, async () => {
      const officer = await newContext(browsers[lang]!, product.url, lang);
      const page = await officer.newPage();
      await signIn(page, DEMO.officerAktobe);
      await page.goto('/regions/KZ-71');
      await page.locator('.status-page').waitFor();
      await screenshot(page, `forbidden-${lang}`);
      await officer.close();

      const admin = await newContext(browsers[lang]!, product.url, lang);
      const adminPage = await admin.newPage();
      await signIn(adminPage, DEMO.admin);
      await adminPage.waitForURL('**/users');
      // The five demo accounts, one per role and two officers.
      await expect.poll(() => adminPage.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
      await screenshot(adminPage, `users-${lang}`);
      await admin.close();
    });
  }
});
