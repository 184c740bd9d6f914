import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../../store/open.ts';
import type { AppendResult, EventStore, StreamWrite } from '../../store/port.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';
import { DestinationDivergedError, LogWriter } from './log-writer.ts';
import { digestLog, readLogPages, type SourcedEntry } from './read-log.ts';

const tempStore = () =>
  openEventStore({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-writer-')), 'e.sqlite') });

/**
 * A destination that behaves as EventStoreDB does for a multi-stream append: stream by stream,
 * each stream atomic, no transaction around them. It fails after `failAfter` stream writes, as a
 * crash or a dropped connection would in the middle of a chunk.
 */
const streamByStream = (store: EventStore, failAfter: number): EventStore => {
  let writes = 0;
  return {
    append: (streamId, events, options) => store.append(streamId, events, options),
    appendMany: async (batch: readonly StreamWrite[]): Promise<AppendResult[]> => {
      const results: AppendResult[] = [];
      for (const write of batch) {
        if (writes++ === failAfter) throw new Error('connection lost');
        results.push(
          await store.append(write.streamId, write.events, { expectedRevision: write.expectedRevision }),
        );
      }
      return results;
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
};

const entriesOf = async (store: EventStore): Promise<SourcedEntry[]> => {
  const all: SourcedEntry[] = [];
  for await (const page of readLogPages(store)) all.push(...page);
  return all;
};

describe('LogWriter', () => {
  it('completes a chunk that a non-atomic destination wrote only in part, without duplicating', async () => {
    const source = await tempStore();
    const destination = await tempStore();
    await appendSampleLog(source, 1_500);
    const entries = await entriesOf(source);

    const failing = new LogWriter(streamByStream(destination, 777), { verifying: false });
    await expect(failing.write(entries, () => {})).rejects.toThrow('connection lost');
    const partial = await destination.headPosition();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1_500);

    let skipped = 0;
    await new LogWriter(destination, { verifying: true }).write(entries, (_last, result) => {
      skipped += result.skipped;
    });
    expect(skipped).toBe(partial);
    expect(await digestLog(destination, 0, Number.POSITIVE_INFINITY)).toEqual(
      await digestLog(source, 0, Number.POSITIVE_INFINITY),
    );
    await source.close();
    await destination.close();
  });

  it('refuses to continue over a destination that holds other events in the same streams', async () => {
    const source = await tempStore();
    const destination = await tempStore();
    await appendSampleLog(source, 10);
    await appendSampleLog(destination, 10, 70_000);
    const [sourced] = await entriesOf(source);
    const [other] = await destination.readAll({ maxCount: 1 });
    // The source's first event, claimed for a stream whose revision 0 is another event.
    const foreign = [{ ...sourced!, entry: { ...sourced!.entry, streamId: other!.streamId } }];
    await expect(
      new LogWriter(destination, { verifying: true }).write(foreign, () => {}),
    ).rejects.toBeInstanceOf(DestinationDivergedError);
    expect(await destination.headPosition()).toBe(10);
    await source.close();
    await destination.close();
  });
});
