import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStore } from '../../store/open.ts';
import type { EventStore, PagesAhead } from '../../store/port.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';
import { instrumentStore } from './instrument-store.ts';
import { createOpsMetrics } from './ops-metrics.ts';

describe('the metrics decorator', () => {
  const opened: EventStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  const open = async () => {
    const inner = await openEventStore({
      sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-instr-')), 'e.sqlite'),
    });
    const store = instrumentStore(inner, createOpsMetrics({ processMetrics: false }));
    opened.push(store);
    return { inner, store };
  };

  it('offers the read-ahead of the store it wraps, with its encoded windows', async () => {
    const { store } = await open();
    expect(store.readAllPages).toBeTypeOf('function');
    const pages: PagesAhead = store.readAllPages!({ maxCount: 10 });
    expect(pages.encodedAhead).toBeTypeOf('function');
    for await (const page of pages) if (page.length < 10) break;
  });

  it('offers no read-ahead when the wrapped store has none', () => {
    const bare = { readAll: async () => [] } as unknown as EventStore;
    expect(instrumentStore(bare, createOpsMetrics({ processMetrics: false })).readAllPages).toBeUndefined();
  });

  it('reads through it, ahead, the pages the store itself reads', async () => {
    const { inner, store } = await open();
    await appendSampleLog(store, 2_500);
    const read: number[] = [];
    for await (const page of store.readAllPages!({ maxCount: 1_000 }))
      read.push(...page.map((e) => e.position));
    expect(read).toEqual((await inner.readAll()).map((e) => e.position));
    expect(read).toHaveLength(2_500);
  });
});
