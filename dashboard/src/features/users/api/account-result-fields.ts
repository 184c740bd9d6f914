import { graphql } from '@/lib/graphql/graphql.ts';

/** What every account change answers: the account as now recorded, or why nothing was recorded. */
export const AccountChangeFields = graphql(`
  fragment AccountChangeFields on AccountChangeResult @_unmask {
    __typename
    ... on AccountChanged {
      user {
        id
        username
        role
        region
        active
      }
    }
    ... on AccountRefused {
      code
      issues {
        path
        code
        values {
          date
          limit
          id
          count
        }
      }
    }
  }
`);
