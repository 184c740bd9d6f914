import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const LANGS = ['ru', 'kk', 'en'] as const;

/** How the builder names the two units, per language (charts/messages). */
const UNITS = {
  ru: ['количество', 'деньги, ₸'],
  kk: ['саны', 'ақша, ₸'],
  en: ['count', 'money, KZT'],
} as const;

/** How the legend names the two sides. */
const AXES = {
  ru: ['левая ось', 'правая ось'],
  kk: ['сол жақ ос', 'оң жақ ос'],
  en: ['left axis', 'right axis'],
} as const;

/** The builder's address for a spec, as the builder itself writes it. */
const builderUrl = (spec: object) =>
  `/charts?spec=${Buffer.from(JSON.stringify({ asOf: null, sort: null, limit: null, ...spec })).toString('base64url')}`;

const COUNT_ONLY = builderUrl({
  chartType: 'LINE',
  measures: ['causesRemoved'],
  dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
  filters: { from: '2025-07-01', to: `${almatyToday().slice(0, 7)}-01` },
});

/** The drawn height of the first line (the count's, drawn first), in pixels. */
const firstLineHeight = async (page: Page): Promise<number> => {
  const box = await page.locator('.chart-view__figure .recharts-line-curve').first().boundingBox();
  return box?.height ?? 0;
};

/** The value axes' tick labels, left of the plot's middle and right of it. */
const ticksBySide = async (page: Page): Promise<{ left: string[]; right: string[]; overflow: number }> => {
  const figure = await page.locator('.chart-view__figure .recharts-surface').first().boundingBox();
  const middle = (figure?.x ?? 0) + (figure?.width ?? 0) / 2;
  const ticks = await page
    .locator('.chart-view__figure .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { text: node.textContent ?? '', x: box.x, right: box.right };
      }),
    );
  const edge = (figure?.x ?? 0) + (figure?.width ?? 0);
  return {
    left: ticks.filter((t) => t.x < middle).map((t) => t.text),
    right: ticks.filter((t) => t.x >= middle).map((t) => t.text),
    // How far the widest label runs past the drawing's right edge (cut off there).
    overflow: Math.max(0, ...ticks.map((t) => t.right - edge)),
  };
};

/**
 * Up to 240 million tenge beside a few dozen causes removed a month: on one axis the count would
 * be drawn as a flat line at zero. The analyst adds the money to the count in the builder and the
 * count keeps its shape against an axis of its own, and the builder says the units differ.
 */
describe('mixed units never share one axis', () => {
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
    it(`keeps the count's line as tall after adding tenge, each on its axis, in ${lang}`, async () => {
      const context = await newContext(browsers[lang]!, product.url, lang);
      const page = await context.newPage();
      await signIn(page, DEMO.analyst);
      await page.goto(COUNT_ONLY);
      await page.locator('.chart-view__figure .recharts-line-curve').first().waitFor({ timeout: 20_000 });
      // The line is drawn once the data is in: its height settles then.
      await expect.poll(() => firstLineHeight(page), { timeout: 10_000 }).toBeGreaterThan(40);
      const alone = await firstLineHeight(page);
      expect(await page.getByTestId('units-note').count()).toBe(0);

      await page.locator('input[name="measure"][value="rightsRestoredMoneyKzt"]').check();
      const axes = page.locator('.chart-view__figure .recharts-yAxis');
      await expect.poll(() => axes.count(), { timeout: 20_000 }).toBe(2);
      await expect
        .poll(() => page.locator('.chart-view__figure .recharts-line-curve').count())
        .toBeGreaterThanOrEqual(2);

      // The count still spans most of the plot's height: not pressed flat against zero.
      await expect.poll(() => firstLineHeight(page), { timeout: 10_000 }).toBeGreaterThan(alone * 0.6);
      // The left axis counts (no currency), the right one is in tenge.
      const { left, right, overflow } = await ticksBySide(page);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(left.length).toBeGreaterThan(1);
      expect(left.join(' ')).not.toMatch(/₸|KZT/);
      expect(right.length).toBeGreaterThan(1);
      expect(right.every((tick) => /₸|KZT/.test(tick) || /^0$/.test(tick.trim()))).toBe(true);
      // And the builder says so in words.
      const note = (await page.getByTestId('units-note').textContent()) ?? '';
      for (const unit of UNITS[lang]) expect(note).toContain(unit);
      // The legend says which axis each measure is read against.
      const legend = await page.locator('.series-legend__item').allTextContents();
      expect(legend).toHaveLength(2);
      expect(legend[0]).toContain(AXES[lang][0]);
      expect(legend[1]).toContain(AXES[lang][1]);

      await screenshot(page, `mixed-units-${lang}`);
      await context.close();
    });
  }
});
