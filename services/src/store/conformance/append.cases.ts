import { describe, expect, it } from 'vitest';
import { type ExpectedRevision, WrongExpectedRevisionError } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, manyRisks, riskIdentified, riskWithdrawn } from './fixtures.ts';
import { useStore } from './use-store.ts';

const refusal = async (promise: Promise<unknown>): Promise<WrongExpectedRevisionError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  return error as WrongExpectedRevisionError;
};

export const appendCases = (adapter: AdapterUnderTest) =>
  describe('append with an expected revision', () => {
    const store = useStore(adapter);

    it('accepts every mode when it holds', async () => {
      const stream = freshStream();
      await expect(
        store().append(stream, [riskIdentified()], { expectedRevision: 'no_stream' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 0 });
      await expect(store().append(stream, [riskWithdrawn()], { expectedRevision: 0 })).resolves.toMatchObject(
        {
          nextExpectedRevision: 1,
        },
      );
      await expect(
        store().append(stream, [riskWithdrawn()], { expectedRevision: 'stream_exists' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 2 });
      await expect(
        store().append(stream, [riskWithdrawn()], { expectedRevision: 'any' }),
      ).resolves.toMatchObject({
        nextExpectedRevision: 3,
      });
      await expect(
        store().append(freshStream(), manyRisks(2), { expectedRevision: 'any' }),
      ).resolves.toMatchObject({
        nextExpectedRevision: 1,
      });
      await expect(store().append(freshStream(), manyRisks(1))).resolves.toMatchObject({
        nextExpectedRevision: 0,
      });
      expect((await store().readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    it('refuses every mode when it does not hold, naming the actual revision, and writes nothing', async () => {
      const stream = freshStream();
      const missing = freshStream();
      await store().append(stream, manyRisks(2));
      const head = await store().headPosition();
      const cases: [string, ExpectedRevision, number | 'no_stream'][] = [
        [stream, 'no_stream', 1],
        [missing, 'stream_exists', 'no_stream'],
        [stream, 0, 1],
        [stream, 2, 1],
        [missing, 0, 'no_stream'],
      ];
      for (const [streamId, expectedRevision, actual] of cases) {
        const error = await refusal(store().append(streamId, [riskWithdrawn()], { expectedRevision }));
        expect(error).toMatchObject({ streamId, expected: expectedRevision, actual });
      }
      expect(await store().readStream(stream)).toHaveLength(2);
      expect(await store().readStream(missing)).toEqual([]);
      expect(await store().headPosition()).toBe(head);
    });

    it('lets exactly one of many concurrent appenders win each revision', async () => {
      const stream = freshStream();
      await store().append(stream, [riskIdentified()], { expectedRevision: 'no_stream' });
      const contenders = 6;
      const winners: string[] = [];
      for (let revision = 0; revision < 5; revision++) {
        const attempts = Array.from({ length: contenders }, () => riskWithdrawn());
        const outcomes = await Promise.allSettled(
          attempts.map((event) => store().append(stream, [event], { expectedRevision: revision })),
        );
        const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]!.id] : []));
        expect(won).toHaveLength(1);
        winners.push(won[0]!);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
            expect(outcome.reason).toMatchObject({ expected: revision, actual: revision + 1 });
          }
        }
      }
      const stored = await store().readStream(stream);
      expect(stored.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(stored.slice(1).map((e) => e.id)).toEqual(winners);
    });

    it('appends 10,000 events in one call, in order, with increasing positions', async () => {
      const stream = freshStream();
      const events = manyRisks(10_000);
      const result = await store().append(stream, events, { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(9_999);
      const stored = await store().readStream(stream);
      expect(stored.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(stored.map((e) => e.revision)).toEqual(events.map((_, i) => i));
      expect(stored.at(-1)!.position).toBe(result.position);
      for (let i = 1; i < stored.length; i++)
        expect(stored[i]!.position).toBeGreaterThan(stored[i - 1]!.position);
    });

    it('appends to several streams, checking every expected revision', async () => {
      const [a, b] = [freshStream(), freshStream()];
      const results = await store().appendMany([
        { streamId: a, events: manyRisks(2), expectedRevision: 'no_stream' },
        { streamId: b, events: manyRisks(1), expectedRevision: 'no_stream' },
      ]);
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 0]);
      expect(results[1]!.position).toBeGreaterThan(results[0]!.position);
      await refusal(
        store().appendMany([{ streamId: b, events: manyRisks(1), expectedRevision: 'no_stream' }]),
      );
    });

    it.runIf(adapter.atomicMultiStream)('commits a multi-stream append all or nothing', async () => {
      const [a, b] = [freshStream(), freshStream()];
      await store().append(b, manyRisks(1));
      const head = await store().headPosition();
      await refusal(
        store().appendMany([
          { streamId: a, events: manyRisks(3), expectedRevision: 'no_stream' },
          { streamId: b, events: manyRisks(1), expectedRevision: 'no_stream' },
        ]),
      );
      expect(await store().readStream(a)).toEqual([]);
      expect(await store().headPosition()).toBe(head);
    });
  });
