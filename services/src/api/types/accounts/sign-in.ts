import type { UserRecord } from '@kpi/projections';
import { GraphQLError } from 'graphql';
import { canSignOut } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { UserType } from './user.ts';

const SignedIn = builder
  .objectRef<{ token: string; expiresAt: Date; user: UserRecord }>('SignedIn')
  .implement({
    description:
      'The session token is also set as an httpOnly cookie; integrations send it as `Authorization: Bearer`.',
    fields: (t) => ({
      token: t.exposeString('token'),
      expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
      user: t.field({ type: UserType, resolve: (s) => s.user }),
    }),
  });

const SignInRefused = builder
  .objectRef<{ reason: 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number | null }>(
    'SignInRefused',
  )
  .implement({
    description: 'The same answer for an unknown user, a wrong password and a deactivated account.',
    fields: (t) => ({
      reason: t.field({
        type: builder.enumType('SignInRefusal', {
          values: ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'] as const,
        }),
        resolve: (r) => r.reason,
      }),
      retryAfterSeconds: t.int({ nullable: true, resolve: (r) => r.retryAfterSeconds }),
      message: t.string({
        resolve: (r) =>
          r.reason === 'TOO_MANY_ATTEMPTS'
            ? `Too many attempts: try again in ${r.retryAfterSeconds} seconds`
            : 'Wrong username or password',
      }),
    }),
  });

const SignInResult = builder.unionType('SignInResult', {
  types: [SignedIn, SignInRefused],
  resolveType: (value) => ('token' in value ? SignedIn : SignInRefused),
});

const noSession = () => new GraphQLError('sign-in is available over HTTP only');

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignInResult,
    description: 'Password sign-in: the one operation open to anonymous callers.',
    authScopes: () => true,
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, { username, password }, context) => {
      if (!context.session) throw noSession();
      const outcome = await context.session.signIn(username, password);
      if (outcome.ok) return { token: outcome.token, expiresAt: outcome.expiresAt, user: outcome.user };
      return {
        reason: outcome.reason,
        retryAfterSeconds: outcome.reason === 'TOO_MANY_ATTEMPTS' ? outcome.retryAfterSeconds : null,
      };
    },
  }),
);

const SignedOut = builder.objectRef<{ replayed: boolean }>('SignedOut').implement({
  description: 'The session ended: its token stops working and the cookie is cleared.',
  fields: (t) => ({
    replayed: t.exposeBoolean('replayed', {
      description:
        'True when this answers a resubmission (the same `submissionId`): nothing new was recorded.',
    }),
  }),
});

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignedOut,
    description: 'Ends the session: the token stops working and the cookie is cleared.',
    // Whoever holds the session's token, even one ended already: a retry answers as the first did.
    authScopes: async (_root, _args, context) =>
      canSignOut(context.viewer, (await context.session?.heldSession()) ?? null),
    args: {
      submissionId: t.arg.id({
        description:
          "The client's id of this sign-out: sent again, it answers `replayed: true` and records nothing.",
      }),
    },
    resolve: async (_root, args, context) => {
      if (!context.session) throw noSession();
      return context.session.signOut(args.submissionId == null ? undefined : String(args.submissionId));
    },
  }),
);
