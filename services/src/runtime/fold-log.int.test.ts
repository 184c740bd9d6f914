import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStream, riskIdentified, riskWithdrawn } from '../store/conformance/fixtures.ts';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { SqliteEventStore } from '../store/sqlite/sqlite-event-store.ts';
import { foldLog } from './fold-log.ts';
import { type FoldingProjection, ProjectionFault } from './runnable-projection.ts';
import { pagedTally } from './tally-pages.test-support.ts';

interface Tally {
  readonly count: number;
  readonly positions: number;
  readonly last: number;
}

/** Counts the events of some types and sums their positions: any event skipped, repeated or misordered shows. */
const tally = (name: string, canHandle: readonly string[]): FoldingProjection<Tally> => ({
  name,
  canHandle,
  initialState: () => ({ count: 0, positions: 0, last: 0 }),
  evolve: (state, event) => {
    if (!canHandle.includes(event.type)) throw new Error(`handed ${event.type}`);
    if (event.position <= state.last) throw new Error(`${event.position} after ${state.last}`);
    return { count: state.count + 1, positions: state.positions + event.position, last: event.position };
  },
});
const withdrawals = tally('withdrawals', ['RiskWithdrawn']);
const everything = tally('everything', ['RiskIdentified', 'RiskWithdrawn']);

/** The same store without its read-ahead: every page read in turn through readAll. */
const inTurn = (store: EventStore): EventStore => ({
  append: (...a) => store.append(...a),
  appendMany: (w) => store.appendMany(w),
  readStream: (...a) => store.readStream(...a),
  readAll: (o) => store.readAll(o),
  subscribeToAll: (o) => store.subscribeToAll(o),
  headPosition: () => store.headPosition(),
  close: () => store.close(),
});

describe('folding a log long enough to be read ahead in a worker', () => {
  const store = new SqliteEventStore({
    path: join(mkdtempSync(join(tmpdir(), 'kpi-fold-')), 'events.sqlite'),
  });
  let expected = 0;

  beforeAll(async () => {
    // 21,000 events, one in seven a withdrawal; the last one is not, so the head is not handled.
    for (let batch = 0; batch < 21; batch += 1) {
      const events = Array.from({ length: 1_000 }, (_, i) =>
        (batch * 1_000 + i) % 7 === 3 ? riskWithdrawn() : riskIdentified(),
      );
      expected += events.filter((e) => e.type === 'RiskWithdrawn').length;
      await store.append(freshStream(), events);
    }
  }, 60_000);
  afterAll(() => store.close());

  it('folds the same state to the head as reading page by page, reporting each page', async () => {
    const head = await store.headPosition();
    const progress: number[] = [];
    const applied: RecordedEvent[] = [];
    const ahead = await foldLog(
      store,
      withdrawals,
      { state: withdrawals.initialState(), checkpoint: 0 },
      (a, p) => {
        applied.push(...a);
        progress.push(p.checkpoint);
      },
    );
    const turn = await foldLog(inTurn(store), withdrawals, {
      state: withdrawals.initialState(),
      checkpoint: 0,
    });
    expect(ahead).toEqual(turn);
    expect(ahead.state.count).toBe(expected);
    expect(ahead.checkpoint).toBe(head);
    expect(applied).toHaveLength(expected);
    expect(progress[progress.length - 1]).toBe(head);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('reads page after page ahead, stops when asked between pages and resumes from there', async () => {
    const head = await store.headPosition();
    const whole = await foldLog(store, everything, { state: everything.initialState(), checkpoint: 0 });
    expect(whole.state.count).toBe(head);
    expect(whole).toEqual(
      await foldLog(inTurn(store), everything, { state: everything.initialState(), checkpoint: 0 }),
    );
    let pages = 0;
    const stopped = await foldLog(
      store,
      everything,
      { state: everything.initialState(), checkpoint: 0 },
      () => {
        pages += 1;
      },
      () => pages >= 2,
    );
    expect(pages).toBe(2);
    expect(stopped.state.count).toBeGreaterThan(0);
    expect(stopped.state.count).toBeLessThan(head);
    expect(stopped.checkpoint).toBe(stopped.state.last);
    expect(await foldLog(store, everything, stopped)).toEqual(whole);
  });

  it('folds a paged projection from input its reader threads encode: the state reading in turn gives', async () => {
    const head = await store.headPosition();
    const paged = pagedTally('paged withdrawals', ['RiskWithdrawn']);
    const turn = await foldLog(inTurn(store), paged, { state: paged.initialState(), checkpoint: 0 });
    expect(turn.state.count).toBe(expected);
    expect(turn).toEqual(
      await foldLog(inTurn(store), withdrawals, { state: withdrawals.initialState(), checkpoint: 0 }),
    );
    for (const readAhead of [
      {},
      { window: 1_000, threads: 1 },
      { window: 997, threads: 3 },
      { window: 7, threads: 2 },
    ]) {
      const progress: number[] = [];
      let counted = 0;
      const ahead = await foldLog(
        store,
        paged,
        { state: paged.initialState(), checkpoint: 0 },
        (applied, p, count) => {
          // The caller did not ask for the events: it hears how many, and where the fold stands.
          expect(applied).toEqual([]);
          counted += count;
          progress.push(p.checkpoint);
        },
        undefined,
        { readAhead },
      );
      expect(ahead).toEqual(turn);
      expect(counted).toBe(expected);
      expect(progress.at(-1)).toBe(head);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    }
    // Asked for the events, the fold reads them (and still encodes them a page at a time).
    const applied: RecordedEvent[] = [];
    const withEvents = await foldLog(
      store,
      paged,
      { state: paged.initialState(), checkpoint: 0 },
      (a) => applied.push(...a),
      undefined,
      { events: true },
    );
    expect(withEvents).toEqual(turn);
    expect(applied.map((e) => e.position)).toEqual(
      (await inTurn(store).readAll({ eventTypes: ['RiskWithdrawn'] })).map((e) => e.position),
    );
  });

  it('stops between encoded windows when asked and resumes from there', async () => {
    const paged = pagedTally('paged everything', ['RiskIdentified', 'RiskWithdrawn']);
    const whole = await foldLog(store, paged, { state: paged.initialState(), checkpoint: 0 });
    let windows = 0;
    const stopped = await foldLog(
      store,
      paged,
      { state: paged.initialState(), checkpoint: 0 },
      () => {
        windows += 1;
      },
      () => windows >= 3,
      { readAhead: { window: 1_500 } },
    );
    expect(windows).toBe(3);
    expect(stopped.checkpoint).toBe(4_500);
    expect(stopped.state.count).toBe(4_500);
    expect(await foldLog(store, paged, stopped, undefined, undefined, { readAhead: { from: 0 } })).toEqual(
      whole,
    );
  });

  it('fails at an event the encoder cannot read, having applied and reported the ones before', async () => {
    const broken = new SqliteEventStore({
      path: join(mkdtempSync(join(tmpdir(), 'kpi-fold-broken-')), 'e.sqlite'),
    });
    try {
      for (let i = 0; i < 30; i += 1) await broken.append(freshStream(), [riskWithdrawn()]);
      const bad = await broken.append(freshStream(), [
        {
          ...riskWithdrawn(),
          data: { riskId: freshStream('r').slice(2), reason: 'unreadable', occurredOn: '2026-03-20' },
        },
      ]);
      for (let i = 0; i < 10; i += 1) await broken.append(freshStream(), [riskWithdrawn()]);
      const paged = pagedTally('paged withdrawals', ['RiskWithdrawn']);
      for (const options of [
        { readAhead: { from: 0, window: 4 } },
        {},
        { events: true, readAhead: { from: 0 } },
      ]) {
        let reported = { count: 0, checkpoint: 0 };
        const folding = foldLog(
          broken,
          paged,
          { state: paged.initialState(), checkpoint: 0 },
          (_a, p) => {
            reported = { count: p.state.count, checkpoint: p.checkpoint };
          },
          undefined,
          options,
        );
        await expect(folding).rejects.toThrow(ProjectionFault);
        await expect(folding).rejects.toMatchObject({
          position: bad.position,
          message: expect.stringContaining(
            `failed on RiskWithdrawn at position ${bad.position}: event ${bad.position} is unreadable`,
          ),
        });
        expect(reported).toEqual({ count: 30, checkpoint: bad.position - 1 });
      }
    } finally {
      await broken.close();
    }
  });
});
