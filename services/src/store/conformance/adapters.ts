import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenEventStoreOptions } from '../open.ts';

/** One backend the conformance suite runs against, with what it can and cannot promise. */
export interface AdapterUnderTest {
  readonly name: string;
  /** Configuration for `openEventStore`: a fresh file for SQLite, the shared server for EventStoreDB. */
  freshConfig(): OpenEventStoreOptions;
  /** The log starts empty for each fresh config (false for a long-lived server). */
  readonly startsEmpty: boolean;
  /** A multi-stream append commits all or nothing. */
  readonly atomicMultiStream: boolean;
  /** An event id is unique across the whole store, not only within its stream. */
  readonly globalEventIds: boolean;
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kpi-store-')), 'events.sqlite');

export const sqliteAdapter: AdapterUnderTest = {
  name: 'SQLite',
  freshConfig: () => ({ sqlitePath: tempFile() }),
  startsEmpty: true,
  atomicMultiStream: true,
  globalEventIds: true,
};

export const esdbAdapter = (connectionString: string): AdapterUnderTest => ({
  name: 'EventStoreDB',
  freshConfig: () => ({ connectionString, sqlitePath: tempFile() }),
  startsEmpty: false,
  atomicMultiStream: false,
  globalEventIds: false,
});
