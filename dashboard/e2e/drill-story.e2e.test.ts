import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_LABELS, TRANSFORMATION_KIND_LABELS } from '../src/lib/i18n/vocabulary.generated.ts';
import { LAPTOP, launchBrowser, newContext, RESULTS_DIR, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import {
  almatyToday,
  gql,
  IDENTIFY_RISK,
  RECORD_TRANSFORMATION,
  riskInput,
  transformationInput,
} from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const LANGS = ['ru', 'kk', 'en'] as const;
const PHONE = { width: 390, height: 844 } as const;
const WIDTHS = [LAPTOP, PHONE] as const;

/** The drill-down's own words for a process and a cause, per language. */
const WORDS = {
  ru: { process: 'Процесс', cause: 'Причина' },
  kk: { process: 'Процесс', cause: 'Себеп' },
  en: { process: 'Process', cause: 'Cause' },
} as const;

/** The officer's display name as the demo accounts give it (bootstrap.ts), never the login. */
const OFFICER_NAME = 'Офицер, г. Астана (демо)';

/**
 * The chair opens "causes removed" and reads what was removed: the organization, the process and
 * the cause in their language, what the transformation did, and who submitted it by name, on a
 * laptop and on a phone, in Russian, Kazakh and English.
 */
describe('the drill-down tells the story behind "causes removed"', () => {
  let product: RunningProduct;
  const browsers: Partial<Record<(typeof LANGS)[number], Browser>> = {};
  const contexts: BrowserContext[] = [];
  // Marks this scenario's risk and transformation among the demo's removals of the day.
  const marker = randomUUID().slice(0, 8);
  const riskText = `Участок выделяется без конкурса (${marker})`;
  const transformationText = `Участки распределяются через электронный аукцион (${marker})`;
  const risk = riskInput('KZ-71');

  beforeAll(async () => {
    await ensureDashboardBuilt();
    product = await startProductProcess();
    for (const lang of LANGS) browsers[lang] = await launchBrowser(lang);
    const officer = await newContext(browsers.ru!, product.url);
    contexts.push(officer);
    await signIn(await officer.newPage(), DEMO.officerAstana);
    const identified = await gql<{ identifyRisk: { __typename: string; riskId: string } }>(
      officer,
      IDENTIFY_RISK,
      { input: { ...risk, description: riskText } },
    );
    expect(identified.identifyRisk.__typename).toBe('IdentifyRiskSucceeded');
    const transformed = await gql<{ recordTransformation: { __typename: string } }>(
      officer,
      RECORD_TRANSFORMATION,
      {
        input: {
          ...transformationInput('KZ-71', identified.identifyRisk.riskId),
          description: transformationText,
        },
      },
    );
    expect(transformed.recordTransformation.__typename).toBe('RecordTransformationSucceeded');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const browser of Object.values(browsers)) await browser.close();
    await product?.close();
  });

  /** This scenario's item in the open drawer, asking for more pages until it is there. */
  const ourItem = async (page: Page) => {
    const drawer = page.locator('dialog.drawer');
    await expect.poll(() => drawer.locator('.drill__event').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const item = drawer.locator('.drill__event', { hasText: marker });
    for (let more = 0; (await item.count()) === 0 && more < 20; more++) {
      await drawer.locator('.drawer__body > button.button').click({ timeout: 5_000 });
      await page.waitForTimeout(300);
    }
    return item;
  };

  const widthOf = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => element.scrollWidth);

  for (const lang of LANGS) {
    for (const size of WIDTHS) {
      it(`reads the organization, process, cause and transformation in ${lang} at ${size.width} px`, async () => {
        const context = await newContext(browsers[lang]!, product.url, lang);
        const page = await context.newPage();
        await page.setViewportSize(size);
        await signIn(page, DEMO.chair);
        const today = almatyToday();
        await page.goto(`/overview?from=${today}&to=${today}&region=KZ-71`);
        await page.getByTestId('kpi-causesRemoved').click();
        const item = await ourItem(page);
        await expect.poll(() => item.count()).toBe(1);

        expect(await item.locator('.drill__organization').textContent()).toContain(risk.organization);
        const cause = CAUSE_LABELS.EXCESSIVE_DISCRETION[lang];
        expect(await item.locator('.drill__process').textContent()).toBe(
          `${WORDS[lang].process}: ${risk.process} · ${WORDS[lang].cause}: ${cause}`,
        );
        expect(await item.locator('.drill__text').textContent()).toBe(riskText);
        // What removed it: the transformation's kind in the reader's language, and its text.
        const note = item.locator('.drill__event-note', { hasText: transformationText });
        expect(await note.locator('strong').textContent()).toBe(TRANSFORMATION_KIND_LABELS.DIGITISED[lang]);
        // Who entered it, by name: never the login.
        const who = (await item.locator('.drill__who').allTextContents()).join(' ');
        expect(who).toContain(OFFICER_NAME);
        expect(who).not.toContain(DEMO.officerAstana);
        // The item is named by its story; the raw id is not its title.
        expect(await item.locator('.drill__event-head').textContent()).not.toMatch(/[0-9a-f]{8}/);

        await item.scrollIntoViewIfNeeded();
        await screenshot(page, `drill-story-${lang}-${size.width}`);
        // The item itself, to look at: the whole page of a phone is too tall to read.
        await item.screenshot({ path: join(RESULTS_DIR, `drill-story-item-${lang}-${size.width}.png`) });
        expect(await widthOf(page, 'html')).toBeLessThanOrEqual(size.width);
        expect(await widthOf(page, 'dialog.drawer')).toBeLessThanOrEqual(size.width);
        // Nothing in the item runs past it (its table of events included), nor is squeezed letter-wide.
        expect(await item.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        const whoBox = await item.locator('.drill__who').first().boundingBox();
        expect(whoBox?.width ?? 0).toBeGreaterThan(80);
        const box = await item.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width);
        await context.close();
      });
    }
  }
});
