import { ensureDemoData } from '../../demo/write-demo-data.ts';
import { parseFlags, runCommand, UsageError } from '../../ops/cli-args.ts';
import { openDestinationStore, storeAddressOr } from '../../ops/store-address.ts';

export const summary = 'fill an empty store with deterministic demo history (through the command handler)';

export const usage = `usage: kpi seed [--size <events>] [--seed <number>] [--store <store>]

Writes about <size> events (default 4000, at most 20000000) of demo history over the last two and
a half years, as each region's officer would have submitted them, recorded as they would have
been (channel "seed"). The same seed always gives the same history. A store that already holds
risks, recommendations or other domain events is left unchanged.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH).`;

const wholeNumber = (value: string | boolean | undefined, name: string, fallback: number, max: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isSafeInteger(n) || n < 0 || n > max) {
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  }
  return n;
};

/** Ten years at the agency's volume is about 3.6M events; the bound leaves room to show growth past 15M. */
const MAX_SIZE = 20_000_000;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, {
      size: { type: 'string' },
      seed: { type: 'string' },
      store: { type: 'string' },
    });
    const size = wholeNumber(flags.size, 'size', 4_000, MAX_SIZE);
    const seed = wholeNumber(flags.seed, 'seed', 20260101, 2 ** 32 - 1);
    const store = await openDestinationStore(await storeAddressOr(flags.store));
    try {
      const started = performance.now();
      let reported = 0;
      const result = await ensureDemoData(
        { store, clock: () => new Date() },
        {
          seed,
          size,
          onProgress: (written, total) => {
            if (written - reported >= 50_000) {
              reported = written;
              process.stderr.write(`  ${written} of ${total} commands\n`);
            }
          },
        },
      );
      if (!result.written) {
        process.stdout.write('the store already holds domain events: nothing written\n');
        return 0;
      }
      process.stdout.write(
        `${result.events} events from ${result.commands} commands (seed ${seed}) in ${Math.round(performance.now() - started)} ms\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  });
