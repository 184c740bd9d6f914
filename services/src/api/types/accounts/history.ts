import type { AccountHistoryEntry } from '@kpi/projections';
import { ACCOUNT_ADMINISTRATORS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { RoleEnum, UserType } from './user.ts';

const AccountHistoryEntryType = builder.objectRef<AccountHistoryEntry>('AccountHistoryEntry').implement({
  description: 'One recorded account change: what, for whom, by whom, when.',
  fields: (t) => ({
    change: t.exposeString('type', {
      description: 'UserRegistered, UserRoleGranted, UserPasswordChanged or UserDeactivated.',
    }),
    user: t.field({
      type: UserType,
      nullable: true,
      resolve: (h, _args, context) => context.services.accounts?.users.byId(h.userId),
    }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (h) => h.role }),
    region: t.string({ nullable: true, resolve: (h) => h.region }),
    reason: t.string({ nullable: true, resolve: (h) => h.reason }),
    occurredOn: t.field({ type: 'Date', resolve: (h) => h.occurredOn }),
    recordedAt: t.field({ type: 'DateTime', resolve: (h) => h.recordedAt }),
    changedBy: t.string({
      description: "The administrator's username, or `system` for start-up and command-line changes.",
      resolve: (h, _args, context) =>
        context.services.accounts?.users.byId(h.submittedBy)?.username ?? h.submittedBy,
    }),
  }),
});

builder.queryField('accountHistory', (t) =>
  t.field({
    type: [AccountHistoryEntryType],
    description: 'Who granted what, when: newest first, for one account or all. Administrators only.',
    authScopes: { role: [...ACCOUNT_ADMINISTRATORS] },
    args: {
      userId: t.arg.id(),
      limit: t.arg.int({ defaultValue: 200 }),
    },
    resolve: (_root, args, context) =>
      (context.services.accounts?.users.history(args.userId ? String(args.userId) : undefined) ?? []).slice(
        0,
        Math.min(Math.max(args.limit ?? 200, 1), 1000),
      ),
  }),
);
