import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { defaultCheckpointPath, type MigrateOptions, migrate } from '../../ops/migration/migrate.ts';
import { createProgress } from '../../ops/migration/progress.ts';
import { parseStoreAddress } from '../../ops/store-address.ts';

export const usage = `usage: kpi migrate --from <store> --to <store> [--checkpoint <file>] [--append-to-nonempty]

Copies the whole event log from one store to another, in order, keeping event ids, streams,
revisions, business dates and metadata. A store is a SQLite file path or an EventStoreDB
connection string (esdb://host:2113?tls=false). Interrupted (Ctrl-C, a crash), it resumes where
it stopped when run again; nothing is copied twice. Ends by comparing count and SHA-256 of both logs.

  --checkpoint <file>     progress file (default: <destination file>.migration.json)
  --append-to-nonempty    copy into a store that already holds other events`;

export const summary = 'copy the event log from one store to another (SQLite <-> EventStoreDB), resumably';

export const run = (args: readonly string[]): Promise<number> => runMigration(usage, args);

/** Runs a copy from the command line; `reshape` rewrites the log on its way (see migrate-layout). */
export const runMigration = (
  commandUsage: string,
  args: readonly string[],
  reshape?: MigrateOptions['reshape'],
): Promise<number> =>
  runCommand(commandUsage, async () => {
    const flags = parseFlags(args, {
      from: { type: 'string' },
      to: { type: 'string' },
      checkpoint: { type: 'string' },
      'append-to-nonempty': { type: 'boolean' },
    });
    const from = parseStoreAddress(requireFlag(flags.from, 'from'));
    const to = parseStoreAddress(requireFlag(flags.to, 'to'));
    const checkpointPath = typeof flags.checkpoint === 'string' ? flags.checkpoint : safeDefault(from, to);
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const report = await migrate({
        from,
        to,
        checkpointPath,
        appendToNonEmpty: flags['append-to-nonempty'] === true,
        progress: createProgress(reshape ? 'migrate-layout' : 'migrate'),
        signal: abort.signal,
        ...(reshape ? { reshape } : {}),
      });
      const out = process.stdout;
      out.write(`from         ${report.from}\nto           ${report.to}\n`);
      out.write(`copied       ${report.copied} events (${report.skipped} found already copied)\n`);
      out.write(`source       ${report.source.count} events  sha256 ${report.source.sha256}\n`);
      out.write(`destination  ${report.destination.count} events  sha256 ${report.destination.sha256}\n`);
      if (report.interrupted) {
        out.write(`interrupted: progress saved in ${checkpointPath}; run the same command again to resume\n`);
        return 130;
      }
      out.write(report.match ? 'result       the logs match\n' : 'result       MISMATCH: the logs differ\n');
      return report.match ? 0 : 1;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  });

const safeDefault = (...stores: Parameters<typeof defaultCheckpointPath>): string => {
  try {
    return defaultCheckpointPath(...stores);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
};
