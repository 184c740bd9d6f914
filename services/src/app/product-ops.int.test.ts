import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSampleLog } from '../ops/sample-log.test-support.ts';
import { StoreClosedError } from '../store/port.ts';
import { installProductShutdown } from './product-ops.ts';
import { productConfig, startProduct } from './start.ts';

describe('operations wired into the product', () => {
  it('serves /metrics with the projections lag, and shuts the whole product down in order', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kpi-product-ops-'));
    const product = await startProduct(
      productConfig({
        DATA_DIR: dataDir,
        PORT: 0,
        DEMO_DATA: 'off',
        LOG_LEVEL: 'silent',
        METRICS_TOKEN: 'token-for-prometheus-0123',
      }),
      { serveDashboard: false },
    );
    await appendSampleLog(product.services.store, 200);
    await product.services.projections!.runtime.whenLive();

    const unauthorised = await fetch(`${product.url}/metrics`);
    expect(unauthorised.status).toBe(401);
    const scraped = await fetch(`${product.url}/metrics`, {
      headers: { authorization: 'Bearer token-for-prometheus-0123' },
    });
    const text = await scraped.text();
    expect(text).toMatch(/kpi_projection_lag_events\{projection="kpi"\} \d+/);
    expect(text).toMatch(/kpi_store_head_position \d+/);

    const exits: number[] = [];
    const shutdown = installProductShutdown(product, { signals: [], exit: (code) => exits.push(code) });
    await shutdown.shutdown('test');
    expect(exits).toEqual([0]);
    await expect(product.services.store.headPosition()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(fetch(`${product.url}/health/live`)).rejects.toThrow();
  });
});
