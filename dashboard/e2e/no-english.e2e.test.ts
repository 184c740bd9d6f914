import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { englishWords } from './harness/english.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';
import { openPage, PHONE, pastTheEdge, WALKS } from './harness/walks.ts';

const WIDTHS = { laptop: LAPTOP, phone: PHONE } as const;

/**
 * What a reader meets on the page: visible text, and the words a screen reader or a pointer
 * brings up (aria-label, title, placeholder, alt). Values typed or chosen by users (inputs'
 * values) are data, not interface, and are left out. What folds away (column descriptions, filter
 * lists) is read unfolded.
 */
const readableText = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      // A <code> is literal file content (a column's header, a KPI's key): what the file must
      // carry, not words spoken to the reader.
      if (!parent || !text || parent.closest('script, style, code, [data-user-text]')) continue;
      if (parent.checkVisibility?.() === false && !parent.closest('.sr-only, .visually-hidden')) continue;
      found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    found.push(document.title);
    return found;
  });

const leaks = (texts: readonly string[]): string[] => [
  ...new Set(texts.filter((text) => englishWords(text).length > 0)),
];

describe('a ru or kk reader meets no English on any page, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    // An English browser: whatever leaks from it (native controls, defaults) must show.
    browser = await launchBrowser('en');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  for (const lang of ['ru', 'kk'] as const) {
    for (const width of ['laptop', 'phone'] as const) {
      it(`the sign-in page, ${lang}, ${width}`, async () => {
        const context = await newContext(browser, product.url, lang);
        const page = await context.newPage();
        await page.setViewportSize(WIDTHS[width]);
        await page.goto('/sign-in');
        await page.locator('#username').waitFor();
        expect(leaks(await readableText(page))).toEqual([]);
        // A failed sign-in speaks the reader's language too.
        await page.locator('#username').fill('nobody');
        await page.locator('#password').fill('wrong-password');
        await page.locator('form button[type="submit"]').click();
        await page.getByRole('alert').waitFor();
        expect(leaks(await readableText(page))).toEqual([]);
        expect(await pastTheEdge(page)).toEqual([]);
        await context.close();
      });

      for (const [user, paths] of Object.entries(WALKS)) {
        it(`every page of ${user}, ${lang}, ${width}`, async () => {
          const context = await newContext(browser, product.url, lang);
          const page = await context.newPage();
          await page.setViewportSize(WIDTHS[width]);
          await signIn(page, user);
          const found: Record<string, string[]> = {};
          for (const path of paths) {
            // The text that matters comes with the data: openPage waits for the queries to land.
            await openPage(page, path);
            const pageLeaks = leaks(await readableText(page));
            if (pageLeaks.length > 0) found[path] = pageLeaks;
            expect(await pastTheEdge(page), `${path} wider than ${width}`).toEqual([]);
            await screenshot(page, `no-english-${user}${path.replaceAll('/', '-')}-${lang}-${width}`);
          }
          expect(found).toEqual({});
          await context.close();
        });
      }

      it(`the CSV export's header line, ${lang}, ${width}`, async () => {
        const context = await newContext(browser, product.url, lang);
        const page = await context.newPage();
        await page.setViewportSize(WIDTHS[width]);
        await signIn(page, DEMO.analyst);
        const spec = {
          chartType: 'BAR',
          measures: ['causesRemoved', 'recommendationsIssued'],
          dimensions: [
            { by: 'REGION', granularity: null },
            { by: 'TIME', granularity: 'MONTH' },
          ],
          filters: { from: '2026-01-01', to: '2026-06-30' },
          asOf: null,
          sort: null,
          limit: null,
        };
        await page.goto(`/charts?spec=${Buffer.from(JSON.stringify(spec)).toString('base64url')}`);
        const csvButton = page.locator('.export-menu button').first();
        await csvButton.waitFor({ timeout: 20_000 });
        // The chart itself, its legend's labels included, speaks the reader's language too.
        await page.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
        expect(leaks(await readableText(page))).toEqual([]);
        const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
        const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
        const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
        expect(header.length).toBeGreaterThan(0);
        expect(englishWords(header)).toEqual([]);
        expect(header).not.toMatch(/\(code\)/);
        await context.close();
      });
    }
  }
});
