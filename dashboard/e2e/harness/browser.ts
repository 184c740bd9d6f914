import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { DASHBOARD_DIR } from './build.ts';

/** The system's Chromium (Debian's `chromium` package), or the one CHROMIUM_PATH names. */
export const findChromium = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here: keep looking
      }
    }
  }
  throw new Error('Chromium not found: install the `chromium` package or set CHROMIUM_PATH');
};

const utf8Locale = (value: string | undefined): string =>
  value && /utf-?8/i.test(value) ? value : 'C.UTF-8';

/** `lang` sets the browser's own language, which native controls (date inputs) follow. */
export const launchBrowser = (lang: 'ru' | 'kk' | 'en' = 'ru'): Promise<Browser> =>
  chromium.launch({
    executablePath: findChromium(),
    // Chromium names downloaded files in the locale's charset: under the C locale (a bare CI
    // environment) a Cyrillic file name is refused and saved as "download".
    env: { ...process.env, LANG: utf8Locale(process.env.LANG), LC_ALL: utf8Locale(process.env.LC_ALL) },
    args: [
      `--lang=${lang}`,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export const LAPTOP = { width: 1440, height: 900 } as const;

export const newContext = (
  browser: Browser,
  baseURL: string,
  lang?: 'ru' | 'kk' | 'en',
): Promise<BrowserContext> =>
  browser.newContext({
    baseURL,
    viewport: LAPTOP,
    locale: 'ru-KZ',
    timezoneId: 'Asia/Almaty',
    ...(lang
      ? {
          storageState: {
            cookies: [],
            origins: [{ origin: baseURL, localStorage: [{ name: 'kpi.lang', value: lang }] }],
          },
        }
      : {}),
  });

export const RESULTS_DIR = join(DASHBOARD_DIR, 'test-results');

/** A full-page screenshot kept as a test artefact (dashboard/test-results/, not committed). */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};
