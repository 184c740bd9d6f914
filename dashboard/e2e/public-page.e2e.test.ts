import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchBrowser, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';

const PHONE = { width: 390, height: 844 } as const;
const WIDTHS = { laptop: LAPTOP, phone: PHONE } as const;
const TITLES = {
  ru: 'Противодействие коррупции: открытые показатели',
  kk: 'Сыбайлас жемқорлыққа қарсы іс-қимыл: ашық көрсеткіштер',
} as const;
const REGIONS_HEADING = { ru: 'Регионы', kk: 'Өңірлер' } as const;

describe('the public page in Chromium, without signing in', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    ensureDashboardBuilt();
    process.env.PUBLIC_PAGE_ENABLED = 'true';
    process.env.PUBLIC_DELAY_DAYS = '7';
    try {
      product = await startProductProcess();
    } finally {
      delete process.env.PUBLIC_PAGE_ENABLED;
      delete process.env.PUBLIC_DELAY_DAYS;
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  /** A fresh browser with no session, recording every address the page asks the server for. */
  const open = async (viewport: { width: number; height: number }, path: string) => {
    const context = await browser.newContext({ baseURL: product.url, viewport, acceptDownloads: true });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(path);
    return { page, asked, close: () => context.close() };
  };

  const overflows = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  for (const lang of ['ru', 'kk'] as const) {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      it(`shows the country and the 20 regions in ${lang} at ${viewport.width} px, nothing wider than the screen`, async () => {
        const { page, asked, close } = await open(viewport, `/public?lang=${lang}`);
        try {
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          expect(await page.locator('h1').textContent()).toBe(TITLES[lang]);
          expect(await page.locator('.tiles .tile').count()).toBe(8);
          expect(await page.getByRole('heading', { name: REGIONS_HEADING[lang] }).count()).toBe(1);
          expect(await page.locator('.table-scroll tbody tr').count()).toBe(20);
          expect(await overflows(page)).toBe(false);
          // Only the page and its stylesheet: no GraphQL, no dashboard bundle, no sign-in.
          expect(asked).toEqual(['/public', '/public/public.css']);
          await screenshot(page, `public-${lang}-${width}`);
        } finally {
          await close();
        }
      });
    }
  }

  it('switches language and period, and downloads the same figures as CSV', async () => {
    const { page, close } = await open(PHONE, '/public?lang=ru');
    try {
      const firstFigure = await page.locator('.tiles .tile dd').first().textContent();
      await page.getByRole('link', { name: 'kk' }).click();
      await page.waitForURL(/lang=kk/);
      expect(await page.locator('h1').textContent()).toBe(TITLES.kk);
      await page.getByLabel('Кезең').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Көрсету' }).click();
      await page.waitForURL(/period=\d{4}-Q\d/);
      expect(await page.locator('.range').textContent()).toMatch(/тоқсан/);
      await page.goto('/public?lang=ru');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Скачать CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const [header, country] = csv.split('\r\n');
      expect(header).toMatch(/^unit,level,name_ru,name_kk,name_en,period,from,to,as_of,risksIdentified,/);
      const risks = Number(country!.split(',')[9]);
      expect(firstFigure?.replace(/\s/g, '')).toBe(String(risks));
      expect(await page.locator('.licence').textContent()).toBe('Лицензия: CC BY 4.0');
    } finally {
      await close();
    }
  });
});
