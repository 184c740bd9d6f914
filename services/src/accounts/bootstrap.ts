import type { RegionCode, UserRole } from '@kpi/schema';
import type { AccountActor, Accounts } from './accounts.ts';

export const systemActor = (correlationId: string): AccountActor => ({
  userId: 'system',
  correlationId,
  channel: 'system',
});

export type BootstrapResult =
  | { readonly created: true; readonly userId: string }
  | { readonly created: false; readonly reason: string };

/**
 * The first administrator, from `ADMIN_USERNAME` + `ADMIN_PASSWORD` at start-up or from the CLI.
 * Does nothing when an active administrator exists, so restarting with the variables still set
 * never creates a second one or resets anyone's password.
 */
export const ensureFirstAdministrator = async (
  accounts: Accounts,
  input: { username: string; password: string; displayName?: string },
  correlationId: string,
): Promise<BootstrapResult> => {
  if (accounts.users.activeWithRole('ADMINISTRATOR').length > 0) {
    return { created: false, reason: 'an administrator exists already' };
  }
  const outcome = await accounts.register(
    {
      username: input.username,
      displayName: input.displayName ?? 'Administrator',
      role: 'ADMINISTRATOR',
      region: null,
      password: input.password,
    },
    systemActor(correlationId),
  );
  if (!outcome.ok) throw new Error(`cannot create the first administrator: ${outcome.message}`);
  return { created: true, userId: outcome.user.userId };
};

interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly region: RegionCode | null;
  /** A central body's officer's body, from the seeded catalogue. */
  readonly centralBody?: string;
}

/**
 * One account per role, officers of two regions so that region boundaries can be tried, and the
 * officer of a ministry, whose unit is the body.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: 'Администратор (демо)', role: 'ADMINISTRATOR', region: null },
  { username: 'chair', displayName: 'Председатель (демо)', role: 'CHAIR', region: null },
  { username: 'analyst', displayName: 'Аналитик (демо)', role: 'ANALYST', region: null },
  {
    username: 'officer.astana',
    displayName: 'Офицер, г. Астана (демо)',
    role: 'REGIONAL_OFFICER',
    region: 'KZ-71',
  },
  {
    username: 'officer.aktobe',
    displayName: 'Офицер, Актюбинская обл. (демо)',
    role: 'REGIONAL_OFFICER',
    region: 'KZ-15',
  },
  {
    username: 'officer.body',
    displayName: 'Офицер, Министерство здравоохранения (демо)',
    role: 'CENTRAL_BODY_OFFICER',
    region: null,
    centralBody: 'MIN-HEALTH',
  },
];

/** Demo mode only: creates the demo accounts that are missing, all with the given password. */
export const ensureDemoAccounts = async (
  services: { readonly accounts?: Accounts; readonly newId: () => string },
  password: string,
): Promise<string[]> => {
  const accounts = services.accounts;
  if (!accounts) throw new Error('the accounts service is not running');
  const created: string[] = [];
  for (const demo of DEMO_ACCOUNTS) {
    if (accounts.users.byUsername(demo.username)) continue;
    const outcome = await accounts.register({ ...demo, password }, systemActor(services.newId()));
    if (!outcome.ok) throw new Error(`cannot create demo account ${demo.username}: ${outcome.message}`);
    created.push(demo.username);
  }
  return created;
};
