import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { riskIdentified, riskWithdrawn } from '../store/conformance/fixtures.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore, NewEvent, RecordedEvent } from '../store/port.ts';
import { ProjectionRunner } from './projection-runner.ts';
import type { FoldingProjection } from './runnable-projection.ts';
import { SnapshotFile } from './snapshot-file.ts';
import { droppingSubscriptions, eventually, heldRebuildReads } from './store-doubles.test-support.ts';

interface Tally {
  identified: Record<string, number>;
  withdrawn: number;
  /** Every position applied, in order: a double-counted or skipped event shows here. */
  positions: number[];
}

const tally: FoldingProjection<Tally> = {
  name: 'tally',
  canHandle: ['RiskIdentified', 'RiskWithdrawn'],
  initialState: () => ({ identified: {}, withdrawn: 0, positions: [] }),
  evolve: (state, event) => {
    state.positions.push(event.position);
    if (event.type === 'RiskWithdrawn') state.withdrawn += 1;
    else {
      const region = (event.data as { region: string }).region;
      state.identified[region] = (state.identified[region] ?? 0) + 1;
    }
    return state;
  },
};

const regions = ['KZ-15', 'KZ-71', 'KZ-75'];
const risks = (count: number, offset = 0): NewEvent[] =>
  Array.from({ length: count }, (_, i) => riskIdentified({ region: regions[(i + offset) % 3] }));

/** What a fold of the whole log gives, computed without the runner. */
const cleanFold = async (store: EventStore): Promise<Tally> => {
  const events: RecordedEvent[] = await store.readAll();
  return events
    .filter((event) => tally.canHandle.includes(event.type))
    .reduce(tally.evolve, tally.initialState());
};

const appendInBatches = async (store: EventStore, batches: number, perBatch: number) => {
  for (let b = 0; b < batches; b += 1) {
    await store.append(`risk-batch-${b}-${Date.now()}`, risks(perBatch, b), { expectedRevision: 'any' });
  }
};

describe('projection runner', () => {
  let directory: string;
  let store: EventStore;
  const runners: ProjectionRunner<Tally>[] = [];
  const run = (registration: Parameters<typeof newRunner>[0], s: EventStore = store) =>
    newRunner(registration, s);
  const newRunner = (snapshot: { version: number } | undefined, s: EventStore) => {
    const runner = new ProjectionRunner<Tally>(
      { projection: tally, ...(snapshot ? { snapshot } : {}) },
      { store: s, snapshotDirectory: join(directory, 'projections'), reconnect: { initialMs: 5, maxMs: 20 } },
    );
    runners.push(runner);
    return runner;
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kpi-runtime-'));
    store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await store.close();
  });

  it('catches up with what is stored, then follows appends live, and reports itself caught up', async () => {
    await appendInBatches(store, 3, 10);
    await store.append('risk-other', [riskWithdrawn()], { expectedRevision: 'any' });
    const runner = run(undefined);
    expect(runner.status()).toMatchObject({ state: 'stopped', caughtUp: false });
    await runner.start();
    await runner.whenLive();
    expect(runner.status()).toMatchObject({ state: 'live', caughtUp: true, error: null });
    expect(runner.read().position).toBe(await store.headPosition());

    await appendInBatches(store, 2, 5);
    const head = await store.headPosition();
    await eventually(() => runner.read().position === head);
    expect(runner.read().state).toEqual(await cleanFold(store));
    expect(await runner.lag(head)).toBe(0);
  });

  it.each(['end', 'throw'] as const)(
    're-establishes a subscription that drops mid-stream (it %ss) without losing or double-counting an event',
    async (how) => {
      const dropping = droppingSubscriptions(store, { afterEvents: 7, how });
      const runner = run(undefined, dropping);
      await runner.start();
      await runner.whenLive();
      for (let batch = 0; batch < 12; batch += 1) {
        await appendInBatches(store, 1, 4);
        const head = await store.headPosition();
        await eventually(() => runner.read().position === head);
      }

      expect(dropping.drops()).toBeGreaterThan(2);
      expect(runner.status().restarts).toBe(dropping.drops());
      expect(runner.status().state).toBe('live');
      const state = runner.read().state;
      expect(new Set(state.positions).size).toBe(state.positions.length);
      expect(state).toEqual(await cleanFold(store));
    },
  );

  it('resumes after a restart from the snapshot saved with its checkpoint, counting nothing twice', async () => {
    await appendInBatches(store, 4, 5);
    const first = run({ version: 1 });
    await first.start();
    await first.whenLive();
    await first.stop();
    const saved = first.read().position;

    await appendInBatches(store, 2, 5);
    const reads: number[] = [];
    const watched = recordingReads(store, reads);
    const second = run({ version: 1 }, watched);
    await second.start();
    await second.whenLive();
    expect(reads[0]).toBe(saved);
    expect(second.read().state).toEqual(await cleanFold(store));
  });

  it('saves nothing on going live; after a start it saves only a catch-up as long as asked', async () => {
    await appendInBatches(store, 4, 5);
    const file = join(directory, 'projections', `${tally.name}.snapshot`);
    const first = run({ version: 1 });
    await first.start();
    await first.whenLive();
    // Saving a large state holds the thread: going live leaves it to the runtime, once all are live.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(file)).toBe(false);
    await first.saveAfterCatchUp(21);
    expect(existsSync(file)).toBe(false);
    await first.saveAfterCatchUp(20);
    expect(existsSync(file)).toBe(true);
    const saved = first.read().position;
    await first.stop();

    // The next start folds only what came after, and counts from there.
    await appendInBatches(store, 1, 5);
    const reads: number[] = [];
    const second = run({ version: 1 }, recordingReads(store, reads));
    await second.start();
    await second.whenLive();
    expect(reads[0]).toBe(saved);
    await second.saveAfterCatchUp(6);
    await second.stop();
    const third: number[] = [];
    const restarted = run({ version: 1 }, recordingReads(store, third));
    await restarted.start();
    await restarted.whenLive();
    // The second stop saved what the second start folded, though it was too short to save at once.
    expect(third[0]).toBe(await store.headPosition());
    expect(restarted.read().state).toEqual(await cleanFold(store));
  });

  it('saves, while events keep coming, a snapshot that is always the fold up to its checkpoint', async () => {
    // A state whose every part an event may change: cut a slot at a time, with every turn of the
    // event loop given away, events folded during the cut would land in a snapshot of an earlier
    // checkpoint. The live fold must wait for the cut.
    const spread: FoldingProjection<{ counts: number[]; total: number }> = {
      name: 'spread',
      canHandle: tally.canHandle,
      initialState: () => ({ counts: new Array<number>(64).fill(0), total: 0 }),
      evolve: (state, event) => {
        state.counts[event.position % 64]! += 1;
        state.total += 1;
        return state;
      },
    };
    await appendInBatches(store, 10, 10);
    const runner = new ProjectionRunner(
      { projection: spread, snapshot: { version: 1, limits: { sliceLength: 1, sliceBudgetMs: 0 } } },
      { store, snapshotDirectory: join(directory, 'projections'), reconnect: { initialMs: 5, maxMs: 20 } },
    );
    await runner.start();
    await runner.whenLive();
    const file = new SnapshotFile<{ counts: number[]; total: number }>(
      join(directory, 'projections'),
      spread.name,
      1,
    );
    let appending = true;
    const appender = (async () => {
      for (let b = 0; appending; b++)
        await store.append(`risk-more-${b}`, risks(1, b), { expectedRevision: 'any' });
    })();
    try {
      let saved = 0;
      for (let k = 0; k < 8; k++) {
        await eventually(() => runner.read().position > saved);
        await runner.saveSnapshot();
        const snapshot = (await file.load())!;
        const upTo = (await store.readAll())
          .filter((e) => spread.canHandle.includes(e.type) && e.position <= snapshot.checkpoint)
          .reduce(spread.evolve, spread.initialState());
        expect(snapshot.state).toEqual(upTo);
        saved = snapshot.checkpoint;
      }
    } finally {
      appending = false;
      await appender;
      await runner.stop();
    }
  });

  it('ignores a snapshot of another projection version and folds from the start', async () => {
    await appendInBatches(store, 2, 5);
    const first = run({ version: 1 });
    await first.start();
    await first.whenLive();
    await first.stop();

    const reads: number[] = [];
    const watched = recordingReads(store, reads);
    const second = run({ version: 2 }, watched);
    await second.start();
    await second.whenLive();
    expect(reads[0]).toBe(0);
    expect(second.read().state).toEqual(await cleanFold(store));
  });

  it('answers from the previous state while a rebuild runs, then swaps to the rebuilt one', async () => {
    await appendInBatches(store, 2, 5);
    const held = heldRebuildReads(store);
    const runner = run(undefined, held.store);
    await runner.start();
    await runner.whenLive();
    const before = runner.read();

    const rebuilding = runner.rebuild();
    try {
      await eventually(() => runner.status().state === 'rebuilding');
      expect(runner.read().state).toBe(before.state);
      expect(runner.read().position).toBe(before.position);
    } finally {
      held.release();
    }
    await rebuilding;

    expect(runner.read().state).not.toBe(before.state);
    expect(runner.read().state).toEqual(await cleanFold(store));
    await appendInBatches(store, 1, 3);
    const head = await store.headPosition();
    await eventually(() => runner.read().position === head);
    expect(runner.status().state).toBe('live');
    expect(runner.read().state).toEqual(await cleanFold(store));
  });

  it('following live gives exactly the read model a rebuild gives', async () => {
    const runner = run(undefined);
    await runner.start();
    await runner.whenLive();
    for (let i = 0; i < 6; i += 1) {
      await appendInBatches(store, 1, 1 + i);
      if (i % 2 === 0) await store.append(`risk-w-${i}`, [riskWithdrawn()], { expectedRevision: 'any' });
    }
    const head = await store.headPosition();
    await eventually(() => runner.read().position === head);
    const followed = structuredClone(runner.read().state);
    await runner.rebuild();
    expect(runner.read().state).toEqual(followed);
  });

  it('fails with the position and reason when the fold throws, and does not retry it', async () => {
    await appendInBatches(store, 1, 3);
    const broken: FoldingProjection<Tally> = {
      ...tally,
      evolve: (state, event) => {
        if (state.positions.length === 2) throw new Error('unknown region');
        return tally.evolve(state, event);
      },
    };
    const runner = new ProjectionRunner({ projection: broken }, { store });
    await runner.start();
    await expect(runner.whenLive()).rejects.toThrow(
      /projection tally failed on RiskIdentified at position 3: unknown region/,
    );
    expect(runner.status()).toMatchObject({ state: 'failed', caughtUp: false });
    expect(runner.read().position).toBe(2);
    await runner.stop();
    expect(runner.status().state).toBe('failed');
  });
});

const bound = (store: EventStore): EventStore => ({
  append: store.append.bind(store),
  appendMany: store.appendMany.bind(store),
  readStream: store.readStream.bind(store),
  readAll: store.readAll.bind(store),
  subscribeToAll: store.subscribeToAll.bind(store),
  headPosition: store.headPosition.bind(store),
  close: store.close.bind(store),
});

/** The real store, noting where each read of the log starts. */
const recordingReads = (store: EventStore, reads: number[]): EventStore => ({
  ...bound(store),
  readAll: (options) => {
    reads.push(options?.after ?? 0);
    return store.readAll(options);
  },
});
