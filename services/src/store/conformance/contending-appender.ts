/**
 * Child process of the concurrent-appenders case: appends `CONTEND_COUNT` events one by one to
 * one stream, each with the expected revision it last saw; on a conflict it reads the stream
 * again and retries. Prints `won <revision> <eventId>` for each append it won, then `lost <n>`.
 */
import { openEventStore } from '../open.ts';
import { WrongExpectedRevisionError } from '../port.ts';
import { riskWithdrawn } from './fixtures.ts';

const store = await openEventStore({
  connectionString: process.env.CONTEND_CONNECTION_STRING || undefined,
  sqlitePath: process.env.CONTEND_SQLITE_PATH ?? '',
});
const stream = process.env.CONTEND_STREAM ?? 'risk-contended';
let lost = 0;
let expected = (await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0]?.revision ?? -1;
for (let won = 0; won < Number(process.env.CONTEND_COUNT ?? 50); ) {
  const event = riskWithdrawn();
  try {
    const result = await store.append(stream, [event], {
      expectedRevision: expected < 0 ? 'no_stream' : expected,
    });
    process.stdout.write(`won ${result.nextExpectedRevision} ${event.id}\n`);
    expected = result.nextExpectedRevision;
    won++;
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    lost++;
    expected = error.actual === 'no_stream' ? -1 : error.actual;
  }
}
process.stdout.write(`lost ${lost}\n`);
await store.close();
