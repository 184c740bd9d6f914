import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionCode } from '@kpi/schema';
import type { FastifyInstance } from 'fastify';
import { centralBodyKnownIn } from '../catalogue/central-bodies.ts';
import type { Role, Viewer } from '../identity/viewer.ts';
import { type AppProjections, createProjections } from '../runtime/app-projections.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';
import { buildApp } from './build-app.ts';

/** A viewer for tests that pick the caller by a header rather than by signing in. */
export const viewerOf = (role: Role, region: RegionCode | null = null): Viewer => ({
  userId: `${role.toLowerCase()}-${region ?? 'all'}`,
  username: role.toLowerCase(),
  displayName: role,
  role,
  region,
});

/** The header that names the caller among the harness's viewers. */
export const as = (who: string) => ({ 'x-as': who });

export interface ReadModelApi {
  readonly store: EventStore;
  readonly projections: AppProjections;
  readonly app: FastifyInstance;
  /** Waits until a read model has folded the event at `position` (each skips the types it does not read). */
  caughtUp(position: number, model: keyof AppProjections['readModels']): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API on a real SQLite store in a temporary folder, with the projection runtime live, the
 * caller chosen by the `x-as` header among `viewers`, and time from `clock`.
 */
export const startReadModelApi = async (
  viewers: Record<string, Viewer>,
  clock: () => Date,
): Promise<ReadModelApi> => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-api-'));
  const store = await openEventStore({ sqlitePath: join(dir, 'e.sqlite') });
  const projections = createProjections({ store });
  await projections.runtime.start();
  await projections.runtime.whenLive();
  const app = await buildApp({
    services: {
      store,
      clock,
      newId: randomUUID,
      projections,
      // Commands naming a body are decided against the live catalogue, as in the service.
      isCentralBody: centralBodyKnownIn(projections.runtime.live('centralBodies')),
    },
    auth: { sessionSecret: 't'.repeat(48) },
    authenticate: async (request) => viewers[String(request.headers['x-as'])] ?? null,
  } as Parameters<typeof buildApp>[0]);
  return {
    store,
    projections,
    app,
    caughtUp: async (position, model) => {
      for (let i = 0; i < 200; i++) {
        if (projections.readModels[model]().position >= position) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`the ${model} read model did not reach ${position}`);
    },
    close: async () => {
      await app.close();
      await projections.runtime.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
