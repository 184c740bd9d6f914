import { graphql } from '@/lib/graphql/graphql.ts';

export const WithdrawRiskMutation = graphql(`
  mutation WithdrawRisk($input: WithdrawRiskInput!) {
    withdrawRisk(input: $input) {
      __typename
      ... on WithdrawRiskSucceeded {
        replayed
      }
      ... on ValidationFailed {
        issues {
          path
          code
          message
        }
      }
      ... on Conflict {
        message
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
      ... on SubmissionReused {
        message
      }
    }
  }
`);
