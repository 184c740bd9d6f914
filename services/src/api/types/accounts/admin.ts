import type { UserRecord } from '@kpi/projections';
import type { FieldIssue, RegionCode } from '@kpi/schema';
import type { AccountActor, AccountOutcome } from '../../../accounts/accounts.ts';
import { ACCOUNT_ADMINISTRATORS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { fieldIssueFields } from '../results/field-issue-fields.ts';
import { RoleEnum, UserType } from './user.ts';

const AccountChanged = builder
  .objectRef<{ user: UserRecord; replayed: boolean }>('AccountChanged')
  .implement({
    fields: (t) => ({
      user: t.field({ type: UserType, resolve: (r) => r.user }),
      replayed: t.exposeBoolean('replayed', {
        description:
          'True when this answers a resubmission (the same `submissionId`): nothing new was recorded.',
      }),
    }),
  });

const AccountFieldIssue = builder
  .objectRef<FieldIssue>('AccountFieldIssue')
  .implement({ fields: (t) => fieldIssueFields(t, 'The input field, e.g. `username` or `region`.') });

type Refused = Extract<AccountOutcome, { ok: false }>;

const AccountRefused = builder.objectRef<Refused>('AccountRefused').implement({
  description: 'Nothing was recorded. `issues` name the fields a form should mark.',
  fields: (t) => ({
    code: t.field({
      type: builder.enumType('AccountRefusal', {
        values: [
          'VALIDATION',
          'USERNAME_TAKEN',
          'NOT_FOUND',
          'CONFLICT',
          'LAST_ADMINISTRATOR',
          'SUBMISSION_REUSED',
        ] as const,
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

const actorOf = (context: ApiContext, submissionId: string | number | null | undefined): AccountActor => ({
  userId: context.viewer!.userId,
  correlationId: context.correlationId,
  channel: 'api',
  ...(submissionId == null ? {} : { submissionId: String(submissionId) }),
});

const SUBMISSION_ID =
  "The client's id of this change, one per user action: sent again, the change answers " +
  '`replayed: true` and records nothing; with other content, it is refused as SUBMISSION_REUSED.';

const accountsOf = (context: ApiContext) => {
  const accounts = context.services.accounts;
  if (!accounts) throw new Error('the accounts service is not running');
  return accounts;
};

const answer = (outcome: AccountOutcome) =>
  outcome.ok ? { user: outcome.user, replayed: outcome.replayed } : outcome;

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
      submissionId: t.arg.id({ description: SUBMISSION_ID }),
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
          actorOf(context, args.submissionId),
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
      submissionId: t.arg.id({ description: SUBMISSION_ID }),
    },
    resolve: async (_root, args, context) =>
      answer(
        await accountsOf(context).grantRole(
          String(args.userId),
          { role: args.role, region: regionArg(args.region), centralBody: args.centralBody || null },
          actorOf(context, args.submissionId),
        ),
      ),
  }),
);

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: AccountChangeResult,
    description: "Sets a new password; the account's existing sessions stop working.",
    authScopes: administrators,
    args: {
      userId: t.arg.id({ required: true }),
      password: t.arg.string({ required: true }),
      submissionId: t.arg.id({ description: SUBMISSION_ID }),
    },
    resolve: async (_root, args, context) =>
      answer(
        await accountsOf(context).resetPassword(
          String(args.userId),
          args.password,
          actorOf(context, args.submissionId),
        ),
      ),
  }),
);

builder.mutationField('deactivateUser', (t) =>
  t.field({
    type: AccountChangeResult,
    description: 'Closes an account: its sessions stop working at once. History is kept.',
    authScopes: administrators,
    args: {
      userId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
      submissionId: t.arg.id({ description: SUBMISSION_ID }),
    },
    resolve: async (_root, args, context) =>
      answer(
        await accountsOf(context).deactivate(
          String(args.userId),
          args.reason,
          actorOf(context, args.submissionId),
        ),
      ),
  }),
);
