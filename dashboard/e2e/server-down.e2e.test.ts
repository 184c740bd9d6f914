import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

describe('a proxy answers 502 while the session is checked, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const openBehindBrokenProxy = async (lang: 'ru' | 'kk'): Promise<Page> => {
    const page = await (await newContext(browser, product.url, lang)).newPage();
    await signIn(page, DEMO.chair);
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad Gateway' }),
    );
    await page.goto('/overview');
    await page.getByRole('alert').waitFor();
    return page;
  };

  it('keeps the frame (home, language, sign-out) and tells the failure in Russian', async () => {
    const page = await openBehindBrokenProxy('ru');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Код ответа сервера: 502');
    expect(text).not.toContain('Bad Gateway');
    expect(await page.getByRole('button', { name: 'Выйти' }).isVisible()).toBe(true);
    expect(await page.locator('a.brand').getAttribute('href')).toBe('/');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL('**/sign-in');
  });

  it('in Kazakh too', async () => {
    const page = await openBehindBrokenProxy('kk');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Сервер жауабының коды: 502');
    expect(text).not.toContain('Bad Gateway');
  });
});
