import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './harness/browser.ts';
import { ensureDashboardBuilt } from './harness/build.ts';
import { almatyToday, gql } from './harness/graphql.ts';
import { type RunningProduct, startProductProcess } from './harness/product.ts';
import { DEMO, signIn } from './harness/session.ts';

const NOTE = 'Новый портал земельных услуг в Актобе';

describe("comment markers on an analyst's own charts, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let analyst: BrowserContext;
  let page: Page;
  // The first day of last month: inside a monthly chart of the last year, in a complete bucket.
  const today = almatyToday();
  const month = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  month.setUTCMonth(month.getUTCMonth() - 1);
  const noteDay = month.toISOString().slice(0, 10);

  beforeAll(async () => {
    ensureDashboardBuilt();
    product = await startProductProcess();
    browser = await launchBrowser();
    analyst = await newContext(browser, product.url);
    page = await analyst.newPage();
    await signIn(page, DEMO.analyst);
    // The analyst's own charts: Aktobe's causes removed by month, and the same by region (no time axis).
    const save = async (name: string, by: string) => {
      const saved = await gql<{ saveChart: { chart: { id: string } } }>(
        analyst,
        `mutation($input: SaveChartInput!) { saveChart(input: $input) { ... on ChartSucceeded { chart { id } } } }`,
        {
          input: {
            name,
            submissionId: randomUUID(),
            spec: {
              chartType: 'BAR',
              measures: ['causesRemoved'],
              dimensions: [by === 'TIME' ? { by, granularity: 'MONTH' } : { by }],
              filters: by === 'TIME' ? { regions: ['KZ-15'] } : {},
            },
          },
        },
      );
      return saved.saveChart.chart.id;
    };
    const chartIds = [await save('Актобе по месяцам', 'TIME'), await save('По регионам', 'REGION')];
    await gql(
      analyst,
      'mutation($input: ArrangeBoardInput!) { arrangeBoard(input: $input) { __typename } }',
      {
        input: { chartIds, submissionId: randomUUID() },
      },
    );
    await gql(
      analyst,
      'mutation($input: AddFigureCommentInput!) { addFigureComment(input: $input) { __typename } }',
      { input: { unit: 'KZ-15', date: noteDay, text: NOTE, occurredOn: today, submissionId: randomUUID() } },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });

  const card = (name: string) => page.locator('.board-card', { hasText: name });

  it('marks the comment on the chart over time, with its day and author under it', async () => {
    await page.goto('/charts/board');
    const timed = card('Актобе по месяцам');
    await timed.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    await expect
      .poll(() => timed.locator('svg text', { hasText: '✎ Новый портал земельных услу…' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await timed.locator('.recharts-reference-line').count()).toBeGreaterThan(0);
    const listed = await timed.getByTestId('chart-comment').allTextContents();
    // The list writes the day as the overview's markers do: "1 ноября 2026 г.".
    const day = new Intl.DateTimeFormat('ru', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(listed).toContainEqual(expect.stringContaining(day.format(month)));
    expect(listed.find((text) => text.includes(NOTE))).toMatch(/Аналитик|analyst/i);
    await screenshot(page, 'board-comment-markers-ru');
  });

  it('marks nothing on a chart without a time axis', async () => {
    const regions = card('По регионам');
    await regions.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    expect(await regions.locator('.recharts-reference-line').count()).toBe(0);
    expect(await regions.getByTestId('chart-comment').count()).toBe(0);
  });

  it('fits a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/charts/board');
    await card('Актобе по месяцам').getByTestId('chart-comment').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });
});
