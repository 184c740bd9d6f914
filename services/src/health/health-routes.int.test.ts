import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../runtime/fold-log.ts';
import { ProjectionRuntime } from '../runtime/projection-runtime.ts';
import type { FoldingProjection } from '../runtime/runnable-projection.ts';
import { riskIdentified } from '../store/conformance/fixtures.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';
import { healthRoutes } from './health-routes.ts';

const counting = (name: string, failAt = Number.POSITIVE_INFINITY): FoldingProjection<{ n: number }> => ({
  name,
  canHandle: ['RiskIdentified'],
  initialState: () => ({ n: 0 }),
  evolve: (state, event) => {
    if (event.position >= failAt) throw new Error('no such sphere');
    state.n += 1;
    return state;
  },
});

describe('health routes', () => {
  let store: EventStore;
  let app: FastifyInstance;
  let runtime: ProjectionRuntime<Record<string, { projection: FoldingProjection<{ n: number }> }>> | null;

  beforeEach(async () => {
    store = await openEventStore({
      sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-health-')), 'e.sqlite'),
    });
    await store.append('risk-a', [riskIdentified(), riskIdentified(), riskIdentified()], {
      expectedRevision: 'any',
    });
  });
  afterEach(async () => {
    await runtime?.stop();
    await app?.close();
    await store.close();
  });

  const serve = async (
    projections: Record<string, { projection: FoldingProjection<{ n: number }> }>,
    s = store,
  ) => {
    runtime = new ProjectionRuntime(projections, { store: s });
    app = Fastify();
    await app.register(healthRoutes, { projections: runtime });
    return runtime;
  };

  it('is live at once, and ready only once every projection has caught up', async () => {
    // The projections' page reads wait until released, so that they are still catching up.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const gated: EventStore = Object.assign(Object.create(store) as EventStore, {
      readAll: async (options: Parameters<EventStore['readAll']>[0]) => {
        if (options?.maxCount === PAGE_SIZE) await released;
        return store.readAll(options);
      },
      headPosition: () => store.headPosition(),
      subscribeToAll: (options: Parameters<EventStore['subscribeToAll']>[0]) => store.subscribeToAll(options),
    });
    const r = await serve({ a: { projection: counting('a') }, b: { projection: counting('b') } }, gated);
    expect((await app.inject('/health/live')).statusCode).toBe(200);
    expect((await app.inject('/health/ready')).statusCode).toBe(503);

    await r.start();
    const before = await app.inject('/health/ready');
    release();

    expect(before.statusCode).toBe(503);
    expect(before.json()).toMatchObject({ status: 'not_ready' });
    expect(before.json().projections.map((p: { state: string }) => p.state)).toEqual([
      'catching_up',
      'catching_up',
    ]);

    await r.whenLive();
    const after = await app.inject('/health/ready');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({
      status: 'ready',
      projections: ['a', 'b'].map((name) => ({
        name,
        state: 'live',
        lag: 0,
        checkpoint: 3,
        headPosition: 3,
        caughtUp: true,
        restarts: 0,
        error: null,
      })),
    });
  });

  it('reports lag as the events a stopped projection has still to apply', async () => {
    const r = await serve({ a: { projection: counting('a') } });
    await r.start();
    await r.whenLive();
    await r.stop();
    await store.append('risk-b', [riskIdentified(), riskIdentified()], { expectedRevision: 'any' });
    const answer = await app.inject('/health/ready');
    expect(answer.statusCode).toBe(503);
    expect(answer.json().projections[0]).toMatchObject({
      state: 'stopped',
      lag: 2,
      checkpoint: 3,
      headPosition: 5,
    });
  });

  it('is not ready while a projection has failed, and says why', async () => {
    const r = await serve({
      ok: { projection: counting('ok') },
      broken: { projection: counting('broken', 2) },
    });
    await r.start();
    await expect(r.whenLive()).rejects.toThrow(/no such sphere/);
    const answer = await app.inject('/health/ready');
    expect(answer.statusCode).toBe(503);
    const broken = answer.json().projections.find((p: { name: string }) => p.name === 'broken');
    expect(broken).toMatchObject({ state: 'failed', checkpoint: 1, lag: 2 });
    expect(broken.error).toMatch(/position 2: no such sphere/);
  });
});
