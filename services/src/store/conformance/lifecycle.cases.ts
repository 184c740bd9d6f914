import { describe, expect, it } from 'vitest';
import { openEventStore } from '../open.ts';
import { StoreClosedError } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, manyRisks } from './fixtures.ts';

export const lifecycleCases = (adapter: AdapterUnderTest) =>
  describe('closing', () => {
    it('ends live subscriptions, then refuses every call', async () => {
      const store = await openEventStore(adapter.freshConfig());
      const subscription = store.subscribeToAll({ after: await store.headPosition() });
      const pending = subscription[Symbol.asyncIterator]().next();
      await store.close();
      await expect(pending).resolves.toMatchObject({ done: true });
      await expect(store.append(freshStream(), manyRisks(1))).rejects.toBeInstanceOf(StoreClosedError);
      await expect(
        store.appendMany([{ streamId: freshStream(), events: manyRisks(1) }]),
      ).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.readStream(freshStream())).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.readAll()).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.headPosition()).rejects.toBeInstanceOf(StoreClosedError);
      expect(() => store.subscribeToAll()).toThrow(StoreClosedError);
      await expect(store.close()).resolves.toBeUndefined();
    });

    it('reopens with everything that was appended', async () => {
      const config = adapter.freshConfig();
      const stream = freshStream();
      const first = await openEventStore(config);
      const result = await first.append(stream, manyRisks(3));
      await first.close();
      const second = await openEventStore(config);
      try {
        expect(await second.readStream(stream)).toHaveLength(3);
        await expect(
          second.append(stream, manyRisks(1), { expectedRevision: result.nextExpectedRevision }),
        ).resolves.toMatchObject({ nextExpectedRevision: 3 });
      } finally {
        await second.close();
      }
    });
  });
