import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type OpenEventStoreOptions, openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';

/** A store named on the command line: an EventStoreDB connection string or an embedded SQLite file. */
export type StoreAddress =
  | { readonly kind: 'eventstoredb'; readonly connectionString: string }
  | { readonly kind: 'sqlite'; readonly path: string };

const CONNECTION_STRING = /^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb|kdb\+discover):\/\//i;

export const parseStoreAddress = (text: string): StoreAddress =>
  CONNECTION_STRING.test(text)
    ? { kind: 'eventstoredb', connectionString: text }
    : { kind: 'sqlite', path: resolve(text) };

/** How the address is shown in reports and checkpoints: a connection string loses its credentials. */
export const describeStoreAddress = (address: StoreAddress): string =>
  address.kind === 'sqlite' ? address.path : address.connectionString.replace(/\/\/[^@/]*@/, '//***@');

export const sameStoreAddress = (a: StoreAddress, b: StoreAddress): boolean =>
  a.kind === 'sqlite' && b.kind === 'sqlite'
    ? a.path === b.path
    : a.kind === 'eventstoredb' && b.kind === 'eventstoredb' && a.connectionString === b.connectionString;

const toOptions = (address: StoreAddress): OpenEventStoreOptions =>
  address.kind === 'sqlite'
    ? { sqlitePath: address.path }
    : { connectionString: address.connectionString, sqlitePath: '' };

/**
 * Opens a store to read from: a SQLite file that does not exist is an error here, because opening
 * it would create an empty store and a migration from it would "succeed" with nothing copied.
 */
export const openSourceStore = async (address: StoreAddress): Promise<EventStore> => {
  if (address.kind === 'sqlite' && !existsSync(address.path)) {
    throw new Error(`${address.path}: no such store file`);
  }
  return openEventStore(toOptions(address));
};

export const openDestinationStore = (address: StoreAddress): Promise<EventStore> =>
  openEventStore(toOptions(address));

/**
 * The store a command works on when none is named: the one the service itself uses, from
 * EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH (default data/events.sqlite).
 */
export const configuredStoreAddress = async (): Promise<StoreAddress> => {
  const { parseEnv } = await import('../env.ts');
  const env = parseEnv();
  return env.EVENTSTORE_CONNECTION_STRING
    ? { kind: 'eventstoredb', connectionString: env.EVENTSTORE_CONNECTION_STRING }
    : { kind: 'sqlite', path: resolve(env.SQLITE_PATH) };
};

export const storeAddressOr = async (flag: string | boolean | undefined): Promise<StoreAddress> =>
  typeof flag === 'string' && flag.length > 0 ? parseStoreAddress(flag) : configuredStoreAddress();
