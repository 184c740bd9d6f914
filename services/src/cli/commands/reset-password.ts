import { randomUUID } from 'node:crypto';
import { systemActor } from '../../accounts/bootstrap.ts';
import { parseFlags, requireFlag, runCommand, UsageError } from '../../ops/cli-args.ts';
import { describeStoreAddress, openDestinationStore, storeAddressOr } from '../../ops/store-address.ts';
import { openAccounts } from './open-accounts.ts';
import { readPassword } from './read-password.ts';

export const summary = 'set a new password for an account (recovery when no administrator can sign in)';

export const usage = `usage: kpi reset-password --username <name> [--store <store>]

Records a password change for the account, made by "system", and ends its existing sessions.
The password is read from standard input (one line), never from a flag. For operators with
access to the store, e.g. when the only administrator lost their password; day to day an
administrator resets passwords in the dashboard or through the API.
The store defaults to the service's own (EVENTSTORE_CONNECTION_STRING, else SQLITE_PATH).`;

export const run = (args: readonly string[]): Promise<number> =>
  runCommand(usage, async () => {
    const flags = parseFlags(args, { username: { type: 'string' }, store: { type: 'string' } });
    const username = requireFlag(flags.username, 'username');
    const password = await readPassword(undefined);
    const address = await storeAddressOr(flags.store);
    const store = await openDestinationStore(address);
    const opened = await openAccounts(store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    const { accounts } = opened;
    try {
      const user = accounts.users.byUsername(username);
      if (!user) throw new UsageError(`no account ${username} in ${describeStoreAddress(address)}`);
      const outcome = await accounts.resetPassword(user.userId, password, systemActor(randomUUID()));
      if (!outcome.ok) throw new UsageError(outcome.message);
      process.stdout.write(`password of ${user.username} changed; its sessions have ended\n`);
      return 0;
    } finally {
      await opened.close();
      await store.close();
    }
  });
