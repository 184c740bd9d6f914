import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { importNdjson } from '../../ops/migration/ndjson-import.ts';
import { createProgress } from '../../ops/migration/progress.ts';
import { describeStoreAddress, openDestinationStore, storeAddressOr } from '../../ops/store-address.ts';

export const summary = 'import an NDJSON archive (from `kpi export`) into a store, resumably';

export const usage = `usage: kpi import-ndjson --from <file.ndjson> [--to <store>] [--append-to-nonempty]

Checks every line first (schema of each event, revisions of each stream) and writes nothing if
one is wrong, naming the line and field. Then appends the events in the archive's order with
their ids and metadata. Interrupted, run it again: events already imported are skipped.
Events of an older schema version are upcast and stored as the current version.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH).`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, {
      from: { type: 'string' },
      to: { type: 'string' },
      'append-to-nonempty': { type: 'boolean' },
    });
    const path = resolve(requireFlag(flags.from, 'from'));
    if (!existsSync(path)) throw new UsageError(`--from ${path}: no such file`);
    const address = await storeAddressOr(flags.to);
    const to = describeStoreAddress(address);
    const store = await openDestinationStore(address);
    try {
      const report = await importNdjson(path, store, {
        to,
        appendToNonEmpty: flags['append-to-nonempty'] === true,
        progress: createProgress('import'),
      });
      const out = process.stdout;
      out.write(`from         ${path}\nto           ${to}\n`);
      out.write(`imported     ${report.imported} events (${report.skipped} found already imported)\n`);
      out.write(`archive      ${report.archive.count} events  sha256 ${report.archive.sha256}\n`);
      out.write(`destination  ${report.destination.count} events  sha256 ${report.destination.sha256}\n`);
      out.write(report.match ? 'result       the logs match\n' : 'result       MISMATCH: the logs differ\n');
      return report.match ? 0 : 1;
    } finally {
      await store.close();
    }
  });
