import { describe, expect, it } from 'vitest';
import { DuplicateEventIdError } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, manyRisks, metadataFor, riskWithdrawn } from './fixtures.ts';
import { useStore } from './use-store.ts';

export const idempotencyCases = (adapter: AdapterUnderTest) =>
  describe('idempotent append', () => {
    const store = useStore(adapter);

    it('stores a resent batch once and answers as the first time', async () => {
      const stream = freshStream();
      const batch = manyRisks(3);
      const first = await store().append(stream, batch, { expectedRevision: 'no_stream' });
      await store().append(stream, [riskWithdrawn()], { expectedRevision: 2 });
      const head = await store().headPosition();
      // The retry carries the expected revision of the first attempt, which no longer holds,
      // and a new recordedAt: it is still the same submission.
      const retried = batch.map((e) => ({
        ...e,
        metadata: { ...e.metadata, recordedAt: '2026-03-14T10:05:00.000Z' },
      }));
      await expect(store().append(stream, retried, { expectedRevision: 'no_stream' })).resolves.toEqual(
        first,
      );
      await expect(store().append(stream, batch)).resolves.toEqual(first);
      expect(await store().readStream(stream)).toHaveLength(4);
      expect(await store().headPosition()).toBe(head);
    });

    it('refuses an id reused for a different event, and writes nothing', async () => {
      const stream = freshStream();
      const [original] = manyRisks(1);
      await store().append(stream, [original!]);
      const head = await store().headPosition();
      const reused = { ...riskWithdrawn(), id: original!.id };
      await expect(store().append(stream, [reused])).rejects.toBeInstanceOf(DuplicateEventIdError);
      const changedData = {
        ...original!,
        data: { ...(original!.data as object), process: 'Другой процесс' },
      };
      await expect(store().append(stream, [changedData])).rejects.toMatchObject({ eventId: original!.id });
      // A batch that starts new and then repeats a stored id is refused as a whole.
      const mixed = [riskWithdrawn(), { ...original!, metadata: metadataFor('RiskIdentified') }];
      await expect(store().append(stream, mixed)).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store().readStream(stream)).toHaveLength(1);
      expect(await store().headPosition()).toBe(head);
    });

    it.runIf(adapter.globalEventIds)('refuses an id reused in another stream', async () => {
      const [event] = manyRisks(1);
      await store().append(freshStream(), [event!]);
      const other = freshStream();
      await expect(store().append(other, [event!])).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store().readStream(other)).toEqual([]);
    });

    it('refuses a batch that names one id twice', async () => {
      const stream = freshStream();
      const event = riskWithdrawn();
      await expect(store().append(stream, [event, event])).rejects.toMatchObject({
        name: 'InvalidEventError',
        issues: [{ path: 'events.1.id' }],
      });
      expect(await store().readStream(stream)).toEqual([]);
    });
  });
