import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStream, riskIdentified, riskWithdrawn } from '../store/conformance/fixtures.ts';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { SqliteEventStore } from '../store/sqlite/sqlite-event-store.ts';
import { foldLog } from './fold-log.ts';
import type { FoldingProjection } from './runnable-projection.ts';

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
});
