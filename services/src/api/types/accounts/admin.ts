import type { UserRecord } from '@kpi/projections';
import type { RegionCode } from '@kpi/schema';
import type { AccountActor, AccountOutcome } from '../../../accounts/accounts.ts';
import { ACCOUNT_ADMINISTRATORS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { RoleEnum, UserType } from './user.ts';

const AccountChanged = builder.objectRef<{ user: UserRecord }>('AccountChanged').implement({
  fields: (t) => ({ user: t.field({ type: UserType, resolve: (r) => r.user }) }),
});

const AccountFieldIssue = builder
  .objectRef<{ path: string; code: string; message: string }>('AccountFieldIssue')
  .implement({
    fields: (t) => ({
      path: t.exposeString('path', { description: 'The input field, e.g. `username` or `region`.' }),
      code: t.exposeString('code'),
      message: t.exposeString('message'),
    }),
  });

type Refused = Extract<AccountOutcome, { ok: false }>;

const AccountRefused = builder.objectRef<Refused>('AccountRefused').implement({
  description: 'Nothing was recorded. `issues` name the fields a form should mark.',
  fields: (t) => ({
    code: t.field({
      type: builder.enumType('AccountRefusal', {
        values: ['VALIDATION', 'USERNAME_TAKEN', 'NOT_FOUND', 'CONFLICT', 'LAST_ADMINISTRATOR'] as const,
      }),
      resolve: (r) => r.code,
    }),
    message: t.exposeString('message'),
    issues: t.field({ type: [AccountFieldIssue], resolve: (r) => r.issues }),
  }),
});

const AccountChangeResult = builder.unionType('AccountChangeResult', {
  types: [AccountChanged, AccountRefused],
  resolveType: (value) => ('user' in value ? AccountChanged : AccountRefused),
});

const actorOf = (context: ApiContext): AccountActor => ({
  userId: context.viewer!.userId,
  correlationId: context.correlationId,
  channel: 'api',
});

const accountsOf = (context: ApiContext) => {
  const accounts = context.services.accounts;
  if (!accounts) throw new Error('the accounts service is not running');
  return accounts;
};

const answer = (outcome: AccountOutcome) => (outcome.ok ? { user: outcome.user } : outcome);

/** A region the schema does not know is reported by the account's validation, naming `region`. */
const regionArg = (region: string | null | undefined): RegionCode | null =>
  region ? (region as RegionCode) : null;

const administrators = { role: [...ACCOUNT_ADMINISTRATORS] };

builder.mutationField('createUser', (t) =>
  t.field({
    type: AccountChangeResult,
    description: 'Creates an account. Leave the password empty for an account that signs in through OIDC.',
    authScopes: administrators,
    args: {
      username: t.arg.string({ required: true }),
      displayName: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      region: t.arg.string({ description: 'Required for REGIONAL_OFFICER, empty otherwise.' }),
      centralBody: t.arg.string({
        description:
          "The catalogue's code of a central state body: required for CENTRAL_BODY_OFFICER, empty otherwise.",
      }),
      password: t.arg.string(),
    },
    resolve: async (_root, args, context) =>
      answer(
        await accountsOf(context).register(
          {
            username: args.username,
            displayName: args.displayName,
            role: args.role,
            region: regionArg(args.region),
            centralBody: args.centralBody || null,
            password: args.password ?? null,
          },
          actorOf(context),
        ),
      ),
  }),
);

builder.mutationField('grantRole', (t) =>
  t.field({
    type: AccountChangeResult,
    description:
      "Changes an account's role and its region or central body; recorded with who granted it and when.",
    authScopes: administrators,
    args: {
      userId: t.arg.id({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      region: t.arg.string(),
      centralBody: t.arg.string({ description: 'Required for CENTRAL_BODY_OFFICER, empty otherwise.' }),
    },
    resolve: async (_root, args, context) =>
      answer(
        await accountsOf(context).grantRole(
          String(args.userId),
          { role: args.role, region: regionArg(args.region), centralBody: args.centralBody || null },
          actorOf(context),
        ),
      ),
  }),
);

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: AccountChangeResult,
    description: "Sets a new password; the account's existing sessions stop working.",
    authScopes: administrators,
    args: { userId: t.arg.id({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      answer(await accountsOf(context).resetPassword(String(args.userId), args.password, actorOf(context))),
  }),
);

builder.mutationField('deactivateUser', (t) =>
  t.field({
    type: AccountChangeResult,
    description: 'Closes an account: its sessions stop working at once. History is kept.',
    authScopes: administrators,
    args: { userId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      answer(await accountsOf(context).deactivate(String(args.userId), args.reason, actorOf(context))),
  }),
);
