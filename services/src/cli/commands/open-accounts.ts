import { randomUUID } from 'node:crypto';
import { Accounts } from '../../accounts/accounts.ts';
import { ProjectionRuntime } from '../../runtime/projection-runtime.ts';
import { registeredProjections } from '../../runtime/registered-projections.ts';
import type { EventStore } from '../../store/port.ts';

/**
 * Accounts for a one-off command on a store: the users read model alone in a projection runtime
 * of its own, folded from the log (the command may run beside a service that owns the snapshots).
 * `close` stops it; the store stays open.
 */
export const openAccounts = async (
  store: EventStore,
): Promise<{ readonly accounts: Accounts; close(): Promise<void> }> => {
  const runtime = new ProjectionRuntime({ users: registeredProjections.users }, { store });
  await runtime.start();
  try {
    await runtime.whenLive();
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  const accounts = new Accounts({
    store,
    clock: () => new Date(),
    newId: randomUUID,
    users: runtime.live('users'),
  });
  return { accounts, close: () => runtime.stop() };
};
