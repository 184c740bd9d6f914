import { restoreStore } from '../../ops/backup/restore-store.ts';
import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { storeAddressOr } from '../../ops/store-address.ts';

export const summary = 'put a backup in place of the embedded store (the service must be stopped)';

export const usage = `usage: kpi restore --from <backup file> [--to <store.sqlite>] [--force]

Refuses while the service (or any command) has the store open. Refuses to replace an existing
store unless --force is given; the replaced file is renamed <store>.before-restore-<time>, never
deleted. The store defaults to SQLITE_PATH (data/events.sqlite). After a restore, projections
rebuild from the log on the next start.`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, {
      from: { type: 'string' },
      to: { type: 'string' },
      force: { type: 'boolean' },
    });
    const from = requireFlag(flags.from, 'from');
    const address = await storeAddressOr(flags.to);
    if (address.kind !== 'sqlite')
      throw new UsageError('restore writes the embedded SQLite store; --to must be a file');
    const report = await restoreStore(from, address.path, { force: flags.force === true });
    const out = process.stdout;
    out.write(
      `from    ${from}\nto      ${report.path}\nevents  ${report.events} (up to position ${report.head})\n`,
    );
    if (report.replacedMovedTo) out.write(`the replaced store was moved to ${report.replacedMovedTo}\n`);
    return 0;
  });
