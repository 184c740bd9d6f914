import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionCode } from '@kpi/schema';
import { afterEach, beforeEach } from 'vitest';
import type { AppServices } from '../api/services.ts';
import type { Viewer } from '../identity/viewer.ts';
import { openEventStore } from '../store/open.ts';
import type { AppendResult, EventStore, StreamWrite } from '../store/port.ts';

export const officer = (region: RegionCode, userId = `officer-${region}`): Viewer => ({
  userId,
  username: userId,
  displayName: `Officer ${region}`,
  role: 'REGIONAL_OFFICER',
  region,
});

export const signedIn = (role: Viewer['role']): Viewer => ({
  userId: role.toLowerCase(),
  username: role.toLowerCase(),
  displayName: role,
  role,
  region: null,
});

/** A fresh SQLite store in a temp directory for each test, with a fixed clock. */
export const useServices = (now = new Date('2026-06-15T10:00:00Z')): (() => AppServices) => {
  let services: AppServices | undefined;
  let dir = '';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-commands-'));
    const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
    let n = 0;
    services = {
      store,
      clock: () => now,
      newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    };
  });
  afterEach(async () => {
    await services?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => services!;
};

/**
 * Holds the first `parties` appends until all of them have arrived, then lets them through one by
 * one: each caller decided against the same state, as when two officers press submit together.
 * Later appends (a caller deciding again after losing) pass at once.
 */
export const raceAppends = (store: EventStore, parties: number): EventStore => {
  const waiting: (() => void)[] = [];
  let arrived = 0;
  const arrive = () =>
    new Promise<void>((resolve) => {
      arrived += 1;
      if (arrived > parties) return resolve();
      waiting.push(resolve);
      if (waiting.length === parties) for (const go of waiting.splice(0)) go();
    });
  return {
    append: async (streamId, events, options) => {
      await arrive();
      return store.append(streamId, events, options);
    },
    appendMany: async (writes: readonly StreamWrite[]): Promise<AppendResult[]> => {
      await arrive();
      return store.appendMany(writes);
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
};
