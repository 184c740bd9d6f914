import {
  BACKWARDS,
  END,
  type EventStoreDBClient,
  FORWARDS,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import type { ReadStreamOptions } from '../port.ts';
import { isDomainEvent } from './map-esdb.ts';

/** Reads a stream's events (a missing stream reads as empty). */
export const readEsdbStream = async (
  client: EventStoreDBClient,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<ResolvedEvent[]> => {
  const backwards = options.direction === 'backwards';
  const events: ResolvedEvent[] = [];
  try {
    const read = client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision:
        options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
      ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
    });
    for await (const resolved of read) if (isDomainEvent(resolved)) events.push(resolved);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
};

/** The stream's last revision, or null when it does not exist. */
export const lastRevision = async (client: EventStoreDBClient, streamId: string): Promise<number | null> => {
  const [last] = await readEsdbStream(client, streamId, { direction: 'backwards', maxCount: 1 });
  return last ? Number(last.event!.revision) : null;
};
