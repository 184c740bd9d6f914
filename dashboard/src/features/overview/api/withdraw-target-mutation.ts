import { graphql } from '@/lib/graphql/graphql.ts';

export const WithdrawTargetMutation = graphql(`
  mutation WithdrawTarget($input: WithdrawTargetInput!) {
    withdrawTarget(input: $input) {
      __typename
      ... on WithdrawTargetSucceeded {
        targetId
        position
      }
      ... on ValidationFailed {
        issues {
          path
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
