import { resolve } from 'node:path';
import { parseFlags, requireFlag, runCommand } from '../../ops/cli-args.ts';
import { exportNdjson } from '../../ops/migration/ndjson-export.ts';
import { createProgress } from '../../ops/migration/progress.ts';
import { describeStoreAddress, openSourceStore, storeAddressOr } from '../../ops/store-address.ts';

export const summary = 'write the whole event log to an NDJSON archive, one event per line';

export const usage = `usage: kpi export --to <file.ndjson> [--from <store>]

Writes every event in log order, one JSON object per line (id, streamId, revision, type, data,
metadata; keys sorted). The printed SHA-256 is that of the file: \`sha256sum file.ndjson\` checks it.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH).`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, { to: { type: 'string' }, from: { type: 'string' } });
    const path = resolve(requireFlag(flags.to, 'to'));
    const address = await storeAddressOr(flags.from);
    const store = await openSourceStore(address);
    try {
      const digest = await exportNdjson(store, path, createProgress('export'));
      process.stdout.write(
        `from    ${describeStoreAddress(address)}\nto      ${path}\nevents  ${digest.count}\nsha256  ${digest.sha256}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  });
