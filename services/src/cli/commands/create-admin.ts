import { randomUUID } from 'node:crypto';
import { ensureFirstAdministrator } from '../../accounts/bootstrap.ts';
import { passwordProblem } from '../../accounts/password.ts';
import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { describeStoreAddress, openDestinationStore, storeAddressOr } from '../../ops/store-address.ts';
import { openAccounts } from './open-accounts.ts';
import { readPassword } from './read-password.ts';

export const summary = 'create the first administrator (password from ADMIN_PASSWORD or standard input)';

export const usage = `usage: kpi create-admin [--username <name>] [--display-name <text>] [--store <store>]

Creates an ADMINISTRATOR account, recorded in the log as done by "system". The password is read
from the ADMIN_PASSWORD environment variable or, when unset, from standard input (one line:
\`printf '%s' "$PASSWORD" | kpi create-admin --username admin\`); never from a flag, so it
stays out of shell history and process lists. Does nothing when an active administrator exists:
further administrators are created by an administrator in the dashboard or the API.
The username defaults to ADMIN_USERNAME.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH).`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      store: { type: 'string' },
    });
    const username = requireFlag(flags.username ?? process.env.ADMIN_USERNAME, 'username');
    const password = await readPassword(process.env.ADMIN_PASSWORD);
    const weak = passwordProblem(password);
    if (weak) throw new UsageError(`the password ${weak}`);
    const address = await storeAddressOr(flags.store);
    const store = await openDestinationStore(address);
    const opened = await openAccounts(store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    const { accounts } = opened;
    try {
      const displayName = typeof flags['display-name'] === 'string' ? flags['display-name'] : undefined;
      const result = await ensureFirstAdministrator(
        accounts,
        { username, password, displayName },
        randomUUID(),
      );
      if (!result.created) {
        process.stderr.write(`nothing done: ${result.reason} (in ${describeStoreAddress(address)})\n`);
        return 1;
      }
      process.stdout.write(
        `created administrator ${username.trim().toLowerCase()} (${result.userId}) in ${describeStoreAddress(address)}\n`,
      );
      return 0;
    } finally {
      await opened.close();
      await store.close();
    }
  });
