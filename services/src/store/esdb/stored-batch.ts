import type { EventStoreDBClient } from '@eventstore/db-client';
import { type AppendResult, DuplicateEventIdError } from '../port.ts';
import type { PreparedEvent } from '../validate-new-events.ts';
import { fromEsdbPosition, storedDataJson } from './map-esdb.ts';
import { readEsdbStream } from './read-esdb-stream.ts';

/**
 * Idempotency on EventStoreDB: the server deduplicates ids only at the expected position (and,
 * with `any`, only within a recent-writes cache), so the adapter looks for the batch in the
 * stream itself. When found exactly as sent (consecutive, same types and data), the append
 * answers as it did the first time; an id found with other content is a DuplicateEventIdError.
 * EventStoreDB has no index by event id, so an id reused in *another* stream is not detected.
 */
export const findStoredBatch = async (
  client: EventStoreDBClient,
  streamId: string,
  events: readonly PreparedEvent[],
): Promise<AppendResult | null> => {
  const stored = await readEsdbStream(client, streamId);
  const indexById = new Map(stored.map((resolved, index) => [resolved.event!.id.toLowerCase(), index]));
  const start = indexById.get(events[0]!.id);
  if (start === undefined) {
    const reused = events.find((event) => indexById.has(event.id));
    if (reused) throw new DuplicateEventIdError(reused.id);
    return null;
  }
  events.forEach((event, i) => {
    const resolved = stored[start + i];
    const same =
      resolved !== undefined &&
      resolved.event!.id.toLowerCase() === event.id &&
      resolved.event!.type === event.type &&
      storedDataJson(resolved) === event.dataJson;
    if (!same) throw new DuplicateEventIdError(indexById.has(event.id) ? event.id : events[0]!.id);
  });
  const last = stored[start + events.length - 1]!.event!;
  return { nextExpectedRevision: Number(last.revision), position: fromEsdbPosition(last.position) };
};
