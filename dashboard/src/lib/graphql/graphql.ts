import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.generated.d.ts';

/**
 * Every operation the dashboard sends is written with this tag. Its types come from the checked-in
 * SDL (`schema/schema.graphql`, turned into `graphql-env.generated.d.ts` by `pnpm gql:generate`), so
 * an API change that breaks an operation fails `pnpm typecheck`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
}>();

export type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
