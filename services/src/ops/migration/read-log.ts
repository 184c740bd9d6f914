import type { EventStore } from '../../store/port.ts';
import { type LogDigest, LogDigester } from './log-digest.ts';
import { fromRecorded, type LogEntry } from './log-entry.ts';

/** An entry with where it came from: a store position, or a line number of an archive. */
export interface SourcedEntry {
  readonly entry: LogEntry;
  readonly at: number;
}

export interface ReadLogOptions {
  /** Exclusive start position. */
  readonly after?: number;
  /** Inclusive end position: events appended after it are left for a later run. */
  readonly until?: number;
  readonly pageSize?: number;
}

/** Reads a store's log in pages, in position order. */
export async function* readLogPages(
  store: EventStore,
  options: ReadLogOptions = {},
): AsyncGenerator<SourcedEntry[]> {
  const pageSize = options.pageSize ?? 2_000;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  let after = options.after ?? 0;
  for (;;) {
    const events = await store.readAll({ after, maxCount: pageSize });
    const page: SourcedEntry[] = [];
    for (const event of events) {
      if (event.position > until) break;
      page.push({ entry: fromRecorded(event), at: event.position });
    }
    if (page.length > 0) yield page;
    if (events.length < pageSize || page.length < events.length) return;
    after = events[events.length - 1]!.position;
  }
}

/** Rewrites an entry on its way to another store, or leaves it out (null); see `unitLayout`. */
export type Reshape = (entry: LogEntry) => LogEntry | null;

/**
 * Count and checksum of the events in (after, until], or of what `reshape` makes of them (read
 * from the start then, as a reshape numbers what it keeps from the log's start).
 */
export const digestLog = async (
  store: EventStore,
  after: number,
  until: number,
  reshape?: Reshape,
): Promise<LogDigest> => {
  const digester = new LogDigester();
  for await (const page of readLogPages(store, { after: reshape ? 0 : after, until, pageSize: 5_000 })) {
    for (const { entry, at } of page) {
      const kept = reshape ? reshape(entry) : entry;
      if (kept !== null && at > after) digester.add(kept);
    }
  }
  return digester.digest();
};
