import { afterEach, beforeEach } from 'vitest';
import { openEventStore } from '../open.ts';
import type { EventStore } from '../port.ts';
import type { AdapterUnderTest } from './adapters.ts';

/** Opens a store for each test of the enclosing describe and closes it afterwards. */
export const useStore = (adapter: AdapterUnderTest): (() => EventStore) => {
  let store: EventStore | undefined;
  beforeEach(async () => {
    store = await openEventStore(adapter.freshConfig());
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('the store is opened for each test');
    return store;
  };
};
