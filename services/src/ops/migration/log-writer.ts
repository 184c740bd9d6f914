import type { EventStore, ExpectedRevision, StreamWrite } from '../../store/port.ts';
import type { SourcedEntry } from './read-log.ts';

/** The destination disagrees with the source: it was written by something else meanwhile. */
export class DestinationDivergedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DestinationDivergedError';
  }
}

/** A source whose stream revisions do not follow each other (a hand-edited archive, say). */
export class SourceOrderError extends Error {
  readonly at: number;
  constructor(at: number, message: string) {
    super(message);
    this.name = 'SourceOrderError';
    this.at = at;
  }
}

export interface WriteResult {
  readonly written: number;
  /** Events already in the destination from an earlier, interrupted run. */
  readonly skipped: number;
}

const MAX_CHUNK = 1_000;

/**
 * Appends a copied log to a destination in the source's order. Each chunk is one `appendMany` in
 * which a stream appears once, with the exact expected revision the source implies, so global
 * order is kept and any foreign write to the destination surfaces as a conflict.
 *
 * Resuming: while `verifying`, the writer asks the destination how far each stream of a chunk
 * already goes and skips what is there, checking the ids match. The destination is always a
 * prefix of the source (chunks are written in order), so the first chunk that finds nothing
 * already written ends the overlap and verification stops.
 */
export class LogWriter {
  readonly #store: EventStore;
  #verifying: boolean;

  constructor(store: EventStore, options: { readonly verifying: boolean }) {
    this.#store = store;
    this.#verifying = options.verifying;
  }

  get verifying(): boolean {
    return this.#verifying;
  }

  /** Writes entries chunk by chunk; `onChunk` runs after each chunk is committed. */
  async write(
    entries: readonly SourcedEntry[],
    onChunk: (last: SourcedEntry, result: WriteResult) => void | Promise<void>,
  ): Promise<void> {
    for (const chunk of chunksOf(entries)) {
      const result = await this.#writeChunk(chunk);
      await onChunk(chunk[chunk.length - 1]!, result);
    }
  }

  async #writeChunk(chunk: readonly SourcedEntry[]): Promise<WriteResult> {
    const byStream = groupByStream(chunk);
    let skipped = 0;
    if (this.#verifying) {
      for (const [streamId, entries] of byStream) {
        const present = await this.#presentIn(streamId, entries);
        skipped += present;
        byStream.set(streamId, entries.slice(present));
      }
      if (skipped === 0) this.#verifying = false;
    }
    const writes: StreamWrite[] = [];
    for (const [streamId, entries] of byStream) {
      if (entries.length === 0) continue;
      const first = entries[0]!.entry.revision;
      const expectedRevision: ExpectedRevision = first === 0 ? 'no_stream' : first - 1;
      writes.push({
        streamId,
        expectedRevision,
        events: entries.map(({ entry }) => ({
          id: entry.id,
          type: entry.type,
          data: entry.data,
          metadata: entry.metadata,
        })),
      });
    }
    if (writes.length > 0) await this.#store.appendMany(writes);
    return { written: chunk.length - skipped, skipped };
  }

  /** How many of a stream's entries (in revision order) the destination already holds. */
  async #presentIn(streamId: string, entries: readonly SourcedEntry[]): Promise<number> {
    const [last] = await this.#store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    if (!last) return 0;
    const first = entries[0]!.entry.revision;
    if (last.revision < first - 1) {
      throw new DestinationDivergedError(
        `destination stream ${streamId} ends at revision ${last.revision}, but the source continues at ${first}: events are missing in between`,
      );
    }
    const present = Math.min(entries.length, last.revision - first + 1);
    if (present === 0) return 0;
    const expected = entries[present - 1]!.entry;
    const [stored] =
      last.revision === expected.revision
        ? [last]
        : await this.#store.readStream(streamId, { fromRevision: expected.revision, maxCount: 1 });
    if (stored?.id !== expected.id) {
      throw new DestinationDivergedError(
        `destination stream ${streamId} holds event ${stored?.id} at revision ${expected.revision}, the source holds ${expected.id}`,
      );
    }
    return present;
  }
}

/** Splits entries so that within a chunk each stream forms one contiguous run. */
function* chunksOf(entries: readonly SourcedEntry[]): Generator<SourcedEntry[]> {
  let chunk: SourcedEntry[] = [];
  let streams = new Set<string>();
  for (const sourced of entries) {
    const { streamId } = sourced.entry;
    const previous = chunk[chunk.length - 1]?.entry.streamId;
    if (chunk.length >= MAX_CHUNK || (streamId !== previous && streams.has(streamId))) {
      yield chunk;
      chunk = [];
      streams = new Set();
    }
    chunk.push(sourced);
    streams.add(streamId);
  }
  if (chunk.length > 0) yield chunk;
}

const groupByStream = (chunk: readonly SourcedEntry[]): Map<string, SourcedEntry[]> => {
  const byStream = new Map<string, SourcedEntry[]>();
  for (const sourced of chunk) {
    const run = byStream.get(sourced.entry.streamId);
    if (run) {
      const expected = run[run.length - 1]!.entry.revision + 1;
      if (sourced.entry.revision !== expected) {
        throw new SourceOrderError(
          sourced.at,
          `event ${sourced.entry.id} of stream ${sourced.entry.streamId} has revision ${sourced.entry.revision}, expected ${expected}`,
        );
      }
      run.push(sourced);
    } else byStream.set(sourced.entry.streamId, [sourced]);
  }
  return byStream;
};
