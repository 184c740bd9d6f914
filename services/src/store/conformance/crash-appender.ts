/**
 * Child process of the crash-safety case: appends in a loop and prints each acknowledged append
 * as `acked <position> <eventId>...` until it is killed. Configuration comes in the environment.
 */
import { openEventStore } from '../open.ts';
import { manyRisks } from './fixtures.ts';

const store = await openEventStore({
  connectionString: process.env.CRASH_CONNECTION_STRING || undefined,
  sqlitePath: process.env.CRASH_SQLITE_PATH ?? '',
});
const stream = process.env.CRASH_STREAM ?? 'risk-crash';
for (let round = 0; ; round++) {
  const events = manyRisks(1 + (round % 5));
  const result = await store.append(stream, events);
  process.stdout.write(`acked ${result.position} ${events.map((e) => e.id).join(' ')}\n`);
}
