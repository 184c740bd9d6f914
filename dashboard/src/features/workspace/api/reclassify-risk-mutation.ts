import { graphql } from '@/lib/graphql/graphql.ts';

export const ReclassifyRiskMutation = graphql(`
  mutation ReclassifyRisk($input: ReclassifyRiskInput!) {
    reclassifyRisk(input: $input) {
      __typename
      ... on ReclassifyRiskSucceeded {
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
