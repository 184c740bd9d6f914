import { backupStore } from '../../ops/backup/backup-store.ts';
import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { storeAddressOr } from '../../ops/store-address.ts';

export const summary = 'copy the embedded store to a file while the service runs (SQLite online backup)';

export const usage = `usage: kpi backup --to <file> [--from <store.sqlite>]

Takes a consistent copy of the embedded store without stopping the service: the copy holds the
log up to the moment it was taken. The store defaults to SQLITE_PATH (data/events.sqlite).
On EventStoreDB, back up with its own tools (see docs/operations.md) or \`kpi export\`.`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, { to: { type: 'string' }, from: { type: 'string' } });
    const to = requireFlag(flags.to, 'to');
    const address = await storeAddressOr(flags.from);
    if (address.kind !== 'sqlite') {
      throw new UsageError(
        'backup copies the embedded SQLite store; for EventStoreDB use its backup or `kpi export`',
      );
    }
    const report = await backupStore(address.path, to);
    process.stdout.write(
      `from    ${address.path}\nto      ${report.path}\nevents  ${report.events} (up to position ${report.head})\nbytes   ${report.bytes}\n`,
    );
    return 0;
  });
