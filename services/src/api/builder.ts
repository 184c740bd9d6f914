import type { RegionCode } from '@kpi/schema';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { ApiContext } from './context.ts';
import type { Role } from './viewer.ts';

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
    /** A regional officer bound to this region. */
    officerOf: RegionCode;
  };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
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
      role: (roles) =>
        context.viewer !== null &&
        ([] as Role[]).concat(roles as Role | Role[]).includes(context.viewer.role),
      officerOf: (region) => context.viewer?.role === 'REGIONAL_OFFICER' && context.viewer.region === region,
    }),
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
