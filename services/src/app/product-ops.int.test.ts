import { mkdtempSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../commands/handle.ts';
import { form, risk } from '../commands/test-commands.ts';
import { officer } from '../commands/test-services.ts';
import { appendSampleLog } from '../ops/sample-log.test-support.ts';
import { readParts } from '../runtime/snapshot-parts.ts';
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

    // A unit's state, saved by the shutdown: the next start reads only what follows it.
    expect(
      await handleCommand(product.services, officer('KZ-15'), risk(), form('before-shutdown')),
    ).toMatchObject({ kind: 'Succeeded' });
    const exits: number[] = [];
    let storeOpenWhenSaved = false;
    const stopWriteSide = async () => {
      storeOpenWhenSaved = (await product.services.store.headPosition()) > 0;
      await product.stopWriteSide();
    };
    const shutdown = installProductShutdown(
      { ...product, stopWriteSide },
      { signals: [], exit: (code) => exits.push(code) },
    );
    await shutdown.shutdown('test');
    expect(exits).toEqual([0]);
    expect(storeOpenWhenSaved).toBe(true);
    const saved = await open(join(dataDir, 'write-side', 'unit-KZ-15.snapshot'));
    expect(await readParts(saved).finally(() => saved.close())).toMatchObject({ checkpoint: 0 });
    await expect(product.services.store.headPosition()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(fetch(`${product.url}/health/live`)).rejects.toThrow();
  });
});
