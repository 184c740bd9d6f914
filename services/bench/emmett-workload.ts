import { getSQLiteEventStore, readMessagesBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import type { NewEvent } from '../src/store/port.ts';
import { clock } from './measure.ts';

/** Emmett's SQLite event store (sqlite3 driver), driven with the same batches as ours. */
export const emmettStore = (path: string) => {
  const store = getSQLiteEventStore({ fileName: path });
  return (streamId: string, events: readonly NewEvent[]) =>
    store.appendToStream(
      streamId,
      events.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata })),
    );
};

/** Reads the whole log back in batches of 10,000, as Emmett's consumers do. */
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
