import type { EventStore } from '../store/port.ts';

/**
 * The running parts a request can reach. Built once by `createServices` and handed to the API;
 * time and ids come from here so that tests can fix them.
 */
export interface AppServices {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly newId: () => string;
}
