import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProjections, snapshotDirectoryIn } from '../../runtime/app-projections.ts';
import { openEventStore } from '../../store/open.ts';
import type { EventStore } from '../../store/port.ts';
import * as rebuild from './rebuild.ts';
import * as seed from './seed.ts';

const output = () => {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return {
    text: () => [...out.mock.calls, ...err.mock.calls].map(([chunk]) => String(chunk)).join(''),
  };
};

describe('kpi seed and kpi rebuild', () => {
  afterEach(() => vi.restoreAllMocks());

  it('seeds an empty store once, then rebuilds a snapshot the service resumes from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
    const path = join(dir, 'events.sqlite');
    const log = output();
    expect(await seed.run(['--size', '1500', '--seed', '9', '--store', path])).toBe(0);
    expect(log.text()).toMatch(/^15\d\d events from \d+ commands \(seed 9\)/);
    expect(await seed.run(['--size', '1500', '--store', path])).toBe(0);
    expect(log.text()).toMatch(/already holds domain events: nothing written/);
    expect(await rebuild.run(['--store', path, '--data-dir', dir])).toBe(0);
    expect(log.text()).toMatch(/kpi +\d+ events folded up to position 15\d\d/);
    vi.restoreAllMocks();

    const store: EventStore = await openEventStore({ sqlitePath: path });
    const head = await store.headPosition();
    const reads: number[] = [];
    const watched: EventStore = Object.assign(Object.create(store) as EventStore, {
      readAll: (options: Parameters<EventStore['readAll']>[0]) => {
        reads.push(options?.after ?? 0);
        return store.readAll(options);
      },
      headPosition: () => store.headPosition(),
      subscribeToAll: (options: Parameters<EventStore['subscribeToAll']>[0]) => store.subscribeToAll(options),
    });
    const projections = createProjections({ store: watched, snapshotDirectory: snapshotDirectoryIn(dir) });
    try {
      await projections.runtime.start();
      await projections.runtime.whenLive();
      expect(reads[0]).toBe(head);
      expect(projections.readModels.kpi().position).toBe(head);
    } finally {
      await projections.runtime.stop();
      await store.close();
    }
  });

  it('refuses bad flags with the usage, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
    const path = join(dir, 'events.sqlite');
    const log = output();
    expect(await seed.run(['--size', '-5', '--store', path])).toBe(2);
    expect(await seed.run(['--size', '20000001', '--store', path])).toBe(2);
    expect(await seed.run(['--sise', '10', '--store', path])).toBe(2);
    expect(log.text()).toMatch(/--size must be a whole number from 0 to 20000000/);
    expect(log.text()).toMatch(/usage: kpi seed/);
    expect(await rebuild.run(['--store', join(dir, 'missing.sqlite'), '--data-dir', dir])).toBe(1);
    expect(log.text()).toMatch(/missing\.sqlite: no such store file/);
  });
});
