import { describe } from 'vitest';
import { type AdapterUnderTest, esdbAdapter, sqliteAdapter } from './adapters.ts';
import { appendCases } from './append.cases.ts';
import { crashCases } from './crash.cases.ts';
import { idempotencyCases } from './idempotency.cases.ts';
import { invalidInputCases } from './invalid-input.cases.ts';
import { lifecycleCases } from './lifecycle.cases.ts';
import { processesCases } from './processes.cases.ts';
import { readCases } from './read.cases.ts';
import { registrationCases } from './registration.cases.ts';
import { subscribeCases } from './subscribe.cases.ts';

/** One suite, every adapter: SQLite always, EventStoreDB whenever a connection string is set. */
const conformance = (adapter: AdapterUnderTest) => {
  appendCases(adapter);
  idempotencyCases(adapter);
  readCases(adapter);
  invalidInputCases(adapter);
  subscribeCases(adapter);
  lifecycleCases(adapter);
  processesCases(adapter);
  crashCases(adapter);
  registrationCases(adapter);
};

describe('event store conformance: SQLite', () => conformance(sqliteAdapter));

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (connectionString) {
  describe('event store conformance: EventStoreDB', () => conformance(esdbAdapter(connectionString)));
} else {
  describe.skip('EventStoreDB: skipped, set EVENTSTORE_CONNECTION_STRING to run', () =>
    conformance(esdbAdapter('esdb://localhost:2113?tls=false')));
}
