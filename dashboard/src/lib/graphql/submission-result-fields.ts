import { graphql } from '@/lib/graphql/graphql.ts';

/**
 * Why a submission recorded nothing, as every submission mutation answers it. The API declares one
 * result union per mutation, all sharing these members, so the fragment is typed on one of them and
 * spread into the others: each branch below names a member every union has. A field selected on the
 * union itself would be skipped for the other mutations' success types, so each mutation selects
 * `__typename` itself.
 */
export const SubmissionResultFields = graphql(`
  fragment SubmissionResultFields on WithdrawRiskResult @_unmask {
    ... on ValidationFailed {
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
    ... on Conflict {
      __typename
    }
    ... on NotFound {
      __typename
    }
    ... on Forbidden {
      __typename
    }
    ... on SubmissionReused {
      __typename
    }
  }
`);
