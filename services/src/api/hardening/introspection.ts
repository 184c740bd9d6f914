import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses `__schema` and `__type` unless introspection is configured (`GRAPHQL_INTROSPECTION`):
 * the dashboard and integrators build against the checked-in SDL, so in production the schema
 * need not be handed to whoever asks. `__typename` stays allowed (unions are read by it).
 */
export const closedIntrospection = (): Plugin => ({
  onValidate: ({ addValidationRule }) => {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
});
