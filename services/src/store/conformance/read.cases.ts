import { describe, expect, it } from 'vitest';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, manyRisks, riskIdentified, riskWithdrawn } from './fixtures.ts';
import { useStore } from './use-store.ts';

export const readCases = (adapter: AdapterUnderTest) =>
  describe('reading', () => {
    const store = useStore(adapter);

    it('reads a stream forwards and backwards, from a revision, up to a count', async () => {
      const stream = freshStream();
      const events = manyRisks(5);
      await store().append(stream, events);
      const ids = events.map((e) => e.id);
      const read = async (options: Parameters<ReturnType<typeof store>['readStream']>[1]) =>
        (await store().readStream(stream, options)).map((e) => e.id);
      expect(await read({})).toEqual(ids);
      expect(await read({ fromRevision: 2, maxCount: 2 })).toEqual(ids.slice(2, 4));
      expect(await read({ direction: 'backwards' })).toEqual([...ids].reverse());
      expect(await read({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([ids[3], ids[2]]);
      expect(await read({ fromRevision: 5 })).toEqual([]);
      expect(await store().readStream(freshStream())).toEqual([]);
    });

    it('returns what was appended: ids, types, data normalised by the schema, metadata', async () => {
      const stream = freshStream();
      const event = riskIdentified({ organization: '  Акимат   г. Актобе ' });
      const result = await store().append(stream, [event]);
      const [stored] = await store().readStream(stream);
      expect(stored).toEqual({
        id: event.id,
        streamId: stream,
        type: 'RiskIdentified',
        revision: 0,
        position: result.position,
        data: { ...(event.data as object), organization: 'Акимат   г. Актобе' },
        metadata: event.metadata,
      });
    });

    it('reads all after a position, in log order, up to a count', async () => {
      const before = await store().headPosition();
      if (adapter.startsEmpty) expect(before).toBe(0);
      const [a, b] = [freshStream(), freshStream()];
      const first = riskIdentified();
      const second = riskIdentified();
      const third = riskWithdrawn();
      await store().append(a, [first]);
      await store().append(b, [second]);
      const last = await store().append(a, [third]);
      expect(await store().headPosition()).toBe(last.position);
      const all = await store().readAll({ after: before });
      expect(all.map((e) => e.id)).toEqual([first.id, second.id, third.id]);
      expect(all.map((e) => e.streamId)).toEqual([a, b, a]);
      expect(all[1]!.position).toBeGreaterThan(all[0]!.position);
      expect(all[2]!.position).toBeGreaterThan(all[1]!.position);
      expect((await store().readAll({ after: all[0]!.position })).map((e) => e.id)).toEqual([
        second.id,
        third.id,
      ]);
      expect((await store().readAll({ after: before, maxCount: 1 })).map((e) => e.id)).toEqual([first.id]);
      expect(await store().readAll({ after: last.position })).toEqual([]);
    });

    it('reads all of some types only, the count counting those', async () => {
      const before = await store().headPosition();
      const stream = freshStream();
      const [first, second] = [riskIdentified(), riskIdentified()];
      const withdrawn = riskWithdrawn();
      await store().append(stream, [first]);
      await store().append(freshStream(), [withdrawn]);
      await store().append(stream, [second]);
      const ids = async (options: Parameters<ReturnType<typeof store>['readAll']>[0]) =>
        (await store().readAll({ after: before, ...options })).map((e) => e.id);
      expect(await ids({ eventTypes: ['RiskIdentified'] })).toEqual([first.id, second.id]);
      expect(await ids({ eventTypes: ['RiskWithdrawn'] })).toEqual([withdrawn.id]);
      expect(await ids({ eventTypes: ['RiskIdentified'], maxCount: 1 })).toEqual([first.id]);
      expect(await ids({ eventTypes: ['RiskIdentified', 'RiskWithdrawn'] })).toEqual([
        first.id,
        withdrawn.id,
        second.id,
      ]);
      expect(await ids({ eventTypes: [] })).toEqual([]);
    });
  });
