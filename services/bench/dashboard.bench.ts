/**
 * The dashboard's first second, measured as a person on the chair's overview meets it: the
 * JavaScript over the wire (compressed, as the server answers a browser that accepts brotli)
 * that index.html loads at once, the JavaScript asked for before the lead figure is drawn (with what
 * the entry asks for itself: the reader's catalogue, the overview's code), all the JavaScript
 * fetched until the first chart is drawn, and
 * the time from navigation to the lead figure (the first lead card's number) and to that chart, in
 * the system's Chromium against the real product with
 * demo data: cold (an empty browser cache, a signed-in session) and warm (the same tab's cache).
 * Run: `pnpm bench dashboard` (targets: initial JS <= 150 KB compressed, first figure <= 800 ms).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
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
    now(): number;
    getEntriesByType(type: 'resource'): {
      name: string;
      initiatorType: string;
      startTime: number;
      encodedBodySize: number;
      decodedBodySize: number;
    }[];
  };
}
const RUNS = 7;

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type BrowserContext = Awaited<ReturnType<typeof newContext>>;

/**
 * Scripts index.html loads or preloads at once (the entry, its modules, and the app's code it
 * preloads as scripts to import next); lazy route chunks are not counted.
 */
export const initialScripts = (html: string): string[] => {
  const found = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="preload"[^>]+as="script"[^>]+href="([^"]+)"/g),
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

/** What the page records about itself: when the lead figure and the first chart were first in the DOM. */
interface Seen {
  lead?: number;
  chart?: number;
}
const LEAD_FIGURE = '.kpi-card--lead .kpi-card__value';
const CHART = '.recharts-bar-rectangle, .recharts-line-curve';

/**
 * Opens the overview and waits for the first chart drawn; answers when the lead figure (the first
 * lead card's number) and that chart appeared, counted from navigation, and the JS fetched.
 */
const firstFigure = async (context: BrowserContext) => {
  const page = await context.newPage();
  // Runs in the page; this file is type-checked without the DOM library, hence the casts.
  await page.addInitScript(
    ({ lead, chart }) => {
      const g = globalThis as unknown as PageGlobals & {
        __seen: Seen;
        MutationObserver: new (
          callback: () => void,
        ) => { observe(target: unknown, options: { subtree: boolean; childList: boolean }): void };
      };
      const seen: Seen = {};
      g.__seen = seen;
      new g.MutationObserver(() => {
        if (seen.lead === undefined && g.document.querySelector(lead) !== null)
          seen.lead = g.performance.now();
        if (seen.chart === undefined && g.document.querySelector(chart) !== null)
          seen.chart = g.performance.now();
      }).observe(g.document, { subtree: true, childList: true });
    },
    { lead: LEAD_FIGURE, chart: CHART },
  );
  await page.goto('/overview', { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const seen = (globalThis as unknown as { __seen: Seen }).__seen;
      return seen.lead !== undefined && seen.chart !== undefined;
    },
    null,
    { timeout: 30_000, polling: 'raf' },
  );
  const result = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & { __seen: Required<Seen> };
    const scripts = g.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
    // What the lead figure waited on: every script asked for before it was drawn (the entry's
    // modules, the app, the reader's catalogue, the overview's code).
    const beforeLead = scripts.filter((entry) => entry.startTime < g.__seen.lead);
    return {
      lead: g.__seen.lead,
      chart: g.__seen.chart,
      wire: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      raw: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      files: scripts.length,
      beforeLeadWire: beforeLead.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      beforeLeadFiles: beforeLead.length,
    };
  });
  await page.close();
  return result;
};

const summary = (values: number[]) =>
  `median ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms, ` +
  `max ${Math.max(...values).toFixed(0)} ms over ${values.length} loads`;

export const run = async (): Promise<void> => {
  console.log(
    `load average (1, 5, 15 min) at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
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

    const cold = { lead: [] as number[], chart: [] as number[] };
    let fetched = { wire: 0, raw: 0, files: 0, beforeLeadWire: 0, beforeLeadFiles: 0 };
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser, product.url);
      await context.addCookies(cookies);
      const load = await firstFigure(context);
      cold.lead.push(load.lead);
      cold.chart.push(load.chart);
      fetched = load;
      await context.close();
    }
    const warm = { lead: [] as number[], chart: [] as number[] };
    await firstFigure(signedIn);
    for (let i = 0; i < RUNS; i++) {
      const load = await firstFigure(signedIn);
      warm.lead.push(load.lead);
      warm.chart.push(load.chart);
    }

    console.log(
      `JS asked for before the lead figure is drawn (cold): ${kb(fetched.beforeLeadWire)} over the wire ` +
        `(${fetched.beforeLeadFiles} files)`,
    );
    console.log(
      `JS fetched until the first chart is drawn (cold): ${kb(fetched.wire)} over the wire ` +
        `(${kb(fetched.raw)} decoded, ${fetched.files} files)`,
    );
    console.log(
      `navigation to the lead figure shown (Chromium, demo data), target <= ${FIRST_FIGURE_MS} ms: ` +
        `cold ${summary(cold.lead)}; warm ${summary(warm.lead)}`,
    );
    console.log(
      `navigation to the first chart drawn: cold ${summary(cold.chart)}; warm ${summary(warm.chart)}`,
    );
    console.log(
      `load average (1, 5, 15 min) at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await browser?.close();
    await product.close();
  }
};
