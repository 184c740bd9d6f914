import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

export interface GraphqlLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
}

/**
 * Sized for the dashboard's heaviest operation (a KPI summary with its comparisons) with room to
 * spare; a query past them is refused before it runs, with a message saying which limit.
 */
export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 20,
  maxTokens: 2000,
};

export const graphqlLimitPlugins = (limits: GraphqlLimits = DEFAULT_GRAPHQL_LIMITS) => [
  maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }),
  maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true, ignoreIntrospection: true }),
  costLimitPlugin({ maxCost: limits.maxCost, exposeLimits: true, ignoreIntrospection: true }),
  maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true }),
];
