import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const PHONE = { width: 390, height: 844 } as const;
const WIDTHS = { laptop: LAPTOP, phone: PHONE } as const;

/** How each app language writes 14 March 2026 and its pattern, and what it says of a non-day. */
const LANGS = {
  ru: {
    typed: '14.03.2026',
    pattern: 'ДД.ММ.ГГГГ',
    notADay: 'Не дата: введите в виде ДД.ММ.ГГГГ',
    field: 'Проверьте поле: Дата события.',
  },
  kk: {
    typed: '14.03.2026',
    pattern: 'КК.АА.ЖЖЖЖ',
    notADay: 'Күн емес: КК.АА.ЖЖЖЖ түрінде жазыңыз',
    field: 'Өрісті тексеріңіз: Оқиға күні.',
  },
  en: {
    typed: '03/14/2026',
    pattern: 'MM/DD/YYYY',
    notADay: 'Not a date: type it as MM/DD/YYYY',
    field: 'Check the field: Day it is about.',
  },
} as const;

const pastTheEdge = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/**
 * The chart builder's period and "as known on", and the date of a comment on the figures, are
 * typed as the app's language writes days, in an English browser: a non-day is named under its
 * field in the app's language.
 */
describe("the builder's and the figure comments' dates follow the app's language", () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser('en');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const signedIn = async (user: string, lang: keyof typeof LANGS, width: keyof typeof WIDTHS) => {
    const context = await newContext(browser, product.url, lang);
    const page = await context.newPage();
    await page.setViewportSize(WIDTHS[width]);
    await signIn(page, user);
    return { page, close: () => context.close() };
  };

  const typeNonDayThenDay = async (page: Page, id: string, lang: keyof typeof LANGS) => {
    const field = page.locator(`#${id}`);
    expect(await field.getAttribute('type')).not.toBe('date');
    expect(await field.getAttribute('placeholder')).toBe(LANGS[lang].pattern);
    await field.fill('31.02.2026x');
    await expect.poll(() => page.locator(`#${id}-problem`).textContent()).toBe(LANGS[lang].notADay);
    await field.fill(LANGS[lang].typed);
    await expect.poll(() => page.locator(`#${id}-problem`).count()).toBe(0);
    expect(await field.inputValue()).toBe(LANGS[lang].typed);
  };

  for (const lang of ['ru', 'kk', 'en'] as const) {
    for (const width of ['laptop', 'phone'] as const) {
      it(`chart builder, ${lang}, ${width}: from, to and "as known on"`, async () => {
        const { page, close } = await signedIn(DEMO.analyst, lang, width);
        await page.goto('/charts');
        await page.locator('#chart-from').waitFor({ timeout: 20_000 });
        await typeNonDayThenDay(page, 'chart-from', lang);
        await typeNonDayThenDay(page, 'chart-as-of', lang);
        // A "to" before "from" is named at once, under the field, before anything is asked of the server.
        await page.locator('#chart-to').fill(LANGS[lang].typed.replace('14', '10'));
        await expect.poll(() => page.locator('#chart-to-problem').textContent()).toMatch(/2026/);
        expect(await page.locator('#chart-to').getAttribute('aria-invalid')).toBe('true');
        expect(await pastTheEdge(page)).toBe(false);
        await screenshot(page, `builder-dates-${lang}-${width}`);
        await close();
      });

      it(`figure comment, ${lang}, ${width}: the event's date`, async () => {
        const { page, close } = await signedIn(DEMO.chair, lang, width);
        await page.goto('/overview');
        const date = page.locator('#figure-comment-date');
        await date.waitFor({ timeout: 20_000 });
        await typeNonDayThenDay(page, 'figure-comment-date', lang);
        // An emptied date is named in the reader's language, not sent.
        await date.fill('');
        await page.locator('.figure-comment-form input').nth(1).fill('Новый аким');
        await page.locator('.figure-comment-form button[type="submit"]').click();
        await expect
          .poll(() => page.locator('.figure-comments [role="status"]').textContent())
          .toBe(LANGS[lang].field);
        expect(await pastTheEdge(page)).toBe(false);
        await screenshot(page, `figure-comment-date-${lang}-${width}`);
        await close();
      });
    }
  }
});
