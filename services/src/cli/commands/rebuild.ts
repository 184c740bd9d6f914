import { resolve } from 'node:path';
import { parseFlags, runCommand } from '../../ops/cli-args.ts';
import { openSourceStore, storeAddressOr } from '../../ops/store-address.ts';
import { snapshotDirectoryIn } from '../../runtime/app-projections.ts';
import { rebuildSnapshots } from '../../runtime/rebuild-snapshots.ts';
import { registeredProjections } from '../../runtime/registered-projections.ts';

export const summary = "rebuild the projections' snapshots from the whole log, offline";

export const usage = `usage: kpi rebuild [--store <store>] [--data-dir <dir>]

Folds every event of the log into each projection and saves its snapshot (state and checkpoint
together) under <data-dir>/projections, so that the next start resumes from it. Run it after a
change to the projections' code, or to start a replica quickly. A running service keeps working
meanwhile: it answers from its own state and writes its own snapshot when it stops.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH), the
data directory to DATA_DIR (data/).`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, { store: { type: 'string' }, 'data-dir': { type: 'string' } });
    const dataDir =
      typeof flags['data-dir'] === 'string'
        ? resolve(flags['data-dir'])
        : (await import('../../env.ts')).parseEnv().DATA_DIR;
    const store = await openSourceStore(await storeAddressOr(flags.store));
    try {
      const directory = snapshotDirectoryIn(dataDir);
      for (const rebuilt of await rebuildSnapshots(store, registeredProjections, directory)) {
        process.stdout.write(
          `${rebuilt.name.padEnd(12)} ${rebuilt.events} events folded up to position ${rebuilt.checkpoint} in ${Math.round(rebuilt.milliseconds)} ms\n`,
        );
      }
      process.stdout.write(`snapshots in ${directory}\n`);
      return 0;
    } finally {
      await store.close();
    }
  });
