import type { UserRecord } from '@kpi/projections';
import { ACCOUNT_ADMINISTRATORS } from '../../../identity/policy.ts';
import { ROLES } from '../../../identity/viewer.ts';
import { builder } from '../../builder.ts';

export const RoleEnum = builder.enumType('Role', {
  description:
    'CHAIR, DEPUTY_CHAIR and ANALYST read the whole country (a deputy governs as the chair, without administering accounts); a REGIONAL_OFFICER submits for one region, a CENTRAL_BODY_OFFICER for one central state body.',
  values: ROLES,
});

/** An account as administrators and the account holder see it; the password hash never leaves the server. */
export const UserType = builder.objectRef<UserRecord>('User').implement({
  fields: (t) => ({
    id: t.exposeID('userId'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    region: t.string({
      nullable: true,
      description: "A regional officer's ISO 3166-2:KZ region; null for country-wide roles.",
      resolve: (u) => u.region,
    }),
    centralBody: t.string({
      nullable: true,
      description: "A central body officer's body (the catalogue's code); null for every other role.",
      resolve: (u) => u.centralBody,
    }),
    active: t.exposeBoolean('active'),
    signsInWithPassword: t.boolean({ resolve: (u) => u.passwordHash !== null }),
    createdAt: t.field({ type: 'DateTime', resolve: (u) => u.createdAt }),
  }),
});

/** The caller as the server knows them; for OIDC callers the account lives at the provider. */
const ViewerType = builder
  .objectRef<{
    userId: string;
    username: string;
    displayName: string;
    role: (typeof ROLES)[number];
    region: string | null;
    centralBody?: string | null;
  }>('Viewer')
  .implement({
    fields: (t) => ({
      id: t.exposeID('userId'),
      username: t.exposeString('username'),
      displayName: t.exposeString('displayName'),
      role: t.field({ type: RoleEnum, resolve: (v) => v.role }),
      region: t.string({ nullable: true, resolve: (v) => v.region }),
      centralBody: t.string({
        nullable: true,
        description: "The central body a central body's officer submits for and reads.",
        resolve: (v) => v.centralBody ?? null,
      }),
    }),
  });

builder.queryField('me', (t) =>
  t.field({
    type: ViewerType,
    description:
      'The signed-in caller: who they are, their role and, for officers, their region or central body.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => context.viewer!,
  }),
);

builder.queryField('users', (t) =>
  t.field({
    type: [UserType],
    description: 'Every account, active or not, by username. Administrators only.',
    authScopes: { role: [...ACCOUNT_ADMINISTRATORS] },
    resolve: (_root, _args, context) => context.services.accounts?.users.list() ?? [],
  }),
);
