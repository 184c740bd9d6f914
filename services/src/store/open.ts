import type { EventStore } from './port.ts';
import { SqliteEventStore } from './sqlite/sqlite-event-store.ts';

export interface OpenEventStoreOptions {
  /** An EventStoreDB connection string (`esdb://host:2113?tls=false`); when absent, the embedded store. */
  readonly connectionString?: string | undefined;
  /** The embedded store's file, e.g. `data/events.sqlite`; its directory is created. */
  readonly sqlitePath: string;
  /** The embedded store starts its writer now (see SqliteEventStoreOptions.prepareAppends). */
  readonly prepareAppends?: boolean;
}

/** The store chosen by configuration: EventStoreDB when a connection string is given, else SQLite. */
export const openEventStore = async (options: OpenEventStoreOptions): Promise<EventStore> => {
  if (options.connectionString) {
    // Loaded only when configured, so the embedded default never loads the gRPC client.
    const { EsdbEventStore } = await import('./esdb/esdb-event-store.ts');
    return EsdbEventStore.connect(options.connectionString);
  }
  return new SqliteEventStore({ path: options.sqlitePath, prepareAppends: options.prepareAppends ?? false });
};
