import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { canSubmit, hasRole } from '../identity/policy.ts';
import type { Role } from '../identity/viewer.ts';
import type { ApiContext } from './context.ts';

/**
 * The one SchemaBuilder. It defines no types: each GraphQL type lives in its own file under
 * `types/`, and `schema.ts` imports them all. Authorisation is declared on every field through
 * auth scopes and checked on the server.
 */
/** The builder's type parameters, named so that helpers can type refs of this schema. */
export interface ApiSchemaTypes {
  Context: ApiContext;
  AuthScopes: {
    signedIn: boolean;
    role: Role | readonly Role[];
    /** May submit events: a regional officer bound to a region (the policy's `canSubmit`). */
    submitter: boolean;
  };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}

export const builder = new SchemaBuilder<ApiSchemaTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Deny by default: a field without scopes is reachable only when declared so explicitly.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      role: (roles) => hasRole(context.viewer, roles),
      submitter: canSubmit(context.viewer),
    }),
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
