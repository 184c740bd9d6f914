import type { Page } from 'playwright-core';

/** The demo accounts `startProduct({ demo: true })` creates, one per role and two officers. */
export const DEMO = {
  chair: 'chair',
  analyst: 'analyst',
  admin: 'admin',
  officerAstana: 'officer.astana',
  officerAktobe: 'officer.aktobe',
} as const;

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password';

/** Signs in through the sign-in form, as a person would, and waits for the first screen. */
export const signIn = async (page: Page, username: string, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto('/sign-in');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
};
