import type { EventStore, RecordedEvent, Subscription } from '../store/port.ts';

/**
 * The real store, with subscriptions that drop after `afterEvents` events each: they end (as a
 * closed connection does) or throw (as a failing one does). Reads and appends go to the store.
 */
export const droppingSubscriptions = (
  store: EventStore,
  options: { readonly afterEvents: number; readonly how: 'end' | 'throw' },
): EventStore & { readonly drops: () => number } => {
  let drops = 0;
  const subscribeToAll: EventStore['subscribeToAll'] = (subscribeOptions) => {
    const inner = store.subscribeToAll(subscribeOptions);
    let delivered = 0;
    const iterator = inner[Symbol.asyncIterator]();
    const subscription: Subscription = {
      close: () => inner.close(),
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<RecordedEvent>> => {
          if (delivered >= options.afterEvents) {
            drops += 1;
            await inner.close();
            if (options.how === 'throw') throw new Error('connection reset by the store');
            return { done: true, value: undefined };
          }
          const result = await iterator.next();
          if (!result.done) delivered += 1;
          return result;
        },
        return: async () => {
          await inner.close();
          return { done: true, value: undefined };
        },
      }),
    };
    return subscription;
  };
  return {
    append: store.append.bind(store),
    appendMany: store.appendMany.bind(store),
    readStream: store.readStream.bind(store),
    readAll: store.readAll.bind(store),
    headPosition: store.headPosition.bind(store),
    close: store.close.bind(store),
    subscribeToAll,
    drops: () => drops,
  };
};

/** The real store; a read of the log from its very start waits until `release` is called. */
export const heldRebuildReads = (store: EventStore): { store: EventStore; release: () => void } => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let seenFirst = false;
  const wrapped: EventStore = {
    append: store.append.bind(store),
    appendMany: store.appendMany.bind(store),
    readStream: store.readStream.bind(store),
    subscribeToAll: store.subscribeToAll.bind(store),
    headPosition: store.headPosition.bind(store),
    close: store.close.bind(store),
    readAll: async (options) => {
      // The first read from 0 is the start-up catch-up; later ones are rebuilds.
      if ((options?.after ?? 0) === 0) {
        if (seenFirst) await released;
        seenFirst = true;
      }
      return store.readAll(options);
    },
  };
  return { store: wrapped, release };
};

/** Resolves when `condition` holds, polling every few milliseconds; fails after `timeoutMs`. */
export const eventually = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
