import type { DomainEvent } from '@kpi/schema';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { AggregateStates } from './aggregate-states.ts';

export interface LoadedStream {
  /** Revision of the stream's last event, or null when the stream does not exist. */
  readonly revision: number | null;
  readonly events: readonly RecordedEvent[];
}

export type LoadedStreams = ReadonlyMap<string, LoadedStream>;

/**
 * Reads every stream once, however many commands name it. The embedded store answers a read
 * without waiting for I/O, so a loop of awaited reads never gives the event loop a turn on its
 * own: a long batch passes `breathe`, which waits one once its slice is spent.
 */
export const loadStreams = async (
  store: EventStore,
  streamIds: Iterable<string>,
  breathe?: () => Promise<void> | undefined,
): Promise<LoadedStreams> => {
  const loaded = new Map<string, LoadedStream>();
  for (const streamId of streamIds) {
    if (loaded.has(streamId)) continue;
    const events = await store.readStream(streamId);
    loaded.set(streamId, { revision: events.length === 0 ? null : events.at(-1)!.revision, events });
    const pause = breathe?.();
    if (pause) await pause;
  }
  return loaded;
};

/** Folds the loaded streams into the aggregates' states. Streams hold only their aggregate's events. */
export const statesOf = (loaded: LoadedStreams): AggregateStates => {
  const states = new AggregateStates();
  for (const stream of loaded.values()) {
    for (const event of stream.events) states.apply(event as unknown as DomainEvent);
  }
  return states;
};
