import { MAX_EVENT_DATA_BYTES } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { InvalidEventError, type NewEvent } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, metadataFor, riskIdentified } from './fixtures.ts';
import { useStore } from './use-store.ts';

export const invalidInputCases = (adapter: AdapterUnderTest) =>
  describe('bad input', () => {
    const store = useStore(adapter);

    /** Appends `bad` after a valid event; expects a refusal naming `path` and nothing written. */
    const expectRefused = async (bad: NewEvent, path: string, code?: string) => {
      const stream = freshStream();
      const head = await store().headPosition();
      const error = await store()
        .append(stream, [riskIdentified(), bad])
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(InvalidEventError);
      const issues = (error as InvalidEventError).issues;
      expect(issues.map((i) => i.path)).toContain(path);
      if (code) expect(issues.find((i) => i.path === path)?.code).toBe(code);
      expect((error as Error).message).toContain(path);
      expect(await store().readStream(stream)).toEqual([]);
      expect(await store().headPosition()).toBe(head);
    };

    it('refuses an event that fails its schema, naming the field', async () => {
      await expectRefused(riskIdentified({ region: 'KZ-AKM' }), 'events.1.data.region');
      await expectRefused(riskIdentified({ occurredOn: '2026-02-30' }), 'events.1.data.occurredOn');
      await expectRefused(riskIdentified({ arrests: 3 }), 'events.1.data');
    });

    it('refuses an unknown event type', async () => {
      const bad = { ...riskIdentified(), type: 'OfficialArrested' };
      await expectRefused(bad, 'events.1.type', 'unknown_event_type');
    });

    it('refuses an oversize payload', async () => {
      const bad = riskIdentified({ description: 'ж'.repeat(MAX_EVENT_DATA_BYTES) });
      await expectRefused(bad, 'events.1.data', 'too_big');
    });

    it('refuses bad metadata, a bad id, and data written for another schema version', async () => {
      await expectRefused(
        { ...riskIdentified(), metadata: { ...metadataFor('RiskIdentified'), region: 'KZ-99' } as never },
        'events.1.metadata.region',
      );
      await expectRefused({ ...riskIdentified(), id: 'not-a-uuid' }, 'events.1.id', 'invalid_id');
      await expectRefused(
        { ...riskIdentified(), metadata: metadataFor('RiskIdentified', { schemaVersion: 1 }) },
        'events.1.metadata.schemaVersion',
      );
    });

    it('refuses an empty batch, a bad stream id and a bad expected revision', async () => {
      await expect(store().append(freshStream(), [])).rejects.toMatchObject({ issues: [{ path: 'events' }] });
      await expect(store().append('$all', [riskIdentified()])).rejects.toMatchObject({
        issues: [{ path: 'streamId' }],
      });
      await expect(
        store().append(freshStream(), [riskIdentified()], { expectedRevision: -1 }),
      ).rejects.toMatchObject({
        issues: [{ path: 'expectedRevision' }],
      });
      await expect(
        store().appendMany([{ streamId: freshStream(), events: [{ ...riskIdentified(), type: 'X' }] }]),
      ).rejects.toMatchObject({ issues: [{ path: 'writes.0.events.0.type' }] });
    });
  });
