/**
 * The dashboard's budget, measured: the initial JavaScript (gzip) the browser must fetch before
 * the first screen, and the time from navigation to the first chart drawn on the chair's
 * overview, in the system's Chromium against the real product with demo data. Run:
 * `pnpm bench dashboard` (budget: initial JS <= 300 KB gzip).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newContext } from '../../dashboard/e2e/harness/browser.ts';
import { DIST_DIR, ensureDashboardBuilt } from '../../dashboard/e2e/harness/build.ts';
import { startProductProcess } from '../../dashboard/e2e/harness/product.ts';
import { DEMO, signIn } from '../../dashboard/e2e/harness/session.ts';

const BUDGET_KB = 300;

interface PageGlobals {
  readonly document: { querySelector(selector: string): unknown };
}
const RUNS = 7;

/** Scripts index.html loads or preloads at once; lazy route chunks are not counted. */
export const initialScripts = (html: string): string[] => {
  const found = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(found)];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};

export const run = async (): Promise<void> => {
  await ensureDashboardBuilt();
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  let raw = 0;
  let gzip = 0;
  for (const src of initialScripts(html)) {
    const content = readFileSync(join(DIST_DIR, src.replace(/^\//, '')));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  console.log(
    `initial JS: ${kb(gzip)} gzip (${kb(raw)} raw), budget ${BUDGET_KB} KB: ${gzip <= BUDGET_KB * 1024 ? 'within' : 'OVER'}`,
  );

  const product = await startProductProcess();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, product.url);
    await signIn(await context.newPage(), DEMO.chair);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto('/overview', { waitUntil: 'commit' });
      // Runs in the page; this file is type-checked without the DOM library, hence the cast.
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document.querySelector(
            '.recharts-bar-rectangle, .recharts-line-curve',
          ) !== null,
        null,
        { timeout: 30_000, polling: 'raf' },
      );
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    const [cold, ...warm] = times;
    console.log(
      `navigation to first chart drawn (Chromium, demo data): first ${cold!.toFixed(0)} ms; ` +
        `then median ${percentile(warm, 0.5).toFixed(0)} ms, p95 ${percentile(warm, 0.95).toFixed(0)} ms over ${warm.length} loads`,
    );
  } finally {
    await browser.close();
    await product.close();
  }
};
