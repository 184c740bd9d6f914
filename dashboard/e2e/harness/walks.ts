import type { Page } from 'playwright-core';
import { DEMO } from './session.ts';

/** A phone held upright: the narrowest screen the dashboard is laid out for. */
export const PHONE = { width: 390, height: 844 } as const;

/** Each role's pages, as its menu leads to them. */
export const WALKS: Record<string, readonly string[]> = {
  [DEMO.chair]: ['/overview', '/charts', '/alerts', '/targets', '/report-schedules', '/tv'],
  [DEMO.analyst]: ['/overview', '/charts', '/charts/mine', '/charts/board', '/alerts', '/no-such-page'],
  [DEMO.admin]: ['/users'],
  [DEMO.officerAktobe]: [
    '/regions/KZ-15',
    '/regions/KZ-15/import',
    '/regions/KZ-15/districts',
    '/regions/KZ-15/surveys',
    '/regions/KZ-15/risks/new',
    '/regions/KZ-15/surveys/new',
    '/regions/KZ-15/receptions/new',
    '/regions/KZ-15/rights/new',
    '/regions/KZ-15/transformations/new',
  ],
};

/** Opens one page of a walk and waits until its queries have landed: the layout comes with the data. */
export const openPage = async (page: Page, path: string): Promise<void> => {
  await page.goto(path);
  await page.locator('main, .tv').first().waitFor();
  await page.waitForLoadState('networkidle');
};

/** The innermost elements that reach past the viewport's right edge (none when the page fits). */
export const pastTheEdge = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) =>
          ![...el.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 1),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`)
      .slice(0, 5);
  });
