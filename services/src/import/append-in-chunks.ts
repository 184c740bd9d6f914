import type { BoundaryWrite } from '../commands/decide-many.ts';
import { type EventStore, type NewEvent, WrongExpectedRevisionError } from '../store/port.ts';

/**
 * Bytes of event data and metadata per append. EventStoreDB refuses an append over its
 * `MaxAppendSize` (1 MiB by default), so a large import cannot be one append there; this leaves
 * room for the store's own framing.
 */
export const CHUNK_BYTES = 768 * 1024;

const sizeOf = (event: NewEvent): number =>
  Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata)) + 200;

/** The events in order, cut where the next one would take a chunk past `limit` bytes. */
export const chunksOf = (events: readonly NewEvent[], limit = CHUNK_BYTES): NewEvent[][] => {
  const chunks: NewEvent[][] = [];
  let chunk: NewEvent[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = sizeOf(event);
    if (chunk.length > 0 && bytes + size > limit) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(event);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
};

export interface ChunksAppended {
  /** Events stored by the chunks that went through. */
  readonly events: number;
  /** The stream someone else appended to between chunks (or before the first), or null. */
  readonly conflict: string | null;
}

/**
 * Appends one unit's decided events chunk by chunk, each an atomic single-stream append guarded by
 * the revision the one before left. A conflict stops it: the chunks before stay stored and, their
 * event ids deriving from the rows' submission ids, a later import of the same file finds them
 * stored and writes the rest.
 */
export const appendInChunks = async (
  store: EventStore,
  write: BoundaryWrite,
  limit = CHUNK_BYTES,
): Promise<ChunksAppended> => {
  let expectedRevision: number | 'no_stream' = write.expectedRevision;
  let events = 0;
  for (const chunk of chunksOf(write.events, limit)) {
    try {
      const result = await store.append(write.streamId, chunk, { expectedRevision, dataChecked: true });
      expectedRevision = result.nextExpectedRevision;
      events += chunk.length;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return { events, conflict: error.streamId };
      throw error;
    }
  }
  // Whole: the write side keeps what it decided instead of reading it back.
  write.appended();
  return { events, conflict: null };
};
