import { getSQLiteEventStore, readMessagesBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import type { NewEvent } from '../src/store/port.ts';
import { clock } from './measure.ts';

/**
 * The same workload through Emmett's SQLite event store (sqlite3 driver): each batch appended to
 * its own stream with one appendToStream call, then the whole log read back in batches.
 */
export const emmettAppend = async (
  path: string,
  batches: Iterable<{ streamId: string; events: NewEvent[] }>,
) => {
  const store = getSQLiteEventStore({ fileName: path });
  let count = 0;
  let ms = 0;
  let cpuMicros = 0;
  for (const batch of batches) {
    const events = batch.events.map((e) => ({
      type: e.type,
      data: e.data as Record<string, unknown>,
      metadata: e.metadata,
    }));
    const done = clock();
    await store.appendToStream(batch.streamId, events);
    const spent = done();
    ms += spent.ms;
    cpuMicros += spent.cpuMicros;
    count += events.length;
  }
  return { count, ms, cpuMicros };
};

export const emmettReadAll = async (path: string) => {
  const connection = sqliteConnection({ fileName: path });
  const done = clock();
  let count = 0;
  try {
    for (let after = 0n; ; ) {
      const { messages, currentGlobalPosition, areEventsLeft } = await readMessagesBatch(connection, {
        after,
        batchSize: 10_000,
      });
      count += messages.length;
      after = currentGlobalPosition;
      if (!areEventsLeft || messages.length === 0) break;
    }
  } finally {
    connection.close();
  }
  return { count, ...done() };
};
