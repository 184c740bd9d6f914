/**
 * The dashboard's first second, measured as a person on the chair's overview meets it: the
 * JavaScript over the wire (compressed, as the server answers a browser that accepts brotli)
 * that index.html loads at once, all the JavaScript fetched until the first chart is drawn, and
 * the time from navigation to that chart, in the system's Chromium against the real product with
 * demo data: cold (an empty browser cache, a signed-in session) and warm (the same tab's cache).
 * Run: `pnpm bench dashboard` (targets: initial JS <= 150 KB compressed, first figure <= 800 ms).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { launchBrowser, newContext } from '../../dashboard/e2e/harness/browser.ts';
import { DIST_DIR, ensureDashboardBuilt } from '../../dashboard/e2e/harness/build.ts';
import { startProductProcess } from '../../dashboard/e2e/harness/product.ts';
import { DEMO, signIn } from '../../dashboard/e2e/harness/session.ts';

const BUDGET_KB = 150;
const FIRST_FIGURE_MS = 800;

interface PageGlobals {
  readonly document: { querySelector(selector: string): unknown };
  readonly performance: {
    getEntriesByType(
      type: 'resource',
    ): { name: string; initiatorType: string; encodedBodySize: number; decodedBodySize: number }[];
  };
}
const RUNS = 7;

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type BrowserContext = Awaited<ReturnType<typeof newContext>>;

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

/** The body's length as sent (not decoded), and its encoding. */
const wireBytes = (url: string): Promise<{ bytes: number; encoding: string }> =>
  new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'none') }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

/** Opens the overview, waits for the first chart drawn; the time since navigation and the JS fetched. */
const firstFigure = async (context: BrowserContext) => {
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
  const result = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const scripts = g.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
    return {
      ms: performance.now(),
      wire: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      raw: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      files: scripts.length,
    };
  });
  await page.close();
  return result;
};

const summary = (values: number[]) =>
  `median ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms, ` +
  `max ${Math.max(...values).toFixed(0)} ms over ${values.length} loads`;

export const run = async (): Promise<void> => {
  await ensureDashboardBuilt();
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const product = await startProductProcess();
  let browser: Browser | undefined;
  try {
    let wire = 0;
    let raw = 0;
    const encodings = new Set<string>();
    for (const src of initialScripts(html)) {
      raw += readFileSync(join(DIST_DIR, src.replace(/^\//, ''))).length;
      const answer = await wireBytes(new URL(src, product.url).href);
      wire += answer.bytes;
      encodings.add(answer.encoding);
    }
    console.log(
      `initial JS over the wire: ${kb(wire)} (${[...encodings].join(', ')}; ${kb(raw)} raw), ` +
        `target <= ${BUDGET_KB} KB: ${wire <= BUDGET_KB * 1024 ? 'met' : 'NOT met'}`,
    );

    browser = await launchBrowser();
    const signedIn = await newContext(browser, product.url);
    await signIn(await signedIn.newPage(), DEMO.chair);
    const cookies = await signedIn.cookies();

    const cold: number[] = [];
    let fetched = { wire: 0, raw: 0, files: 0 };
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser, product.url);
      await context.addCookies(cookies);
      const load = await firstFigure(context);
      cold.push(load.ms);
      fetched = load;
      await context.close();
    }
    const warm: number[] = [];
    await firstFigure(signedIn);
    for (let i = 0; i < RUNS; i++) warm.push((await firstFigure(signedIn)).ms);

    console.log(
      `JS fetched until the first chart is drawn (cold): ${kb(fetched.wire)} over the wire ` +
        `(${kb(fetched.raw)} decoded, ${fetched.files} files)`,
    );
    console.log(
      `navigation to first chart drawn (Chromium, demo data), target <= ${FIRST_FIGURE_MS} ms: ` +
        `cold ${summary(cold)}; warm ${summary(warm)}`,
    );
  } finally {
    await browser?.close();
    await product.close();
  }
};
