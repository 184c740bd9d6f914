import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { riskIdentified, riskWithdrawn } from '../store/conformance/fixtures.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';
import { ReadModelBehind } from './position-waiters.ts';
import { ProjectionRuntime } from './projection-runtime.ts';
import type { FoldingProjection } from './runnable-projection.ts';

/** Counts identified risks; a withdrawal is a fold that throws (a bug in the fold). */
const identified: FoldingProjection<{ count: number }> = {
  name: 'identified',
  canHandle: ['RiskIdentified', 'RiskWithdrawn'],
  initialState: () => ({ count: 0 }),
  evolve: (state, event) => {
    if (event.type === 'RiskWithdrawn') throw new Error('withdrawals are not counted');
    state.count += 1;
    return state;
  },
};
const withdrawn: FoldingProjection<{ count: number }> = {
  name: 'withdrawn',
  canHandle: ['RiskWithdrawn'],
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
};
const registrations = { identified: { projection: identified }, withdrawn: { projection: withdrawn } };

describe('waiting for a read model to reach a position', () => {
  let directory: string;
  let store: EventStore;
  const runtimes: ProjectionRuntime<typeof registrations>[] = [];
  const stores: EventStore[] = [];
  const runtimeOn = (s: EventStore, waitForTimeoutMs = 5_000) => {
    const runtime = new ProjectionRuntime(registrations, { store: s, waitForTimeoutMs });
    runtimes.push(runtime);
    return runtime;
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kpi-wait-for-'));
    store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
  });
  afterEach(async () => {
    for (const runtime of runtimes.splice(0)) await runtime.stop();
    for (const s of stores.splice(0)) await s.close();
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("lets a writer read its own write: the model holds the event once the append's position is reached", async () => {
    const runtime = runtimeOn(store);
    await runtime.start();
    await runtime.whenLive();
    const { position } = await store.append('risk-1', [riskIdentified({ region: 'KZ-15' })]);
    await runtime.waitFor(position, ['identified']);
    expect(runtime.readModels.identified()).toEqual({ state: { count: 1 }, position });
    // A position already reached answers at once, through the read model's handle too.
    await runtime.live('identified').waitFor(position);
    expect(runtime.live('identified').current().state.count).toBe(1);
  });

  it('gives up after the timeout with an error naming the read model and the position', async () => {
    const runtime = runtimeOn(store, 100);
    await runtime.start();
    await runtime.whenLive();
    const { position } = await store.append('risk-1', [riskIdentified({ region: 'KZ-15' })]);
    const error = await runtime.waitFor(position + 5, ['identified']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelBehind);
    expect((error as Error).message).toBe(
      `the identified read model has not reached position ${position + 5} within 100 ms (it is at ${position}); ` +
        'the change is recorded and will show once it catches up',
    );
  });

  it('rejects with the fault of a projection that fails, and after a stop', async () => {
    const runtime = runtimeOn(store);
    await runtime.start();
    await runtime.whenLive();
    const waiting = runtime.waitFor(2, ['identified']);
    await store.append('risk-1', [riskIdentified({ region: 'KZ-15' }), riskWithdrawn()]);
    await expect(waiting).rejects.toThrow(/projection identified failed on RiskWithdrawn at position 2/);
    await runtime.waitFor(2, ['withdrawn']);
    const pending = runtime.waitFor(10, ['withdrawn']);
    await runtime.stop();
    await expect(pending).rejects.toThrow(/projection withdrawn is stopped at position 2, before 10/);
  });

  it('starts only the named read models, and is ready only once every one is live', async () => {
    const runtime = runtimeOn(store);
    await runtime.start(['withdrawn']);
    await runtime.whenLive(['withdrawn']);
    expect(runtime.ready()).toBe(false);
    await runtime.start();
    await runtime.whenLive();
    expect(runtime.ready()).toBe(true);
  });

  it("reaches a position written by another process's store on the same file", async () => {
    const other = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    stores.push(other);
    const runtime = runtimeOn(store);
    await runtime.start();
    await runtime.whenLive();
    const { position } = await other.append('risk-2', [riskIdentified({ region: 'KZ-71' })]);
    await runtime.waitFor(position, ['identified']);
    expect(runtime.readModels.identified().state.count).toBe(1);
  });
});
