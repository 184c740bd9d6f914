import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { EventStore, NewEvent } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { collect, expectIncreasing } from './collect.ts';
import { freshStream, manyRisks, riskIdentified, riskWithdrawn } from './fixtures.ts';
import { useStore } from './use-store.ts';

/** Appends `rounds` small batches to `stream`, yielding between them so subscribers interleave. */
const appendInRounds = async (
  store: EventStore,
  stream: string,
  rounds: number,
  make: (round: number) => NewEvent[],
) => {
  const appended: NewEvent[] = [];
  for (let round = 0; round < rounds; round++) {
    const batch = make(round);
    await store.append(stream, batch);
    appended.push(...batch);
    await sleep(round % 3);
  }
  return appended;
};

export const subscribeCases = (adapter: AdapterUnderTest) =>
  describe('subscribe to all', () => {
    const store = useStore(adapter);

    it('catches up, then follows live: every event once, in order, while appends race', async () => {
      const before = await store().headPosition();
      const early = freshStream();
      const earlyEvents = manyRisks(2_500);
      await store().append(early, earlyEvents);
      const subscription = store().subscribeToAll({ after: before });
      const streams = [early, freshStream(), freshStream(), freshStream()];
      const racing = Promise.all(
        streams.slice(1).map((s) => appendInRounds(store(), s, 40, (r) => manyRisks(1 + (r % 4)))),
      );
      const expectedCount = earlyEvents.length + 3 * 40 * 2.5;
      const { ours, all } = await collect(subscription, new Set(streams), expectedCount);
      const appended = [earlyEvents, ...(await racing)];
      await subscription.close();

      expectIncreasing(all.map((e) => e.position));
      expect(new Set(ours.map((e) => e.id)).size).toBe(expectedCount);
      streams.forEach((stream, i) => {
        expect(ours.filter((e) => e.streamId === stream).map((e) => e.id)).toEqual(
          appended[i]!.map((e) => e.id),
        );
      });
    });

    it('delivers only the filtered types, catching up and live', async () => {
      const before = await store().headPosition();
      const stream = freshStream();
      const mixed = (round: number) => [
        riskIdentified(),
        riskWithdrawn(),
        ...(round % 2 ? [riskWithdrawn()] : []),
      ];
      const early = await appendInRounds(store(), stream, 10, mixed);
      const subscription = store().subscribeToAll({ after: before, eventTypes: ['RiskWithdrawn'] });
      const late = await appendInRounds(store(), stream, 10, mixed);
      const wanted = [...early, ...late].filter((e) => e.type === 'RiskWithdrawn');
      const { ours, all } = await collect(subscription, new Set([stream]), wanted.length);
      await subscription.close();
      expect(all.every((e) => e.type === 'RiskWithdrawn')).toBe(true);
      expect(ours.map((e) => e.id)).toEqual(wanted.map((e) => e.id));
      expectIncreasing(all.map((e) => e.position));
    });

    it('starts after its checkpoint', async () => {
      const stream = freshStream();
      const events = manyRisks(5);
      await store().append(stream, events);
      const [, second] = await store().readStream(stream);
      const subscription = store().subscribeToAll({ after: second!.position });
      const { ours } = await collect(subscription, new Set([stream]), 3);
      await subscription.close();
      expect(ours.map((e) => e.id)).toEqual(events.slice(2).map((e) => e.id));
    });

    it('ends the iteration when closed, waking a pending next()', async () => {
      const subscription = store().subscribeToAll({ after: await store().headPosition() });
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = iterator.next();
      await sleep(50);
      await subscription.close();
      await expect(pending).resolves.toEqual({ done: true, value: undefined });
      await expect(iterator.next()).resolves.toMatchObject({ done: true });
    });

    it('ends a for-await loop when the loop breaks, and the store keeps working', async () => {
      const before = await store().headPosition();
      const stream = freshStream();
      await store().append(stream, manyRisks(3));
      const subscription = store().subscribeToAll({ after: before });
      for await (const event of subscription) {
        if (event.streamId === stream) break;
      }
      await expect(subscription[Symbol.asyncIterator]().next()).resolves.toMatchObject({ done: true });
      await expect(store().append(stream, manyRisks(1))).resolves.toMatchObject({ nextExpectedRevision: 3 });
    });
  });
